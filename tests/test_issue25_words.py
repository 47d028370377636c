"""Issue 25, points 2 and 3: words at the checklists, more natural answers, and what was
understood said back. Each test here failed before its fix."""

from __future__ import annotations

import pytest
from conftest import make_runner, shown_table

from tspain import i18n
from tspain.cli import app
from tspain.i18n import translated_table
from tspain.interview import Checklist
from tspain.session import Invalid, parse_answer, parse_checklist
from tspain.table import RuleTable


def listed(table: RuleTable, level: str) -> Checklist:
    return Checklist(level, tuple(q for q, v in table.questions.items() if v.checklist == level))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("level", "typed", "ids"),
    [
        ("urgent", "sweating", ["sweating_nausea"]),
        ("urgent", "cold sweat", ["sweating_nausea"]),
        ("emergency", "chest pain", ["chest_pain_or_pressure"]),
        ("urgent", "fever", ["fever"]),
        ("urgent", "rash", ["rash"]),
        ("urgent", "fever, rash", ["fever", "rash"]),
        ("urgent", "fever and 13", ["fever", "osteoporosis_or_steroid_use"]),
    ],
)
def test_words_at_a_checklist_pick_the_items(
    table: RuleTable, level: str, typed: str, ids: list[str]
) -> None:
    step = listed(table, level)
    assert sorted(parse_checklist(step, typed, shown_table())) == sorted(ids)  # type: ignore[arg-type]


def test_spanish_words_at_a_checklist_pick_the_items(table: RuleTable) -> None:
    i18n.use("es")
    spanish = translated_table(table)
    step = listed(spanish, "urgent")
    assert parse_checklist(step, "sarpullido", shown_table()) == ["rash"]
    assert parse_checklist(step, "fiebre", shown_table()) == ["fever"]


def test_a_word_that_matches_nothing_says_so_and_shows_the_list_again() -> None:
    result = make_runner().invoke(app, ["check", "-i"], input="0\nheadache\n0\nq\n")
    out = result.stdout
    assert "headache" in out.split("Urgent signs")[2]  # said, after the list shown again
    assert out.count("Urgent signs: do any of these apply?") == 2


@pytest.mark.parametrize(
    ("qid", "typed", "value"),
    [
        ("pain_location", "between shoulders", "between_shoulder_blades"),
        ("sex", "woman", "female"),
        ("sex", "man", "male"),
        ("age", "I'm 34", 34),
        ("duration_days", "about 2 weeks", 14),
        ("sedentary_or_desk_work", "yes, at a desk all day", True),
        ("onset", "slowly", "gradual"),
        ("onset", "gradualy", "gradual"),
        ("worse_with_movement", "yse", True),
    ],
)
def test_natural_answers_are_understood(
    table: RuleTable, qid: str, typed: str, value: object
) -> None:
    assert parse_answer(table.questions[qid], typed) == value


def test_upper_back_asks_which_part(table: RuleTable) -> None:
    with pytest.raises(Invalid, match="which part"):
        parse_answer(table.questions["pain_location"], "upper back")


def test_what_was_understood_is_said_back() -> None:
    # lists: none, then sweating (asked about, a word alone: yes); an injury: none; where and
    # whether movement hurts: not sure;
    # then how it began ("slowly"), then stop. (The order after the lists is the interview's
    # choice, so a table change can move the onset question.)
    out = (
        make_runner()
        .invoke(app, ["check", "-i"], input="0\nsweating\ny\n1\ns\ns\nslowly\nq\n")
        .stdout
    )
    assert "sweating = 12. Cold sweat, nausea or vomiting with the pain" in " ".join(out.split())
    assert "slowly = Gradually, over hours or days" in out


def test_a_severity_word_is_said_back(table: RuleTable) -> None:
    from tspain.session import unit_echo

    assert unit_echo(table.questions["severity"], "severe", 7) == "severe = 7 out of 10"
