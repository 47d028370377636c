"""The warning signs every rule table must keep, each as the fewest answers that make it and
the lowest level it may give: the clinical brief's (section 2), and the table's own signs
adopted on a guideline (docs/clinical-review.md). `tspain.safety` holds a table to them."""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from dataclasses import dataclass, field

from tspain.levels import Level
from tspain.table import Answer, IntRange


@dataclass(frozen=True)
class ContractSign:
    """One warning sign of the clinical brief: the answers that make it, and the lowest level
    it may give. `exempt`: questions the brief itself makes exceptions of (sudden severe pain
    is a sign "without an injury, over about 40 or with high blood pressure"), held unknown
    when the rest of the answers are varied (the age and sex too, unless said). `ranges`:
    the numbers over which an answer's number holds ("50 or over"), each value a condition
    tells apart tried: a copy whose exception began at 51 passed at 50 (a scripter, 31st)."""

    id: str
    answers: Mapping[str, Answer]
    level: Level
    exempt: tuple[str, ...] = ()
    ranges: Mapping[str, IntRange] = field(default_factory=dict)


def _sign(sid: str, level: Level, **answers: Answer) -> ContractSign:
    return ContractSign(sid, answers, level)


def _ranges(answers: Mapping[str, Answer]) -> dict[str, IntRange]:
    """Each number a sign says, as the range it stands for: a severity of 7 is "severe" (7 to
    10), an age or a duration the first past the brief's threshold and all above it, and an
    age under 20 all below it."""
    found = {}
    for qid, answer in answers.items():
        if qid in ("age", "severity", "duration_days") and isinstance(answer, int) and answer:
            young = qid == "age" and answer < 20
            found[qid] = IntRange(max=answer) if young else IntRange(min=answer)
    return found


INJURY_UNKNOWN = ("injury",)
"""The brief's exception to sudden severe pain, "without an injury": where the sign is of an
injury not said, a minor strain said may explain it (below 50, without high blood pressure);
every other answer may be anything. All four of injury, blood pressure, age and severity were
held unknown, and a copy that switched off sudden severe pain from 8 out of 10 at 45 passed (a
scripter, thirty-first session)."""


