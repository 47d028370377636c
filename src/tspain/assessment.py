"""The result of an assessment: what `--json` prints and what the screen and reports show.

Immutable: frozen dataclasses holding tuples and read-only mappings, so that no caller can
change a result another call returns (a cached explanation is shared, never changed). Plain
dataclasses (fast to build, no pydantic import at run time); `tests/test_engine.py` validates a
real assessment against this schema with pydantic. `as_json` gives JSON-ready data for these and
the rule table's dataclasses.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from tspain.levels import Level
from tspain.table import Answer, IntRange


class ReadOnly(Mapping[str, Answer]):
    """A read-only mapping of answers that can be pickled, copied and hashed (a
    `types.MappingProxyType` can be none of these, so results could not be sent to a worker
    process: a scripter, sixteenth session)."""

    __slots__ = ("_items",)

    def __init__(self, items: Mapping[str, Answer]) -> None:
        self._items = dict(items)

    def __getitem__(self, key: str) -> Answer:
        return self._items[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __hash__(self) -> int:
        return hash(frozenset(self._items.items()))

    def __repr__(self) -> str:
        return f"ReadOnly({self._items!r})"

    def __reduce__(self) -> tuple[type[ReadOnly], tuple[dict[str, Answer]]]:
        return (ReadOnly, (self._items,))


@dataclass(frozen=True)
class Effect:
    """One rule that moved a cause: which answers, by how much, said in plain words."""

    question: str
    questions: tuple[str, ...]
    answers: Mapping[str, Answer]
    lr: float
    effect: Literal["raises", "lowers"]
    said: str
    sentence: str


@dataclass(frozen=True)
class CauseResult:
    id: str
    name: str
    description: str
    care: Level
    probability: float
    prior: float
    evidence: tuple[Effect, ...]
    flagged_by: tuple[str, ...] = ()
    """Ids of the warning signs that hold and name this cause as one not to miss."""
    family: str = ""
    """The family the cause is shown in (issue 24): poor posture, muscle overuse and myofascial
    pain are one line, "muscle and posture strain". A cause of no family is its own (its id)."""
    family_name: str = ""
    """The family's name, or the cause's own."""


@dataclass(frozen=True)
class Reason:
    """Why the triage level is what it is: a warning sign, a likely cause, or what is unknown."""

    kind: Literal["warning_sign", "cause", "unanswered"]
    id: str
    level: Level
    message: str
    questions: tuple[str, ...]


@dataclass(frozen=True)
class Triage:
    level: Level
    label: str
    action: str
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class Assessment:
    triage: Triage
    causes: tuple[CauseResult, ...]
    must_not_miss: tuple[CauseResult, ...]
    """Serious causes the answers raised above their base rate, or that a warning sign which
    holds names, most pressing first."""
    likely: tuple[str, ...]
    """The likely causes as a person is shown them (`shown_causes.causes_to_show`): the causes what
    was said points to, one line per family (its likeliest member's id), most likely first, at
    most `limits.SHOWN_CAUSES`. `causes` ranks every cause on its own; this is the screen's
    view, so that a script reads the lines a person reads."""
    unanswered_warning_signs: tuple[str, ...]
    unanswered_emergency_signs: tuple[str, ...]
    self_care: tuple[str, ...]
    prevention: tuple[str, ...]
    see_a_doctor_if: tuple[str, ...]
    while_waiting: tuple[str, ...]
    """What to do until help comes (emergency and urgent results)."""
    tell_the_doctor: tuple[str, ...]
    """What the person said that set the level, in their words."""
    recap: str
    """The action in one line: the last line of the result."""
    disclaimer: str
    tspain_version: str
    rules_version: str
    language: str = "en"
    """The language of the text fields (ids never change with it): "en" or "es"."""

    def to_json(self) -> dict[str, Any]:
        """The result as `tspain check --json` prints it: plain dicts, lists, text and numbers,
        for `json.dumps` (`dataclasses.asdict` keeps the read-only mappings, which it cannot
        write: a scripter)."""
        data: dict[str, Any] = as_json(self)
        return data


def as_json(value: Any) -> Any:
    """JSON-ready data: dataclasses become objects (a range leaves out an open end)."""
    if isinstance(value, IntRange):
        return {k: v for k, v in (("min", value.min), ("max", value.max)) if v is not None}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: as_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {k: as_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [as_json(v) for v in value]
    return value


def dumps(value: Any) -> str:
    return json.dumps(as_json(value), indent=2, ensure_ascii=False)
