"""A fever with new confusion or drowsiness is an emergency (sepsis: NICE NG51's high-risk
criterion "new altered mental state"; the UK Sepsis Trust: slurred speech or confusion, call
999). A tester's "he is confused and hot" named no sign (thirty-eighth session); the table
asks it after a fever since 2026.12.07.19 (thirty-ninth session)."""

from __future__ import annotations

import pytest
from conftest import make_runner
from scripting import at_a_terminal
from test_clinical_review import everything_no

import tspain
from tspain.cli import app
from tspain.engine import assess
from tspain.table import RuleTable


@pytest.mark.parametrize(
    ("fever", "confused", "level"),
    [(True, True, "emergency"), (True, False, "urgent"), (True, None, "urgent")],
)
def test_a_fever_with_new_confusion_is_an_emergency(
    table: RuleTable, fever: bool, confused: bool | None, level: str
) -> None:
    answers = everything_no(table) | {"injury": "none", "onset": "gradual", "severity": 5}
    answers |= {"age": 81, "sex": "female", "duration_days": 2, "urinary_symptoms": True}
    answers |= {"fever": fever, "confused_or_drowsy": confused}
    answers = {k: v for k, v in answers.items() if v is not None}
    result = assess(table, answers)
    assert result.triage.level == level
    held = {r.id for r in result.triage.reasons}
    assert ("fever_with_confusion" in held) is (level == "emergency")


def test_a_yes_to_confusion_alone_says_the_fever_its_question_names() -> None:
    """The question is asked only after a fever ("With the fever, ..."): a yes given alone,
    as a script may, records the fever beside it (as a yes to pre-eclampsia's signs records
    the pregnancy), and is the emergency."""
    session = tspain.Interview()
    session.answer("confused_or_drowsy", True)
    assert session.answers["fever"] is True
    assert tspain.assess(session.answers).triage.level == "emergency"


@pytest.mark.parametrize(
    ("lang", "typed", "said"),
    [
        ("en", "0\n1\ny\n", "EMERGENCY"),
        ("en", "0\n1\nn\n", "URGENT"),
        ("es", "0\n1\ns\n", "EMERGENCIA"),
    ],
)
def test_ticking_the_fever_asks_about_confusion_next(
    monkeypatch: pytest.MonkeyPatch, lang: str, typed: str, said: str
) -> None:
    """At the terminal: no emergency sign, the fever at the urgent list, and the next question
    is the confusion, asked because of the fever; a yes calls an ambulance."""
    at_a_terminal(monkeypatch)
    done = make_runner().invoke(app, ["--lang", lang, "check"], input=typed + "\n" * 20)
    shown = " ".join(done.stdout.split())
    asked = "With the fever, have you become confused" if lang == "en" else "Con la fiebre"
    assert asked in shown and said in shown, shown[-3000:]


@pytest.mark.parametrize(
    ("lang", "typed", "first"),
    [
        # "i'm confused" is also asked as item 7 (fainting, or too weak to stand): first
        ("en", "1, and he is confused", "n\n"),
        ("en", "1 and im really drowsy", ""),
        ("es", "1, y está confundido", ""),
        ("es", "1 y mi padre está desorientado", ""),
    ],
)
def test_confusion_said_at_the_fever_s_list_is_asked_after_it(
    lang: str, typed: str, first: str
) -> None:
    """Confusion or drowsiness said beside the ticked fever: the confusion is asked after the
    list, as after any fever ("fever" alone does not name it apart, though its short form begins
    with the fever), and a yes is the sepsis sign."""
    yes = "y" if lang == "en" else "s"
    done = make_runner().invoke(
        app, ["--lang", lang, "check", "-i"], input=f"0\n{typed}\n0\n{first}{yes}\n"
    )
    shown = " ".join(done.stdout.split())
    assert done.exit_code == 0, shown[-2000:]  # the yes ended the questions: not stopped
    assert ("EMERGENCY" if lang == "en" else "EMERGENCIA") in shown
    assert "sepsis" in shown


def test_confused_and_hot_reads_the_fever_and_asks_the_confusion_after_it() -> None:
    """ "confused and hot" at the urgent list was the fever, asked; while people's words for
    confusion named the confusion question apart, the fever was dropped and a 0 ended routine
    (a code reviewer, thirty-ninth session). The fever is asked, and its yes asks the
    confusion."""
    done = make_runner().invoke(app, ["check", "-i"], input="0\nconfused and hot\ny\ny\n")
    shown = " ".join(done.stdout.split())
    assert "Did you mean 1. Fever" in shown or "1. Fever" in shown
    assert "EMERGENCY" in shown and "sepsis" in shown


@pytest.mark.parametrize(
    "typed", ["the tablets make me drowsy", "i'm not confused", "confused, which number is it"]
)
def test_drowsy_or_confused_without_a_fever_does_not_ask_with_the_fever(typed: str) -> None:
    """ "the tablets make me drowsy" at the first list, then 0: "With the fever, have you become
    confused ...?" was asked of a person who had said no fever, and a yes saved a fever they
    never gave (a code reviewer, thirty-ninth session)."""
    done = make_runner().invoke(app, ["check", "-i"], input=f"{typed}\n0\n" + "n\n" * 30)
    assert "With the fever" not in done.stdout
