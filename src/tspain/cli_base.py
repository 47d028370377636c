"""The command line's plumbing: one-line errors and exit codes, standard output that is closed
or full, the options given before the command, loading the table a command runs on, printing
JSON. The commands themselves are in `cli.py`."""

from __future__ import annotations

import contextlib
import sys
from typing import TYPE_CHECKING, Any, NoReturn

import typer
from typer.core import TyperCommand, TyperGroup

from tspain.stdout_json import print_json

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from typer._click import Command as ClickCommand
    from typer._click import Context as ClickContext
    from typer.models import CommandFunctionType as Command

    from tspain.assessment import Assessment
    from tspain.table import Answer, RuleTable

EXIT_INPUT = 2
EXIT_INTERRUPTED = 130
EXIT_INTERNAL = 70
"""A fault in tspain itself (sysexits' EX_SOFTWARE), said in one line."""


def _click_errors() -> Any:
    try:
        from typer._click import exceptions as click_errors
    except ImportError:  # typer before it bundled click
        from click import exceptions as click_errors  # type: ignore[no-redef,import-not-found,unused-ignore]
    return click_errors


def refuse_repeated(command: ClickCommand, ctx: ClickContext, args: list[str]) -> None:
    """An option that takes one value, given twice (`--answers a.json --answers b.json`), is a
    usage error: click would keep the last and silently drop the first, as a key given twice in
    an answers file would be. A flag given twice (`--json --json`) says the same thing twice."""
    _, _, order = command.make_parser(ctx).parse_args(args=list(args))
    seen: set[str | None] = set()
    for param in order:
        takes_one = param.param_type_name == "option" and not (
            param.multiple or getattr(param, "count", False) or getattr(param, "is_flag", False)
        )
        if not takes_one:
            continue
        if param.name in seen:
            from tspain.i18n import t

            option = param.opts[0]
            raise _click_errors().UsageError(
                t("{option} is given twice: give it once", option=option), ctx
            )
        seen.add(param.name)


class OneValueEach(TyperCommand):
    """A command whose options that take a value are each given at most once."""

    def parse_args(self, ctx: ClickContext, args: list[str]) -> list[str]:
        refuse_repeated(self, ctx, args)
        return super().parse_args(ctx, args)


def one_value_each(app: typer.Typer) -> Callable[..., Callable[[Command], Command]]:
    """`app.command`, for commands whose options that take a value are each given once."""
    import functools

    return functools.partial(app.command, cls=OneValueEach)


class OneLineErrors(TyperGroup):
    """Every usage error, of every command, is one `tspain: error:` line and exit 2 (the same
    contract as bad answers), not click's usage block. The options before the command are each
    given at most once, as a command's are (`OneValueEach`)."""

    def parse_args(self, ctx: ClickContext, args: list[str]) -> list[str]:
        refuse_repeated(self, ctx, args)
        return super().parse_args(ctx, args)

    def main(self, *args: Any, **kwargs: Any) -> Any:
        click_errors = _click_errors()
        _new_run()
        kwargs["standalone_mode"] = False
        _prepare_streams()
        try:
            code = super().main(*args, **kwargs)
            if sys.stdout is not None and not STDOUT.closed:
                sys.stdout.flush()  # inside the try: a reader gone by now is a BrokenPipeError
        except click_errors.NoArgsIsHelpError as err:
            err.show()
            sys.exit(err.exit_code)
        except click_errors.UsageError as err:
            where = err.ctx.command_path if err.ctx is not None else "tspain"
            message = " ".join(err.format_message().split()).rstrip(".")  # "... 'bogus' (see"
            from tspain.usage_words import usage_line

            _err(_printable(f"tspain: error: {usage_line(message, where, err.ctx)}") + "\n")
            sys.exit(EXIT_INPUT)
        except click_errors.ClickException as err:
            _err(_printable(f"tspain: error: {' '.join(err.format_message().split())}") + "\n")
            sys.exit(err.exit_code)
        except typer.Abort:
            _err("\n" + _stopped() + "\n")
            sys.exit(EXIT_INTERRUPTED)
        except BrokenPipeError:  # `tspain causes | head`: the reader has all it wanted
            _silence_stdout()  # what is still buffered goes nowhere at exit, not to a traceback
            sys.exit(1)
        except OSError as err:
            if not _stdout_failing(err):
                _err(f"tspain: error: {err.strerror or err}\n")
                sys.exit(EXIT_INPUT)
            _silence_stdout()
            _err(f"tspain: error: {_unwritable(str(err.strerror or err))}\n")
            sys.exit(1)
        code = code if isinstance(code, int) else 0
        if STDOUT.closed and not STDOUT.reported and code == 0:  # an error's own code stands
            _err(f"tspain: error: {_unwritable(None)}\n")
            sys.exit(1)
        sys.exit(code)


