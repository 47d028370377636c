"""The `tspain` command line: parses options and hands off. Heavy modules load inside commands,
so that `tspain --help` starts fast (tests/test_startup.py guards this)."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
from typer.core import TyperGroup

from tspain import __version__

if TYPE_CHECKING:
    from pathlib import Path

    from tspain.assessment import Assessment
    from tspain.interview import Interview
    from tspain.table import Answer, Cause, RuleTable

EXIT_INPUT = 2
EXIT_INTERRUPTED = 130


class OneLineErrors(TyperGroup):
    """Every usage error, of every command, is one `tspain: error:` line and exit 2 (the same
    contract as bad answers), not click's usage block."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        try:
            from typer._click import exceptions as click_errors
        except ImportError:  # typer before it bundled click
            from click import exceptions as click_errors  # type: ignore[no-redef,import-not-found,unused-ignore]

        kwargs["standalone_mode"] = False
        for stream in (sys.stdout, sys.stderr):
            # A terminal that cannot show a character gets "?", never a crash mid-result.
            reconfigure = getattr(stream, "reconfigure", None)
            if reconfigure is not None:
                reconfigure(errors="replace")
        try:
            code = super().main(*args, **kwargs)
        except click_errors.NoArgsIsHelpError as err:
            err.show()
            sys.exit(err.exit_code)
        except click_errors.UsageError as err:
            where = err.ctx.command_path if err.ctx is not None else "tspain"
            message = " ".join(err.format_message().split())
            _err(f"tspain: error: {message} (see `{where} --help`)\n")
            sys.exit(EXIT_INPUT)
        except click_errors.ClickException as err:
            _err(f"tspain: error: {' '.join(err.format_message().split())}\n")
            sys.exit(err.exit_code)
        except typer.Abort:
            _err("\n" + _stopped() + "\n")
            sys.exit(EXIT_INTERRUPTED)
        except BrokenPipeError:  # `tspain causes | head`: the reader has all it wanted
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)


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
        "terminal_width": 80,
    },
)


def _err(text: str) -> None:
    """Write to stderr now (not when the buffer fills): the line must be there even if the
    process ends at once, and test runners read it at exit."""
    sys.stderr.write(text)
    sys.stderr.flush()


def fail(message: str, code: int = EXIT_INPUT) -> NoReturn:
    """One line on stderr, a non-zero exit."""
    _err(f"tspain: error: {message}\n")
    raise typer.Exit(code)


