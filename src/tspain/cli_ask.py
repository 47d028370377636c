"""Asking the questions at the terminal: where they are shown, how typing is read, and the
interview run until it is done (the questions themselves are chosen in `tspain.choice`)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

import typer

from tspain.cli_base import EXIT_INTERRUPTED, fail, stdin_closed, stopped_line, to_stderr

if TYPE_CHECKING:
    from rich.console import Console

    from tspain.interview import Interview
    from tspain.table import RuleTable


def output_elsewhere() -> bool:
    """Questions typed at a terminal whose result goes elsewhere (`> out.txt`, `| tee`): the
    questions, the prompts and what to do are then shown on the terminal (standard error), or
    the person would type blind and never see "call an ambulance"."""
    return sys.stdin.isatty() and not sys.stdout.isatty()


def _typing_terminal() -> None:
    """What a person types is read whatever the terminal's encoding claims (with
    PYTHONIOENCODING=ascii, "sí" ended in a UnicodeDecodeError traceback: it is now a word not
    understood, asked again), and with line editing (arrow keys put escape codes in answers)."""
    import contextlib

    with contextlib.suppress(AttributeError, ValueError, OSError):
        sys.stdin.reconfigure(errors="replace")  # type: ignore[union-attr]
    if sys.stdin.isatty():
        with contextlib.suppress(ImportError):  # not every Python has it (Windows)
            import readline  # noqa: F401  (its import turns on line editing for input())


def ask_questions(
    table: RuleTable, interactive: bool, json_out: bool, max_questions: int | None
) -> Interview:
    """The interactive questions, asked until the interview is done."""
    from tspain.i18n import t

    if stdin_closed():
        fail(
            t(
                "standard input is closed, so no questions can be asked: give answers with "
                "--answers FILE (see `tspain questions`)"
            )
        )
    if not interactive and not sys.stdin.isatty():
        fail(
            t(
                "standard input is not a terminal, so no questions can be asked: "
                "give answers with --answers FILE, or pipe JSON to --answers - "
                "(see `tspain questions`), or use --interactive"
            )
        )
    _typing_terminal()
    from tspain import render, session

    # With --json stdout carries only the JSON; redirected, the questions stay on the screen.
    out = render.console(stderr=json_out or output_elsewhere())
    try:
        read = unseen_lines_set_aside(resumable(without_controls(out.input)), out)
        return session.interview(table, out, read, max_questions)
    except (KeyboardInterrupt, EOFError):
        to_stderr("\n" + stopped_line() + "\n")
        raise typer.Exit(EXIT_INTERRUPTED) from None


def without_controls(ask: Callable[[str], str]) -> Callable[[str], str]:
    """`ask`, with control characters typed (an escape sequence pasted, a stray Ctrl key) read
    as spaces: "\\e[2Jhello" was said back raw in "could not match ...", and cleared the screen
    (a scripter, twenty-ninth session). Table text is escaped the same way (`printable`)."""
    from tspain.table import CONTROL

    return lambda prompt: CONTROL.sub(" ", ask(prompt))


def unseen_lines_set_aside(ask: Callable[[str], str], out: Console) -> Callable[[str], str]:
    """`ask`, but lines typed before its question was on the screen are not its answer: they
    are said, set aside, and the question asked. Pasted lines ("0", "0") answered the list of
    emergency signs and then the list of urgent signs, which the person never saw (a tester,
    twenty-second session). At a terminal only: a script's piped lines are its answers. The
    lines set aside are kept in `asking.set_aside`, where the session looks for warning signs in
    them ("17", then "and my chest feels tight": the tightness was lost, a tester)."""
    import os

    try:
        fd = sys.stdin.fileno()
        at_a_terminal = os.isatty(fd)
    except (AttributeError, ValueError, OSError):  # no descriptor (CliRunner's input): a script
        return ask
    if not at_a_terminal:
        return ask

    def asking(prompt: str) -> str:
        typed = typed_ahead(fd)
        set_aside.extend(typed)  # read by the session for warning signs in them
        if typed:
            from tspain import screens
            from tspain.cli_base import printable
            from tspain.i18n import t
            from tspain.quoting import SHOWN

            shown = " / ".join(typed)
            shown = shown if len(shown) <= SHOWN else shown[: SHOWN - 1] + "…"
            screens.note(
                out,
                t(
                    'You typed "{typed}" before this question was on the screen, so it is not '
                    "taken as its answer. Read the question, then answer it.",
                    typed=printable(shown),
                ),
            )
        return ask(prompt)

    set_aside: list[str] = []
    asking.set_aside = set_aside  # type: ignore[attr-defined]
    return asking


def typed_ahead(fd: int) -> list[str]:
    """The whole lines already typed and waiting on the terminal `fd` (empty lines left out),
    read so that the next question does not take them; Ctrl-D among them stops as it would
    have (EOFError)."""
    import os
    import select

    lines: list[str] = []
    while select.select([fd], [], [], 0)[0]:
        data = os.read(fd, 4096)
        if not data:
            raise EOFError
        lines += [line.strip() for line in data.decode(errors="replace").splitlines()]
    return [line for line in lines if line]


class _Resumed(Exception):
    """tspain was stopped (Ctrl-Z) and resumed (`fg`) while a line was being typed."""


def resumable(ask: Callable[[str], str]) -> Callable[[str], str]:
    """`ask`, asked again from an empty line when tspain is resumed after Ctrl-Z: line editing
    kept what was typed before the stop without showing it, so a tester's "1", then "2" after
    `fg`, was read as item 12 (a cold sweat, a warning sign never chosen)."""
    import signal

    if not hasattr(signal, "SIGCONT") or not sys.stdin.isatty():
        return ask

    def resumed(signum: int, frame: object) -> None:
        raise _Resumed

    def asking(prompt: str) -> str:
        while True:
            before = signal.signal(signal.SIGCONT, resumed)  # only while a line is typed
            try:
                return ask(prompt)
            except _Resumed:
                to_stderr("\n")  # the prompt again, on a line of its own, the line empty
            finally:
                signal.signal(signal.SIGCONT, before)

    return asking


def typed_line(prompt: str) -> str:
    """A line typed after `prompt` (the report offer's questions): the prompt on the screen
    even when the result went elsewhere (`input` writes it to standard output), shown again
    after Ctrl-Z and `fg`; on a dumb terminal on a line of its own, as line editing there
    scrolls a long prompt out of sight ("<ur doctor? [y/N]")."""
    import shutil

    from tspain.render import plain

    elsewhere = output_elsewhere()

    def ask(shown: str) -> str:
        if not elsewhere:
            return input(shown)
        to_stderr(shown)
        return input()

    columns = shutil.get_terminal_size().columns
    room = columns - 20  # for what is typed after it
    if plain() and sys.stdin.isatty() and len(prompt.strip()) > room:
        to_stderr(prompt.rstrip() + "\n") if elsewhere else print(prompt.rstrip(), flush=True)
        prompt = "> "
    elif sys.stdin.isatty() and len(prompt.rstrip()) > columns - 1:  # wrapped by words, not by
        import textwrap  # the terminal mid-word ("médic / o? [s/N]" at 40 columns)

        lines = textwrap.wrap(prompt.strip(), max(columns - 1, 20), break_long_words=False)
        said = "\n" * prompt.startswith("\n") + "\n".join(lines[:-1])
        to_stderr(said + "\n") if elsewhere else print(said, flush=True)
        prompt = lines[-1] + " "
    return resumable(ask)(prompt)


def said_before_asking(text: str) -> None:
    """A line that explains the next prompt, wrapped by words to the terminal and shown where
    the prompt is (standard error when the result goes elsewhere), so the prompt itself stays
    short enough for what is typed after it."""
    import shutil
    import textwrap

    width = max(20, shutil.get_terminal_size().columns - 1)
    shown = textwrap.fill(text, width=width, break_long_words=False, break_on_hyphens=False)
    if output_elsewhere():
        to_stderr(shown + "\n")
    else:
        print(shown, flush=True)


def say_where_the_result_went(recap: str) -> None:
    """Redirected (`> out.txt`): the screen still says what to do, and where the rest went."""
    from tspain.i18n import t

    if output_elsewhere():  # with --json too: the JSON in a file says nothing on the screen
        to_stderr(
            t("tspain: the result was sent to standard output, which is not this terminal.") + "\n"
        )
        to_stderr(recap + "\n")
