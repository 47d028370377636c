"""Issue 9: answers as people type them."""

from __future__ import annotations

import pytest
from conftest import shown_table

from tspain.interview import Checklist
from tspain.session import Invalid, parse_answer, parse_checklist, unit_echo
from tspain.table import Answer, RuleTable


@pytest.mark.parametrize(
    ("qid", "typed", "value"),
    [
        ("fever", "yes", True),
        ("fever", "No.", False),
        ("fever", "nope", False),
        ("fever", "dunno", None),
        ("fever", "s", None),  # "not sure" is unknown, never "no" (issue 12's first mutation)
        ("fever", "don't know", None),
        ("fever", "not sure", None),
        ("fever", "skip", None),
        ("age", "29 years", 29),
        ("age", "29 years old", 29),
        ("age", "29", 29),
        ("duration_days", "3 weeks", 21),
        ("duration_days", "2 months", 60),
        ("duration_days", "a year", 365),
        ("duration_days", "10 days", 10),
        ("onset", "gradually", "gradual"),
        ("onset", "Suddenly", "sudden"),
        ("injury", "no injury", "none"),
        ("injury", "none", "none"),
        ("pain_location", "between the shoulder blades", "between_shoulder_blades"),
        ("severity", "severe", 7),
        ("severity", "7/10", 7),
        # A tester's "I don't know" was refused at every kind of question; "nope" at the injury
        # question, whose first option is "No injury".
        ("fever", "I don't know", None),
        ("fever", "I'm not sure", None),
        ("onset", "i dont know", None),
        ("age", "I have no idea", None),
        ("injury", "don't remember", None),
        ("injury", "nope", "none"),
    ],
)
def test_words_people_type_are_understood(
    table: RuleTable, qid: str, typed: str, value: Answer | None
) -> None:
    assert parse_answer(table.questions[qid], typed) == value


def test_converted_units_are_said_back(table: RuleTable) -> None:
    q = table.questions["duration_days"]
    assert unit_echo(q, "3 weeks", 21) == "3 weeks = 21 days"
    assert unit_echo(q, "10 days", 10) is None
    assert unit_echo(table.questions["age"], "29 years", 29) is None


@pytest.mark.parametrize(
    ("typed", "says"),
    [("0 2", "0 means none of these; you also chose 2"), ("9", "There is no 9 here")],
)
def test_checklist_mistakes_are_explained(typed: str, says: str) -> None:
    step = Checklist("urgent", ("fever", "rash", "cough"))
    with pytest.raises(Invalid, match=says):
        parse_checklist(step, typed, shown_table())
    assert (
        parse_checklist(step, "none", shown_table()) == []
        and parse_checklist(step, "nothing", shown_table()) == []
    )
    assert parse_checklist(step, "1 and 3", shown_table()) == ["fever", "cough"]


def test_other_text_is_asked_again_with_what_was_wrong(table: RuleTable) -> None:
    with pytest.raises(Invalid, match="not one of these"):
        parse_answer(table.questions["onset"], "on tuesday")
    with pytest.raises(Invalid, match="outside 0 to 120"):
        parse_answer(table.questions["age"], "300")


def test_enter_alone_at_a_choice_is_not_called_more_than_one(table: RuleTable) -> None:
    """A tester pressed Enter at "Did the pain start after an injury?" and read "that could be
    more than one of these"."""
    with pytest.raises(Invalid) as err:
        parse_answer(table.questions["injury"], "")
    assert str(err.value).startswith("Please type the number (1 to 3)")


