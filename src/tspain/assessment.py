"""The result of an assessment: what `--json` prints and what the screen and reports show."""

from __future__ import annotations

from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict

from tspain.levels import Level
from tspain.table import Answer

M = TypeVar("M", bound=BaseModel)


def trusted(cls: type[M], **fields: Any) -> M:
    """Build a model from values the engine has already checked, skipping validation.

    This is what `BaseModel.model_construct` does for a model with no defaults, aliases or
    private attributes, at a fraction of its cost (it matters: an assessment builds ~80 of
    these). tests/test_engine.py checks that the result equals a validated model."""
    model = cls.__new__(cls)
    _set(model, "__dict__", fields)
    _set(model, "__pydantic_fields_set__", set(fields))
    _set(model, "__pydantic_extra__", None)
    _set(model, "__pydantic_private__", None)
    return model


_set = object.__setattr__


class Effect(BaseModel):
    """One rule that moved a cause: which answers, by how much, said in plain words.
    Frozen: the engine reuses one Effect for the same rule and answers."""

    model_config = ConfigDict(frozen=True)

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
    """Why the triage level is what it is: a warning sign, a likely cause, or what is unknown.
    Frozen: the engine reuses one Reason per warning sign."""

    model_config = ConfigDict(frozen=True)

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
