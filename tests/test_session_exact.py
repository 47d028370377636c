"""What a person types, to the letter (issue 12, mutation testing): negative numbers, decimal
commas, months for an age, words around a number, going back at the first question, and a
catalogue's own words (read in lower case)."""

from __future__ import annotations

import pytest
from conftest import make_runner, shown_table

from tspain import i18n
from tspain.cli import app
from tspain.i18n import translated_table
from tspain.session import Invalid, parse_answer
from tspain.table import RuleTable
from tspain.typed_words import _numbers_of


def test_a_negative_number_is_out_of_range_not_unreadable(table: RuleTable) -> None:
    with pytest.raises(Invalid) as err:
        parse_answer(table.questions["age"], "-5")
    assert str(err.value) == "That is outside 0 to 120: please type it again."


@pytest.mark.parametrize(
    ("qid", "typed", "expected"),
    [
        ("duration_days", "1.5 years", 547),  # 547.5 days: the whole days gone by
        ("age", "67 months", 6),  # 2010 days: 5.51 years
        ("age", "235 weeks", 5),  # 1645 days: 4.51 years
        ("duration_days", "3 weeks ago", 21),
        ("age", "29 years old", 29),
    ],
)
def test_units_in_english(table: RuleTable, qid: str, typed: str, expected: int) -> None:
    assert parse_answer(table.questions[qid], typed) == expected


@pytest.mark.parametrize(
    ("qid", "typed", "expected"),
    [
        ("duration_days", "1,5 años", 547),  # a decimal comma
        ("age", "18 meses de edad", 1),  # the words after the number are dropped exactly
        ("duration_days", "desde hace 2 meses", 60),
    ],
)
def test_units_in_spanish(table: RuleTable, qid: str, typed: str, expected: int) -> None:
    i18n.use("es")
    spanish = translated_table(table)
    assert parse_answer(spanish.questions[qid], typed) == expected


def test_a_catalogues_words_are_read_in_lower_case() -> None:
    assert _numbers_of({"Leve": 3, "FUERTE": 7, "x": "7"}) == {"leve": 3, "fuerte": 7}
    assert _numbers_of(["leve"]) == {}
    assert _numbers_of(None) == {}


def test_back_at_the_first_question_says_so_and_back_later_goes_back(table: RuleTable) -> None:
    typed = "b\n0\nb\n0\n0\nq\n"
    result = make_runner().invoke(app, ["check", "--interactive"], input=typed)
    assert result.exit_code == 0, result.output
    out = result.output
    lines = [line.removeprefix("> ").strip() for line in out.splitlines()]  # after the prompt
    assert lines.count("This is the first question: there is nothing to go back to.") == 1
    hint = out.index("This is the first question")
    shown = [i for i in range(len(out)) if out.startswith("Question 1. Emergency signs", i)]
    second = out.index("Question 2. Urgent signs")
    assert len(shown) == 3  # at the start, again after the hint, and after going back
    assert shown[0] < hint < shown[1] < second < shown[2]


@pytest.mark.parametrize(
    ("qid", "typed", "expected"),
    [
        ("fever", "kind of", "Please answer yes or no (y or n), or s if you are not sure."),
        (
            "onset",
            "xyz",
            "Sorry, that is not one of these: type the number (1 to 2) or the words of an "
            "option, or s if you are not sure.",
        ),
        (
            "injury",
            "a",
            "Sorry, that could be any of 2 3: type the number (1 to 3) or the words of an "
            "option, or s if you are not sure.",
        ),
        (
            "age",
            "old",
            "Please type one whole number of years (e.g. 57), or s if you are not sure.",
        ),
        ("severity", "lots", "Please type a whole number from 0 to 10, or s if you are not sure."),
        (
            "duration_days",
            "ages",
            "Please type how long as one number and its unit, a best guess if need be "
            "(e.g. 4 days, 3 weeks, 2 years), or s if you are not sure.",
        ),
    ],
)
def test_hints_to_the_letter(table: RuleTable, qid: str, typed: str, expected: str) -> None:
    with pytest.raises(Invalid) as err:
        parse_answer(table.questions[qid], typed)
    assert str(err.value) == expected


