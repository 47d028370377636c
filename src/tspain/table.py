"""The rule table's schema: the dataclasses that hold `data/causes.toml`.

They are plain stdlib dataclasses, so that running tspain does not import pydantic; pydantic
validates them (types, unknown or missing fields) when a table is first loaded, see
`loading.py`. The cross-references between parts of the table (a rule naming a question that
exists, an option the question has) are checked by `table_problems`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Literal

from tspain.levels import Level, SignLevel

Answer = bool | int | str
"""One answer: yes/no as a bool, an integer, or a choice's option id."""

CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\xad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]")
"""Characters no table text may hold: they could move the cursor or recolour a terminal, or
(the bidirectional marks and overrides, U+061C, U+200E/F, U+202A-E, U+2066-9) show text in
another order than it is read and stored, the "Trojan Source" trick, or (zero-width spaces and
joiners, U+200B-D, U+2060, U+FEFF, and the soft hyphen U+00AD) hide inside a word from the
checks that read it: "stay\u200b at home" slipped past the ban on reassuring an urgent result."""

SNAKE_CASE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")

STRICT: Any = {"extra": "forbid"}
"""pydantic configuration for every table class: an unknown field is an error (a typo)."""


@dataclass(frozen=True)
class IntRange:
    """An inclusive integer range test, e.g. `{ min = 50 }` for "50 or over"."""

    min: int | None = None
    max: int | None = None


COUNT = "count"
"""The reserved key of a combined condition in `when`; no question may have this id."""


@dataclass(frozen=True)
class Count:
    """A combined condition: how many of several conditions hold, tested with min and max.

    `{ of = [ { onset = "sudden" }, { severity = { min = 7 } } ], min = 2, about = "..." }`
    holds when at least 2 of the listed conditions hold. `about` names the list in words, for
    the explanation on screen ("2 of the 3 risk factors for a spinal abscess (Davis)")."""

    of: tuple[dict[str, Any], ...]
    about: str
    min: int | None = None
    max: int | None = None


Test = bool | str | tuple[str, ...] | IntRange | Count
"""What one clause of a condition tests: yes/no, one option, any of several options, a range,
or (under the key `count`) how many of a list of conditions hold."""

BAD_TEST = "expected true/false, an option id, a list of option ids, or { min = N, max = N }"
BAD_COUNT = (
    'a combined condition is { of = [ {condition}, ... ], min = N, max = N, about = "words" }'
)


def parse_count(value: object) -> Count | None:
    if isinstance(value, Count):
        return value
    if not isinstance(value, dict) or not set(value) <= {"of", "min", "max", "about"}:
        return None
    of, about = value.get("of"), value.get("about")
    bounds = [value.get("min"), value.get("max")]
    if (
        not isinstance(of, list | tuple)
        or not all(isinstance(c, dict) for c in of)
        or not isinstance(about, str)
        or not all(b is None or (isinstance(b, int) and not isinstance(b, bool)) for b in bounds)
    ):
        return None
    return Count(
        of=tuple(_parse_conditions(c) for c in of), about=about, min=bounds[0], max=bounds[1]
    )


def parse_test(value: object) -> Test | None:
    """The test a TOML value stands for, or None if it stands for none."""
    if isinstance(value, bool | str):
        return value
    if isinstance(value, list | tuple) and value and all(isinstance(v, str) for v in value):
        return tuple(value)
    if isinstance(value, IntRange):
        return value
    if (
        isinstance(value, dict)
        and value
        and set(value) <= {"min", "max"}
        and all(isinstance(v, int) and not isinstance(v, bool) for v in value.values())
    ):
        return IntRange(**value)
    return None


def _parse_conditions(when: dict[str, Any]) -> dict[str, Any]:
    # Values that are no test are kept as they are, for `table_problems` to report with a path.
    parsed = {}
    for qid, value in when.items():
        test = parse_count(value) if qid == COUNT else parse_test(value)
        parsed[qid] = value if test is None else test
    return parsed