def _stopped() -> str:
    from tspain.i18n import t

    return t("tspain: stopped, nothing saved.")


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
            help="Language of everything tspain says: en or es (default: $TSPAIN_LANG, "
            "else the locale, else English).",
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Triage for upper back pain. Not a diagnosis."""
    from tspain import i18n

    try:
        i18n.use(lang or i18n.from_environment())
    except i18n.LanguageError as err:
        i18n.use(i18n.ENGLISH)
        fail(str(err))
    ctx.obj = rules


def _table(ctx: typer.Context) -> RuleTable:
    from tspain.i18n import translated_table
    from tspain.loading import TableError, load_table

    try:
        return translated_table(load_table(ctx.obj))
    except TableError as err:
        for problem in err.problems:
            _err(f"tspain: error: {err.path}: {problem}\n")
        raise typer.Exit(EXIT_INPUT) from None


def _cause(table: RuleTable, cause_id: str) -> tuple[str, Cause]:
    """The cause with this id (any case, spaces or dashes for underscores, or its name), or exit
    2 naming the closest ids."""
    wanted = "_".join(cause_id.strip().lower().replace("-", " ").split())
    for cid, cause in table.causes.items():
        if wanted in (cid, "_".join(cause.name.lower().split())):
            return cid, cause
    from tspain.i18n import t
    from tspain.spelling import near

    close = near(wanted, table.causes, n=3, cutoff=0.4)

    hint = t(" (did you mean {ids}?)", ids=", ".join(close)) if close else ""
    fail(
        t(
            "unknown cause {cause}{hint}; `tspain causes` lists them",
            cause=repr(cause_id[:60]),
            hint=hint,
        )
    )


def _print_json(data: object) -> None:
    from tspain.assessment import dumps

    sys.stdout.write(dumps(data) + "\n")


@app.command(
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
        typer.Option("--max-questions", min=1, metavar="N", help="Ask at most N questions."),
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
    table = _table(ctx)
    _check_save_paths(save, save_answers, force)  # before any question or any output
    if answers is not None:
        from tspain.answers import AnswersError, read_answers

        try:
            known = read_answers(table, answers)
        except AnswersError as err:
            fail(str(err))
        asked: dict[str, Answer | None] = dict(known)
    else:
        done = _ask(table, interactive, json_out, max_questions)
        asked, known = done.answers, done.known()
    from tspain.engine import assess
    from tspain.i18n import current

    assessment = assess(table, known, current())
    stdout_gone = False
    try:
        if json_out:
            from tspain.assessment import dumps

            sys.stdout.write(dumps(assessment) + "\n")
            sys.stdout.flush()
        else:
            from tspain import render

            render.result(render.output(), table, assessment)
    except BrokenPipeError:
        # The reader went away (`| head`): the files asked for are still saved, and said so.
        _silence_stdout()
        stdout_gone = True
    _save(
        table,
        assessment,
        asked,
        save,
        save_answers,
        force,
        offer=answers is None and not json_out and not stdout_gone,
    )
    if stdout_gone:
        raise typer.Exit(1)


def _silence_stdout() -> None:
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def _check_save_paths(save: str | None, save_answers: str | None, force: bool) -> None:
    """Bad save paths are found before anything is asked or printed: nobody should answer
    fifteen questions, or read a result, and then lose it to a typo."""
    if save is None and save_answers is None:
        return
    from pathlib import Path

    from tspain.saving import check_save_path

    for target, report in ((save, True), (save_answers, False)):
        problem = None if target is None else check_save_path(target, force, report)
        if problem:
            fail(problem)
    if save and save_answers and Path(save).expanduser() == Path(save_answers).expanduser():
        fail(f"--save and --save-answers both name {save}: give them different files")


def _ask(
    table: RuleTable, interactive: bool, json_out: bool, max_questions: int | None
) -> Interview:
    """The interactive questions, asked until the interview is done."""
    if not interactive and not sys.stdin.isatty():
        from tspain.i18n import t

        fail(
            t(
                "standard input is not a terminal, so no questions can be asked: "
                "give answers with --answers FILE, or pipe JSON to --answers - "
                "(see `tspain questions`), or use --interactive"
            )
        )
    from tspain import render, session

    out = render.console(stderr=json_out)  # with --json, stdout carries only the JSON
    try:
        return session.interview(table, out, out.input, max_questions)
    except (KeyboardInterrupt, EOFError):
        _err("\n" + _stopped() + "\n")
        raise typer.Exit(EXIT_INTERRUPTED) from None


def _offer_report(force: bool) -> tuple[str | None, bool]:
    """After an interactive session: "Save a report for your doctor? [y/N]", then a file name
    (Enter takes the default, ~ is expanded), "replace it? [y/N]" for an existing file.
    Returns the path (None: not saved) and whether replacing it was agreed. Never traps: any
    answer but yes is no, and Ctrl-C or end of input skips."""
    from datetime import date
    from pathlib import Path

    from tspain.i18n import key, t
    from tspain.saving import check_save_path

    yes = {"y", "yes", "yeah", "yep", "ok", key("yes"), t("yes")}
    y_n = f"[{key('yes')}/{key('no').upper()}]"
    try:
        if (
            input("\n" + t("Save a report for your doctor?") + f" {y_n} ").strip().lower()
            not in yes
        ):
            return None, False
        default = f"tspain-report-{date.today():%Y-%m-%d}.html"
        while True:
            ask = t("File name (.html, .md or .json) [{default}]: ", default=default)
            typed = input(ask).strip() or default
            path = str(Path(typed).expanduser()) if typed.startswith("~") else typed
            replace = force
            problem = check_save_path(path, force=True, report=True)
            if problem is None and Path(path).exists() and not force:
                ask = t("{path} already exists: replace it?", path=path) + f" {y_n} "
                answer = input(ask).strip().lower()
                if answer not in yes:
                    continue
                replace = True
            if problem is None:
                return path, replace
            _err(f"{problem}\n")
    except (KeyboardInterrupt, EOFError):
        return None, False


def _save(
    table: RuleTable,
    assessment: Assessment,
    asked: dict[str, Answer | None],
    save: str | None,
    save_answers: str | None,
    force: bool,
    offer: bool,
) -> None:
    if save is None and offer and sys.stdin.isatty():
        save, force = _offer_report(force)
    if save is None and save_answers is None:
        return
    from tspain import report, saving

    failed = False
    for path, kind in ((save, "report"), (save_answers, "answers")):
        if path is None:
            continue
        try:
            if kind == "report":
                report.save_report(table, assessment, asked, path, force)
            else:
                saving.save_answers(asked, path, force)
        except saving.SaveError as err:
            _err(f"tspain: error: {err}\n")
            failed = True
            continue
        from pathlib import Path

        from tspain.i18n import t

        where = Path(path).expanduser().resolve()
        saved = t("report") if kind == "report" else t("answers")
        _err("tspain: " + t("saved {what} to {path}", what=saved, path=where) + "\n")
    if failed:
        raise typer.Exit(EXIT_INPUT)


@app.command(
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
    table = _table(ctx)
    if cause_id is None:
        if json_out:
            _print_json(
                [
                    {"id": cid, "name": c.name, "care": c.care, "description": c.description}
                    for cid, c in table.causes.items()
                ]
            )
            return
        from tspain import render

        render.causes_list(render.output(), table)
        return
    cid, cause = _cause(table, cause_id)
    if json_out:
        from tspain.assessment import as_json

        _print_json({"id": cid, **as_json(cause)})
        return
    from tspain import render

    render.cause_detail(render.output(), table, cid, cause)


@app.command(
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
    table = _table(ctx)
    if cause_arg and cause_option and cause_arg != cause_option:
        fail("give the cause once: as ID or as --cause ID")
    cause_id = cause_arg or cause_option
    found = None if cause_id is None else _cause(table, cause_id)
    cause = None if found is None else found[1]
    if json_out:
        data: dict[str, object] = {"prevention": table.advice.prevention}
        if found is not None:
            cid, cause = found
            data["cause"] = {"id": cid, "name": cause.name, "prevention": cause.prevention}
        _print_json(data)
        return
    from tspain import render

    render.prevention(render.output(), table.advice.prevention, cause)


@app.command(epilog="Examples:  tspain questions   |   tspain questions --json")
def questions(
    ctx: typer.Context,
    json_out: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """The question ids, types and values an answers file may contain."""
    table = _table(ctx)
    if json_out:
        _print_json(
            {
                qid: {
                    "text": q.text,
                    "type": q.type,
                    "min": q.min,
                    "max": q.max,
                    "options": q.options,
                    "why": q.why,
                }
                for qid, q in table.questions.items()
            }
        )
        return
    from tspain import render

    render.questions_list(render.output(), table)


@app.command(epilog="Examples:  tspain validate   |   tspain validate my-causes.toml")
def validate(
    ctx: typer.Context,
    path: Annotated[
        str | None,
        typer.Argument(metavar="PATH", help="The table to check (default: --rules or shipped)."),
    ] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
) -> None:
    """Check a rule table and list every problem in it. Exit 0 if valid, 1 if it has problems,
    2 if there is no table to read (missing, not a regular file)."""
    from tspain.loading import TableError, read_table_bytes, table_path

    where = table_path(path or ctx.obj)
    try:
        read_table_bytes(where)
    except TableError as err:
        fail(f"{err.path}: {err.problems[0]}")
    from tspain.loading import load_table

    try:
        table = load_table(where, trust_compiled=False)
        _check_translations(where, table)
    except TableError as err:
        if json_out:
            _print_json({"path": str(where), "valid": False, "problems": err.problems})
        else:
            for problem in err.problems:
                _err(f"{err.path}: {problem}\n")
            _err(f"{len(err.problems)} problem(s) found.\n")
        raise typer.Exit(1) from None
    counts = {
        "questions": len(table.questions),
        "warning_signs": len(table.warning_signs),
        "causes": len(table.causes),
    }
    if json_out:
        _print_json(
            {"path": str(where), "valid": True, "problems": [], "version": table.version, **counts}
        )
        return
    typer.echo(
        f"{where}: valid (version {table.version}: {counts['questions']} questions, "
        f"{counts['warning_signs']} warning signs, {counts['causes']} causes)"
    )


def _check_translations(where: Path, table: RuleTable) -> None:
    """The shipped table's translations (data/i18n/<code>/table.toml): one for every text, none
    left over, numbers and placeholders as in the English. TableError lists the faults. A table
    elsewhere is someone's own: its texts are not expected to be translated."""
    from tspain import i18n
    from tspain.loading import TableError
    from tspain.paths import default_table_path

    if where.resolve() != default_table_path().resolve():
        return
    problems = [p for code in i18n.available()[1:] for p in i18n.catalogue_problems(table, code)]
    if problems:
        raise TableError(where, problems)


