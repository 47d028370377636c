"""The result of an assessment: what `--json` prints and what the screen and reports show.

Plain dataclasses (fast to build, no pydantic import at run time); `tests/test_engine.py`
validates a real assessment against this schema with pydantic. `as_json` gives JSON-ready data
for these and the rule table's dataclasses."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from typing import Any, Literal

from tspain.levels import Level
from tspain.table import Answer, IntRange


@dataclass(frozen=True)
class Effect:
    """One rule that moved a cause: which answers, by how much, said in plain words.
    Frozen: the engine reuses one Effect for the same rule and answers."""

    question: str
    questions: list[str]
    answers: dict[str, Answer]
    lr: float
    effect: Literal["raises", "lowers"]
    said: str
    sentence: str


@dataclass
class CauseResult:
    id: str
    name: str
    description: str
    care: Level
    probability: float
    prior: float
    evidence: list[Effect]
    flagged_by: list[str] = field(default_factory=list)
    """Ids of the warning signs that hold and name this cause as one not to miss."""
    family: str = ""
    """The family the cause is shown in (issue 24): poor posture, muscle overuse and myofascial
    pain are one line, "muscle and posture strain". A cause of no family is its own (its id)."""
    family_name: str = ""
    """The family's name, or the cause's own."""


@dataclass(frozen=True)
class Reason:
    """Why the triage level is what it is: a warning sign, a likely cause, or what is unknown.
    Frozen: the engine reuses one Reason per warning sign."""

    kind: Literal["warning_sign", "cause", "unanswered"]
    id: str
    level: Level
    message: str
    questions: list[str]


@dataclass
class Triage:
    level: Level
    label: str
    action: str
    reasons: list[Reason]


@dataclass
class Assessment:
    triage: Triage
    causes: list[CauseResult]
    must_not_miss: list[CauseResult]
    """Serious causes the answers raised above their base rate, or that a warning sign which
    holds names, most pressing first."""
    unanswered_warning_signs: list[str]
    unanswered_emergency_signs: list[str]
    self_care: list[str]
    prevention: list[str]
    see_a_doctor_if: list[str]
    while_waiting: list[str]
    """What to do until help comes (emergency and urgent results)."""
    tell_the_doctor: list[str]
    """What the person said that set the level, in their words."""
    recap: str
    """The action in one line: the last line of the result."""
    disclaimer: str
    tspain_version: str
    rules_version: str
    language: str = "en"
    """The language of the text fields (ids never change with it): "en" or "es"."""


SHOWN_CAUSES = 5
SHOWN_SERIOUS = 5
"""How many must-not-miss causes the screen and reports list."""


def causes_to_show(assessment: Assessment) -> list[CauseResult]:
    """The causes a person is shown: those the answers made more likely, most likely first.

    A cause the answers did not raise above its base rate is left off the screen and reports
    (it stays in the JSON): at an emergency stop, a common cause at its base rate would
    otherwise head the list above the heart attack the chest pain points to, and a self-care
    result would list a heart attack at 0%. With nothing raised, the commonest show.
    """
    pointed = [c for c in assessment.causes if c.probability > c.prior]
    return by_family(pointed or assessment.causes[:3])[:SHOWN_CAUSES]


def by_family(causes: list[CauseResult]) -> list[CauseResult]:
    """One line per family (issue 24), so that the first three are distinct alternatives: a
    family stands where its likeliest member stands, with its members' likelihoods summed and
    their names within ("Muscle and posture strain (poor posture, muscle overuse)"); the
    reasons shown are the likeliest member's."""
    members: dict[str, list[CauseResult]] = {}
    for c in causes:
        members.setdefault(c.family or c.id, []).append(c)
    out = []
    for group in members.values():
        lead = group[0]
        if len(group) == 1 and lead.family_name in ("", lead.name):
            out.append(lead)
            continue
        names = ", ".join(c.name[:1].lower() + c.name[1:] for c in group)
        out.append(
            dataclasses.replace(
                lead,
                name=f"{lead.family_name} ({names})",
                probability=round(sum(c.probability for c in group), 4),
                prior=sum(c.prior for c in group),
            )
        )
    return out


def likely_to_show(assessment: Assessment) -> list[CauseResult]:
    """The likely causes with their figures: those shown, less the ones listed as must-not-miss
    (a serious cause reads "cannot be ruled out at home", never a reassuring "2%")."""
    serious = {c.id for c in assessment.must_not_miss}
    return [c for c in causes_to_show(assessment) if c.id not in serious]


def raised_by(cause: CauseResult, most: int = 3, signs: list[str] | None = None) -> str:
    """What raised a cause, in the person's words: "you are 72; the pain began suddenly"; for a
    serious cause listed only because a warning sign names it, that sign (`signs`: its words)."""
    from tspain.i18n import t

    said = [e.said for e in cause.evidence if e.effect == "raises"][:most] or (signs or [])[:most]
    return "; ".join(said) if said else t("how common it is")


def percent(probability: float) -> str:
    """A likelihood as people read it: "65%", or "<1%" rather than a misleading "0%"."""
    return "<1%" if probability < 0.005 else f"{probability:.0%}"


def as_json(value: Any) -> Any:
    """JSON-ready data: dataclasses become objects (a range leaves out an open end)."""
    if isinstance(value, IntRange):
        return {k: v for k, v in (("min", value.min), ("max", value.max)) if v is not None}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: as_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {k: as_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [as_json(v) for v in value]
    return value


def dumps(value: Any) -> str:
    return json.dumps(as_json(value), indent=2, ensure_ascii=False)
