"""The result of an assessment: what `--json` prints and what the screen and reports show."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

from tspain.levels import Level
from tspain.table import Answer


class Effect(BaseModel):
    """One rule that moved a cause: which answers, by how much, said in plain words."""

    question: str
    questions: list[str]
    answers: dict[str, Answer]
    lr: float
    effect: Literal["raises", "lowers"]
    said: str
    sentence: str


class CauseResult(BaseModel):
    id: str
    name: str
    description: str
    care: Level
    probability: float
    prior: float
    evidence: list[Effect]


class Reason(BaseModel):
    """Why the triage level is what it is: a warning sign, a likely cause, or what is unknown."""

    kind: Literal["warning_sign", "cause", "unanswered"]
    id: str
    level: Level
    message: str
    questions: list[str]


class Triage(BaseModel):
    level: Level
    label: str
    action: str
    reasons: list[Reason]


class Assessment(BaseModel):
    triage: Triage
    causes: list[CauseResult]
    unanswered_warning_signs: list[str]
    self_care: list[str]
    prevention: list[str]
    see_a_doctor_if: list[str]
    disclaimer: str
    tspain_version: str
    rules_version: str
