"""The command line's plumbing: one-line errors and exit codes, standard output that is closed
or full, printing JSON. The table a command runs on is `cli_table.py`'s; the commands
themselves are in `cli.py`."""

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


def _forced_width() -> int | None:
    """The width click's test runner forces (80), else None."""
    try:
        from typer._click import formatting
    except ImportError:  # typer before it bundled click
        from click import formatting  # type: ignore[no-redef,unused-ignore]
    width: int | None = formatting.FORCED_WIDTH
    return width


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
        try:
            refuse_repeated(self, ctx, args)
            return super().parse_args(ctx, args)
        except _click_errors().UsageError as err:  # what was typed, for the hint
            err.tspain_typed = tuple(args)
            raise

    def _typed(self, kwargs: dict[str, Any]) -> str:
        """The command typed, where click's error has no context: "tspain check --answers"
        alone pointed to `tspain --help` (a scripter, thirty-fifth session)."""
        args = kwargs.get("args") or sys.argv[1:]
        named = next((a for a in args if a in self.commands), None)
        return f"tspain {named}" if named else "tspain"

    def make_context(self, *args: Any, **extra: Any) -> ClickContext:
        """Help wrapped to the terminal, 80 columns at most: click's floor of 50 broke lines
        mid-word on a 40-column terminal (a regression hunter, thirty-fourth session). A width
        click's test runner forces stands."""
        import shutil

        forced = _forced_width()
        columns = min(shutil.get_terminal_size().columns, 80) - 2
        extra.setdefault("terminal_width", forced or max(columns, 20))
        return super().make_context(*args, **extra)

    def invoke(self, ctx: ClickContext) -> Any:
        """Ctrl-C anywhere a command did not catch it (reading answers from a pipe): typer
        made it exit 130 saying nothing, where SIGTERM says "stopped" (a scripter, 34th)."""
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            to_stderr("\n" + stopped_line() + "\n")
            raise typer.Exit(EXIT_INTERRUPTED) from None

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
            where = err.ctx.command_path if err.ctx is not None else self._typed(kwargs)
            message = " ".join(err.format_message().split()).rstrip(".")  # "... 'bogus' (see"
            from tspain.usage_words import usage_line

            typed = getattr(err, "tspain_typed", ())
            to_stderr(
                printable(f"tspain: error: {usage_line(message, where, err.ctx, typed)}") + "\n"
            )
            sys.exit(EXIT_INPUT)
        except click_errors.ClickException as err:
            to_stderr(printable(f"tspain: error: {' '.join(err.format_message().split())}") + "\n")
            sys.exit(err.exit_code)
        except typer.Abort:
            to_stderr("\n" + stopped_line() + "\n")
            sys.exit(EXIT_INTERRUPTED)
        except BrokenPipeError:  # `tspain causes | head`: the reader has all it wanted
            _silence_stdout()  # what is still buffered goes nowhere at exit, not to a traceback
            sys.exit(1)
        except OSError as err:
            if not _stdout_failing(err):
                to_stderr(f"tspain: error: {err.strerror or err}\n")
                sys.exit(EXIT_INPUT)
            _silence_stdout()
            to_stderr(f"tspain: error: {unwritable(str(err.strerror or err))}\n")
            sys.exit(1)
        code = code if isinstance(code, int) else 0
        if STDOUT.closed and not STDOUT.reported and code == 0:  # an error's own code stands
            to_stderr(f"tspain: error: {unwritable(None)}\n")
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


def open_closed_stdout() -> None:
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


def to_stderr(text: str) -> None:
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
    to_stderr(printable(f"tspain: error: {message}") + "\n")
    raise typer.Exit(code)


def unwritable(why: str | None) -> str:
    """Standard output could not be written: why (the system's words), or that it is closed."""
    from tspain.i18n import t

    if why is None:
        return t("cannot write to standard output (it is closed)")
    return t("cannot write to standard output ({problem})", problem=why)


def stopped_line() -> str:
    """What Ctrl-C says: whether anything was saved first (after a save, "nothing saved" was
    said of a report on disk: a code reviewer, thirty-fourth session)."""
    return stop_message(sys.modules.get("tspain.saving"))


def stop_message(saving: Any) -> str:
    """The one true line a signal ends tspain with: whether anything was saved, from the
    records of `tspain.saving` (None: not imported, so nothing was). Imports nothing: it runs
    inside the signal handler, perhaps while a module is half imported."""
    found = getattr(sys.modules.get("tspain.i18n"), "t", None)

    def t(english: str, /, **values: str) -> str:
        return str(found(english, **values)) if found is not None else english.format(**values)

    done = list(getattr(saving, "saved", None) or ())
    busy = getattr(saving, "placing", None)
    if not done and busy is None:
        return str(t("tspain: stopped, nothing saved."))
    lines = []
    if done:
        lines.append(t("tspain: stopped; saved before stopping: {paths}.", paths=", ".join(done)))
    if busy is not None and busy not in done:
        lines.append(
            t(
                "tspain: stopped while saving {path}: it is either complete or as it was.",
                path=busy,
            )
        )
    return " ".join(str(line) for line in lines)


def printable(text: str) -> str:
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
        sys.stdout.flush()  # written now, before a report is offered: `tspain check > /dev/full`
        # answered at the terminal said "the result was sent" and exited 0 (a scripter, 36th)
    except BrokenPipeError:
        # The reader went away (`| head`): the files asked for are still saved, and said so.
        _silence_stdout()
        return True, None
    except OSError as err:  # `> /dev/full`: save what was asked for, then say it in one line
        _silence_stdout()
        return True, err.strerror or str(err)
    return False, None