CONTRACT: tuple[ContractSign, ...] = (
    # Emergency: call an ambulance now (clinical brief section 2).
    _sign("chest_pain", "emergency", chest_pain_or_pressure=True),
    _sign(
        "tearing_pain",
        "emergency",
        pain_tearing_or_ripping=True,
        onset="sudden",
        severity=7,
        injury="minor",  # the brief names no exception: not even a minor strain, at 30
        age=30,
        high_blood_pressure=False,
    ),
    _sign("sudden_breathlessness", "emergency", shortness_of_breath=True),
    _sign(
        "pleuritic_breathless", "emergency", pain_worse_breathing_in=True, shortness_of_breath=True
    ),
    _sign(
        "pleuritic_coughing_blood", "emergency", pain_worse_breathing_in=True, coughing_blood=True
    ),
    ContractSign(
        "sudden_severe_no_injury",
        {"onset": "sudden", "severity": 7, "injury": "none"},
        "emergency",
    ),
    ContractSign(
        "sudden_severe_injury_unknown_40",
        {"onset": "sudden", "severity": 7, "age": 40},
        "emergency",
        INJURY_UNKNOWN,
    ),
    ContractSign(
        "sudden_severe_injury_unknown_bp",
        {"onset": "sudden", "severity": 7, "high_blood_pressure": True},
        "emergency",
        INJURY_UNKNOWN,
    ),
    # The brief's "over about 40" held answered, not only unknown: an `unless` moved to "under
    # 60 without high blood pressure" passed (a table maintainer, twenty-first session).
    ContractSign(
        "sudden_severe_at_40_without_high_blood_pressure",
        {"onset": "sudden", "severity": 7, "age": 40, "high_blood_pressure": False},
        "emergency",
        INJURY_UNKNOWN,
    ),
    # Hatzaras et al. 2007 (issue 24, docs/clinical-review.md): at 50 or over a minor
    # strain does not explain it with high blood pressure, or at 9 or 10 out of 10.
    ContractSign(
        "sudden_severe_strain_at_50_high_blood_pressure",
        {
            "onset": "sudden",
            "severity": 7,
            "age": 50,
            "injury": "minor",
            "high_blood_pressure": True,
            # With osteoporosis or long-term steroids a minor fall explains pain below 9 out of
            # 10 as a broken vertebra: urgent (decision 15 in docs/clinical-review.md). Said
            # here as "no", so a table whose exception reads it the wrong way is refused (it
            # was exempt from the check: a code reviewer, twenty-sixth session).
            "osteoporosis_or_steroid_use": False,
        },
        "emergency",
    ),
    ContractSign(
        "sudden_very_severe_strain_at_50",
        {
            "onset": "sudden",
            "severity": 9,
            "age": 50,
            "injury": "minor",
            "high_blood_pressure": False,
        },
        "emergency",
    ),
    _sign("exertional_pain", "emergency", pain_with_exertion=True),
    _sign("shock", "emergency", fainting_or_clammy=True),
    _sign("bladder_bowel", "emergency", bladder_or_bowel_problems=True),
    _sign("saddle_numbness", "emergency", saddle_numbness=True),
    _sign("leg_weakness", "emergency", leg_weakness_or_unsteady=True),
    _sign("major_trauma", "emergency", injury="major"),
    # The table's own, on guidelines beyond the brief's list (docs/clinical-review.md).
    _sign(
        "cancer_with_nerve_symptoms",
        "emergency",
        history_of_cancer=True,
        numbness_or_tingling_arms_or_legs=True,
    ),
    _sign(
        "fever_with_weak_immunity", "emergency", fever=True, iv_drug_use_or_immunosuppressed=True
    ),
    _sign("fever_with_confusion", "emergency", fever=True, confused_or_drowsy=True),  # NG51
    _sign(
        "sweating_with_heart_risks",
        "emergency",
        sweating_nausea=True,
        duration_days=0,
        age=55,
        sex="male",
    ),
    _sign(
        "pregnancy_upper_tummy_pain",
        "urgent",
        upper_abdominal_pain=True,
        hormones_or_pregnancy=True,
        sex="female",
    ),
    _sign(  # NHS pre-eclampsia; NICE NG133 (a clinical reviewer, twenty-sixth session)
        "pregnancy_warning_signs",
        "urgent",
        hormones_or_pregnancy=True,
        pregnancy_warning_signs=True,
        sex="female",
    ),
    # Urgent: see a doctor today.
    _sign("fever", "urgent", fever=True),
    _sign("cancer_history", "urgent", history_of_cancer=True),
    _sign("weight_loss", "urgent", weight_loss=True),
    _sign("infection_risk", "urgent", iv_drug_use_or_immunosuppressed=True),
    _sign("recent_infection", "urgent", recent_infection_or_procedure=True),
    _sign("fragility_fracture", "urgent", osteoporosis_or_steroid_use=True, injury="minor"),
    _sign("night_pain", "urgent", worse_at_night_or_rest=True),
    _sign("band_pain", "urgent", pain_location="band_around_chest"),
    _sign("limb_numbness", "urgent", numbness_or_tingling_arms_or_legs=True),
    _sign("shingles_rash", "urgent", rash=True),
    _sign("abdominal_severe", "urgent", upper_abdominal_pain=True, severity=7),
    _sign("abdominal_yellow_skin", "urgent", upper_abdominal_pain=True, yellow_skin=True),
    _sign("urinary", "urgent", urinary_symptoms=True),
    _sign("pleuritic_pain", "urgent", pain_worse_breathing_in=True),
    _sign(
        "clot_risk_surgery", "urgent", pain_location="one_side", recent_surgery_or_immobility=True
    ),
    _sign("clot_risk_previous", "urgent", pain_location="one_side", previous_blood_clot=True),
    _sign("clot_risk_hormones", "urgent", pain_location="one_side", hormones_or_pregnancy=True),
    # The table's own urgent signs, each on the guideline its `source` names (a maintainer
    # lowered each to routine, or switched it off with an `unless` that always holds, and the
    # table validated).
    _sign("yellow_skin", "urgent", yellow_skin=True),  # NHS jaundice
    _sign("calf_swelling", "urgent", calf_swelling=True),  # NHS DVT; PERC's leg swelling
    _sign(  # NHS DVT: its symptoms with chest pain or breathlessness, call 999
        "calf_swelling_breathing_pain",
        "emergency",
        calf_swelling=True,
        pain_worse_breathing_in=True,
    ),
    _sign("sweating_nausea", "urgent", sweating_nausea=True),  # NHS heart attack, gallstones
    _sign("fragility_fracture_sudden", "urgent", osteoporosis_or_steroid_use=True, onset="sudden"),
    _sign(
        "blood_thinners_sudden_severe",
        "urgent",
        blood_thinners=True,
        onset="sudden",
        severity=7,
        injury="minor",  # "even after a minor strain" (Murtagh's General Practice)
    ),
    # A scripter lowered or switched these off in a copy and it validated (twenty-eighth
    # session): NICE CG95 (a coronary syndrome felt in the back), Murtagh's General Practice
    # and the brief's "disproportionate pain", NHS gallstones.
    _sign(
        "sudden_pain_with_heart_risks",
        "urgent",
        onset="sudden",
        injury="none",
        duration_days=0,
        age=50,
        sex="male",
    ),
    ContractSign(  # a yes to pre-eclampsia's signs is the sign, the pregnancy question unsaid,
        "pregnancy_warning_signs_alone",  # whatever the sex said (a man's yes read as no sign:
        {"pregnancy_warning_signs": True},  # a code reviewer, twenty-eighth session)
        "urgent",
        ("hormones_or_pregnancy",),
    ),
    _sign(  # the case that added it: a man of 45 who smokes, with high blood pressure
        "sudden_pain_with_heart_risks_at_45",
        "urgent",
        onset="sudden",
        injury="none",
        duration_days=0,
        age=45,
        sex="male",
        smoker=True,
    ),
    _sign(  # effort can set off a torn aorta or a heart attack (Hatzaras et al., Am J Cardiol
        "sudden_severe_strain_at_50",  # 2007; Mittleman et al., NEJM 1993): a man of 60 with
        "urgent",  # sudden pain at 8 out of 10 during a lift read SEE A DOCTOR SOON (a clinical
        onset="sudden",  # reviewer, thirty-fifth session)
        severity=7,
        injury="minor",
        age=50,
        osteoporosis_or_steroid_use=False,  # with it, below 9, a broken vertebra's (urgent too)
        duration_days=0,  # within 3 days: the hours after the effort (a second review, 35th)
    ),
    _sign(  # the same under 50 with high blood pressure (Hatzaras et al., Cardiology 2007:
        "sudden_severe_strain_with_high_blood_pressure",  # a mean age of 47): a man of 48 read
        "urgent",  # SEE A DOCTOR SOON (a clinical reviewer, thirty-seventh session)
        onset="sudden",
        severity=7,
        injury="minor",
        age=18,
        high_blood_pressure=True,
        osteoporosis_or_steroid_use=False,
        duration_days=0,
    ),
    # Routine: book an appointment.
    _sign("severe_after_injury", "routine", injury="minor", severity=7),
    _sign("upper_tummy_pain", "routine", upper_abdominal_pain=True),
    _sign("long_lasting", "routine", duration_days=43),
    _sign("getting_worse", "routine", getting_worse=True),
    _sign("older_age", "routine", age=50),  # the table's and the README's "50 or over"
    _sign("young_age", "routine", age=19),
    _sign("visible_curve", "routine", visible_curve_or_uneven_shoulders=True),
    _sign("scoliosis_family", "routine", family_history_scoliosis=True),
    _sign(
        "widespread_fatigue", "routine", widespread_pain_elsewhere=True, fatigue_sleep_problems=True
    ),
    _sign("morning_stiffness", "routine", morning_stiffness=True),
)
"""The brief's warning signs, each as the fewest answers that make it. An age or a duration is
the first value past the brief's threshold ("more than about 6 weeks": 43 days), but the first
onset "over about 50" is 50, as the table and the README say it ("age 50+": a copy that began
the sign at 51 passed, a scripter, thirty-eighth session); "severe" is 7 out of 10."""

