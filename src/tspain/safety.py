"""The safety contract of a rule table: the warning signs every table must keep, at no lower than
the level the clinical brief (section 2) gives each.

A table that types and cross-references correctly can still be unsafe: the chest-pain sign
deleted, or a leg-weakness sign set to self-care. `contract_problems` finds that, one line per
broken promise, by asking of each contract sign: given only the answers that make up the sign
(everything else unknown), does some warning sign of the table hold at the contract level or
higher? It reads the table's conditions with its own small evaluator, not the engine's, so a
fault in the engine cannot hide a fault in the table (and the other way round).

Failing the contract is an error for `tspain validate` and for every command, unless the
maintainer passes `--allow-unsafe-table`; every result then carries a warning (`UNSAFE_NOTE`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from tspain.levels import RANK, Level
from tspain.table import Answer, Count, IntRange, RuleTable, condition_questions


@dataclass(frozen=True)
class ContractSign:
    """One warning sign of the clinical brief: the answers that make it, and the lowest level
    it may give."""

    id: str
    answers: Mapping[str, Answer]
    level: Level


def _sign(sid: str, level: Level, **answers: Answer) -> ContractSign:
    return ContractSign(sid, answers, level)


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
    _sign("sudden_severe_no_injury", "emergency", onset="sudden", severity=7, injury="none"),
    _sign("sudden_severe_injury_unknown_40", "emergency", onset="sudden", severity=7, age=40),
    _sign(
        "sudden_severe_injury_unknown_bp",
        "emergency",
        onset="sudden",
        severity=7,
        high_blood_pressure=True,
    ),
    _sign("exertional_pain", "emergency", pain_with_exertion=True),
    _sign("shock", "emergency", fainting_or_clammy=True),
    _sign("bladder_bowel", "emergency", bladder_or_bowel_problems=True),
    _sign("saddle_numbness", "emergency", saddle_numbness=True),
    _sign("leg_weakness", "emergency", leg_weakness_or_unsteady=True),
    _sign("major_trauma", "emergency", injury="major"),
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
    _sign("urinary", "urgent", urinary_symptoms=True),
    _sign("pleuritic_pain", "urgent", pain_worse_breathing_in=True),
    _sign(
        "clot_risk_surgery", "urgent", pain_location="one_side", recent_surgery_or_immobility=True
    ),
    _sign("clot_risk_previous", "urgent", pain_location="one_side", previous_blood_clot=True),
    _sign("clot_risk_hormones", "urgent", pain_location="one_side", hormones_or_pregnancy=True),
    # Routine: book an appointment.
    _sign("long_lasting", "routine", duration_days=43),
    _sign("getting_worse", "routine", getting_worse=True),
    _sign("older_age", "routine", age=51),
    _sign("young_age", "routine", age=19),
    _sign("visible_curve", "routine", visible_curve_or_uneven_shoulders=True),
    _sign("scoliosis_family", "routine", family_history_scoliosis=True),
    _sign(
        "widespread_fatigue", "routine", widespread_pain_elsewhere=True, fatigue_sleep_problems=True
    ),
    _sign("morning_stiffness", "routine", morning_stiffness=True),
)
"""The brief's warning signs, each as the fewest answers that make it. An age or a duration is
the first value past the brief's threshold ("over about 50": 51; "more than about 6 weeks": 43
days); "severe" is 7 out of 10."""

ALLOW_UNSAFE_FLAG = "--allow-unsafe-table"


def _clause(test: object, answer: Answer | None) -> bool | None:
    """Whether one clause holds: True, False, or None when its answer is unknown."""
    if answer is None:
        return None
    if isinstance(test, bool):
        return isinstance(answer, bool) and answer is test
    if isinstance(test, str):
        return not isinstance(answer, bool) and answer == test
    if isinstance(test, tuple):
        return not isinstance(answer, bool) and answer in test
    if isinstance(test, IntRange):
        if isinstance(answer, bool) or not isinstance(answer, int):
            return False
        return (test.min is None or answer >= test.min) and (test.max is None or answer <= test.max)
    return False


def _holds(when: Mapping[str, Any], answers: Mapping[str, Answer]) -> bool | None:
    """Three-valued: True if known to hold, False if known not to, None if it turns on an
    unknown answer."""
    result: bool | None = True
    for qid, test in when.items():
        if isinstance(test, Count):
            parts = [_holds(c, answers) for c in test.of]
            yes, unknown = parts.count(True), parts.count(None)
            low, high = yes, yes + unknown  # how many hold: at least, at most
            want_min = test.min if test.min is not None else 0
            want_max = test.max if test.max is not None else len(parts)
            if high < want_min or low > want_max:
                return False
            value: bool | None = True if low >= want_min and high <= want_max else None
        else:
            value = _clause(test, answers.get(qid))
        if value is False:
            return False
        if value is None:
            result = None
    return result


def forced_level(table: RuleTable, answers: Mapping[str, Answer]) -> Level | None:
    """The highest level of the table's warning signs that hold on these answers (a sign holds
    when its condition is known to hold and its `unless` is not known to hold)."""
    best: Level | None = None
    for sign in table.warning_signs:
        if _holds(sign.when, answers) is not True:
            continue
        if sign.unless is not None and _holds(sign.unless, answers) is True:
            continue
        if best is None or RANK[sign.level] > RANK[best]:
            best = sign.level
    return best


WHOEVER: Mapping[str, tuple[Answer, ...]] = {
    "age": (18, 30, 45, 65, 90),
    "sex": ("female", "male"),
}
"""Who the person may be, where a contract sign does not say: the brief's signs hold at any age
and for either sex unless they name one, so an `unless` or a condition on age or sex (an
emergency sign switched off under 40) breaks the contract as surely as a lowered level."""


def _weakest(table: RuleTable, answers: Mapping[str, Answer]) -> tuple[Level | None, str]:
    """The lowest level the table's signs force on these answers, whoever the person is (each
    age and sex of WHOEVER the answers leave unsaid, and left unknown), and who that is
    ("" when the answers alone)."""
    ways: list[dict[str, Answer]] = [dict(answers)]
    for qid, values in WHOEVER.items():
        if qid in answers or qid not in table.questions:
            continue
        ways = [*ways, *({**way, qid: value} for way in ways for value in values)]
    weakest: tuple[Level | None, str] | None = None
    for way in ways:
        level = forced_level(table, way)
        who = ", ".join(f"{q} = {_word(a)}" for q, a in way.items() if q not in answers)
        if (
            weakest is None
            or level is None
            or (weakest[0] is not None and RANK[level] < RANK[weakest[0]])
        ):
            weakest = (level, who)
        if level is None:
            break
    assert weakest is not None
    return weakest


def contract_problems(table: RuleTable) -> list[str]:
    """One line for each contract warning sign the table does not keep at its level, and for
    each level text that lost what makes it that level ("call an ambulance")."""
    problems = [f"safety: {p}" for p in level_text_problems(table, "en")]
    for sign in CONTRACT:
        said = ", ".join(f"{q} = {_word(a)}" for q, a in sign.answers.items())
        missing = [q for q in sign.answers if q not in table.questions]
        if missing:
            problems.append(
                f"safety: warning sign {sign.id} ({said}) must give {sign.level} or higher, "
                f"but the table has no question {', '.join(missing)}"
            )
            continue
        got, who = _weakest(table, sign.answers)
        if got is None or RANK[got] < RANK[sign.level]:
            gives = "no warning sign holds" if got is None else f"its warning signs give {got}"
            gives += f" (with {who})" if who else ""
            problems.append(
                f"safety: warning sign {sign.id} ({said}) must give {sign.level} or higher, "
                f"but {gives}"
            )
    return problems + checklist_problems(table)


def checklist_problems(table: RuleTable) -> list[str]:
    """A question on a checklist promises what ticking it does: a yes on the emergency list
    alone holds an emergency sign (the interview stops and calls an ambulance, hazard H1), and
    an item on the urgent or routine list is tested by a sign at that level or higher. A new
    question on the list with no sign, or its sign lowered, would be ticked to no effect."""
    problems = []
    contract = {
        qid for sign in CONTRACT for qid, a in sign.answers.items() if sign.answers == {qid: True}
    }
    for qid, q in table.questions.items():
        if q.checklist is None or q.checklist == "self_care" or qid in contract:
            continue  # a question the contract already holds to its sign's level
        if q.checklist == "emergency":
            got, who = _weakest(table, {qid: True})
            if got != "emergency":
                gives = "no warning sign holds" if got is None else f"its warning signs give {got}"
                gives += f" (with {who})" if who else ""
                problems.append(
                    f"safety: question {qid} is on the emergency list, so a yes to it alone "
                    f"must give emergency, but {gives}"
                )
            continue
        levels = [s.level for s in table.warning_signs if qid in condition_questions(s.when)]
        if not any(RANK[level] >= RANK[q.checklist] for level in levels):
            problems.append(
                f"safety: question {qid} is on the {q.checklist} list, but no warning sign at "
                f"{q.checklist} or higher tests it: ticking it would change nothing"
            )
    return problems


def _word(answer: Answer) -> str:
    if isinstance(answer, bool):
        return "yes" if answer else "no"
    return str(answer)


LEVEL_WORDS: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "en": {
        "emergency": {
            "label": ("emergency",),
            "action": ("call", "ambulance", "999", "112", "911"),
            "recap": ("call", "ambulance"),
        },
        "urgent": {
            "label": ("urgent",),
            "action": ("doctor", "today"),
            "recap": ("doctor", "today"),
        },
        "routine": {"action": ("appointment",), "recap": ("appointment",)},
        "self_care": {"action": ("doctor",), "recap": ("doctor",)},
    },
    "es": {
        "emergency": {
            "label": ("emergencia",),
            "action": ("llame", "ambulancia", "112", "911"),
            "recap": ("llame", "ambulancia"),
        },
        "urgent": {"label": ("urgente",), "action": ("médico", "hoy"), "recap": ("médico", "hoy")},
        "routine": {"action": ("cita",), "recap": ("cita",)},
        "self_care": {"action": ("médico",), "recap": ("médico",)},
    },
}
"""Words each level's texts must keep, in each language tspain speaks: what makes the
emergency action an emergency action (call, an ambulance, the numbers), the urgent one a doctor
today, and self-care's safety net a doctor. A new language declares its own here."""