@pytest.mark.parametrize(
    ("language", "typed", "item"),
    [
        ("en", "my chest hurts", "chest_pain_or_pressure"),
        ("en", "can't breathe", "shortness_of_breath"),
        ("en", "cant breathe", "shortness_of_breath"),
        ("es", "me duele el pecho", "chest_pain_or_pressure"),
        ("es", "no puedo respirar", "shortness_of_breath"),
    ],
)
def test_emergency_signs_said_plainly_are_ticked(language: str, typed: str, item: str) -> None:
    """A tester typed "my chest hurts" and "can't breathe" at the emergency list (and their
    Spanish) and read "Nothing on this list matches"."""
    from tspain import i18n

    step = Checklist(
        "emergency", ("sudden_severe_onset", "chest_pain_or_pressure", "shortness_of_breath")
    )
    i18n.use(language)  # the autouse fixture puts English back
    assert parse_checklist(step, typed, shown_table()) == [item]


@pytest.mark.parametrize(
    ("language", "qid", "typed", "value"),
    [
        ("es", "sudden_severe_onset", "no se\u0301", None),  # the accent typed as its own mark
        ("es", "sudden_severe_onset", "no sé", None),
        ("en", "fever", "\u200fno\u200f", False),  # right-to-left marks around a word
        ("en", "fever", "no, not sure", None),  # the doubt wins over the first word
        ("en", "fever", "yes, i don't know", None),
    ],
)
def test_not_sure_is_never_read_as_no(
    table: RuleTable, language: str, qid: str, typed: str, value: Answer | None
) -> None:
    """A tester's "no sé" with a decomposed accent (as macOS and some pastes give) was echoed
    "no sé = no" at an emergency question, and "no, not sure" was "no": an unknown sign must
    stay open, never be ruled out."""
    from tspain import i18n

    i18n.use(language)  # the autouse fixture puts English back
    assert parse_answer(table.questions[qid], typed) == value


@pytest.mark.parametrize(
    ("qid", "typed", "value"),
    [
        ("chest_pain_or_pressure", "no tengo idea", None),  # was "no" on every emergency sign
        ("chest_pain_or_pressure", "no sé si", None),
        ("chest_pain_or_pressure", "no sabría decir", None),
        ("chest_pain_or_pressure", "no estoy muy segura", None),
        ("chest_pain_or_pressure", "no me acuerdo bien", None),
        ("coughing_blood", "sí", True),
        ("injury", "me resbalé", "minor"),
        ("injury", "sin lesión", "none"),
    ],
)
def test_what_spanish_speakers_type_is_understood(
    table: RuleTable, qid: str, typed: str, value: Answer | None
) -> None:
    """A Spanish-speaking tester: "no tengo idea" and "no sé si" were recorded as "no" on every
    emergency sign; "una caída" was "Un accidente grave" (an ambulance)."""
    from tspain import i18n

    i18n.use("es")  # the autouse fixture puts English back
    assert parse_answer(table.questions[qid], typed) == value


@pytest.mark.parametrize(
    "typed", ["tengo tos pero sin sangre", "tengo la tensión baja", "tengo dudas"]
)
def test_a_spanish_sentence_beginning_with_tengo_is_not_yes(table: RuleTable, typed: str) -> None:
    """ "¿Tose sangre?" "tengo tos pero sin sangre" was recorded "sí": an ambulance."""
    from tspain import i18n

    i18n.use("es")  # the autouse fixture puts English back
    try:
        said = parse_answer(table.questions["coughing_blood"], typed)
    except Invalid:
        said = "asked again"
    assert said is not True, typed


def test_yes_at_a_list_asks_which_not_an_item_with_its_letters() -> None:
    """ "si" at the emergency list matched "como si" in the tearing item and, confirmed, called
    an ambulance for a torn aorta; "no, ninguna" matched nothing."""
    from tspain import i18n

    step = Checklist("emergency", ("sudden_severe_onset", "pain_tearing_or_ripping"))
    i18n.use("es")  # the autouse fixture puts English back
    for typed in ("si", "sí", "claro"):
        with pytest.raises(Invalid, match="Cuáles"):
            parse_checklist(step, typed, shown_table())
    assert parse_checklist(step, "no, ninguna", shown_table()) == []
    assert parse_checklist(step, "2", shown_table()) == ["pain_tearing_or_ripping"]


