"""The `tspain` command line: parses options and hands off. Heavy modules load inside commands,
so that `tspain --help` starts fast (tests/test_startup.py guards this)."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Annotated

import typer

from tspain import __version__, cli_lists
from tspain.cli_ask import ask_questions, say_where_the_result_went
from tspain.cli_base import (
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    STDOUT,
    OneLineErrors,
    fail,
    one_value_each,
    open_closed_stdout,
    printable,
    show_result,
    stopped_line,
    to_stderr,
    unwritable,
)
from tspain.cli_save import (
    answers_given,
    check_options,
    language_refused,
    on_stop_signals,
    save_files,
)
from tspain.cli_table import (
    Options,
    ambulance_if_it_fails,
    assessed,
    command_options,
    command_table,
    say_the_ambulance,
    use_language,
)
from tspain.cli_validate import check_what_runs
from tspain.stdout_json import print_json

if TYPE_CHECKING:
    from tspain.table import Answer


app = typer.Typer(
    name="tspain",
    cls=OneLineErrors,
    help="Triage for upper back (thoracic spine) pain: likely causes, what to do, when to get "
    "help. Not a diagnosis; nothing leaves your computer.\n\n"
    "Start with:  tspain check",
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode=None,
    context_settings={
        "help_option_names": ["-h", "--help"],
        "max_content_width": 80,
    },
)

command = one_value_each(app)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"tspain {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    ctx: typer.Context,
    rules: Annotated[
        str | None,
        typer.Option(
            "--rules",
            envvar="TSPAIN_RULES",
            metavar="PATH",
            help="Use this rule table instead of the shipped one.",
        ),
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang",
            metavar="CODE",
            help="Language of everything tspain says: en or es, or a locale name such as "
            "es_ES.UTF-8 (default: $TSPAIN_LANG, else the locale, else English).",
        ),
    ] = None,
    allow_unsafe_table: Annotated[
        bool,
        typer.Option(
            "--allow-unsafe-table",
            help="For table maintainers: use a table that fails the safety check (a warning "
            "sign of the clinical brief missing or too low); every result then says so.",
        ),
    ] = False,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Triage for upper back pain. Not a diagnosis."""
    use_language(ctx, lang)
    ctx.obj = Options(rules, allow_unsafe_table)
    # a fault in $TSPAIN_RULES's table says so (24th); typer 0.26.0 passes None: loading reads it
    source, env = ctx.get_parameter_source("rules"), os.environ.get("TSPAIN_RULES")
    given = source is not None and source.name == "COMMANDLINE"
    if env and not given and rules in (None, env):
        ctx.obj.named_by = "$TSPAIN_RULES"


