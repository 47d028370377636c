"""The rule table's schema: the dataclasses that hold `data/causes.toml`.

They are plain stdlib dataclasses, so that running tspain does not import pydantic; pydantic
validates them (types, unknown or missing fields) when a table is first loaded, see
`loading.py`. The cross-references between parts of the table (a rule naming a question that
exists, an option the question has) are checked by `table_problems`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any, Literal

from tspain.levels import LEVELS, Level

Answer = bool | int | str
"""One answer: yes/no as a bool, an integer, or a choice's option id."""

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
    the explanation on screen ("2 of the 3 high-risk pain features of a torn aorta")."""

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


def _parse_count(value: object) -> Count | None:
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
        test = _parse_count(value) if qid == COUNT else parse_test(value)
        parsed[qid] = value if test is None else test
    return parsed


@dataclass(repr=False, eq=False)
class Question:
    __pydantic_config__ = STRICT
    text: str
    type: Literal["yesno", "integer", "choice"]
    why: str
    says: str | dict[str, str]
    short: str | None = None
    checklist: Level | None = None
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

    def phrase(self, answer: Answer) -> str:
        """How the person's answer reads inside a sentence: "you have a fever"."""
        if isinstance(self.says, str):
            return self.says.replace("{answer}", str(answer))
        key = ("yes" if answer else "no") if isinstance(answer, bool) else str(answer)
        return self.says.get(key, f"{key}")

    def answer_label(self, answer: Answer | None) -> str:
        """The answer as a person would read it in a list: "yes", "no", "Gradually", "62"."""
        from tspain.i18n import t

        if answer is None:
            return t("not sure")
        if isinstance(answer, bool):
            return t("yes") if answer else t("no")
        if self.type == "choice":
            return self.options.get(str(answer), str(answer))
        return str(answer)


@dataclass(repr=False, eq=False)
class LevelText:
    __pydantic_config__ = STRICT
    label: str
    action: str
    recap: str
    """The action in one line, the last line of every result: what is on screen after a scroll."""
    while_waiting: list[str] = field(default_factory=list)
    """General steps while help comes (emergency: no medicines, brief section 5)."""


@dataclass(repr=False, eq=False)
class Conditional:
    """Advice shown only when the answers match: `{ text = "...", when = { injury = "minor" } }`
    (an unknown answer does not match)."""

    __pydantic_config__ = STRICT
    text: str
    when: dict[str, Any]

    def __post_init__(self) -> None:
        object.__setattr__(self, "when", _parse_conditions(self.when))


Advice = str | Conditional
"""One line of advice: always shown, or shown when its condition holds."""


@dataclass(repr=False, eq=False)
class GeneralAdvice:
    __pydantic_config__ = STRICT
    prevention: list[str]
    relief: list[Advice]
    see_a_doctor_if: list[Advice]
    sources: list[str]


@dataclass(repr=False, eq=False)
class WarningSign:
    __pydantic_config__ = STRICT
    id: str
    level: Level
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
    causes: list[str] = field(default_factory=list)
    """The serious causes this sign warns of: while it holds, each is listed under "must not be
    missed", whatever the arithmetic of its likelihood ratios says (a red flag is enough)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "when", _parse_conditions(self.when))
        if self.unless is not None:
            object.__setattr__(self, "unless", _parse_conditions(self.unless))


@dataclass(repr=False, eq=False)
class Evidence:
    __pydantic_config__ = STRICT
    when: dict[str, Any]
    lr: float
    basis: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "when", _parse_conditions(self.when))


@dataclass(repr=False, eq=False)
class Frequency:
    """How often a person with the cause answers a yes/no question "yes":
    `{ when = { fever = true }, p = 0.5, basis = "..." }` (the differential, `differential.py`)."""

    __pydantic_config__ = STRICT
    when: dict[str, Any]
    p: float
    basis: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "when", _parse_conditions(self.when))


@dataclass(repr=False, eq=False)
class Family:
    """Causes shown as one line of "likely causes" (poor posture, muscle overuse and myofascial
    pain are one "muscle and posture strain"): the top three are distinct alternatives."""

    __pydantic_config__ = STRICT
    name: str
    basis: str


@dataclass(repr=False, eq=False)
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
    see_a_doctor_if: list[str]
    alert: float | None = None
    self_care: list[str] = field(default_factory=list)
    meanwhile: list[str] = field(default_factory=list)
    """Safe to do while waiting to be seen (a shingles rash: loose clothing, keep it covered)."""
    serious: bool = False
    """A serious disorder not to be missed (clinical brief section 5): listed under "must not be
    missed" when the answers raise it (see `differential.must_not_miss`)."""
    family: str | None = None
    """The family (`[families.ID]`) the cause is shown in; None: a family of its own."""
    frequencies: list[Frequency] = field(default_factory=list)
    """How often each yes/no finding occurs in this cause (overrides that question's likelihood
    ratio rows for this cause)."""


