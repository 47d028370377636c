"""The rule table a command runs on, and its results: the options given before the command
(`--rules`, `--allow-unsafe-table`), the table loaded and translated once, each fault said in
one line, and what `tspain.assess` gives for a person's answers on it."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

import typer

from tspain.cli_base import EXIT_INPUT, fail, printable, to_stderr

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping, Sequence

    from tspain.assessment import Assessment, Triage
    from tspain.table import Answer, RuleTable


LANGUAGE_REFUSED = "tspain.language_refused"
"""Where a context's meta holds a refused language's line, said after an answers file's
ambulance (`cli_save.language_refused`)."""


class Options:
    """The options given before the command."""

    def __init__(self, rules: str | None, allow_unsafe: bool) -> None:
        self.rules = rules
        self.allow_unsafe = allow_unsafe
        self.unsafe_warning: str | None = None
        """Set when --allow-unsafe-table let a table that fails the safety check through."""
        self.named_by: str | None = None
        """"$TSPAIN_RULES" when the table's path is that variable's, said beside its faults."""
        self.loaded: RuleTable | None = None
        """The table as loaded, before translation: what `tspain.assess` is given."""


def command_options(ctx: typer.Context) -> Options:
    return ctx.obj if isinstance(ctx.obj, Options) else Options(None, False)


def command_table(ctx: typer.Context) -> RuleTable:
    import dataclasses
    import shlex

    from tspain.i18n import t
    from tspain.loading import TableError, UnsafeTable, load_table
    from tspain.safety import ALLOW_UNSAFE_FLAG, contract_problems

    options = command_options(ctx)
    try:
        table = load_table(options.rules, allow_unsafe=options.allow_unsafe)
    except TableError as err:
        # One line, as for any bad input (docs/interface.md): the first fault, and where the
        # rest are listed (a table with three faults gave three error lines and a fourth).
        more = len(err.problems) - 1
        first = err.problems[0] if err.problems else "invalid"
        named = f"{options.named_by}: " if options.named_by else ""
        line = f"tspain: error: {named}{err.where(first)}: {first}"
        if more:
            line += f" (and {more} more: `tspain validate {shlex.quote(str(err.path))}` lists them)"
        if isinstance(err, UnsafeTable):
            line += "; it fails the safety check"
            line += f" (a maintainer testing one may pass {ALLOW_UNSAFE_FLAG})"
        to_stderr(printable(line) + "\n")
        raise typer.Exit(EXIT_INPUT) from None
    unsafe = contract_problems(table) if options.allow_unsafe else []
    from tspain.loading import table_path
    from tspain.paths import default_table_path

    where = table_path(options.rules)
    options.loaded = table
    if where != default_table_path():
        from tspain.cli_validate import shipped_version

        for note in shipped_version(where, table.version):  # its results name that version:
            to_stderr(printable(f"tspain: note: {where}: {note}") + "\n")  # said (a scripter)
    later = ctx.meta if ctx.info_name in ("check", "compare") else None  # after an ambulance
    table = in_language(table, None if where == default_table_path() else str(where), later)
    if unsafe:
        warning = t(
            "WARNING: this rule table fails tspain's safety check (problems: {count}; see "
            "`tspain validate`): its results may be unsafe.",
            count=len(unsafe),
        )
        options.unsafe_warning = warning
        for problem in unsafe:
            to_stderr(f"tspain: warning: {problem}\n")
        to_stderr(f"tspain: {warning}\n")
        table = dataclasses.replace(table, disclaimer=f"{table.disclaimer} {warning}")
    return table


def use_language(ctx: typer.Context, lang: str | None) -> None:
    """The language asked for (`--lang`, else $TSPAIN_LANG or the locale), used; one that
    cannot be refuses the command in one line: `validate` lists it among its problems (a
    scripter, twenty-ninth session), and `check` and `compare` say it after the answers'
    ambulance (`cli_save.language_refused`: a scripter, fortieth session)."""
    import os

    from tspain import i18n

    try:
        i18n.use(i18n.code_of(lang) if lang is not None else i18n.from_environment())
    except i18n.LanguageError as err:
        i18n.use(i18n.ENGLISH)
        ctx.meta["tspain.language_fault"] = str(err)
        named = "$TSPAIN_LANG: " if lang is None and os.environ.get(i18n.LANG_ENV) else ""
        said = printable(f"{named}{err}" + i18n.IN_ENGLISH * (".toml" in str(err)))
        if ctx.invoked_subcommand in ("check", "compare"):
            ctx.meta[LANGUAGE_REFUSED] = said
        elif ctx.invoked_subcommand != "validate":  # validate speaks English, lists them all
            fail(said)


def in_language(
    table: RuleTable, rules: str | None = None, later: dict[str, Any] | None = None
) -> RuleTable:
    """The table in the language asked for, as `tspain.assess` translates it: a translation
    that lost a level's meaning or holds control characters is refused before anything is
    said in it (one line; `tspain validate` lists every problem); with `later` (a context's
    meta), the refusal is left there, and the English table given, for `language_refused`."""
    from tspain import api, i18n

    catalogue = i18n.current()
    try:
        shown, _ = api._in_language(table, catalogue.code, rules)
    except i18n.LanguageError as err:
        i18n.use(i18n.ENGLISH)
        if later is None:
            fail(f"{err}{i18n.IN_ENGLISH}")  # fail() shows control characters escaped
        later[LANGUAGE_REFUSED] = printable(f"{err}{i18n.IN_ENGLISH}")
        return table
    if catalogue.code != i18n.ENGLISH:
        from tspain.cli_validate import untranslated_note

        note = untranslated_note(table, catalogue, rules)
        if note:  # shown in English: said, not silently mixed in (a maintainer)
            to_stderr(printable(f"tspain: {note}") + "\n")
    return shown


def assessed(ctx: typer.Context, known: Mapping[str, Answer]) -> Assessment:
    """What `tspain.assess` gives for these answers, on the table and in the language given:
    the command line is a layer over the library, not beside it. A table let through with
    --allow-unsafe-table says so in its disclaimer; answers it refuses together, one line."""
    import dataclasses

    import tspain
    from tspain.answers import AnswersError
    from tspain.i18n import current

    options = command_options(ctx)
    try:
        assessment = tspain.assess(known, table=options.loaded, language=current().code)
    except AnswersError as err:  # answers asked one by one (a traceback: a tester, 30th)
        fail(str(err))
    if options.unsafe_warning:
        disclaimer = f"{assessment.disclaimer} {options.unsafe_warning}"
        assessment = dataclasses.replace(assessment, disclaimer=disclaimer)
    return assessment


@contextlib.contextmanager
def ambulance_if_it_fails(table: RuleTable, known: Mapping[str, Answer]) -> Iterator[None]:
    """A fault in tspain while these answers are assessed, shown or saved: if an emergency
    sign holds, its level's action and the sign on stderr first (`cli.main` then says the
    fault in one line). A failure of this fallback itself leaves that one line."""
    try:
        yield
    except typer.Exit:  # typer's own way out: a RuntimeError, not a fault
        raise
    except Exception:
        say_the_ambulance(table, known)
        raise


def say_the_ambulance(
    table: RuleTable,
    known: Mapping[str, Answer],
    *,
    assessed: bool = False,
    triage: Triage | None = None,
    meant_yes: Sequence[str] = (),
) -> bool:
    """If an emergency sign holds on these answers, its level's action and each such sign on
    stderr, before a fault's or an input error's one line; a failure here says nothing.
    `assessed`, for a refused file's answers (not a fault's, which may be the engine's own):
    when no sign holds, they are assessed as a run would, and an emergency from a likely cause
    is said with its reason (a clot in the lung after the pill: a code reviewer, thirty-eighth
    session). `triage`: theirs, already made (a result that could not be written).
    `meant_yes`: refused answers that read as a yes ("yes" for `true`): when no sign holds
    without them and one would with them, that is said, as what such a yes would mean. True
    when the ambulance was said."""
    with contextlib.suppress(Exception):
        from tspain.triage import emergency_fallback

        said = emergency_fallback(table, known)
        if said is None and meant_yes:
            said = emergency_fallback(table, {**known, **dict.fromkeys(meant_yes, True)})
            if said:
                from tspain.i18n import t

                ids = ", ".join(meant_yes)
                to_stderr(printable(t("If a yes was meant for {answers}:", answers=ids)) + "\n")
        if said is None and (assessed or triage is not None):
            if triage is None:
                from tspain.engine import assess
                from tspain.i18n import current

                triage = assess(table, dict(known), current()).triage
            if triage.level == "emergency":
                why = [r.message for r in triage.reasons if r.level == "emergency"]
                said = (triage.label, triage.action, why)
        if said:
            label, action, signs = said
            lines = [f"{label}: {action}", *(f"  - {sign}" for sign in signs)]
            to_stderr("".join(printable(line) + "\n" for line in lines))
            return True
    return False