STRAIN_RANGES = {
    "sudden_severe_strain_at_50": {"duration_days": IntRange(max=3)},
    "sudden_severe_strain_with_high_blood_pressure": {
        "duration_days": IntRange(max=3),
        "age": IntRange(min=18),
    },
}
"""The strain signs' numbers as the table gives them, each value tried: the 3 days after the
effort (the contract held only the day itself, and a copy that kept the sign for that day
alone passed: a scripter, thirty-eighth session), and with high blood pressure every adult
age (18 stood for "18 or under", as a young age does, so the man of 48 was not held)."""

CONTRACT = tuple(
    ContractSign(
        sign.id,
        sign.answers,
        sign.level,
        sign.exempt,
        _ranges(sign.answers) | STRAIN_RANGES.get(sign.id, {}),
    )
    for sign in CONTRACT
)  # each number as the range it stands for

HEART_RISKS: dict[str, tuple[str, Answer]] = {
    "50_or_over": ("age", 50),
    "male": ("sex", "male"),
    "smoker": ("smoker", True),
    "high_blood_pressure": ("high_blood_pressure", True),
    "diabetes": ("diabetes", True),
}
"""The heart risks the table's signs count (any two of them): a maintainer-tester narrowed the
cold-sweat sign to men of 55 on the day it began, the one person the contract named, and a
woman of 62 with diabetes and high blood pressure went from an ambulance to a doctor today
(thirty-first session). Each pair is a person the contract keeps, on the day or the next."""


