"""What a person at a terminal typed in English and was misread or lost (thirty-fifth
session): a score out of 5 ("5/5") read as 5 out of 10, and sudden worst-ever pain sent home;
emergency signs said beside an answer ("58, my legs wont hold me up", "i havent had a wee all
day", "pins and needles in my hands") dropped; "chest pain - no" ticked as a yes; "i used to,
gave up 5 years ago" taken as 1825 days of pain; "the rest no" asked as "eased by rest"; "no, i
didnt fall or anything" refused at the injury question; "alendronic acid" asked as heartburn."""

from __future__ import annotations

import pytest
from conftest import make_runner

from tspain import i18n
from tspain.cli import app
from tspain.interview import Checklist
from tspain.mentioned import signs_named
from tspain.table import RuleTable
from tspain.ticks import parse_checklist
from tspain.typed_words import Invalid
from tspain.understand import parse_answer


def _list(table: RuleTable, level: str) -> Checklist:
    return Checklist(level, tuple(q for q, x in table.questions.items() if x.checklist == level))


@pytest.mark.parametrize("typed", ["5/5", "4/5", "4 out of 5", "4 outta 5", "3 de 5"])
def test_a_score_out_of_another_number_is_asked_again(table: RuleTable, typed: str) -> None:
    i18n.use("es" if " de " in typed else "en")
    with pytest.raises(Invalid, match=r"not out of 10|no es sobre 10"):
        parse_answer(i18n.translated_table(table).questions["severity"], typed)


@pytest.mark.parametrize(("typed", "value"), [("7/10", 7), ("7/8", 8), ("3/4", 4)])
def test_a_score_out_of_10_or_two_scores_stand(table: RuleTable, typed: str, value: int) -> None:
    assert parse_answer(table.questions["severity"], typed) == value


def test_sudden_worst_pain_out_of_5_is_not_sent_home() -> None:
    typed = "0\n0\n0\nno injury\nall of a sudden\n5/5\n10\n"
    said = " ".join(make_runner().invoke(app, ["check", "-i"], input=typed).stdout.split())
    assert (
        "That is not out of 10 (4 out of 5 is 8 out of 10)." in said
        and "EMERGENCY" in said
        and "SELF-CARE" not in said
    )


@pytest.mark.parametrize(
    ("typed", "sign"),
    [
        ("58, my legs wont hold me up", "leg_weakness_or_unsteady"),
        ("58 and my bum feels numb", "saddle_numbness"),
        ("58, everything went black this morning", "fainting_or_clammy"),
        ("58 and i wet the bed last night", "bladder_or_bowel_problems"),
        ("58, and i havent had a wee all day", "bladder_or_bowel_problems"),
        ("gradually, plus pins and needles in my hands", "numbness_or_tingling_arms_or_legs"),
        ("its like my back is being ripped apart", "pain_tearing_or_ripping"),
    ],
)
def test_signs_said_beside_an_answer_are_named(table: RuleTable, typed: str, sign: str) -> None:
    assert sign in signs_named(table, typed, {})


def test_i_havent_had_a_fever_names_no_fever(table: RuleTable) -> None:
    assert "fever" not in signs_named(table, "i havent had a fever", {})


@pytest.mark.parametrize("typed", ["chest pain - no", "chest pain (no)", "chest pain... no"])
def test_a_sign_named_then_denied_is_asked_about_not_ticked(table: RuleTable, typed: str) -> None:
    from tspain.guessed import guessed_items

    step = _list(table, "emergency")
    assert parse_checklist(step, typed, table) == ["chest_pain_or_pressure"]
    assert guessed_items(step, typed, table) == [("chest_pain_or_pressure", True)]  # a denial


def test_the_rest_no_names_no_item(table: RuleTable) -> None:
    step = _list(table, "emergency")
    assert parse_checklist(step, "1, the rest no", table) == ["sudden_severe_onset"]


@pytest.mark.parametrize(
    ("qid", "typed", "value"),
    [
        ("duration_days", "i used to, gave up 5 years ago", Invalid),
        ("injury", "no, i didnt fall or anything", "none"),
        ("injury", "no, i fell", Invalid),  # which fall: asked
    ],
)
def test_answers_to_another_question_or_denied_are_read(
    table: RuleTable, qid: str, typed: str, value: object
) -> None:
    if value is Invalid:
        with pytest.raises(Invalid):
            parse_answer(table.questions[qid], typed)
    else:
        assert parse_answer(table.questions[qid], typed) == value


