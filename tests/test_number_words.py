"""A number word typed where options or list items are numbered is that number: "one" at the
injury question ("1. No injury  2. A minor one: ...") is option 1, not the option with "one" in
its words; "dos" at the emergency list is item 2, not the item "in both legs" ("las dos
piernas"). What was understood is said back with its number."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import make_runner

from tspain.cli import app
from tspain.table import RuleTable

CHECKLISTS = ["0", "0", "0"]
"""None of the emergency, urgent and routine signs: the injury question comes next."""


def session(tmp_path: Path, typed: list[str], lang: str = "en") -> tuple[str, dict[str, object]]:
    """What the screen showed (lines joined) and the answers saved, for what was typed."""
    saved = tmp_path / "answers.json"
    done = make_runner().invoke(
        app,
        ["--lang", lang, "check", "--interactive", "--save-answers", str(saved)],
        input="\n".join(typed) + "\n",
    )
    assert done.exit_code == 0, done.output
    answers = json.loads(saved.read_text(encoding="utf-8"))
    assert isinstance(answers, dict)
    return " ".join(done.output.split()), answers


@pytest.mark.parametrize(
    ("lang", "word", "injury", "said"),
    [
        ("en", "one", "none", "one = 1. No injury"),
        ("en", "two", "minor", "two = 2. A minor one"),
        ("en", "three", "major", "three = 3. A serious accident"),
        ("en", "One", "none", "one = 1. No injury"),
        ("es", "una", "none", "una = 1. Ninguna lesión"),
        ("es", "uno", "none", "uno = 1. Ninguna lesión"),
        ("es", "dos", "minor", "dos = 2. Una leve"),
        ("es", "tres", "major", "tres = 3. Un accidente grave"),
        ("es", "two", "minor", "two = 2. Una leve"),  # English words are understood too
    ],
)
def test_a_number_word_at_a_choice_is_that_option(
    tmp_path: Path, lang: str, word: str, injury: str, said: str
) -> None:
    screen, answers = session(tmp_path, [*CHECKLISTS, word, "q"], lang)
    assert answers["injury"] == injury
    assert said in screen


def test_a_number_word_past_the_last_option_is_refused(tmp_path: Path) -> None:
    screen, answers = session(tmp_path, [*CHECKLISTS, "four", "s", "q"])
    assert "> Sorry, that is not one of these" in screen
    assert answers["injury"] is None


def test_a_number_word_among_an_option_s_words_still_reads_as_words(tmp_path: Path) -> None:
    _, answers = session(tmp_path, [*CHECKLISTS, "a minor one", "q"])
    assert answers["injury"] == "minor"


@pytest.mark.parametrize(
    ("lang", "typed", "ticked"),
    [
        ("en", "two", {"chest_pain_or_pressure"}),
        ("en", "one", {"sudden_severe_onset"}),  # not "One painful, swollen calf"
        ("en", "two five", {"chest_pain_or_pressure", "coughing_blood"}),
        ("en", "two and 5", {"chest_pain_or_pressure", "coughing_blood"}),
        ("es", "dos", {"chest_pain_or_pressure"}),  # not "... en las dos piernas"
        ("es", "dos y cinco", {"chest_pain_or_pressure", "coughing_blood"}),
        ("es", "dos piernas", {"leg_weakness_or_unsteady"}),  # words, not a number
    ],
)
def test_number_words_at_a_list_are_its_numbers(
    tmp_path: Path, lang: str, typed: str, ticked: set[str]
) -> None:
    _, answers = session(tmp_path, [typed], lang)  # an emergency sign stops the questions
    emergency = [
        "sudden_severe_onset", "chest_pain_or_pressure", "pain_tearing_or_ripping",
        "shortness_of_breath", "coughing_blood", "pain_with_exertion", "fainting_or_clammy",
        "bladder_or_bowel_problems", "saddle_numbness", "leg_weakness_or_unsteady",
    ]  # fmt: skip
    assert {q for q in emergency if answers[q] is True} == ticked


def test_urgent_list_one_is_item_one(tmp_path: Path) -> None:
    """At the urgent list "one" was refused as item 8 or 10 ("a rash on one side", "one
    painful, swollen calf"): it is item 1."""
    _, answers = session(tmp_path, ["0", "one", "q"])
    assert answers["fever"] is True and answers["calf_swelling"] is False


@pytest.mark.parametrize(("lang", "typed"), [("en", "zero"), ("es", "cero")])
def test_zero_at_a_list_is_none_of_these(tmp_path: Path, lang: str, typed: str) -> None:
    """A scripter typed "zero" at a list whose last line is "0. None of these" and read
    "Nothing on this list matches"."""
    _, answers = session(tmp_path, [typed, "q"], lang)
    assert answers["chest_pain_or_pressure"] is False and answers["sudden_severe_onset"] is False


@pytest.mark.parametrize(
    ("language", "qid", "typed", "value"),
    [
        ("en", "age", "thirty-five", 35),
        ("en", "age", "a hundred and two", 102),
        ("en", "age", "thirty-five years", 35),
        ("en", "severity", "seven", 7),
        ("en", "duration_days", "fifteen days", 15),
        ("es", "age", "treinta y cinco", 35),
        ("es", "age", "cincuenta y ocho", 58),
        ("es", "severity", "siete", 7),
        ("es", "duration_days", "quince días", 15),
    ],
)
def test_whole_numbers_said_in_words_are_read(
    table: RuleTable, language: str, qid: str, typed: str, value: int
) -> None:
    """Testers typed "thirty-five", "treinta y cinco" and "siete" and were asked again."""
    from tspain import i18n
    from tspain.understand import parse_answer

    i18n.use(language)  # the autouse fixture puts English back
    assert parse_answer(table.questions[qid], typed) == value


@pytest.mark.parametrize("typed", ["five thirty", "twenty twenty", "thirty-eleven"])
def test_words_that_are_no_one_number_are_asked_again(table: RuleTable, typed: str) -> None:
    from tspain.understand import Invalid, parse_answer

    with pytest.raises(Invalid):
        parse_answer(table.questions["age"], typed)


@pytest.mark.parametrize(
    ("language", "typed"),
    [("en", "seventy eight in march"), ("en", "twelve since friday"), ("es", "veinte y ocho ayer")],
)
def test_a_number_over_ten_in_words_beside_a_remark_is_no_pain_score(
    table: RuleTable, language: str, typed: str
) -> None:
    """ "seventy eight in march" at the 0-10 pain question was said back as "= 8 out of 10",
    and the result read "you rate the pain 8 out of 10" (a tester, twenty-seventh session):
    the "eight" of seventy-eight was taken for a score. Typed alone it was refused, as now."""
    from tspain import i18n
    from tspain.understand import Invalid, parse_answer

    i18n.use(language)
    with pytest.raises(Invalid):
        parse_answer(table.questions["severity"], typed)
    assert parse_answer(table.questions["severity"], "an eight since march") == 8