class StdoutState:
    """What tspain knows of its standard output: a fact about this process's file descriptor 1,
    kept on one object rather than in loose module globals."""

    closed = False
    """Standard output was closed when tspain started (`>&-`): it writes to /dev/null instead,
    and says so in one line at the end (after saving any file asked for)."""
    reported = False
    """That line was already said."""


STDOUT = StdoutState()


def _prepare_streams() -> None:
    """A terminal that cannot show a character gets "?", never a crash mid-result; a pipe gets
    a short result in one write, even with PYTHONUNBUFFERED set (`tspain prevent | head -1`
    exited 1 when `head` left between two writes)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    if sys.stdout is not None and not sys.stdout.isatty():
        with contextlib.suppress(AttributeError, ValueError, OSError):
            sys.stdout.reconfigure(write_through=False)  # type: ignore[union-attr]


def _new_run() -> None:
    """What one run said and saved is not the next one's (in one process). Whether standard
    output was closed is the process's, found before the first run (`cli.main`)."""
    STDOUT.reported = False
    saving = sys.modules.get("tspain.saving")  # not imported: nothing was saved
    if saving is not None:
        saving.forget()


def _open_closed_stdout() -> None:
    """With standard output closed, Python has no sys.stdout: give it /dev/null, remember.
    Standard error closed (`2>&-`) gets /dev/null too, unremarked: the exit status still says
    what went wrong (2 for bad input), and nothing else has anywhere to say it."""
    import os

    for fd, name in ((1, "stdout"), (2, "stderr")):
        if getattr(sys, name) is not None:
            continue
        if fd == 1:
            STDOUT.closed = True
        null = os.open(os.devnull, os.O_WRONLY)
        if null != fd:
            os.dup2(null, fd)
            os.close(null)
        setattr(sys, name, open(fd, "w", encoding="utf-8", closefd=False))  # noqa: SIM115


def stdin_closed() -> bool:
    """Standard input was closed when tspain started (`<&-`): Python then has no sys.stdin."""
    return sys.stdin is None


def stdin_is_terminal() -> bool:
    return not stdin_closed() and sys.stdin.isatty()


def _stdout_failing(err: OSError) -> bool:
    """Whether an error no command handled is standard output failing (full, gone): a write
    error of the kind a full or broken output gives, or output that still fails to flush.
    (Files tspain reads or saves have their own one-line errors.)"""
    import errno

    if err.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EBADF):
        return True
    try:
        sys.stdout.flush()
    except OSError:
        return True
    return False


def _err(text: str) -> None:
    """Write to stderr now (not when the buffer fills): the line must be there even if the
    process ends at once, and test runners read it at exit."""
    try:
        sys.stderr.write(text)
        sys.stderr.flush()
    except (OSError, ValueError):  # `2>/dev/full`: the exit status must still say what happened
        import os

        null = os.open(os.devnull, os.O_WRONLY)  # what is still buffered goes nowhere at exit
        os.dup2(null, 2)
        os.close(null)


def fail(message: str, code: int = EXIT_INPUT) -> NoReturn:
    """One line on stderr, a non-zero exit. A path or value in it with control characters (a
    new line, an escape code) is shown escaped: it can neither break the line nor steer the
    terminal."""
    _err(_printable(f"tspain: error: {message}") + "\n")
    raise typer.Exit(code)


def _unwritable(why: str | None) -> str:
    """Standard output could not be written: why (the system's words), or that it is closed."""
    from tspain.i18n import t

    if why is None:
        return t("cannot write to standard output (it is closed)")
    return t("cannot write to standard output ({problem})", problem=why)


def _stopped() -> str:
    from tspain.i18n import t

    return t("tspain: stopped, nothing saved.")


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


def _options(ctx: typer.Context) -> Options:
    return ctx.obj if isinstance(ctx.obj, Options) else Options(None, False)