@dataclass(repr=False, eq=False)
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


def _check_condition(
    questions: dict[str, Question], when: dict[str, Any], path: str, problems: list[tuple[str, str]]
) -> None:
    """`path` is where the condition itself stands, e.g. "warning_signs[3].when"."""
    if not when:
        problems.append((path, "a condition needs at least one question"))
    for qid, raw in when.items():
        where = f"{path}.{qid}"
        if qid == COUNT:
            _check_count(questions, raw, where, problems)
            continue
        test = parse_test(raw)
        if test is None:
            problems.append((where, f"{BAD_TEST}, got {raw!r}"))
            continue
        question = questions.get(qid)
        if question is None:
            problems.append((where, f"unknown question {qid!r}{_near(qid, questions)}"))
            continue
        if question.type == "yesno" and not isinstance(test, bool):
            problems.append((where, f"{qid!r} is a yes/no question: test it with true or false"))
        elif question.type == "integer" and not isinstance(test, IntRange):
            problems.append((where, f"{qid!r} is a number: test it with {{ min = N, max = N }}"))
        elif question.type == "choice":
            wanted = (test,) if isinstance(test, str) else test
            if not isinstance(wanted, tuple):
                problems.append((where, f"{qid!r} is a choice: test it with an option id"))
                continue
            for option in wanted:
                if option not in question.options:
                    known = ", ".join(question.options)
                    problems.append((where, f"{qid!r} has no option {option!r} (options: {known})"))


def _check_count(
    questions: dict[str, Question], raw: object, where: str, problems: list[tuple[str, str]]
) -> None:
    count = _parse_count(raw)
    if count is None:
        problems.append((where, f"{BAD_COUNT}, got {raw!r}"))
        return
    if not count.about.strip():
        problems.append((f"{where}.about", "say in words what the listed conditions are"))
    if len(count.of) < 2:
        problems.append((f"{where}.of", "a combined condition lists at least two conditions"))
    if count.min is None and count.max is None:
        problems.append((where, "give min (at least N hold) and/or max (at most N hold)"))
    for name, bound in (("min", count.min), ("max", count.max)):
        if bound is not None and not 0 <= bound <= len(count.of):
            problems.append((f"{where}.{name}", f"must be from 0 to {len(count.of)}, not {bound}"))
    if count.min is not None and count.max is not None and count.min > count.max:
        problems.append((where, "min must not be more than max"))
    for k, condition in enumerate(count.of):
        if COUNT in condition:
            problems.append((f"{where}.of[{k}]", "combined conditions do not nest"))
            continue
        _check_condition(questions, condition, f"{where}.of[{k}]", problems)


def _near(name: str, known: object) -> str:
    import difflib

    close = difflib.get_close_matches(name, list(known), n=1)  # type: ignore[call-overload]
    return f" (did you mean {close[0]!r}?)" if close else ""


def _empty(items: dict[str, Any], path: str, problems: list[tuple[str, str]]) -> None:
    for name, value in items.items():
        if not value:
            problems.append((f"{path}{name}", "must not be empty"))


def _sign_short(table: RuleTable, sign: WarningSign) -> str | None:
    if sign.short:
        return sign.short
    if len(sign.when) == 1:
        (qid,) = sign.when
        question = table.questions.get(qid)
        return question.short if question else None
    return None


def sign_short(table: RuleTable, sign: WarningSign) -> str:
    """The sign in a few words (its own `short`, or its one question's)."""
    return _sign_short(table, sign) or sign.message


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