MECHANICAL = (
    *("worse_with_movement", "worse_with_sitting_or_posture"),
    *("tender_knots_in_muscle", "better_with_exercise"),
)
"""A muscle cause's signs: pain worse when moving or with posture, or that pressing reproduces,
which make the heart unlikely (Panju et al., JAMA 1998). Not repeated lifting or twisting at
work, which is what a person does, not how the pain behaves: a man of 62 who smokes, with high
blood pressure and pain begun today, lifting at work, was told to book in the coming days (a
clinical reviewer, thirty-sixth session)."""


def _with_two_risks(
    sid: str,
    level: Level,
    from_age: int = 0,
    exempt: tuple[str, ...] = (),
    pairs: int = 10,
    **answers: Answer,
) -> tuple[ContractSign, ...]:
    """Pairs of heart risks (the first `pairs` of a round in which each risk meets the next,
    then the rest: 5 name each risk twice), on the day or the next, at any age from
    `from_age`, the `exempt` questions held unknown."""
    signs = []
    risks = list(HEART_RISKS.items())
    ring = [(risks[i], risks[(i + 1) % len(risks)]) for i in range(len(risks))]
    rest = [p for p in itertools.combinations(risks, 2) if p not in ring]
    for (a, (q1, v1)), (b, (q2, v2)) in [*ring, *rest][:pairs]:
        said = {**answers, "duration_days": 0, **({"age": from_age} if from_age else {})}
        said |= {q1: v1, q2: v2}
        ranges = {"duration_days": IntRange(max=1)} | _ranges(
            {q: said[q] for q in ("age",) if q in said}
        )
        signs.append(ContractSign(f"{sid}_{a}_{b}", said, level, exempt, ranges))
    return tuple(signs)


CONTRACT += (
    *_with_two_risks("sweating_with_two_heart_risks", "emergency", sweating_nausea=True),
    # from 35: a man of 22 who smokes, with a crick at his desk, was sent for an ECG (a clinical
    # reviewer, thirty-fifth session; the table weighs the heart x0.2 at 34 or under)
    *_with_two_risks(
        "sudden_pain_with_two_heart_risks", "urgent", 35, onset="sudden", injury="none"
    ),
    # pain begun slowly within a day, not worse when moving (NICE CG95 sets no condition on how
    # it began): a man of 80 who smokes, with high blood pressure, was told to book in the
    # coming days, with exercise and heat (a clinical reviewer, thirty-fifth session)
    # (a muscle cause's signs make it unlikely: Panju et al., JAMA 1998; held unknown)
    *_with_two_risks(
        "new_pain_with_two_heart_risks",
        "urgent",
        35,
        (*MECHANICAL, "cough", "osteoporosis_or_steroid_use"),  # a cough breaking a fragile
        # vertebra (the vignette of a man of 68 on steroids, after a coughing fit)
        5,  # each risk twice: the sudden sign's ten pairs read the same count (each pair is a
        # millisecond of every `validate`, and the suite must stay under a minute)
        onset="gradual",
        injury="none",
    ),
    # the same maintainer-tester's other narrowings (thirty-first session): "other" as the sex,
    # blood thinners with the injury unsaid, pre-eclampsia's signs said by a pregnant "male"
    _sign(
        "pregnancy_upper_tummy_pain_other",
        "urgent",
        upper_abdominal_pain=True,
        hormones_or_pregnancy=True,
        sex="other",
    ),
    ContractSign(
        "blood_thinners_sudden_severe_injury_unsaid",
        {"blood_thinners": True, "onset": "sudden", "severity": 7},
        "urgent",
        INJURY_UNKNOWN,
        {"severity": IntRange(min=7)},
    ),
    _sign(
        "pregnancy_warning_signs_whatever_the_sex",
        "urgent",
        pregnancy_warning_signs=True,
        hormones_or_pregnancy=True,
    ),
)