@dataclass(repr=False, eq=False, frozen=True)
class Question:
    __pydantic_config__ = STRICT
    text: str
    type: Literal["yesno", "integer", "choice"]
    why: str
    says: str | dict[str, str]
    short: str | None = None
    checklist: SignLevel | None = None
    min: int | None = None
    max: int | None = None
    options: dict[str, str] = field(default_factory=dict)
    unit: Literal["days", "years"] | None = None
    """For a number: what it counts, so that "3 weeks" or "29 years old" can be read."""
    picture: list[str] = field(default_factory=list)
    """A small plain-text drawing shown beside the options (the numbered areas of the back)."""
    background: float | None = None
    """For a yes/no question: how often a person whose upper back pain comes from a cause that
    does not produce this finding answers "yes" (the differential's default frequency for every
    cause whose picture does not mention the question; see `differential.py`)."""
    background_basis: str | None = None
    """Where `background` comes from (a paper, the brief, or "estimate: ...")."""
    outside_picture: float | None = None
    """For a yes/no question: the factor a "yes" weighs on every cause whose picture does not
    mention the question (no row, no frequency, not in a combined rule). Unset, 1: a "yes" says
    nothing of such a cause. Below 1: the finding is rarer in a cause that does not produce it
    than in upper back pain in general, so it counts against that cause on its own, not only
    through the causes it raises (issue 24; `differential.py`)."""
    outside_picture_basis: str | None = None
    """Where `outside_picture` comes from."""
    yes_means: dict[str, Any] | None = None
    """For a yes/no question that asks in one what other questions ask apart: what a "yes"
    tells of them, as a condition (`{ onset = "sudden", severity = { min = 7 } }`). The causes'
    rows read it wherever those questions are unanswered, so that a fact counts the same
    whichever question it came through (`conditions.py`). Warning signs do not: each has its own."""

    asked_when: dict[str, Any] | None = None
    """A condition on other answers under which the question is asked even when no answer to
    it could change the level (pre-eclampsia's signs once a woman says she is pregnant: they
    change whom she calls; a woman already urgent for a fever was never asked them: a tester,
    twenty-sixth session)."""

    def __post_init__(self) -> None:
        if self.yes_means is not None:
            object.__setattr__(self, "yes_means", _parse_conditions(self.yes_means))
        if self.asked_when is not None:
            object.__setattr__(self, "asked_when", _parse_conditions(self.asked_when))

    def __repr__(self) -> str:
        """What a script printing it needs ("<tspain.table.Question object at 0x...>" said
        nothing: a scripter)."""
        text = self.text if len(self.text) <= 50 else self.text[:47] + "..."
        if self.type == "choice":
            takes = f"options={dict(self.options)!r}"  # a mapping: a list misled a scripter
        elif self.type == "integer":
            takes = f"min={self.min!r}, max={self.max!r}, unit={self.unit!r}"
        else:
            takes = f"checklist={self.checklist!r}"
        return f"Question(type={self.type!r}, text={text!r}, {takes})"

    def phrase(self, answer: Answer) -> str:
        """How the person's answer reads inside a sentence: "you have a fever". A number's
        sentence may have its own words for some numbers: `says = { "0" = "the pain started
        today", other = "you have had the pain for {answer} days" }`."""
        if isinstance(self.says, str):
            return self.says.replace("{answer}", str(answer))
        if self.type == "integer":
            own = self.says.get(str(answer))
            return own if own is not None else self.says["other"].replace("{answer}", str(answer))
        key = ("yes" if answer else "no") if isinstance(answer, bool) else str(answer)
        return self.says.get(key, f"{key}")


@dataclass(repr=False, eq=False, frozen=True)
class LevelText:
    __pydantic_config__ = STRICT
    label: str
    action: str
    recap: str
    """The action in one line, the last line of every result: what is on screen after a scroll."""
    while_waiting: list[str] = field(default_factory=list)
    """General steps while help comes (emergency: no medicines, brief section 5)."""
    call: str | None = None
    """The emergency level's call to action alone ("Call an ambulance now (999, 112 or 911)"),
    put before a result that cannot rule an emergency sign out."""


@dataclass(repr=False, eq=False, frozen=True)
class Conditional:
    """Advice shown only when the answers match: `{ text = "...", when = { injury = "minor" } }`
    (an unknown answer does not match), or shown unless they already say it: `{ text = "it gets
    worse", unless = { getting_worse = true } }` (hidden only when `unless` is known to hold,
    so an unknown answer keeps the line, as a safety net should)."""

    __pydantic_config__ = STRICT
    text: str
    when: dict[str, Any] = field(default_factory=dict)
    unless: dict[str, Any] | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "when", _parse_conditions(self.when))
        if self.unless is not None:
            object.__setattr__(self, "unless", _parse_conditions(self.unless))


Advice = str | Conditional
"""One line of advice: always shown, or shown when its condition holds."""
ADVICE_LINES = ("self_care", "see_a_doctor_if", "meanwhile")
"""A cause's lists of advice, whose lines may be conditional."""


@dataclass(repr=False, eq=False, frozen=True)
class GeneralAdvice:
    __pydantic_config__ = STRICT
    prevention: list[str]
    relief: list[Advice]
    see_a_doctor_if: list[Advice]
    sources: list[str]


