"""The clinical brief's emergency signs (section 2), written here as plain Python from the
brief's words: an oracle that shares nothing with the engine or the rule table, so a fault in
either cannot hide itself (issue 26, point 8)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

Answers = Mapping[str, Any]


def _yes(answers: Answers, qid: str) -> bool:
    return answers.get(qid) is True


def _sudden_severe(a: Answers) -> bool:
    severity = a.get("severity")
    return (
        a.get("onset") == "sudden"
        and isinstance(severity, int)
        and not isinstance(severity, bool)
        and severity >= 7
    )


def _at_risk(a: Answers) -> bool:
    age = a.get("age")
    older = isinstance(age, int) and not isinstance(age, bool) and age >= 40
    return older or _yes(a, "high_blood_pressure")


EMERGENCY: dict[str, tuple[Callable[[Answers], bool], dict[str, Any]]] = {
    # name: (does the sign hold on these answers, the fewest answers that make it hold)
    "chest pain or pressure": (
        lambda a: _yes(a, "chest_pain_or_pressure"),
        {"chest_pain_or_pressure": True},
    ),
    "sudden severe tearing pain": (
        lambda a: _sudden_severe(a) and _yes(a, "pain_tearing_or_ripping"),
        {"onset": "sudden", "severity": 8, "pain_tearing_or_ripping": True, "injury": "minor"},
    ),
    "sudden shortness of breath": (
        lambda a: _yes(a, "shortness_of_breath"),
        {"shortness_of_breath": True},
    ),
    "pain on breathing in with coughing blood": (
        lambda a: _yes(a, "pain_worse_breathing_in") and _yes(a, "coughing_blood"),
        {"pain_worse_breathing_in": True, "coughing_blood": True},
    ),
    "sudden severe pain without an injury": (
        lambda a: _sudden_severe(a) and a.get("injury") == "none",
        {"onset": "sudden", "severity": 9, "injury": "none"},
    ),
    "sudden severe pain, injury unknown, 40 or over or high blood pressure": (
        lambda a: _sudden_severe(a) and a.get("injury") is None and _at_risk(a),
        {"onset": "sudden", "severity": 10, "age": 72},
    ),
    "pain with exertion": (lambda a: _yes(a, "pain_with_exertion"), {"pain_with_exertion": True}),
    "fainting, clammy, too weak to stand": (
        lambda a: _yes(a, "fainting_or_clammy"),
        {"fainting_or_clammy": True},
    ),
    "bladder or bowel": (
        lambda a: _yes(a, "bladder_or_bowel_problems"),
        {"bladder_or_bowel_problems": True},
    ),
    "saddle numbness": (lambda a: _yes(a, "saddle_numbness"), {"saddle_numbness": True}),
    "weak, numb or unsteady legs (both legs)": (
        lambda a: _yes(a, "leg_weakness_or_unsteady"),
        {"leg_weakness_or_unsteady": True},
    ),
    "serious accident": (lambda a: a.get("injury") == "major", {"injury": "major"}),
}


def emergency_signs(answers: Answers) -> list[str]:
    """The brief's emergency signs that hold on these answers."""
    return [name for name, (test, _) in EMERGENCY.items() if test(answers)]
