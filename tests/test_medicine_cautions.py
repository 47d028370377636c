"""Who must not take ibuprofen, or must ask first, is said wherever ibuprofen is (a clinical
reviewer, sixteenth session). The NHS ibuprofen page is the reference: not in pregnancy; ask a
doctor or pharmacist first at 65 or over (stomach ulcers), with asthma, with high blood
pressure, with a stomach ulcer, kidney or heart problems, or on blood thinners.

Two ways it was lost: osteoarthritis's "heat, pain medicine and topical pain relievers ease the
pain" merged the general line with the cautions away (of two tips that say nearly the same, the
first is kept), and the line for people on blood thinners or with upper tummy pain replaced the
general one without its cautions."""

from __future__ import annotations

from hypothesis import given, settings
from test_engine import TABLE, calm_answer_sets

from tspain.engine import assess

NO = {q: False for q, spec in TABLE.questions.items() if spec.type == "yesno"}
"""Every yes/no question answered no."""
OLDER_WOMAN = {
    **NO,
    "age": 72,
    "sex": "female",
    "onset": "gradual",
    "duration_days": 7,
    "severity": 4,
    "injury": "none",
    "pain_location": "between_shoulder_blades",
}
NHS_CAUTIONS = ("pregnant", "65 or over", "asthma", "high blood pressure", "kidney", "heart")


def _ibuprofen_lines(answers: dict[str, object]) -> list[str]:
    result = assess(TABLE, answers)  # type: ignore[arg-type]
    return [line for line in result.self_care if "ibuprofen" in line]


def test_an_older_woman_whose_pain_reads_as_arthritis_is_told_the_cautions() -> None:
    """Osteoarthritis leads; its own pain-medicine line had dropped the general one."""
    result = assess(TABLE, OLDER_WOMAN)
    assert "osteoarthritis" in [c.id for c in result.causes[:3]]
    (line,) = _ibuprofen_lines(OLDER_WOMAN)
    assert all(word in line for word in NHS_CAUTIONS), line


def test_blood_thinners_keep_the_pregnancy_caution() -> None:
    """A pregnant woman on blood thinners saw only "ask a pharmacist before taking ibuprofen"."""
    person = {**OLDER_WOMAN, "age": 30, "hormones_or_pregnancy": True, "blood_thinners": True}
    (line,) = _ibuprofen_lines(person)
    assert all(word in line for word in NHS_CAUTIONS), line
    assert "not ibuprofen" in line


@settings(max_examples=150)
@given(calm_answer_sets)
def test_wherever_ibuprofen_is_offered_the_cautions_come_with_it(
    answers: dict[str, object],
) -> None:
    for line in _ibuprofen_lines(answers):
        assert all(word in line for word in NHS_CAUTIONS), line


@settings(max_examples=150)
@given(calm_answer_sets)
def test_no_cause_s_own_line_hides_the_cautions(answers: dict[str, object]) -> None:
    """Wherever self-care advice is given, the general pain-medicine line (or its version for
    blood thinners and upper tummy pain) is among it: a cause's near-repeat of it, kept first
    by the merge, would take the cautions with it."""
    result = assess(TABLE, answers)  # type: ignore[arg-type]
    if result.triage.level in ("routine", "self_care"):
        assert _ibuprofen_lines(answers), result.self_care
