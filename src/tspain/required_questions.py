"""The ids the code relies on, declared once: the question ids every rule table must have, with
their types and options (docs/interface.md, "Question ids the rule table must have"). `tspain
validate` rejects a table that lacks one or gives it another type; the code names these ids
through the constants below, never by strings of its own."""

from __future__ import annotations

from typing import Literal

QuestionType = Literal["yesno", "integer", "choice"]

REQUIRED_QUESTIONS: dict[str, tuple[QuestionType, tuple[str, ...]]] = {
    "age": ("integer", ()),
    "sex": ("choice", ("female", "male", "other")),
    "onset": ("choice", ("sudden", "gradual")),
    "duration_days": ("integer", ()),
    "pain_location": (
        "choice",
        ("central", "between_shoulder_blades", "one_side", "band_around_chest", "widespread"),
    ),
    "severity": ("integer", ()),
    "injury": ("choice", ("none", "minor", "major")),
    "worse_with_movement": ("yesno", ()),
    "worse_with_sitting_or_posture": ("yesno", ()),
    "better_with_rest": ("yesno", ()),
    "worse_at_night_or_rest": ("yesno", ()),
    "morning_stiffness": ("yesno", ()),
    "repetitive_activity": ("yesno", ()),
    "sedentary_or_desk_work": ("yesno", ()),
    "tender_knots_in_muscle": ("yesno", ()),
    "widespread_pain_elsewhere": ("yesno", ()),
    "fatigue_sleep_problems": ("yesno", ()),
    "visible_curve_or_uneven_shoulders": ("yesno", ()),
    "family_history_scoliosis": ("yesno", ()),
    "numbness_or_tingling_arms_or_legs": ("yesno", ()),
    "leg_weakness_or_unsteady": ("yesno", ()),
    "bladder_or_bowel_problems": ("yesno", ()),
    "saddle_numbness": ("yesno", ()),
    "chest_pain_or_pressure": ("yesno", ()),
    "pain_tearing_or_ripping": ("yesno", ()),
    "shortness_of_breath": ("yesno", ()),
    "pain_worse_breathing_in": ("yesno", ()),
    "cough": ("yesno", ()),
    "coughing_blood": ("yesno", ()),
    "calf_swelling": ("yesno", ()),
    "pain_with_exertion": ("yesno", ()),
    "fainting_or_clammy": ("yesno", ()),
    "sweating_nausea": ("yesno", ()),
    "high_blood_pressure": ("yesno", ()),
    "fever": ("yesno", ()),
    "night_sweats": ("yesno", ()),
    "weight_loss": ("yesno", ()),
    "history_of_cancer": ("yesno", ()),
    "smoker": ("yesno", ()),
    "iv_drug_use_or_immunosuppressed": ("yesno", ()),
    "recent_infection_or_procedure": ("yesno", ()),
    "osteoporosis_or_steroid_use": ("yesno", ()),
    "rash": ("yesno", ()),
    "upper_abdominal_pain": ("yesno", ()),
    "urinary_symptoms": ("yesno", ()),
    "getting_worse": ("yesno", ()),
    "recent_surgery_or_immobility": ("yesno", ()),
    "previous_blood_clot": ("yesno", ()),
    "hormones_or_pregnancy": ("yesno", ()),
    "diabetes": ("yesno", ()),
    "blood_thinners": ("yesno", ()),
    "better_with_exercise": ("yesno", ()),
    "lung_disease_or_collapsed_lung": ("yesno", ()),
    # Added by later tables and listed in docs/interface.md since, but not here until a
    # maintainer renamed one and validate said valid (sixteenth session):
    "sudden_severe_onset": ("yesno", ()),
    "tuberculosis_risk": ("yesno", ()),
    "anti_inflammatory_painkillers": ("yesno", ()),
    "heartburn_or_acid_reflux": ("yesno", ()),
    "heavy_drinking": ("yesno", ()),
    "eased_leaning_forward": ("yesno", ()),
    "yellow_skin": ("yesno", ()),
    "pregnancy_warning_signs": ("yesno", ()),  # added 2026-12-06 (pre-eclampsia's signs)
    "confused_or_drowsy": ("yesno", ()),  # added 2026-12-07 (sepsis: NICE NG51)
}
"""Question id -> (type, the options a choice must have)."""

AGE = "age"
SEX = "sex"
ONSET = "onset"
DURATION = "duration_days"
SEVERITY = "severity"
PAIN_LOCATION = "pain_location"
INJURY = "injury"

HISTORY_FIRST = (AGE, SEX, PAIN_LOCATION, DURATION, ONSET, SEVERITY)
"""What a doctor reads first in a history: who, where, how long, how it began, how bad."""


def required_question_problems(
    questions: dict[str, tuple[str, tuple[str, ...]]],
) -> list[tuple[str, str]]:
    """What a table's questions (id -> (type, option ids)) lack of the contract."""
    problems: list[tuple[str, str]] = []
    for qid, (kind, options) in REQUIRED_QUESTIONS.items():
        found = questions.get(qid)
        path = f"questions.{qid}"
        if found is None:
            problems.append(
                (
                    path,
                    f"missing: saved answers and scripts use the {kind} question {qid!r} "
                    "(docs/interface.md): an id is never renamed or removed",
                )
            )
        elif found[0] != kind:
            problems.append(
                (f"{path}.type", f"the scripting contract makes {qid!r} {kind}, not {found[0]}")
            )
        else:
            missing = [o for o in options if o not in found[1]]
            if missing:
                problems.append(
                    (
                        f"{path}.options",
                        f"the scripting contract needs the options {', '.join(missing)}",
                    )
                )
    return problems
