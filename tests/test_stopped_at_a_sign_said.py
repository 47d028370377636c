"""Stopping (Ctrl-D, Ctrl-C) while a warning sign the person's words named is being asked
about: the result so far says what to do if it applies. "between the shoulders, and my chest
feels heavy" then Ctrl-D at "Did you mean 2. Chest pain ...?" said only "stopped, nothing
saved" (thirty-first session's testers; mended in the thirty-second)."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest
from conftest import make_runner
from rich.console import Console

from tspain import session
from tspain.cli import app
from tspain.table import RuleTable

CHEST = "between the shoulders, and my chest feels heavy"


def check(*lines: str, lang: str = "en") -> tuple[str, int]:
    typed = "".join(f"{line}\n" for line in lines)
    result = make_runner().invoke(app, ["--lang", lang, "check", "--interactive"], input=typed)
    return " ".join((result.stdout + result.stderr).split()), result.exit_code


def test_the_end_of_input_at_did_you_mean_a_chest_sign_says_to_call() -> None:
    screen, code = check(CHEST)
    assert "Did you mean 2. Chest pain" in screen
    after = screen[screen.rindex("Did you mean") :]
    assert 'You wrote "my chest feels heavy". If that is: Chest pain or pressure' in after
    assert "EMERGENCY" in after and "Call an ambulance now" in after
    assert "not a diagnosis" in after
    assert code == 130


def test_the_same_in_spanish() -> None:
    screen, code = check("me duele la espalda y siento el pecho pesado", lang="es")
    after = screen[screen.rindex("[s/n]") :]
    assert "Escribió «siento el pecho pesado». Si se trata de: Dolor o presión" in after, after
    assert "EMERGENCIA" in after and "ambulancia" in after
    assert code == 130


def test_the_end_of_input_at_a_sign_said_beside_an_answer_says_to_call() -> None:
    """The chest sign said at the injury question, after a no to it at the list: asked as "a
    sign you mentioned", and the input ends there."""
    screen, code = check("0", "0", "0", "no, but my chest feels heavy")
    after = screen[screen.rindex("a sign you mentioned") :]
    assert "You mentioned: Chest pain or pressure" in after and "If it applies:" in after
    assert "EMERGENCY" in after and "Call an ambulance now" in after
    assert code == 130


@pytest.mark.parametrize(
    "lines",
    [(CHEST, "n"), ("0", "0", "0", "no, but my chest feels heavy", "n")],
    ids=["guess-denied", "mentioned-denied"],
)
def test_a_sign_answered_no_before_the_stop_is_not_said(lines: tuple[str, ...]) -> None:
    screen, code = check(*lines)
    assert "If that is" not in screen and "If it applies" not in screen
    assert "EMERGENCY" not in screen
    assert code == 130


def test_ctrl_c_at_did_you_mean_says_it_too(table: RuleTable) -> None:
    """Ctrl-C takes the same way as the end of input (KeyboardInterrupt, not EOFError)."""
    typed: Iterator[str] = iter([CHEST])
    out = Console(file=io.StringIO(), width=80, color_system=None, highlight=False)

    def read(prompt: str) -> str:
        line = next(typed, None)
        if line is None:
            raise KeyboardInterrupt
        return line

    with pytest.raises(KeyboardInterrupt):
        session.interview(table, out, read)
    screen = " ".join(out.file.getvalue().split())  # type: ignore[attr-defined]
    assert "If that is: Chest pain or pressure" in screen
    assert "Call an ambulance now" in screen


@pytest.mark.parametrize(
    ("lang", "lines", "said"),
    [
        # a sign of an earlier list said beside a denial, the stop at the denied item's question
        ("en", ("none", "no fever but my chest is tight"), "Call an ambulance now"),
        ("es", ("ninguna", "no tengo fiebre pero me aprieta el pecho"), "pida una ambulancia"),
        # a sign stated with a "no" ("I can't breathe well"), asked as "Does this apply?"
        ("es", ("no puedo respirar bien",), "pida una ambulancia"),
    ],
)
def test_a_stop_says_what_to_do_for_signs_said_beside_a_denial(
    lang: str, lines: tuple[str, ...], said: str
) -> None:
    """People at a terminal, thirty-second session, second round: each stop said only
    "stopped, nothing saved"."""
    screen, code = check(*lines, lang=lang)
    assert said in screen, screen[-600:]
    assert code == 130


def test_one_leg_numb_denied_as_both_legs_is_asked_as_one_limb() -> None:
    """ "my leg went numb", no to both legs: the one-limb item of the urgent list was never
    asked, and the person ended SELF-CARE (a tester, thirty-second session)."""
    screen, _ = check("my leg went numb", "n", "0")
    assert 'You mentioned a warning sign: "Numbness, tingling or weakness in a limb"' in screen