def test_an_osteoporosis_medicine_is_osteoporosis_not_heartburn(table: RuleTable) -> None:
    step = _list(table, "urgent")
    typed = "im on alendronic acid"
    assert parse_checklist(step, typed, table) == ["osteoporosis_or_steroid_use"]
    assert "heartburn_or_acid_reflux" not in signs_named(table, typed, {})


def test_nearly_an_age_is_said_back_with_its_own_number(table: RuleTable) -> None:
    with pytest.raises(Invalid, match=r"almost 70 is 69"):
        parse_answer(table.questions["age"], "nearly 70")


@pytest.mark.parametrize(
    ("level", "typed", "kept"),
    [
        ("emergency", "the 3 no", ["pain_tearing_or_ripping"]),  # asked, never ticked unasked
        ("emergency", "1, the others not sure", ["sudden_severe_onset"]),  # the rest unknown
    ],
)
def test_a_number_then_a_denial_is_asked_and_the_rest_not_sure_stays_unknown(
    table: RuleTable, level: str, typed: str, kept: list[str]
) -> None:
    """ "the 3 no" ticked tearing pain and called an ambulance; "1, the others not sure" saved
    every other item as no (a code reviewer, thirty-fifth session)."""
    from tspain.guessed import guessed_items
    from tspain.ticks import PartlyOnList

    step = _list(table, level)
    try:
        read = parse_checklist(step, typed, table)
        assert (kept[0], True) in guessed_items(step, typed, table)  # asked, as a denial
    except PartlyOnList as held:
        assert held.kept == kept and held.unsure
        return
    assert read == kept


def test_a_sign_named_elsewhere_beside_words_that_match_nothing_is_asked_after(
    table: RuleTable,
) -> None:
    """ "my chest feels tight, and my back is killing me" at the urgent list quoted both parts
    and dropped the chest pain it had asked about after the list (a code reviewer, 35th)."""
    from tspain.typed_words import NotOnList

    with pytest.raises(NotOnList) as said:
        parse_checklist(
            _list(table, "urgent"), "my chest feels tight, and my back is killing me", table
        )
    assert said.value.apart == ("chest_pain_or_pressure",)


@pytest.mark.parametrize(
    ("language", "typed"),
    [
        ("en", "2 - no"),
        ("en", "2 (no)"),
        ("en", "2 none"),
        ("es", "el 2 nada"),
        ("es", "el 2 tampoco"),
    ],
)
def test_every_way_of_denying_an_items_number_is_asked_not_ticked(
    table: RuleTable, language: str, typed: str
) -> None:
    """Each ticked chest pain and called an ambulance (people at a terminal, a second round,
    thirty-fifth session)."""
    from tspain.guessed import guessed_items

    i18n.use(language)
    spoken = i18n.translated_table(table)
    step = _list(spoken, "emergency")
    assert parse_checklist(step, typed, spoken) == ["chest_pain_or_pressure"]
    assert ("chest_pain_or_pressure", True) in guessed_items(step, typed, spoken)


def test_each_items_own_yes_or_no_is_read(table: RuleTable) -> None:
    """ "1 no 2 no 3 no 4 yes" kept the 1 and dropped the 4 (the same round)."""
    from tspain.guessed import guessed_items

    step = _list(table, "emergency")
    typed = "1 no 2 no 4 yes"
    assert "shortness_of_breath" in parse_checklist(step, typed, table)
    denied = {q for q, denial in guessed_items(step, typed, table) if denial}
    assert denied == {"sudden_severe_onset", "chest_pain_or_pressure"}


@pytest.mark.parametrize(
    ("language", "typed", "sign"),
    [
        ("en", "80, cant hold my water", "bladder_or_bowel_problems"),
        ("en", "80 and he wets himself", "bladder_or_bowel_problems"),
        ("en", "64, cant stand up", "fainting_or_clammy"),
        ("en", "60, my backside has gone numb", "saddle_numbness"),
        ("en", "72 and keeps falling over", "leg_weakness_or_unsteady"),
        ("es", "77, no controla la orina", "bladder_or_bowel_problems"),
        ("es", "80 y se orina encima", "bladder_or_bowel_problems"),
        ("es", "60, se me duermen las nalgas", "saddle_numbness"),
        ("es", "se me duermen los dos pies", "leg_weakness_or_unsteady"),
    ],
)
def test_a_second_rounds_signs_beside_an_answer_are_named(
    table: RuleTable, language: str, typed: str, sign: str
) -> None:
    i18n.use(language)
    assert sign in signs_named(i18n.translated_table(table), typed, {})