def table_problems(table: RuleTable) -> list[tuple[str, str]]:
    """Everything wrong with a well-typed table, as (table path, what is wrong) pairs."""
    problems: list[tuple[str, str]] = []
    _text_problems(table, "", problems)
    _empty(
        {
            "questions": table.questions,
            "warning_signs": table.warning_signs,
            "causes": table.causes,
        },
        "",
        problems,
    )
    _empty(vars(table.advice), "advice.", problems)
    for key in ("relief", "see_a_doctor_if"):
        for i, item in enumerate(getattr(table.advice, key)):
            if isinstance(item, Conditional):
                _check_condition(table.questions, item.when, f"advice.{key}[{i}].when", problems)
    for level in LEVELS:
        if level not in table.levels:
            problems.append(
                (f"levels.{level}", "missing: every triage level needs a label and action")
            )
    for qid, q in table.questions.items():
        path = f"questions.{qid}"
        if not SNAKE_CASE.match(qid):
            problems.append((path, f"id {qid!r} is not snake_case"))
        if qid == COUNT:
            problems.append((path, f"{COUNT!r} is reserved for combined conditions"))
        if q.type == "choice":
            if len(q.options) < 2:
                problems.append((f"{path}.options", "a choice needs at least two options"))
            for option in q.options:
                if not SNAKE_CASE.match(option):
                    problems.append((f"{path}.options.{option}", "option id is not snake_case"))
        elif q.options:
            problems.append(
                (f"{path}.options", f"only choice questions have options, not {q.type}")
            )
        if q.type == "integer":
            if q.min is None or q.max is None or q.min > q.max:
                problems.append((path, "an integer question needs min <= max"))
            if not isinstance(q.says, str) or "{answer}" not in q.says:
                problems.append(
                    (f"{path}.says", "an integer question says a sentence with {answer}")
                )
        else:
            wanted = ["yes", "no"] if q.type == "yesno" else list(q.options)
            if not isinstance(q.says, dict):
                problems.append((f"{path}.says", f"give a phrase for each of: {', '.join(wanted)}"))
            else:
                for key in wanted:
                    if key not in q.says:
                        problems.append((f"{path}.says.{key}", "missing phrase"))
        if q.checklist == "self_care":
            problems.append((f"{path}.checklist", "checklists are emergency, urgent or routine"))
        if q.checklist is not None and (q.type != "yesno" or not q.short):
            problems.append(
                (f"{path}.checklist", "checklist questions are yes/no and have a short")
            )
    seen: set[str] = set()
    for i, sign in enumerate(table.warning_signs):
        path = f"warning_signs[{i}]"
        if not SNAKE_CASE.match(sign.id):
            problems.append((f"{path}.id", f"id {sign.id!r} is not snake_case"))
        if sign.id in seen:
            problems.append((f"{path}.id", f"duplicate warning sign id {sign.id!r}"))
        seen.add(sign.id)
        _empty({"source": sign.source, "message": sign.message}, f"{path}.", problems)
        _check_condition(table.questions, sign.when, f"{path}.when", problems)
        if sign.unless is not None:
            _check_condition(table.questions, sign.unless, f"{path}.unless", problems)
        if sign.level in ("emergency", "urgent") and not _sign_short(table, sign):
            problems.append(
                (f"{path}.short", "give a short (or test one checklist question that has one)")
            )
        if sign.level == "routine" and not sign.see_a_doctor_if:
            problems.append(
                (f"{path}.see_a_doctor_if", "a routine sign says what to watch for if unknown")
            )
        for k, cid in enumerate(sign.causes):
            where = f"{path}.causes[{k}]"
            if cid not in table.causes:
                problems.append((where, f"unknown cause {cid!r}{_near(cid, table.causes)}"))
            elif not table.causes[cid].serious:
                problems.append((where, f"{cid!r} is not a serious cause (serious = true)"))
            if cid in sign.causes[:k]:
                problems.append((where, f"{cid!r} is listed twice"))
    for cid, cause in table.causes.items():
        path = f"causes.{cid}"
        if not SNAKE_CASE.match(cid):
            problems.append((path, f"id {cid!r} is not snake_case"))
        _empty(
            {
                "sources": cause.sources,
                "evidence": cause.evidence,
                "prevention": cause.prevention,
                "see_a_doctor_if": cause.see_a_doctor_if,
            },
            f"{path}.",
            problems,
        )
        if not 0.0 < cause.prior < 1.0:
            problems.append((f"{path}.prior", f"prior must be between 0 and 1, not {cause.prior}"))
        if cause.alert is not None and not 0.0 < cause.alert <= 1.0:
            problems.append((f"{path}.alert", f"alert must be in (0, 1], not {cause.alert}"))
        if cause.care != "self_care" and cause.alert is None:
            problems.append((f"{path}.alert", f"a cause with care {cause.care!r} needs an alert"))
        if cause.care == "self_care" and not cause.self_care:
            problems.append((f"{path}.self_care", "a self-care cause needs self-care advice"))
        for j, ev in enumerate(cause.evidence):
            epath = f"{path}.evidence[{j}]"
            if not (math.isfinite(ev.lr) and ev.lr > 0):
                problems.append(
                    (f"{epath}.lr", f"a likelihood ratio must be positive, not {ev.lr}")
                )
            _check_condition(table.questions, ev.when, f"{epath}.when", problems)
        if cause.family is not None and cause.family not in table.families:
            problems.append((f"{path}.family", f"unknown family {cause.family!r}"))
        for j, fr in enumerate(cause.frequencies):
            fpath = f"{path}.frequencies[{j}]"
            _check_condition(table.questions, fr.when, f"{fpath}.when", problems)
            if not 0.0 < fr.p < 1.0:
                problems.append((f"{fpath}.p", f"a frequency is between 0 and 1, not {fr.p}"))
            qid = next(iter(fr.when), "")
            if len(fr.when) != 1 or fr.when.get(qid) is not True:
                problems.append((f"{fpath}.when", "a frequency is of one yes/no question = true"))
            elif table.questions.get(qid) is not None and table.questions[qid].background is None:
                problems.append((f"{fpath}.when", f"{qid!r} needs a background frequency"))
    for qid, q in table.questions.items():
        if q.background is None:
            continue
        if q.type != "yesno":
            problems.append((f"questions.{qid}.background", "only yes/no questions have one"))
        if not 0.0 < q.background < 1.0:
            problems.append((f"questions.{qid}.background", "must be between 0 and 1"))
        if not q.background_basis:
            problems.append((f"questions.{qid}.background_basis", "say where it comes from"))
    return problems


CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
"""Characters no table text may hold: they could move the cursor or recolour a terminal."""


def _text_problems(value: object, path: str, problems: list[tuple[str, str]]) -> None:
    """Every string of the table: not empty, no control characters (text is shown as text)."""
    if isinstance(value, str):
        if not value.strip():
            problems.append((path, "must not be empty"))
        elif CONTROL.search(value):
            problems.append((path, f"control character {CONTROL.search(value)[0]!r} in text"))  # type: ignore[index]
    elif isinstance(value, dict):
        for key, item in value.items():
            _text_problems(item, f"{path}.{key}" if path else str(key), problems)
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            _text_problems(item, f"{path}[{i}]", problems)
    elif hasattr(value, "__dataclass_fields__"):
        for name in value.__dataclass_fields__:
            _text_problems(getattr(value, name), f"{path}.{name}" if path else name, problems)


def raw_type_problems(raw: dict[str, Any]) -> list[tuple[str, str]]:
    """Values a lenient type check would accept but a rule table must not: a likelihood ratio,
    prior or alert written as true/false or as a string ("3") is a mistake, not a number."""
    problems: list[tuple[str, str]] = []

    def number(value: object, path: str) -> None:
        if isinstance(value, bool) or not isinstance(value, int | float):
            problems.append((path, f"must be a number, got {value!r}"))

    causes = raw.get("causes")
    for cid, cause in (causes if isinstance(causes, dict) else {}).items():
        if not isinstance(cause, dict):
            continue
        for key in ("prior", "alert"):
            if key in cause:
                number(cause[key], f"causes.{cid}.{key}")
        evidence = cause.get("evidence")
        for j, ev in enumerate(evidence if isinstance(evidence, list) else []):
            if isinstance(ev, dict) and "lr" in ev:
                number(ev["lr"], f"causes.{cid}.evidence[{j}].lr")
    return problems


def raw_condition_problems(
    questions: dict[str, Question], raw: dict[str, Any]
) -> list[tuple[str, str]]:
    """The condition and likelihood-ratio faults of a table that did not type-check, read
    straight from its TOML, so that they are reported with the type errors, not after them."""
    problems: list[tuple[str, str]] = []
    signs = raw.get("warning_signs")
    for i, sign in enumerate(signs if isinstance(signs, list) else []):
        if isinstance(sign, dict) and isinstance(sign.get("when"), dict):
            _check_condition(questions, sign["when"], f"warning_signs[{i}].when", problems)
    causes = raw.get("causes")
    for cid, cause in (causes if isinstance(causes, dict) else {}).items():
        evidence = cause.get("evidence") if isinstance(cause, dict) else None
        for j, ev in enumerate(evidence if isinstance(evidence, list) else []):
            if not isinstance(ev, dict):
                continue
            path = f"causes.{cid}.evidence[{j}]"
            if isinstance(ev.get("when"), dict):
                _check_condition(questions, ev["when"], f"{path}.when", problems)
            lr = ev.get("lr")
            if isinstance(lr, int | float) and not (math.isfinite(lr) and lr > 0):
                problems.append((f"{path}.lr", f"a likelihood ratio must be positive, not {lr}"))
    return problems
