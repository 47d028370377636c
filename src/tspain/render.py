"""What tspain shows in the terminal is built here, in `screens` (the question screens) and in
`pages` (the listing commands' pages, from the pieces here), with Rich. Nothing else imports
Rich.

Output stays readable without colour (NO_COLOR, or piped to a file): every coloured element
also carries its meaning in words. Output that goes to a pipe or a file, where no colour is
sent anyway, is written by `PlainOut` without starting a Rich console (about 15 ms less).
"""

from __future__ import annotations

import re
import sys
import textwrap
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Protocol, TextIO

from tspain.i18n import t
from tspain.table import Answer, RuleTable

if TYPE_CHECKING:  # `tspain causes` needs neither the engine's results nor the interview
    from rich.console import Console
    from rich.text import Text as RichText

    from tspain.assessment import Assessment
    from tspain.layout import Section


class Text:
    """Styled text, built here and turned into Rich's Text only when a Rich console prints it
    (through `__rich__`): output to a pipe never imports Rich's text machinery. Always plain
    text: table text is never read as markup."""

    def __init__(self, text: str = "", style: str | None = None) -> None:
        self.parts: list[tuple[str, str | None]] = [(text, style)] if text else []

    def append(self, text: str, style: str | None = None) -> Text:
        self.parts.append((text, style))
        return self

    def __add__(self, other: Text) -> Text:
        joined = Text()
        joined.parts = [*self.parts, *other.parts]
        return joined

    @property
    def plain(self) -> str:
        return "".join(text for text, _ in self.parts)

    def rstrip(self) -> None:
        while self.parts and not self.parts[-1][0].rstrip():
            self.parts.pop()
        if self.parts:
            text, style = self.parts[-1]
            self.parts[-1] = (text.rstrip(), style)

    def __rich__(self) -> RichText:
        from rich.text import Text as RichText

        rich = RichText()
        for text, style in self.parts:
            rich.append(text, style=style)
        return rich


class Out(Protocol):
    """Where output goes: a Rich console, or `PlainOut` for a pipe or a file."""

    @property
    def width(self) -> int: ...

    @property
    def encoding(self) -> str: ...

    def print(self, *objects: Any, soft_wrap: bool | None = None) -> None: ...


class PlainOut:
    """Plain text for output that is not a terminal. The same sections and words as on screen,
    wrapped at 80 columns; styles (which a pipe never gets) are left out."""

    def __init__(self, stream: TextIO, width: int = 80) -> None:
        self.stream = stream
        self.width = width
        self.encoding = getattr(stream, "encoding", None) or "utf-8"

    def print(self, *objects: Any, soft_wrap: bool | None = None) -> None:
        text = " ".join(o.plain if isinstance(o, Text) else str(o) for o in objects)
        if not soft_wrap:
            text = "\n".join(
                line if len(line) <= self.width else textwrap.fill(line, self.width)
                for line in text.split("\n")
            )
        try:
            # Not flushed here: a short result reaches the pipe in one write at the end
            # (`tspain prevent | head -1` exited 1 when `head` left between two of them).
            self.stream.write(text + "\n")
        except BrokenPipeError:
            _stdout_gone()


LEVEL_STYLE = {
    "emergency": "bold white on red",
    "urgent": "bold black on yellow",
    "routine": "bold white on blue",
    "self_care": "bold black on green",
}
BAR_WIDTH = 12


def _stdout_gone() -> None:
    """The reader went away (`tspain check | head`): stop writing, and let the caller finish
    its work (save the report it was asked for) instead of exiting here."""
    import errno
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())  # nothing more reaches the closed pipe
    os.close(devnull)
    raise BrokenPipeError(errno.EPIPE, "the reader of the output went away")


def console(stderr: bool = False) -> Console:
    """A Rich console that wraps at the terminal width, or 80 columns when piped."""
    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            self.quiet = True
            _stdout_gone()

    width = _width(stderr)
    out = _Console(stderr=stderr, highlight=False, soft_wrap=False, width=width)
    if width is not None and out.is_dumb_terminal:  # Rich takes any dumb terminal as 80 by 25
        out.size = (width, out.height)
    return out


def output() -> Out:
    """Where a result or a listing goes: plain text to a pipe or a file, a Rich console to a
    terminal."""
    if not sys.stdout.isatty():
        return PlainOut(sys.stdout)
    return console()


def _width(stderr: bool) -> int | None:
    """The terminal's width (None: Rich asks it), 80 to a pipe. Rich takes a dumb terminal as
    80 wide whatever it is: there COLUMNS, when set, says, and else the terminal is asked (unset,
    a 40-column screen broke words: a person in pain)."""
    import os

    stream = sys.stderr if stderr else sys.stdout
    if not stream.isatty():
        return 80
    columns = os.environ.get("COLUMNS", "")
    given = int(columns) if columns.isascii() and columns.isdigit() else 0
    dumb = os.environ.get("TERM") == "dumb"
    if given == 0 and (columns.strip() or dumb):  # COLUMNS=0 (Rich: a word a line), "abc"
        try:
            return os.get_terminal_size(stream.fileno()).columns or 80
        except (OSError, ValueError):
            return 80
    return given if dumb else None


