"""A routine screen's "see a doctor today if ..." or "call an ambulance if ..." never describes
what the person has already said they have (a clinical reviewer, sixteenth session): the line
reads as an instruction the level then contradicts. Each line is worded as the brief's sign it
stands for: upper tummy pain with back pain is urgent only when severe or with fever or yellow
skin; sharp pain on breathing alone is urgent, not an emergency (brief section 2)."""

from __future__ import annotations

from test_engine import TABLE
from test_medicine_cautions import OLDER_WOMAN

from tspain.engine import assess

PERSON = {k: v for k, v in OLDER_WOMAN.items() if k != "age"}
"""Every yes/no answered no; a woman with gradual pain between the shoulder blades, 4/10."""


def _urgent_lines(answers: dict[str, object]) -> list[str]:
    result = assess(TABLE, answers)  # type: ignore[arg-type]
    assert result.triage.level == "routine", result.triage
    return [s for s in result.see_a_doctor_if if "(today)" in s or "ambulance" in s]


def test_upper_tummy_pain_with_back_pain_is_not_told_to_go_today() -> None:
    """She has upper tummy pain and back pain, 4/10, no fever or yellow skin: the line said
    "upper tummy pain spreads to your back, is severe, or comes with fever ... (today)"."""
    lines = _urgent_lines({**PERSON, "age": 45, "upper_abdominal_pain": True})
    assert any("upper tummy pain" in s for s in lines), lines
    assert not [s for s in lines if "spreads to your back" in s], lines


def test_night_sweats_on_a_routine_screen_are_not_a_see_today_line() -> None:
    """Night sweats with a tuberculosis risk are routine in the table; the spinal infection's
    line told her to go today for the night sweats she had reported."""
    person = {**PERSON, "age": 65, "tuberculosis_risk": True, "night_sweats": True}
    lines = _urgent_lines({**person, "getting_worse": True, "pain_location": "one_side"})
    assert any("fever" in s for s in lines), lines
    assert not [s for s in lines if "night sweats" in s], lines


def test_sharp_pain_on_breathing_alone_is_not_sent_to_an_ambulance() -> None:
    """The clot's line put "sharp pain on breathing" under "call an ambulance" while the
    same screen said "see a doctor today" for it (pleuritic pain alone is urgent)."""
    person = {**PERSON, "age": 85, "previous_blood_clot": True, "hormones_or_pregnancy": True}
    person |= {"onset": "sudden", "duration_days": 1, "severity": 5, "injury": "minor"}
    result = assess(TABLE, person)
    lines = [s for s in result.see_a_doctor_if if "breathing" in s]
    assert lines, result.see_a_doctor_if
    for line in lines:
        ambulance = line.split("call an ambulance")[0]
        assert "sharp pain" not in ambulance, line


def test_the_doctor_is_told_a_sudden_severe_yes_the_other_answers_contradict() -> None:
    """ "Sudden, severe pain" answered yes called the ambulance; with "began gradually, 3 out of
    10" beside it, the doctor was told only those two, not the yes that set the level."""
    contradicting = assess(TABLE, {"sudden_severe_onset": True, "onset": "gradual", "severity": 3})
    assert contradicting.triage.level == "emergency"
    assert "The pain came on suddenly and severely" in contradicting.tell_the_doctor
    agreeing = assess(TABLE, {"sudden_severe_onset": True, "onset": "sudden", "severity": 8})
    assert agreeing.tell_the_doctor == ("The pain began suddenly", "You rate the pain 8 out of 10")


def test_the_emergency_list_asks_about_what_happened_since_the_pain_began() -> None:
    """ "Do any of these apply to you now?": a person who fainted an hour ago may answer 0, and
    "you have not fainted" goes to the doctor (a clinical reviewer, sixteenth session)."""
    from tests_support import make_runner

    from tspain.cli import app

    for language, words in (
        ("en", "or since the pain began?"),
        ("es", "desde que empezó el dolor?"),
    ):
        out = make_runner().invoke(app, ["--lang", language, "check", "-i"], input="q\n").stdout
        assert words in " ".join(out.split()), out


def test_the_action_lists_signs_in_lower_case_mid_sentence() -> None:
    """ "...heavy blow); A cold sweat or nausea, ...": a one-letter first word read as an
    abbreviation in capitals (a scripter, sixteenth session)."""
    import re

    action = assess(TABLE, {}).triage.action
    assert "; a cold sweat or nausea" in action
    assert not re.search(r"; [A-Z][a-z]", action), action