@dataclass(repr=False, eq=False, frozen=True)
class WarningSign:
    __pydantic_config__ = STRICT
    id: str
    level: SignLevel
    when: dict[str, Any]
    message: str
    source: str
    unless: dict[str, Any] | None = None
    """The sign is ruled out only when this is known to hold: an unknown answer here does not
    rule it out (e.g. sudden severe pain at 40+ fires when the injury question was skipped)."""
    short: str | None = None
    """The sign in a few words, for "call an ambulance now if you have any of: ..."."""
    see_a_doctor_if: str | None = None
    """For a routine sign left unknown: the safety-net line ("the pain lasts over 6 weeks")."""
    action: str | None = None
    """An urgent sign's own "what to do", shown in the action box in place of the level's when
    it holds: pre-eclampsia's "contact your midwife or maternity unit now" (the box said "see
    your GP the same day" beside it: testers, twenty-seventh session). It keeps the words the
    level's action must keep."""
    causes: list[str] = field(default_factory=list)
    """The serious causes this sign warns of: while it holds, each is listed under "must not be
    missed", whatever the arithmetic of its likelihood ratios says (a red flag is enough)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "when", _parse_conditions(self.when))
        if self.unless is not None:
            object.__setattr__(self, "unless", _parse_conditions(self.unless))


@dataclass(repr=False, eq=False, frozen=True)
class Evidence:
    __pydantic_config__ = STRICT
    when: dict[str, Any]
    lr: float
    basis: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "when", _parse_conditions(self.when))


@dataclass(repr=False, eq=False, frozen=True)
class Frequency:
    """How often a person with the cause answers a yes/no question "yes":
    `{ when = { fever = true }, p = 0.5, basis = "..." }` (the differential, `differential.py`)."""

    __pydantic_config__ = STRICT
    when: dict[str, Any]
    p: float
    basis: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "when", _parse_conditions(self.when))


@dataclass(repr=False, eq=False, frozen=True)
class Family:
    """Causes shown as one line of "likely causes" (poor posture, muscle overuse and myofascial
    pain are one "muscle and posture strain"): the top three are distinct alternatives."""

    __pydantic_config__ = STRICT
    name: str
    basis: str


@dataclass(repr=False, eq=False, frozen=True)
class Cause:
    __pydantic_config__ = STRICT
    name: str
    description: str
    care: Level
    prior: float
    prior_basis: str
    evidence_basis: str
    sources: list[str]
    evidence: list[Evidence]
    prevention: list[str]
    see_a_doctor_if: list[Advice]
    """Lines may be conditional, as the general advice's are: a line a person's answers already
    say is left out ("not better in 2 weeks" beside six months of pain)."""
    alert: float | None = None
    self_care: list[Advice] = field(default_factory=list)
    meanwhile: list[Advice] = field(default_factory=list)
    """Safe to do while waiting to be seen (a shingles rash: loose clothing, keep it covered);
    a line may be conditional, as `self_care` lines are (the rash's care is not for a person
    who said there is no rash: a GP's review, twentieth session)."""
    serious: bool = False
    """A serious disorder not to be missed (clinical brief section 5): listed under "must not be
    missed" when the answers raise it (see `differential.must_not_miss`)."""
    family: str | None = None
    """The family (`[families.ID]`) the cause is shown in; None: a family of its own."""
    frequencies: list[Frequency] = field(default_factory=list)
    """How often each yes/no finding occurs in this cause (overrides that question's likelihood
    ratio rows for this cause)."""


@dataclass(repr=False, eq=False, frozen=True)
class RuleTable:
    __pydantic_config__ = STRICT
    version: str
    disclaimer: str
    levels: dict[Level, LevelText]
    advice: GeneralAdvice
    questions: dict[str, Question]
    warning_signs: list[WarningSign]
    causes: dict[str, Cause]
    families: dict[str, Family] = field(default_factory=dict)

    def __getstate__(self) -> dict[str, Any]:
        """What a pickle or a deep copy keeps: the table, not the caches kept on it (its compiled
        form, its translations, `_tspain_*`), which are rebuilt when needed. A table sent to a
        worker process after a Spanish call failed to pickle (a scripter, sixteenth session)."""
        return {k: v for k, v in vars(self).items() if not k.startswith("_tspain_")}


def has_short(table: RuleTable, sign: WarningSign) -> str | None:
    if sign.short:
        return sign.short
    if len(sign.when) == 1:
        (qid,) = sign.when
        question = table.questions.get(qid)
        return question.short if question else None
    return None


def sign_short(table: RuleTable, sign: WarningSign) -> str:
    """The sign in a few words (its own `short`, or its one question's)."""
    return has_short(table, sign) or sign.message


def condition_questions(when: dict[str, Any]) -> list[str]:
    """Every question a condition tests, combined conditions included, in order, once each."""
    out: list[str] = []
    for qid, test in when.items():
        if isinstance(test, Count):
            for condition in test.of:
                out.extend(condition_questions(condition))
        else:
            out.append(qid)
    return list(dict.fromkeys(out))