def wrap(text: str, width: int, first: str, rest: str) -> str:
    """Wrapped by words; a word longer than the line stays whole ("bre / athlessness" at 30
    columns was a tester's), left to the terminal to fold."""
    return textwrap.fill(
        text,
        max(width - 1, len(first) + 8),
        initial_indent=first,
        subsequent_indent=rest,
        break_on_hyphens=False,
        break_long_words=False,
    )


UNICODE = {"bullet": "•", "full": "█", "empty": "░", "box": "╭─╮│╰╯", "dot": "·"}
ASCII = {"bullet": "*", "full": "#", "empty": ".", "box": "+-+|++", "dot": "|"}
PLAIN = {"bullet": "-", "full": "", "empty": "", "box": "", "dot": ","}
"""For a screen reader: nothing read aloud as "full block" ten times (no bars, no boxes)."""


def plain() -> bool:
    """Plain text for screen readers and dumb terminals (TERM=dumb, as Emacs's shell and
    Emacspeak set, or TSPAIN_PLAIN=1; 0, no or false is off): no boxes, bars or drawings, the
    same words."""
    import os

    asked = os.environ.get("TSPAIN_PLAIN", "").strip().lower() not in ("", "0", "no", "false")
    return os.environ.get("TERM") == "dumb" or asked


def symbols(out: Out) -> dict[str, str]:
    """Box, bar and bullet characters the terminal can show: plain ASCII on a terminal whose
    encoding lacks them (latin-1, LANG=C), so the result never fails half-way; none of them in
    plain text (`plain`)."""
    if plain():
        return PLAIN
    try:
        "".join(UNICODE.values()).encode(out.encoding or "ascii")
    except (UnicodeEncodeError, LookupError):
        return ASCII
    return UNICODE


def bullets(out: Out, items: Iterable[str]) -> None:
    """A bulleted list whose wrapped lines hang under the text, not the bullet. Plain Text,
    wrapped here: table text is never read as Rich markup, and it is fast to lay out."""
    bullet = f"  {symbols(out)['bullet']} "
    text = "\n".join(wrap(item, out.width, bullet, "    ") for item in items)
    out.print(Text(text), soft_wrap=True)


def heading(text: str) -> Text:
    return Text(f"\n{text}", style="bold underline")


def bar(probability: float, marks: dict[str, str] = UNICODE) -> str:
    filled = round(probability * BAR_WIDTH)
    if probability > 0 and filled == 0:
        filled = 1
    return marks["full"] * filled + marks["empty"] * (BAR_WIDTH - filled)


# -- results ----------------------------------------------------------------------------------


def action_box(out: Out, label: str, style: str, action: str) -> None:
    """The action in a box, drawn here (a Rich Panel costs more start-up than it is worth)."""
    if out.width < 30 or plain():  # too narrow for a box, or plain: the same words, stacked
        text = Text()
        text.append(f" {label} ", style=style)
        text.append("\n" + wrap(action, out.width, "", ""), style="bold")
        out.print(text, soft_wrap=True)
        return
    inner = out.width - 4
    tl, h, tr, v, bl, br = tuple(symbols(out)["box"])
    title = f" {t('What to do')} "
    lines = textwrap.wrap(action, inner, break_on_hyphens=False) or [""]
    text = Text()
    text.append(f"{tl}{h}{title}" + h * max(inner + 1 - len(title), 0) + f"{tr}\n", style="bold")
    text.append(f"{v} ", style="bold")
    text.append(f" {label} ", style=style)
    text.append(" " * max(inner - len(label) - 2, 0) + f" {v}\n", style="bold")
    for line in lines:
        text.append(f"{v} ", style="bold")
        text.append(line.ljust(inner), style="bold")
        text.append(f" {v}\n", style="bold")
    text.append(bl + h * (inner + 2) + br, style="bold")
    out.print(text, soft_wrap=True)


def result(
    out: Out, table: RuleTable, assessment: Assessment, answers: Mapping[str, Answer] | None = None
) -> None:
    """The result screen: the sections `layout` chose for this level, in its order, cut to fit
    the screen (`answers`, the known ones, say which warning signs are still open)."""
    from tspain.layout import sections
    from tspain.limits import RESULT_LINES

    # a taller terminal keeps more: on 50 rows a new mother's 41-line result left out when to
    # see a doctor (a tester, twenty-seventh session); 2 rows stay for the question after it
    lines = max(RESULT_LINES, _rows(out) - 2)
    # a pipe or a file has no screen to fit: all of it (a scripter's `> result.txt` lost two
    # urgent signs and every section below them to a 40-line cut, thirty-fourth session)
    on_screen = _on_a_terminal(out)
    shown = sections(table, assessment, answers, fit_screen=on_screen, lines=lines)
    if assessment.triage.level == "emergency" and on_screen:
        shown = _emergency_fitted(out.width, _rows(out), assessment, shown)
    _print_sections(out, assessment, shown)


