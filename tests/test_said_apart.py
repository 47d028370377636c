"""An answer said with a remark as two sentences ("no. im 74"), with an age at a yes/no
question ("no, im 74"), or said again ("i said no"): read, not asked again (people at a
terminal and a code reviewer, twenty-eighth session; mended in the twenty-ninth)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import make_runner

from tspain.cli import app

TO_INJURY = ["0", "0", "0"]  # the three lists, none of each
TO_YES_NO = ["0", "17"]  # pregnant: her warning signs are asked next, yes or no


def _interview(tmp_path: Path, typed: list[str], lang: str = "en") -> tuple[str, dict[str, object]]:
    saved = tmp_path / "answers.json"
    done = make_runner().invoke(
        app,
        ["--lang", lang, "check", "--interactive", "--save-answers", str(saved)],
        input="\n".join([*typed, "q"]) + "\n",
    )
    assert done.exit_code == 0, done.output
    return " ".join(done.output.split()), json.loads(saved.read_text(encoding="utf-8"))


@pytest.mark.parametrize("typed", ["no. im 74", "No. I'm 74.", "no; im 74"])
def test_an_age_said_as_a_second_sentence_at_a_choice_is_taken(tmp_path: Path, typed: str) -> None:
    out, answers = _interview(tmp_path, [*TO_INJURY, typed, "2", "1", "n", "n", "n"])
    assert answers["injury"] == "none" and answers["age"] == 74, out
    assert "Taken as your age" in out
    assert "How old are you?" not in out


@pytest.mark.parametrize(
    ("typed", "lang"), [("no, im 74", "en"), ("no im 74", "en"), ("no. tengo 74 años", "es")]
)
def test_an_age_beside_a_no_at_a_yes_no_question_is_both(
    tmp_path: Path, typed: str, lang: str
) -> None:
    out, answers = _interview(tmp_path, [*TO_YES_NO, typed], lang)
    assert answers["pregnancy_warning_signs"] is False and answers["age"] == 74, out


def test_a_sign_said_as_a_second_sentence_is_asked_and_the_answer_kept(tmp_path: Path) -> None:
    out, answers = _interview(tmp_path, [*TO_INJURY, "no injury. im pregnant", "y", "n"])
    assert answers["injury"] == "none", out
    assert answers["hormones_or_pregnancy"] is True
    assert "You mentioned a warning sign" in out


@pytest.mark.parametrize(
    ("typed", "lang"),
    [
        *(("i said no", "en"), ("I already told you no", "en"), ("ya le dije que no", "es")),
        # still asked again in the twenty-ninth session (a code reviewer)
        *(("like i said no", "en"), ("i've said no", "en"), ("ya te lo dije, no", "es")),
        ("como le dije, no", "es"),
    ],
)
def test_an_answer_said_again_is_read(tmp_path: Path, typed: str, lang: str) -> None:
    out, answers = _interview(tmp_path, [*TO_YES_NO, typed], lang)
    assert answers["pregnancy_warning_signs"] is False, out


def test_a_no_then_a_sign_without_a_comma_asks_the_sign(tmp_path: Path) -> None:
    """ "nope im pregnant": the no denied the whole line and the pregnancy was never asked."""
    out, answers = _interview(tmp_path, [*TO_INJURY, "nope im pregnant", "y", "n", "1"])
    assert answers["hormones_or_pregnancy"] is True and answers["injury"] == "none", out


def test_two_numbers_at_a_number_question_are_still_asked_again(tmp_path: Path) -> None:
    """An age is taken apart only where the question is not a number: "7, im 74" at the pain
    score is two numbers, and which is meant is asked."""
    from tspain.loading import load_table
    from tspain.said_apart import read_plainer
    from tspain.understand import Invalid

    with pytest.raises(Invalid):
        read_plainer(load_table().questions["severity"], "7. im 74", age_apart=False)


def test_a_no_before_a_sign_s_name_denies_it_and_before_a_clause_asks_it() -> None:
    """Without a comma, "no chest pain" denies the sign; "no my arm goes numb" answers, then
    says a sign of its own (the regression hunt, twenty-ninth session)."""
    from tspain.loading import load_table
    from tspain.mentioned import signs_beside

    table = load_table()
    assert signs_beside(table, "smoker", "no chest pain", {}) == ()
    assert signs_beside(table, "smoker", "no my arm goes numb", {}) == (
        "numbness_or_tingling_arms_or_legs",
    )


@pytest.mark.parametrize(
    ("typed", "lang"),
    [
        ("none. ive been vomiting", "en"),
        ("none, i vomited twice", "en"),
        ("ninguna, pero he vomitado dos veces", "es"),
    ],
)
def test_vomiting_said_beside_none_at_the_emergency_list_is_asked(
    tmp_path: Path, typed: str, lang: str
) -> None:
    """It was dropped unsaid, and a man of 62 with heart risks whose vomiting made his result an
    emergency ended URGENT (a tester, twenty-ninth session)."""
    out, answers = _interview(tmp_path, [typed, "y", "0", "0"], lang)
    assert answers["sweating_nausea"] is True, out


@pytest.mark.parametrize(
    ("typed", "lang", "item"),
    [
        ("a ripping feeling that hit me out of nowhere", "en", "pain_tearing_or_ripping"),
        (
            "me vino de golpe un dolor como si me desgarraran por dentro",
            "es",
            "pain_tearing_or_ripping",
        ),
        ("my privates feel numb", "en", "saddle_numbness"),
        ("numb between my legs", "en", "saddle_numbness"),
        ("no siento la entrepierna", "es", "saddle_numbness"),
        ("tengo dormida la entrepierna", "es", "saddle_numbness"),
    ],
)
def test_an_emergency_sign_in_everyday_words_is_offered(typed: str, lang: str, item: str) -> None:
    """Each was "could not match", another item, or only the sudden pain beside it: the tearing
    pain of a torn aorta and the numb saddle of a squeezed spinal cord were never offered (a
    tester, twenty-ninth session)."""
    from tspain import i18n
    from tspain.interview import Checklist
    from tspain.loading import load_table
    from tspain.ticks import parse_checklist

    i18n.use(lang)
    table = i18n.translated_table(load_table())
    step = Checklist(
        "emergency", tuple(q for q, x in table.questions.items() if x.checklist == "emergency")
    )
    read = parse_checklist(step, typed, table)
    assert item in read, read  # asked about before it counts ("no siento ...": as a plain question)


@pytest.mark.parametrize(
    ("typed", "lang"),
    [("ninguna. tengo 82 años", "es"), ("no, im 82", "en"), ("none. i'm 82", "en")],
)
def test_an_age_said_beside_a_list_answer_is_taken(tmp_path: Path, typed: str, lang: str) -> None:
    """ "ninguna. tengo 82 años" at the emergency list was none, the age lost unsaid; "no, im 34"
    asked the whole list again (a tester, twenty-ninth session)."""
    out, answers = _interview(tmp_path, [typed, "0", "0"], lang)
    assert answers["chest_pain_or_pressure"] is False and answers["age"] == 82, out


@pytest.mark.parametrize(("typed", "lang"), [("i said no", "en"), ("ya le dije que no", "es")])
def test_none_said_again_at_a_list_is_none(tmp_path: Path, typed: str, lang: str) -> None:
    """ "i said no" and "ya le dije que no" at a list could not match (a tester, 29th)."""
    out, answers = _interview(tmp_path, [typed, "0", "0"], lang)
    assert answers["chest_pain_or_pressure"] is False and answers["fever"] is False, out
    assert out.count("Question 1.") + out.count("Pregunta 1.") == 1, out  # not asked again


def test_a_no_then_a_sign_at_the_emergency_list_keeps_the_sign_to_ask(tmp_path: Path) -> None:
    """ "nope im pregnant" at the emergency list could not match, and the pregnancy was not kept
    to ask after it (a tester, twenty-ninth session)."""
    out, answers = _interview(tmp_path, ["nope im pregnant", "0", "y", "n"])
    assert answers["hormones_or_pregnancy"] is True, out


def test_signs_said_at_a_sign_asked_as_mentioned_are_asked_after_it(tmp_path: Path) -> None:
    """ "had prostate cancer 5 years ago. lost weight too" at the numbness question asked as a
    sign mentioned was refused, then lost: the crew was not told of the cancer (a tester,
    twenty-ninth session). Both are asked after it."""
    typed = ["my legs have gone weak and wobbly the last few days", "y"]
    out, answers = _interview(
        tmp_path, [*typed, "had prostate cancer 5 years ago. lost weight too", "y", "y", "y"]
    )
    assert "tspain asks about that after this question" in out
    assert answers["history_of_cancer"] is True and answers["weight_loss"] is True, out


def test_control_characters_typed_are_never_said_back_raw() -> None:
    """An escape sequence typed or pasted ("\\x1b[2J" clears the screen) was said back raw in
    "could not match ..." (a scripter, twenty-ninth session)."""
    done = make_runner().invoke(
        app, ["check", "--interactive"], input="\x1b[2Jhello\x07\n0\n0\n0\nq\n"
    )
    assert done.exit_code == 0, done.output
    assert "\x1b" not in done.output and "\x07" not in done.output
    assert "could not match" in done.output  # still read, and asked again


def test_a_sign_said_yes_is_never_asked_again_and_lowered(tmp_path: Path) -> None:
    """ "2, i also have a fever", then "yes, my chest hurts too" at the fever asked as mentioned,
    asked chest pain again, and "not sure" there made an EMERGENCY URGENT (a code reviewer,
    twenty-ninth session)."""
    out, answers = _interview(tmp_path, ["2, i also have a fever", "yes, my chest hurts too", "s"])
    assert answers["chest_pain_or_pressure"] is True, out
    assert "EMERGENCY" in out


@pytest.mark.parametrize(
    ("typed", "lang", "sign"),
    [
        ("no injury. i passed out", "en", "fainting_or_clammy"),
        ("no injury. chest pain", "en", "chest_pain_or_pressure"),
        ("ya te dije que no, me duele el pecho", "es", "chest_pain_or_pressure"),
    ],
)
def test_a_sign_after_an_answer_read_plainer_is_asked(
    tmp_path: Path, typed: str, lang: str, sign: str
) -> None:
    """Once read plainer, the first sentence was the answer and the sign said after it was lost
    (it was asked when the line was refused): EMERGENCY became SEE A DOCTOR SOON (a code
    reviewer, twenty-ninth session)."""
    out, answers = _interview(tmp_path, [*TO_INJURY, typed, "y"], lang)
    assert answers[sign] is True and answers["injury"] == "none", out


def test_a_temperature_is_no_age() -> None:
    """ "12 and a fever, im 38.5" at the urgent list took the age as 38, and a man of 62 was
    never asked his age (a code reviewer, twenty-ninth session)."""
    from tspain.age_beside import age_said
    from tspain.loading import load_table

    table = load_table()
    assert age_said(table, "12 and a fever, im 38.5", {}) is None
    assert age_said(table, "im 30+2", {}) is None
    assert age_said(table, "no, im 74", {}) == ("im 74", 74)


def test_none_with_an_exclamation_then_a_sign_is_not_none(tmp_path: Path) -> None:
    """ "none! i have chest pain" at the urgent list was taken as none, the chest pain unasked
    (a code reviewer, twenty-ninth session)."""
    out, answers = _interview(tmp_path, ["0", "none! i have chest pain", "y"])
    assert answers.get("chest_pain_or_pressure") is True, out


@pytest.mark.parametrize(
    "typed",
    [
        "none, i was thrown from a horse",
        "none, i was in a wreck",
        "minor, im not sure",
        "ninguno, estoy bien pero choqué con el coche",
    ],
)
def test_a_remark_that_says_an_injury_or_a_doubt_asks_which(tmp_path: Path, typed: str) -> None:
    """ "none, i was thrown from a horse" and "none, i was in a wreck" were no injury, the
    serious accident's emergency lost, and "minor, im not sure" was minor (a code reviewer,
    thirtieth session: the same without a comma, briefly read so that session): which is
    asked."""
    lang = "es" if "ninguno" in typed else "en"
    out, answers = _interview(tmp_path, [*TO_INJURY, typed, "3"], lang)
    assert "1 2 3" in out and answers["injury"] == "major", out


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("en", "minor one, crashed my car"),
        ("en", "a minor one, i got hit by a car"),
        ("en", "2, i was thrown from my motorbike"),
        ("en", "minor crashed my car"),
        ("es", "leve, me atropelló un coche"),
    ],
)
def test_minor_beside_a_serious_accident_asks_which(tmp_path: Path, lang: str, typed: str) -> None:
    """ "minor" with words of a crash was a minor injury, and the serious accident's emergency
    lost: "a minor one, i got hit by a car" ended SEE A DOCTOR SOON (a code reviewer,
    thirty-first session). Which is asked; 3 is the serious accident."""
    out, answers = _interview(tmp_path, [*TO_INJURY, typed, "3"], lang)
    assert answers["injury"] == "major", out


def test_a_minor_injury_in_plain_words_is_still_minor() -> None:
    from tspain.loading import load_table
    from tspain.understand import parse_answer

    q = load_table().questions["injury"]
    for typed in ("minor, lifting a box", "a minor slip on the stairs", "2"):
        assert parse_answer(q, typed) == "minor", typed


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("en", "minor, i came off my bike at 40mph"),
        ("en", "minor, fell 3 metres"),
        ("en", "2. Was in a RTA"),
        ("es", "leve, tuve un accidente de tráfico"),
        ("es", "leve, me caí desde 3 metros"),
    ],
)
def test_minor_beside_a_fast_fall_or_a_traffic_accident_asks_which(
    tmp_path: Path, lang: str, typed: str
) -> None:
    """Each was the minor injury: SELF-CARE where the serious accident is an emergency (people,
    thirty-first session, second round)."""
    out, answers = _interview(tmp_path, [*TO_INJURY, typed, "3"], lang)
    assert answers["injury"] == "major", out