@app.command(
    short_help="What changed between two saved answer files or JSON reports.",
    epilog="Examples:  tspain compare before.json after.json",
)
def compare(
    ctx: typer.Context,
    old: Annotated[str, typer.Argument(metavar="OLD", help="Earlier answers file or JSON report.")],
    new: Annotated[str, typer.Argument(metavar="NEW", help="Later answers file or JSON report.")],
    json_out: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """Show what changed between two saved answer files or JSON reports: answers, triage,
    ranking."""
    table = _table(ctx)
    from tspain.answers import AnswersError, read_answers
    from tspain.compare import compare_answers

    try:
        before, after = read_answers(table, old), read_answers(table, new)
    except AnswersError as err:
        fail(str(err))
    from tspain.i18n import current

    comparison = compare_answers(table, before, after, current())
    if json_out:
        _print_json(comparison)
        return
    from tspain import render

    render.comparison(render.output(), comparison)


def main() -> None:
    """Entry point for the `tspain` script and `python -m tspain`."""
    import signal

    def stop(signum: int, _frame: object) -> None:
        # SIGTERM or SIGHUP (terminal closed): leave no half-written temporary file behind.
        saving = sys.modules.get("tspain.saving")
        if saving is not None:
            saving.remove_temporary_files()
        _err("\n" + _stopped() + "\n")
        os._exit(128 + signum)

    import os

    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), stop)
    try:
        app()
    except KeyboardInterrupt:
        _err("\n" + _stopped() + "\n")
        sys.exit(EXIT_INTERRUPTED)