def _table(ctx: typer.Context) -> RuleTable:
    import dataclasses
    import shlex

    from tspain.i18n import t
    from tspain.loading import TableError, UnsafeTable, load_table
    from tspain.safety import ALLOW_UNSAFE_FLAG, contract_problems

    options = _options(ctx)
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
        _err(_printable(line) + "\n")
        raise typer.Exit(EXIT_INPUT) from None
    unsafe = contract_problems(table) if options.allow_unsafe else []
    from tspain.loading import table_path
    from tspain.paths import default_table_path

    where = table_path(options.rules)
    options.loaded = table
    if where != default_table_path():
        from tspain.cli_validate import shipped_version

        for note in shipped_version(where, table.version):  # its results name that version:
            _err(_printable(f"tspain: note: {where}: {note}") + "\n")  # said (a scripter)
    table = _in_language(table, None if where == default_table_path() else str(where))
    if unsafe:
        warning = t(
            "WARNING: this rule table fails tspain's safety check (problems: {count}; see "
            "`tspain validate`): its results may be unsafe.",
            count=len(unsafe),
        )
        options.unsafe_warning = warning
        for problem in unsafe:
            _err(f"tspain: warning: {problem}\n")
        _err(f"tspain: {warning}\n")
        table = dataclasses.replace(table, disclaimer=f"{table.disclaimer} {warning}")
    return table


def _in_language(table: RuleTable, rules: str | None = None) -> RuleTable:
    """The table in the language asked for, as `tspain.assess` translates it: a translation
    that lost a level's meaning or holds control characters is refused before anything is
    said in it (one line; `tspain validate` lists every problem)."""
    from tspain import api, i18n

    catalogue = i18n.current()
    try:
        shown, _ = api._in_language(table, catalogue.code, rules)
    except i18n.LanguageError as err:
        i18n.use(i18n.ENGLISH)
        fail(f"{err}{i18n.IN_ENGLISH}")  # fail() shows control characters escaped
    if catalogue.code != i18n.ENGLISH:
        from tspain.cli_validate import untranslated_note

        note = untranslated_note(table, catalogue, rules)
        if note:  # shown in English: said, not silently mixed in (a maintainer)
            _err(_printable(f"tspain: {note}") + "\n")
    return shown


def _assessed(ctx: typer.Context, known: Mapping[str, Answer]) -> Assessment:
    """What `tspain.assess` gives for these answers, on the table and in the language given:
    the command line is a layer over the library, not beside it. A table let through with
    --allow-unsafe-table says so in its disclaimer; answers it refuses together, one line."""
    import dataclasses

    import tspain
    from tspain.answers import AnswersError
    from tspain.i18n import current

    options = _options(ctx)
    try:
        assessment = tspain.assess(known, table=options.loaded, language=current().code)
    except AnswersError as err:  # answers asked one by one (a traceback: a tester, 30th)
        fail(str(err))
    if options.unsafe_warning:
        disclaimer = f"{assessment.disclaimer} {options.unsafe_warning}"
        assessment = dataclasses.replace(assessment, disclaimer=disclaimer)
    return assessment


def _printable(text: str) -> str:
    """Text from a table or catalogue, safe to print: control characters shown escaped."""
    from tspain.table import CONTROL

    return CONTROL.sub(lambda m: repr(m.group())[1:-1], text)


def _silence_stdout() -> None:
    """Nothing more reaches standard output, and what it still buffers is dropped there."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.close(devnull)


def show_result(
    table: RuleTable,
    assessment: Assessment,
    known: Mapping[str, Answer],
    json_out: bool,
    warning: str | None,
) -> tuple[bool, str | None]:
    """The result on standard output, as JSON or for a person (`warning`: an unsafe table's,
    said again after the short emergency screen). Returns whether the reader went away and
    what, if anything, stopped the writing: the caller still saves what was asked for."""
    if STDOUT.closed:
        return False, "it is closed"
    try:
        if json_out:
            print_json(assessment)
            sys.stdout.flush()
            return False, None
        from tspain import render

        out = render.output()
        render.result(out, table, assessment, known)
        if warning:  # the short emergency screen shows only the disclaimer's first sentence
            out.print(render.Text(warning, style="bold red"))
    except BrokenPipeError:
        # The reader went away (`| head`): the files asked for are still saved, and said so.
        _silence_stdout()
        return True, None
    except OSError as err:  # `> /dev/full`: save what was asked for, then say it in one line
        _silence_stdout()
        return True, err.strerror or str(err)
    return False, None