@pytest.mark.parametrize("typed", ["2 weeks", "a month", "6 months"])
def test_a_length_of_time_at_the_age_question_is_asked_again(table: RuleTable, typed: str) -> None:
    """ "dos semanas" at "How old are you?" was 0 years, and the result said "under 20"."""
    with pytest.raises(Invalid):
        parse_answer(table.questions["age"], typed)
    assert parse_answer(table.questions["age"], "18 months") == 1  # a child's age in months stays


def test_the_words_a_person_may_type_cannot_be_changed_by_a_caller() -> None:
    """One vocabulary is cached per language and shared, and the word sets are module
    constants: a caller that changed one changed every later reading (a reviewer, twenty-first
    session)."""
    from tspain import words
    from tspain.typed_words import vocabulary

    spoken = vocabulary("en")
    with pytest.raises(TypeError):
        spoken.meaning["banana"] = "yes"  # type: ignore[index]
    with pytest.raises(AttributeError):
        spoken.none.add("banana")  # type: ignore[attr-defined]
    for name in ("YES", "NO", "NOT_SURE", "NONE", "POLITE", "NEGATIONS", "POINTERS"):
        assert isinstance(getattr(words, name), frozenset), name


@pytest.mark.parametrize(
    ("language", "qid", "typed", "expected"),
    [
        ("es", "pain_location", "en el centro, baja hasta la cintura", "central"),
        ("en", "onset", "gradually, over a week", "gradual"),
        ("en", "injury", "fell off a ladder, not high", None),  # taken back: asked again
        ("en", "injury", "fell off a ladder, only 2 rungs up", None),  # was an ambulance
        ("en", "injury", "fell off a ladder, landed on my back", "major"),
        ("en", "injury", "no, but i fell off a ladder", None),
        ("en", "pain_location", "in the middle, and on one side", None),  # two options
        ("es", "pain_location", "en el centro, y a un lado", None),  # was one side alone
        # a no, then a remark that names no injury (testers, twenty-seventh session)
        ("en", "injury", "no, just woke up with it", "none"),
        ("es", "injury", "no, ninguna, estaba sentada viendo la tele", "none"),
        ("es", "injury", "no, me cai", None),
        # a number then a time is no option's number: "3 semanas mas o menos" was option 3
        ("es", "pain_location", "3 semanas mas o menos", None),
    ],
)
def test_an_option_then_a_remark_is_the_option(
    table: RuleTable, language: str, qid: str, typed: str, expected: str | None
) -> None:
    """ "en el centro, baja hasta la cintura" at where the pain is was "not one of these" (a
    tester, twenty-seventh session): an option's words, then a remark after a comma, are the
    option, said back; a remark that names another option, denies or says "but" is asked
    again."""
    from tspain import i18n

    i18n.use(language)
    question = i18n.translated_table(table).questions[qid]
    if expected is None:
        with pytest.raises(Invalid):
            parse_answer(question, typed)
    else:
        assert parse_answer(question, typed) == expected


@pytest.mark.parametrize(
    ("language", "qid", "typed", "expected"),
    [
        ("en", "duration_days", "since this morning, a few hours", 0),
        ("es", "duration_days", "el sabado, o sea 4 dias", 4),
        ("en", "duration_days", "a week, so about 7 days", 7),
        ("en", "duration_days", "2 weeks, 3 weeks", None),  # two that differ: asked again
        ("en", "age", "56, 57", None),
    ],
)
def test_a_number_said_twice_is_read_once(
    table: RuleTable, language: str, qid: str, typed: str, expected: int | None
) -> None:
    """ "since this morning, a few hours" and "desde el sabado, o sea 4 dias" were asked again
    (a tester, twenty-seventh session): the same length said twice, or said again in other
    words ("o sea", "so"), is that length."""
    from tspain import i18n

    i18n.use(language)
    question = i18n.translated_table(table).questions[qid]
    if expected is None:
        with pytest.raises(Invalid):
            parse_answer(question, typed)
    else:
        assert parse_answer(question, typed) == expected
