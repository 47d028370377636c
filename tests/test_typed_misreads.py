"""Typed answers a tester found read as something the person did not mean (sixteenth session):
each now reads as meant, or is asked again; nothing is guessed. Most serious first: a "no" that
went on to describe the sign ("no, but the pain goes down my left arm"), a key followed by
words ("2 times this morning", where 2 is the key for no), "injury" read as "No injury"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests_support import make_runner

from tspain import i18n
from tspain.cli import app
from tspain.session import Invalid, parse_answer
from tspain.table import RuleTable
from tspain.ticks import echo

ASK = "asked again"


def _read(table: RuleTable, qid: str, typed: str) -> object:
    try:
        return parse_answer(table.questions[qid], typed)
    except Invalid:
        return ASK


@pytest.mark.parametrize(
    ("language", "typed", "meant"),
    [
        ("en", "2 times this morning", ASK),  # was no: "2" is the key for no
        ("en", "1 baby aspirin a day", ASK),  # was yes
        ("en", "no, but the pain goes down my left arm", ASK),  # was no
        ("en", "no, only when i walk up stairs", ASK),
        ("en", "nah idk", ASK),
        ("en", "no sure", ASK),  # "not sure" typed fast
        ("en", "no, maybe", ASK),
        ("en", "no... wait, yes", ASK),
        ("es", "no, pero se me va al brazo izquierdo", ASK),
        ("es", "no, creo que sí", ASK),
        ("es", "no c", ASK),  # "no sé" as texted
        ("es", "2 veces esta mañana", ASK),
        # plain answers stay as they were
        ("en", "no", False),
        ("en", "no thanks", False),
        ("en", "no, I don't", False),
        ("en", "no, not at all", False),
        ("en", "no I have not", False),
        ("en", "2", False),
        ("en", "1", True),
        ("en", "yes, at a desk all day", True),
        ("en", "yse", True),
        ("en", "no, not sure", None),
        ("es", "no, nada de eso", False),
        ("es", "no, gracias", False),
        ("es", "no, no tengo", False),
        ("es", "no creo", False),
        ("en", "no, I'm fine", False),
        ("en", "no, not that I know of", False),
        ("es", "no, estoy bien", False),
        ("es", "no, que yo sepa", False),
    ],
)
def test_a_no_that_says_more_is_asked_again(
    table: RuleTable, language: str, typed: str, meant: object
) -> None:
    i18n.use(language)  # the autouse fixture puts English back
    assert _read(table, "coughing_blood", typed) == meant


@pytest.mark.parametrize(
    ("qid", "typed", "meant"),
    [
        ("fainting_or_clammy", "no, I haven't fainted", False),  # the question's own words
        ("fainting_or_clammy", "no, never fainted", False),
        ("chest_pain_or_pressure", "no chest pain", False),  # the no denies what follows
        ("chest_pain_or_pressure", "no pain in my arm or jaw", False),
        ("chest_pain_or_pressure", "no, my chest is fine", False),
        ("chest_pain_or_pressure", "no, pain spreading to the arm", ASK),  # said, not denied
        ("pain_with_exertion", "no, only when I walk up stairs", ASK),
        ("pain_with_exertion", "no, stairs are fine", False),
    ],
)
def test_a_no_may_repeat_the_question_s_words_to_deny_them(
    table: RuleTable, qid: str, typed: str, meant: object
) -> None:
    assert _read(table, qid, typed) == meant


@pytest.mark.parametrize(
    ("language", "typed", "meant"),
    [
        ("en", "an injury", ASK),  # was "No injury"
        ("en", "injury", ASK),
        ("en", "injured it", ASK),
        ("en", "accident", ASK),  # was a serious accident: an ambulance, unasked
        ("en", "got hit", ASK),
        ("en", "hit", ASK),
        ("es", "una lesión", ASK),
        ("es", "un accidente", ASK),
        ("es", "un golpe", ASK),
        ("en", "no injury", "none"),
        ("en", "car accident", "major"),
        ("es", "ninguna lesión", "none"),
        ("es", "accidente de tráfico", "major"),
    ],
)
def test_an_injury_said_without_its_kind_is_asked_which(
    table: RuleTable, language: str, typed: str, meant: object
) -> None:
    i18n.use(language)
    assert _read(table, "injury", typed) == meant


def test_a_yes_or_no_read_as_not_sure_is_said_back(table: RuleTable) -> None:
    """ "yes, I don't know how much" was saved as not sure with nothing on the screen."""
    question = table.questions["coughing_blood"]
    typed = "yes, I don't know how much"
    assert parse_answer(question, typed) is None
    assert echo(table, question, typed, None) == "yes, i don't know how much = not sure"
    assert echo(table, question, "not sure", None) is None


@pytest.mark.parametrize(
    ("typed", "item"),
    [
        ("not worse at night", "6. Constant pain, worse at night"),  # a denial ticked it
        ("weak", "4. Injecting drugs, or weak immunity"),
        ("a cold", "12. Cold sweat, nausea or vomiting"),
    ],
)
def test_a_word_at_the_urgent_list_is_asked_about(tmp_path: Path, typed: str, item: str) -> None:
    """Each ticked an urgent sign unasked and made the result urgent; answered "no", the list
    is asked again and nothing is ticked."""
    saved = tmp_path / "answers.json"
    done = make_runner().invoke(
        app,
        ["check", "--interactive", "--save-answers", str(saved)],
        input="\n".join(["0", typed, "n", "0", "q"]) + "\n",
    )
    assert done.exit_code == 0, done.output
    assert f"Did you mean {item}" in " ".join(done.output.split())
    answers = json.loads(saved.read_text(encoding="utf-8"))
    assert not [q for q, a in answers.items() if a is True], answers