def _on_a_terminal(out: Out) -> bool:
    if isinstance(out, PlainOut):  # a pipe or a file: Rich is not even imported
        return False
    from rich.console import Console

    return not isinstance(out, Console) or out.is_terminal


def _rows(out: Out) -> int:
    """The rows an emergency may take: `EMERGENCY_ROWS`, or a taller terminal's height (on 50
    rows a clot's swollen calf and a Spanish screen's serious cause were cut to fit 24: testers,
    twenty-seventh session)."""
    if isinstance(out, PlainOut):  # a pipe or a file: Rich is not even imported
        return EMERGENCY_ROWS
    from rich.console import Console

    if isinstance(out, Console) and out.is_terminal:
        return max(EMERGENCY_ROWS, out.size.height)
    return EMERGENCY_ROWS


EMERGENCY_ROWS = 24
"""An emergency's screen, its blank first line counted: the action box stays on an 80x24
terminal with the question that follows ("Save a report ...?") below it."""


def _emergency_fitted(
    width: int, limit: int, assessment: Assessment, shown: list[Section]
) -> list[Section]:
    """An emergency's sections, cut until they fit `limit` rows: a Spanish one took 28 to 30
    rows and its action box scrolled off (testers, twenty-sixth session). Reasons past the
    second give way first, then the second, the serious causes, the crew's line, and all but
    two steps while waiting; a saved report keeps them all."""
    import dataclasses
    import io

    from rich.console import Console

    def rows(these: list[Section]) -> int:
        probe = Console(file=io.StringIO(), width=width, color_system=None)
        _print_sections(probe, assessment, these)
        return len(probe.file.getvalue().splitlines())  # type: ignore[attr-defined]

    def first(key: str, n: int) -> Callable[[list[Section]], list[Section]]:
        return lambda s: [
            dataclasses.replace(x, items=x.items[:n]) if x.key == key else x for x in s
        ]

    def without(key: str) -> Callable[[list[Section]], list[Section]]:
        return lambda s: [x for x in s if x.key != key]

    def fewer_reasons(n: int, of: int) -> Callable[[list[Section]], list[Section]]:
        more = t("and {count} more: a saved report lists them all", count=of - n)
        return (
            lambda s: [  # how many more is said: on 24 rows 3 of 7 showed, with no word
                # that others held (a tester, twenty-seventh session)
                dataclasses.replace(x, items=[*x.items[:n], more]) if x.key == "why" else x
                for x in s
            ]
        )

    reasons = max((len(x.items) for x in shown if x.key == "why"), default=0)
    fewer = [fewer_reasons(n, reasons) for n in range(reasons - 1, 0, -1)]
    for cut in (*fewer, without("must_not_miss"), without("tell_the_doctor")):
        if rows(shown) <= limit:
            break
        shown = cut(shown)
    return first("while_waiting", 2)(shown) if rows(shown) > limit else shown


def _print_sections(out: Out, assessment: Assessment, shown: list[Section]) -> None:
    from tspain.shown_causes import percent

    marks = symbols(out)
    compact = assessment.triage.level == "emergency"  # it must fit 24 lines
    for section in shown:
        if section.kind == "action":
            out.print()
            action_box(out, section.title, LEVEL_STYLE[assessment.triage.level], section.items[0])
            continue
        if section.title:
            out.print(Text(("" if compact else "\n") + section.title, style="bold underline"))
        if section.kind == "bullets":
            bullets(out, section.items)
        elif section.kind == "causes":
            text = Text()
            for cause, why in zip(section.causes, section.items, strict=True):
                figure = f"{bar(cause.probability, marks)} {percent(cause.probability)}".strip()
                if len(cause.name) + len(figure) + 4 < out.width:
                    text.append(f"  {cause.name}", style="bold")
                    text.append(f"  {figure}\n")
                else:  # a family's line with its members is long: wrap it, figure below
                    text.append(wrap(cause.name, out.width, "  ", "  ") + "\n", style="bold")
                    text.append(f"      {figure}\n")
                text.append(wrap(t("why: ") + why, out.width, "      ", "      ") + "\n")
            if section.after:
                text.append(wrap(section.after, out.width, "  ", "  ") + "\n")
            text.rstrip()
            out.print(text, soft_wrap=True)
        elif section.kind == "note":  # a command in backticks is code in a report, words here
            lead, note = ("" if compact else "\n"), re.sub(r"`([^`]+)`", r'"\1"', section.items[0])
            out.print(Text(lead + wrap(note, out.width, "", ""), style="dim"), soft_wrap=True)
        elif section.kind == "recap":
            out.print(Text(wrap(section.items[0], out.width, "", ""), style="bold"), soft_wrap=True)