REASSURING: dict[str, tuple[str, ...]] = {
    "en": ("stay at home", "stay home", "nothing to worry", "no need to", "don't worry"),
    "es": ("quédese en casa", "no pasa nada", "no hace falta", "no se preocupe", "no es grave"),
}
"""Phrases no emergency or urgent text may hold, whatever else it says."""


def level_text_problems(table: RuleTable, code: str) -> list[str]:
    """One line per level text (in language `code`) that lost a word it must keep, or that
    reassures at an emergency or urgent level."""
    wanted = LEVEL_WORDS.get(code)
    if wanted is None:
        return [f"no level words declared for language {code!r} (tspain.safety.LEVEL_WORDS)"]
    problems = []
    for level, fields in wanted.items():
        text = table.levels.get(level)  # type: ignore[call-overload]
        if text is None:
            continue  # a missing level is a table problem of its own
        for name, words in fields.items():
            said = " ".join(str(getattr(text, name)).casefold().split())
            lost = [w for w in words if w.casefold() not in said]
            if lost:
                problems.append(
                    f"levels.{level}.{name} must keep {', '.join(map(repr, lost))}, got "
                    f"{_short(str(getattr(text, name)))}"
                )
        if level in ("emergency", "urgent"):
            for name, value in (
                ("label", text.label),
                ("action", text.action),
                ("recap", text.recap),
                *((f"while_waiting[{i}]", w) for i, w in enumerate(text.while_waiting)),
            ):
                said = " ".join(value.casefold().split())
                for phrase in REASSURING.get(code, ()):
                    if phrase in said:
                        problems.append(
                            f"levels.{level}.{name} must not reassure ({phrase!r}): {_short(value)}"
                        )
    return problems


def _short(text: str) -> str:
    return repr(text if len(text) <= 60 else text[:57] + "...")
