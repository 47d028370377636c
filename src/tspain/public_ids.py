"""The rest of the scripting contract a rule table must keep, beside its questions
(`required_questions.py`): the cause ids and warning-sign ids a result names, the warning signs
asked on the first lists, and the number ranges an answers file may use (docs/interface.md). A
maintainer renamed `band_pain` and `myofascial_pain`, lowered the heart attack's care to routine
and took chest pain off the emergency list: `validate` said "valid" to each (a tester,
twenty-second session). A new table may add ids, widen a range or raise a care level; it may
not take one away. Changing this file is changing the contract, with a reason in the commit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tspain.levels import RANK, Level

if TYPE_CHECKING:
    from collections.abc import Collection

    from tspain.table import RuleTable

CAUSES: dict[str, Level] = {
    **dict.fromkeys(
        (
            *("poor_posture", "muscle_overuse", "traumatic_injury", "herniated_disc"),
            *("pinched_nerve", "scoliosis", "osteoarthritis", "myofascial_pain"),
            *("fibromyalgia", "shingles", "gallbladder", "axial_spondyloarthritis"),
            *("stomach_ulcer", "oesophagus"),
        ),
        "self_care",
    ),
    **dict.fromkeys(
        (
            *("spinal_infection", "spinal_cancer", "compression_fracture", "pancreatitis"),
            *("kidney_infection", "pleurisy_pneumonia", "pneumothorax"),
        ),
        "urgent",
    ),
    **dict.fromkeys(("heart_attack", "aortic_dissection", "pulmonary_embolism"), "emergency"),
}
"""Cause id -> the lowest care level it may be given (the clinical brief's levels for the
serious causes; any for the others)."""

SIGNS = (
    *("chest_pain", "tearing_pain", "breathless", "coughing_blood", "pleuritic_breathless"),
    *("sudden_severe_pain", "sudden_severe_at_risk", "sudden_severe_reported"),
    *("exertional_pain", "shock", "bladder_bowel", "saddle_numbness", "leg_weakness"),
    *("cancer_with_nerve_symptoms", "major_trauma", "fever", "cancer_history", "weight_loss"),
    *("infection_risk", "recent_infection", "fragility_fracture_injury"),
    *("fragility_fracture_sudden", "night_pain", "band_pain", "limb_numbness"),
    *("shingles_rash", "abdominal_severe", "jaundice", "pregnancy_upper_tummy_pain"),
    *("upper_tummy_pain", "urinary", "calf_swelling_breathing_pain", "calf_swelling"),
    *("pleuritic_pain", "clot_risk_one_sided", "blood_thinners_sudden_severe"),
    *("sweating_nausea", "sweating_with_heart_risks", "fever_with_weak_immunity"),
    *("long_lasting", "getting_worse", "severe_after_injury", "older_age", "young_age"),
    *("visible_curve", "scoliosis_family", "widespread_fatigue", "morning_stiffness"),
    "pregnancy_warning_signs",  # added 2026-12-06, table 2026.12.06.47 (pre-eclampsia)
    "sudden_pain_with_heart_risks",  # added 2026-12-06, table 2026.12.06.52 (NICE CG95)
    "new_pain_with_heart_risks",  # added 2026-12-07, table 2026.12.07.3 (NICE CG95)
    "sudden_severe_strain_at_50",  # added 2026-12-07, table 2026.12.07.5 (Hatzaras 2007)
    "no_clear_trigger",  # added 2026-12-07, table 2026.12.07.6 (brief section 1)
    "sudden_severe_strain_with_high_blood_pressure",  # added 2026-12-07, table 2026.12.07.18
    "fever_with_confusion",  # added 2026-12-07, table 2026.12.07.19 (NICE NG51)
)
"""Warning-sign ids, as `triage.reasons`, `flagged_by` and `tspain signs` name them."""

EMERGENCY_SIGNS = (
    *("chest_pain", "tearing_pain", "breathless", "coughing_blood", "pleuritic_breathless"),
    *("sudden_severe_pain", "sudden_severe_at_risk", "sudden_severe_reported"),
    *("exertional_pain", "shock", "bladder_bowel", "saddle_numbness", "leg_weakness"),
    *("cancer_with_nerve_symptoms", "major_trauma", "calf_swelling_breathing_pain"),
    *("sweating_with_heart_risks", "fever_with_weak_immunity", "fever_with_confusion"),
)
ROUTINE_SIGNS = (
    *("upper_tummy_pain", "long_lasting", "getting_worse", "severe_after_injury", "older_age"),
    *("young_age", "visible_curve", "scoliosis_family", "widespread_fatigue"),
    *("morning_stiffness", "no_clear_trigger"),
)
SIGN_LEVELS: dict[str, Level] = {
    **{sid: "urgent" for sid in SIGNS},
    **dict.fromkeys(EMERGENCY_SIGNS, "emergency"),
    **dict.fromkeys(ROUTINE_SIGNS, "routine"),
}
"""Each sign's level as docs/interface.md lists it: a result's `triage.reasons[].level` for
that id, which a table may not lower (pleuritic_breathless set to urgent validated, as
another sign kept the person's level: a scripter, thirty-eighth session)."""

ON_THE_LIST: dict[str, Level] = {
    **dict.fromkeys(
        (
            *("sudden_severe_onset", "chest_pain_or_pressure", "pain_tearing_or_ripping"),
            *("shortness_of_breath", "coughing_blood", "pain_with_exertion"),
            *("fainting_or_clammy", "bladder_or_bowel_problems", "saddle_numbness"),
            "leg_weakness_or_unsteady",
        ),
        "emergency",
    ),
    **dict.fromkeys(
        (
            *("fever", "history_of_cancer", "weight_loss", "iv_drug_use_or_immunosuppressed"),
            *("recent_infection_or_procedure", "numbness_or_tingling_arms_or_legs", "rash"),
            *("calf_swelling", "pain_worse_breathing_in", "sweating_nausea"),
        ),
        "urgent",
    ),
}
"""Question -> the list it must be asked on, or one asked earlier: the emergency signs come
first, as one list (README), so that three "not sure" answers never end an interview before
chest pain is asked."""

RANGES: dict[str, tuple[int, int]] = {
    "age": (0, 120),
    "duration_days": (0, 36500),
}
"""Question -> the range an answers file may use: a table may widen it, not narrow it (a saved
file with age 105 stopped working at max 99)."""

SCALE = ("severity", 0, 10)
"""The pain score is 0 to 10, exactly: the signs' thresholds (7 and over) and the question's
own words ("0 to 10") are on that scale; at max 100, 7 out of 100 was severe."""


SIGN_CAUSES: dict[str, tuple[str, ...]] = {
    "chest_pain": ("heart_attack", "aortic_dissection"),
    "tearing_pain": ("aortic_dissection",),
    "breathless": ("pulmonary_embolism", "pneumothorax", "heart_attack"),
    "coughing_blood": ("pulmonary_embolism",),
    "pleuritic_breathless": ("pneumothorax", "pulmonary_embolism"),
    "sudden_severe_pain": ("heart_attack", "aortic_dissection"),
    "sudden_severe_at_risk": ("aortic_dissection", "heart_attack"),
    "sudden_severe_reported": ("aortic_dissection", "heart_attack"),
    "exertional_pain": ("heart_attack",),
    "shock": ("heart_attack", "aortic_dissection", "pulmonary_embolism"),
    "bladder_bowel": ("spinal_cancer", "spinal_infection"),
    "saddle_numbness": ("spinal_cancer", "spinal_infection"),
    "leg_weakness": ("spinal_cancer", "spinal_infection"),
    "cancer_with_nerve_symptoms": ("spinal_cancer",),
    "major_trauma": ("compression_fracture",),
    "fever": ("spinal_infection", "kidney_infection", "pleurisy_pneumonia"),
    "cancer_history": ("spinal_cancer",),
    "weight_loss": ("spinal_cancer", "spinal_infection"),
    "infection_risk": ("spinal_infection",),
    "recent_infection": ("spinal_infection",),
    "fragility_fracture_injury": ("compression_fracture",),
    "fragility_fracture_sudden": ("compression_fracture",),
    "night_pain": ("spinal_infection", "spinal_cancer"),
    "abdominal_severe": ("pancreatitis",),
    "jaundice": ("pancreatitis",),
    "urinary": ("kidney_infection",),
    "calf_swelling_breathing_pain": ("pulmonary_embolism",),
    "calf_swelling": ("pulmonary_embolism",),
    "pleuritic_pain": ("pleurisy_pneumonia", "pneumothorax", "pulmonary_embolism"),
    "clot_risk_one_sided": ("pulmonary_embolism",),
    "sweating_nausea": ("heart_attack", "pancreatitis"),
    "sweating_with_heart_risks": ("heart_attack",),
    "sudden_pain_with_heart_risks": ("heart_attack",),
    "new_pain_with_heart_risks": ("heart_attack",),
    "sudden_severe_strain_at_50": ("aortic_dissection", "heart_attack"),
    "sudden_severe_strain_with_high_blood_pressure": ("aortic_dissection", "heart_attack"),
    "fever_with_weak_immunity": ("spinal_infection",),
    "fever_with_confusion": ("spinal_infection", "kidney_infection", "pleurisy_pneumonia"),
}
"""The serious causes each emergency and urgent sign names (its `causes`: "must not be missed"
on the result, and in the JSON): a table may add to them, never drop one. A copy whose chest
pain named no cause validated, and the heart attack its message speaks of was not among
"cannot be ruled out at home" (a maintainer-tester, thirty-third session)."""


def _sign_problems(table: RuleTable, never: str, said: Collection[str]) -> list[tuple[str, str]]:
    """The public warning signs a table lowers, renames or takes out; a sign in `said` was
    said lowered by the safety contract already (one fault, one line)."""
    problems = []
    first = {sign.id: i for i, sign in reversed(list(enumerate(table.warning_signs)))}
    for i, sign in enumerate(table.warning_signs):
        lowest = SIGN_LEVELS.get(sign.id)  # an id given twice is said as that, at the second
        lower = lowest is not None and RANK[sign.level] < RANK[lowest]
        if lower and first[sign.id] == i and sign.id not in said:
            why = f"{sign.level} is below {lowest}, the level of {sign.id} in docs/interface.md"
            problems.append((f"warning_signs[{i}].level", why + ": scripts read it"))
    signs = {sign.id for sign in table.warning_signs}
    added = [(i, s.id) for i, s in enumerate(table.warning_signs) if s.id not in SIGNS]
    lost = [sid for sid in SIGNS if sid not in signs]
    for sid in lost:
        if len(added) == len(lost) == 1:  # said at the renamed sign's id, as a cause's is (it
            i, now = added[0]  # was at the first sign's line: a scripter, 38th session)
            why = f"was warning sign {sid} renamed {now} here? {never}"
            problems.append((f"warning_signs[{i}].id", why))
        else:
            why = f"missing: triage.reasons and scripts use it; {never}"
            problems.append((f"warning_signs: {sid}", why))
    return problems


def public_id_problems(table: RuleTable, said: Collection[str] = ()) -> list[tuple[str, str]]:
    """What a table takes away of the contract: (where, why) each (`said`: the signs the
    safety contract says are lowered)."""
    problems: list[tuple[str, str]] = []
    never = "an id is never renamed or removed (docs/interface.md)"
    new = [cid for cid in table.causes if cid not in CAUSES]
    gone = [cid for cid in CAUSES if cid not in table.causes]
    for cid, lowest in CAUSES.items():
        cause = table.causes.get(cid)
        if cause is None and len(new) == len(gone) == 1:  # said at the new header, with its
            problems.append(  # line (it had none: a scripter, thirtieth session)
                (f"causes.{new[0]}", f"was [causes.{cid}] renamed [causes.{new[0]}] here? {never}")
            )
        elif cause is None:
            problems.append((f"causes.{cid}", f"missing: results and scripts use it; {never}"))
        elif RANK[cause.care] < RANK[lowest]:
            problems.append(
                (f"causes.{cid}.care", f"{cause.care} is below {lowest}, this cause's lowest")
            )
    problems += _sign_problems(table, never, said)
    problems += _dropped_causes(table)
    for qid, level in ON_THE_LIST.items():
        q = table.questions.get(qid)
        if q is not None and (q.checklist is None or RANK[q.checklist] < RANK[level]):
            problems.append(
                (
                    f"questions.{qid}.checklist",
                    f'must be "{level}"{" or emergency" * (level == "urgent")}: '
                    f"{q.checklist or 'none'} would ask it later",
                )
            )
    for qid, (low, high) in RANGES.items():
        q = table.questions.get(qid)
        if q is not None and q.type == "integer" and ((q.min or 0) > low or (q.max or 0) < high):
            problems.append(
                (
                    f"questions.{qid}",
                    f"{q.min} to {q.max} narrows the contract's {low} to {high}: saved answers "
                    "in it would be refused",
                )
            )
    qid, low, high = SCALE
    q = table.questions.get(qid)
    if q is not None and q.type == "integer" and (q.min, q.max) != (low, high):
        problems.append((f"questions.{qid}", f"the pain score is {low} to {high}, exactly"))
    return problems


def _dropped_causes(table: RuleTable) -> list[tuple[str, str]]:
    """Each emergency and urgent sign's serious causes (`SIGN_CAUSES`) it no longer names."""
    return [
        (
            f"warning_signs.{sign.id}.causes",
            f"must keep {', '.join(map(repr, dropped))}: the result names it as not to be "
            "missed when this sign holds",
        )
        for i, sign in enumerate(table.warning_signs)
        if (dropped := [c for c in SIGN_CAUSES.get(sign.id, ()) if c not in sign.causes])
        and all(other.id != sign.id for other in table.warning_signs[:i])  # a duplicate's id
    ]  # is said as that