@command(
    short_help="Answer a few questions; get what to do, the likely causes and why.",
    epilog="Examples:  tspain check   |   tspain check --answers answers.json --json   |   "
    'echo \'{"age": 40, "fever": false}\' | tspain check --answers -   |   '
    "tspain check --save report.html",
)
def check(
    ctx: typer.Context,
    answers: Annotated[
        str | None,
        typer.Option(
            "--answers",
            "-a",
            metavar="FILE|-",
            help="Answers file (JSON, or .toml): no questions are asked. '-' reads JSON from "
            "standard input. See `tspain questions`.",
        ),
    ] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print the assessment as JSON.")] = False,
    interactive: Annotated[
        bool,
        typer.Option(
            "--interactive", "-i", help="Ask the questions even when input is not a terminal."
        ),
    ] = False,
    max_questions: Annotated[
        int | None,
        typer.Option("--max-questions", metavar="N", help="Ask at most N questions (1 or more)."),
    ] = None,
    save: Annotated[
        str | None,
        typer.Option(
            "--save", metavar="PATH", help="Save a report for your doctor: .md, .html or .json."
        ),
    ] = None,
    save_answers: Annotated[
        str | None,
        typer.Option(
            "--save-answers",
            metavar="PATH",
            help="Save your answers, to run again later with --answers.",
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Overwrite files given to --save/--save-answers.")
    ] = False,
) -> None:
    """Answer a few questions about your upper back pain and get the likely causes, what to do
    and when to see a doctor."""
    table = command_table(ctx)
    check_options(answers, (interactive, max_questions), save, save_answers, force)
    language_refused(ctx, table, answers)
    if answers is not None:
        known = answers_given(table, answers)
        asked: dict[str, Answer | None] = dict(known)
    else:
        done = ask_questions(table, interactive, json_out, max_questions)
        asked, known = done.answers, done.known()
    with ambulance_if_it_fails(table, known):
        assessment = assessed(ctx, known)
        if answers is not None:  # scripted: saved first, so a save that fails prints no result
            save_files(table, assessment, asked, save, save_answers, force, offer=False)
        gone, problem = show_result(
            table, assessment, known, json_out, command_options(ctx).unsafe_warning
        )
        if answers is None:
            say_where_the_result_went(assessment.recap)
            offer = not json_out and not gone and not problem
            save_files(table, assessment, asked, save, save_answers, force, offer=offer)
    if problem or STDOUT.closed:  # the result was not given: an emergency is still said, as
        say_the_ambulance(table, known, triage=assessment.triage)  # for a fault (39th)
    if problem:
        STDOUT.reported = True
        to_stderr(f"tspain: error: {unwritable(problem)}\n")
    if gone or problem:
        raise typer.Exit(1)


@command(
    epilog="Examples:  tspain causes   |   tspain causes spinal_infection   |   "
    "tspain causes --json"
)
def causes(
    ctx: typer.Context,
    cause_id: Annotated[
        str | None,
        typer.Argument(metavar="ID", help="Show this cause in full."),
    ] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """List the conditions tspain knows, or show one in full."""
    table = command_table(ctx)
    if cause_id is None:
        if json_out:
            print_json(
                [
                    {"id": cid, "name": c.name, "care": c.care, "description": c.description}
                    for cid, c in table.causes.items()
                ]
            )
            return
        from tspain import pages, render

        pages.causes_list(render.output(), table)
        return
    cid, cause = cli_lists.cause_named(table, cause_id)
    if json_out:
        from tspain.assessment import as_json

        print_json({"id": cid, **as_json(cause)})
        return
    from tspain import pages, render

    pages.cause_detail(render.output(), table, cid, cause)


@command(
    epilog="Examples:  tspain prevent   |   tspain prevent shingles   |   "
    "tspain prevent --cause poor_posture --json"
)
def prevent(
    ctx: typer.Context,
    cause_arg: Annotated[
        str | None,
        typer.Argument(metavar="[ID]", help="Add this cause's own prevention steps."),
    ] = None,
    cause_option: Annotated[
        str | None,
        typer.Option("--cause", metavar="ID", help="The same as giving ID."),
    ] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """How to prevent upper back pain."""
    table = command_table(ctx)
    if cause_arg and cause_option and cause_arg != cause_option:
        from tspain.i18n import t

        fail(t("give the cause once: as ID or as --cause ID"))
    cause_id = cause_arg or cause_option
    found = None if cause_id is None else cli_lists.cause_named(table, cause_id)
    cause = None if found is None else found[1]
    if json_out:
        data: dict[str, object] = {"prevention": table.advice.prevention}
        if found is not None:
            cid, cause = found
            data["cause"] = {"id": cid, "name": cause.name, "prevention": cause.prevention}
        print_json(data)
        return
    from tspain import pages, render

    pages.prevention(render.output(), table.advice.prevention, cause)


command(epilog="Examples:  tspain questions   |   tspain questions --json")(cli_lists.questions)
command(
    short_help="The warning sign ids a result may give, with their levels.",
    epilog="Examples:  tspain signs   |   tspain signs --json",
)(cli_lists.signs)


@command(epilog="Examples:  tspain validate   |   tspain validate my-causes.toml")
def validate(
    ctx: typer.Context,
    path: Annotated[
        str | None,
        typer.Argument(metavar="PATH", help="The table to check (default: --rules or shipped)."),
    ] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
    rules: Annotated[
        str | None,
        typer.Option("--rules", metavar="PATH", help="The same as giving PATH."),
    ] = None,
) -> None:
    """Check a rule table and list every problem in it. Exit 0 if valid, 1 if it has problems,
    2 if there is no table to read (missing, not a regular file)."""
    from tspain.loading import TableError, read_table_bytes, table_path

    before = command_options(ctx).rules if command_options(ctx).named_by is None else None
    if path and any(x is not None and x != path for x in (rules, before)):
        from tspain.i18n import t  # `--rules X validate Y` checked Y, said nothing of X

        fail(t("give the table once: as PATH or as --rules PATH"))
    given = [p for p in (path, rules, command_options(ctx).rules) if p is not None]  # '' is given
    named = command_options(ctx).named_by if given in ([], [command_options(ctx).rules]) else None
    try:
        read_table_bytes(where := table_path(given[0] if given else None))
    except TableError as err:
        fail(f"{named}: " * bool(named) + f"{err.path}: {err.problems[0]}")
    from tspain.loading import load_table

    try:
        table = load_table(where, trust_compiled=False, allow_unsafe=True)
        check_what_runs(where, table, ctx.meta.get("tspain.language_fault"))
    except TableError as err:
        if json_out:  # `lines`: null where none is known; `files`: where each fault is
            from tspain.cli_validate import faults_json

            print_json(faults_json(where, err.problems, err.lines))
        else:
            for problem in err.problems:
                to_stderr(printable(f"{err.where(problem)}: {problem}") + "\n")
            to_stderr(f"{len(err.problems)} problem(s) found.\n")
        raise typer.Exit(1) from None
    counts = {
        "questions": len(table.questions),
        "warning_signs": len(table.warning_signs),
        "causes": len(table.causes),
    }
    from tspain.cli_validate import notes as validate_notes

    notes = validate_notes(where, table)
    if json_out:  # the notes too: they were on stderr only (a scripter's audit)
        valid = {"path": str(where), "valid": True, "problems": [], "version": table.version}
        print_json({**valid, **counts, "notes": notes})
        return
    typer.echo(
        f"{where}: valid (version {table.version}: {counts['questions']} questions, "
        f"{counts['warning_signs']} warning signs, {counts['causes']} causes)"
    )
    for note in notes:
        to_stderr(printable(f"note: {note}") + "\n")


@command(
    short_help="What changed between two saved answer files or JSON reports.",
    epilog="Examples:  tspain compare before.json after.json",
)
def compare(
    ctx: typer.Context,
    old: Annotated[str, typer.Argument(metavar="OLD", help="Earlier answers file or JSON report.")],
    new: Annotated[str, typer.Argument(metavar="NEW", help="Later answers file or JSON report.")],
    json_out: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """Show what changed between two saved answer files or JSON reports, both assessed again
    with today's table (a report's saved result is not read): answers, triage, ranking, and
    what must not be missed."""
    table = command_table(ctx)
    from tspain.compare import compare_answers
    from tspain.i18n import current, t

    if old == new == "-":  # it said "standard input: is empty" of the second (a scripter)
        fail(t("standard input (-) can be read once: give it for OLD or NEW, not both"))
    # a refused file says an emergency in it first, as `check --answers` does (a scripter)
    before, after = answers_given(table, old), answers_given(table, new)
    language_refused(ctx, table, None, before, after)
    comparison = compare_answers(table, before, after, current())
    if json_out:
        print_json(comparison)
        return
    from tspain import pages, render

    pages.comparison(render.output(), comparison)


def main() -> None:
    """Entry point for the `tspain` script and `python -m tspain`."""
    open_closed_stdout()
    on_stop_signals()
    try:
        app()
    except KeyboardInterrupt:
        to_stderr("\n" + stopped_line() + "\n")
        sys.exit(EXIT_INTERRUPTED)
    except Exception as err:  # a fault in tspain: one line and the safety line, not a
        from tspain.i18n import t  # traceback ("0 not sure" printed 100 lines: a reviewer)

        to_stderr(
            t(
                "tspain: internal error ({kind}): a fault in tspain, not in your answers. If "
                "you feel in danger, call an emergency number (999, 112, 911) now.",
                kind=type(err).__name__,
            )
            + "\n"
        )
        sys.exit(EXIT_INTERNAL)
