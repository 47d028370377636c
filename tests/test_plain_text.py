"""Plain text for screen readers and dumb terminals (TERM=dumb, or TSPAIN_PLAIN): a tester with
a screen reader heard "full block" ten times a cause, the box lines and the drawing of the
back; with TERM=dumb the screen was 80 wide whatever COLUMNS said."""

from __future__ import annotations

import json
import os
import sys

import pytest
from conftest import as_at_a_terminal, control_at_the_prompt, make_runner

from tspain.cli import app
from tspain.table import RuleTable

pexpect = pytest.importorskip("pexpect")
DRAWN = "╭╮╰╯│█░•"
DESK = {"age": 34, "injury": "minor", "onset": "gradual", "severity": 3, "duration_days": 14}


def desk_worker(table: RuleTable) -> str:
    """A desk worker with every warning sign answered no: the likely causes are shown."""
    answers: dict[str, object] = {q: False for q, v in table.questions.items() if v.type == "yesno"}
    return json.dumps(answers | DESK | {"pain_location": "between_shoulder_blades"})


def test_tspain_plain_gives_no_boxes_bars_or_bullets(table: RuleTable) -> None:
    answers = desk_worker(table)
    shown = (
        make_runner()
        .invoke(app, ["check", "--answers", "-"], input=answers, env={"TSPAIN_PLAIN": "1"})
        .stdout
    )
    assert not set(shown) & set(DRAWN), shown
    assert "%" in shown and "What to do" not in shown.split("\n")[1]  # figures, no box title


def test_without_it_the_result_is_drawn(table: RuleTable) -> None:
    answers = desk_worker(table)
    shown = (
        make_runner()
        .invoke(
            app,
            ["check", "--answers", "-"],
            input=answers,
            env={"TSPAIN_PLAIN": "", "TERM": "xterm"},
        )
        .stdout
    )
    assert "█" in shown and "╭" in shown


def _dumb_check(env: dict[str, str], dimensions: tuple[int, int]) -> pexpect.spawn:
    """`tspain check` at a dumb terminal of `dimensions` (rows, columns), with `env` added."""
    return pexpect.spawn(
        sys.executable,
        ["-m", "tspain", "check"],
        env={"TERM": "dumb", "NO_COLOR": "1", "PATH": os.environ["PATH"], **env},
        encoding="utf-8",
        timeout=60,
        dimensions=dimensions,
        preexec_fn=as_at_a_terminal,
    )


def test_a_dumb_terminal_gets_its_width_and_no_drawing() -> None:
    child = _dumb_check({"COLUMNS": "50"}, (40, 50))
    seen = []
    for typed in ["0", "0", "0", "2", "2", "6"]:  # to "Where is the pain?" and past it
        child.expect("> ")
        seen.append(child.before)
        child.sendline(typed)
    child.expect("> ")
    seen.append(child.before)
    child.sendline("q")
    # On a line of its own: line editing on a dumb terminal scrolled a long prompt out of
    # sight ("<ur doctor? [y/N]").
    child.expect(r"\[y/N\]\r\n> ")
    seen.append(child.before)
    child.sendline("")
    child.expect(pexpect.EOF)
    screen = "".join(seen)
    assert not set(screen) & set(DRAWN), screen
    assert "Where is the pain?" in screen and "/        \\" not in screen  # no drawing
    assert max(len(line) for line in screen.splitlines()) <= 50, screen


@pytest.mark.parametrize("width", [20, 30])
def test_narrow_screens_never_cut_a_word(width: int) -> None:
    """A tester at 30 columns read "bre / athlessness", "0 t / o 120" and "Entumecimient / o"."""
    import io
    import re

    from rich.console import Console

    from tspain.render import wrap
    from tspain.screens import _how

    words = "Sudden or worsening breathlessness; Entumecimiento (adormecimiento) back-strengthening"
    for line in wrap(words, width, "   1. ", "      ").splitlines():
        assert all(w in words.split() or w == "1." for w in line.split()), line
    out = Console(file=io.StringIO(), width=width, color_system=None)
    _how(out, ["a number from 0 to 120", "s not sure", "? why"])
    shown = out.file.getvalue()  # type: ignore[attr-defined]
    assert "0 t\n" not in shown and re.search(r"\b120\b", shown), shown


@pytest.mark.parametrize(("value", "plain"), [("1", True), ("0", False), ("no", False)])
def test_tspain_plain_0_is_off(monkeypatch: pytest.MonkeyPatch, value: str, plain: bool) -> None:
    from tspain.render import plain as is_plain

    monkeypatch.setenv("TERM", "xterm")
    monkeypatch.setenv("TSPAIN_PLAIN", value)
    assert is_plain() is plain


def test_a_dumb_terminal_without_columns_is_asked_its_width() -> None:
    """With TERM=dumb and COLUMNS not exported (a shell's usual default), every screen was laid
    out for 80 columns and a 40-column terminal broke words: "does not r / eplace a doctor" (a
    person in pain, sixteenth session)."""
    child = _dumb_check({}, (24, 40))
    child.expect("> ")
    screen = child.before
    control_at_the_prompt(child, "c")
    child.expect(pexpect.EOF)
    lines = [line for line in screen.replace("\r", "").split("\n") if line.strip()]
    assert lines and max(len(line) for line in lines) <= 40, lines