@pytest.mark.parametrize(
    ("qid", "typed", "echo"),
    [
        ("duration_days", "3 weeks", "3 weeks = 21 days"),
        ("duration_days", "3 weeks ago", "3 weeks ago = 21 days"),
        ("duration_days", "a year", "a year = 365 days"),
        ("duration_days", "10 days", None),  # nothing converted
        ("duration_days", "10 days ago", None),
        ("duration_days", "1 day", None),
        ("duration_days", "12", None),
        ("age", "24 months", "24 months = 2 years"),
        ("age", "18 months", "18 months = 1 year"),
        ("age", "a year old", "a year old = 1 year"),  # a word for the number
        ("age", "29 years", None),
        ("age", "29 years old", None),
        ("age", "29", None),
        ("severity", "7", None),  # no unit at all
        ("severity", "severe", "severe = 7 out of 10"),  # issue 25: a pain word is said back
        ("duration_days", "a day", "a day = 1 day"),
    ],
)
def test_unit_echo_to_the_letter(table: RuleTable, qid: str, typed: str, echo: str | None) -> None:
    from tspain.session import unit_echo

    q = table.questions[qid]
    assert unit_echo(q, typed, parse_answer(q, typed)) == echo


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("¡Sí!", True), ("¡no!", False), ("Yes.", True), ("I don\u2019t", False)],
)
def test_punctuation_around_an_answer(table: RuleTable, typed: str, expected: bool) -> None:
    i18n.use("es")
    assert parse_answer(translated_table(table).questions["fever"], typed) is expected


def test_checklist_hints_to_the_letter() -> None:
    from tspain.interview import Checklist
    from tspain.session import parse_checklist

    step = Checklist("urgent", ("fever", "rash"))
    how = (
        "Type the numbers that apply (e.g. 2 5), 0 or none if none of these apply, "
        "or s if you are not sure."
    )
    for typed, expected in (
        (
            "x",
            f'tspain could not match "x" to an item: if it is one of these, type its number. {how}',
        ),  # issue 25: words are matched
        ("-1", how),
        ("0 2 1", "0 means none of these; you also chose 1 2. Type one or the other."),
        ("9", f"There is no 9 here: the numbers go from 1 to 2. {how}"),
        ("1 5 7", f"There is no 5 here: the numbers go from 1 to 2. {how}"),
    ):
        with pytest.raises(Invalid) as err:
            parse_checklist(step, typed, shown_table())
        assert str(err.value) == expected


def test_back_to_a_list_shows_what_was_ticked() -> None:
    def run(typed: list[str]) -> str:
        result = make_runner().invoke(
            app, ["check", "--interactive"], input="\n".join(typed) + "\n"
        )
        assert result.exit_code == 0, result.output
        return " ".join(result.output.split())

    ticked = run(["0", "2 3", "b", "", "q"])
    assert "Your earlier answer: 2 3 (press Enter to keep it)" in ticked
    assert "Question 3" in ticked.split("press Enter to keep it")[1]  # Enter kept it
    assert "cancer" in ticked.split("Your earlier answer")[-1].lower()  # and it counts
    none = run(["0", "0", "b", "", "q"])
    assert "Your earlier answer: none of these (press Enter to keep it)" in none


def test_enter_alone_at_a_new_list_is_asked_again_never_none() -> None:
    """An empty line is "none of these" only when going back to a list answered before."""
    result = make_runner().invoke(app, ["check", "--interactive"], input="\n0\n0\nq\n")
    assert result.exit_code == 0, result.output
    out = " ".join(result.output.split())
    first_list = out.split("Question 2.")[0]
    assert "> Type the numbers that apply (e.g. 2 5), 0 or none if none" in first_list
