"""A rule table compiled to tuples, so that scoring is a tight loop and every distinct clause
is tested once per assessment. Built once per table object and kept on it (never in a module
global): a translated table is another object, so it has its own."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tspain import differential
from tspain.conditions import (
    Answers,
    Clause,
    Implied,
    State,
    clause_questions,
    clause_state,
    combine,
    compile_condition,
    holds_unless,
)
from tspain.levels import Level
from tspain.table import (
    Answer,
    Cause,
    Question,
    RuleTable,
    Test,
    WarningSign,
    condition_questions,
    sign_short,
)

if TYPE_CHECKING:
    from tspain.assessment import Effect

_ATTRIBUTE = "_tspain_compiled"


@dataclass(repr=False, eq=False)
class Rule:
    clauses: tuple[Clause, ...]
    slots: tuple[int, ...]
    """Where each clause's state sits in the per-assessment list of clause states."""
    questions: tuple[str, ...]
    """Every question the condition tests (those inside a combined condition too)."""
    lr: float
    log_lr: float
    alarm_lr: float
    """The factor the cause's alert weighs (`differential.alarm_lr`): its `lr`, except that a
    finding said "yes" that another cause explains never lowers a serious cause's alarm."""
    alarm_log_lr: float


@dataclass(repr=False, eq=False)
class CompiledCause:
    id: str
    name: str
    description: str
    care: Level
    prior: float
    log_prior_odds: float
    log_prior: float
    alert: float | None
    serious: bool
    rules: tuple[Rule, ...]
    """Strongest first, so the rules that fire come out in explanation order."""


@dataclass(repr=False, eq=False)
class CompiledSign:
    id: str
    level: Level
    message: str
    clauses: tuple[Clause, ...]
    slots: tuple[int, ...]
    unless_clauses: tuple[Clause, ...] | None
    """The `unless` condition: the sign is ruled out only when that is known to hold."""
    unless: tuple[int, ...] | None
    questions: tuple[str, ...]
    short: str
    see_a_doctor_if: str | None
    causes: tuple[str, ...]
    """The serious causes this sign names for "must not be missed" while it holds."""

    def state(self, found: list[State]) -> State:
        """Whether the sign holds, from the table's clause states: its condition, unless its
        `unless` is known to hold."""
        if self.unless is not None and combine(found[i] for i in self.unless) is True:
            return False
        return combine(found[i] for i in self.slots)

    def holds(self, answers: Answers) -> State:
        """`state` from answers, for callers outside a scoring pass."""
        return holds_unless(self.clauses, self.unless_clauses, answers)


def said_apart(table: RuleTable, signs: list[CompiledSign]) -> list[CompiledSign]:
    """`signs` less each that another of them says in other words: a sign on a question whose
    "yes" stands for others (`yes_means`: "sudden, severe pain" for how the pain began and how
    bad it is), while a sign of the same level on all those others is listed too. A person
    asked about both reads one fact twice ("pain that came on suddenly and is severe; sudden,
    severe pain")."""
    out = []
    for sign in signs:
        stands_for: set[str] = set()
        for qid in sign.questions:
            means = table.questions[qid].yes_means
            if means is None:
                break
            stands_for |= set(means)
        else:
            if stands_for and any(
                other is not sign
                and other.level == sign.level
                and stands_for <= set(other.questions)
                for other in signs
            ):
                continue
        out.append(sign)
    return out


EFFECTS_KEPT = 4096
"""Explanations a compiled table keeps (about 6 MB); when full it starts again. Kept without
end, a script assessing 20,000 people on one table held 540 MB of them (a reviewer): each age
and duration answered is a new key."""


@dataclass(repr=False, eq=False)
class Compiled:
    clauses: tuple[Clause, ...]
    """Every distinct clause in the table: each is tested once per assessment."""
    causes: tuple[CompiledCause, ...]
    signs: tuple[CompiledSign, ...]
    log_leak: float
    """The log prior of "something not in this table" (`differential.leak_prior`)."""
    reading: dict[str, tuple[int, ...]]
    """Question id -> the clauses whose state its answer can change (a combined condition
    reads every question inside it): what to test again when one answer changes."""
    sign_level: dict[str, Level]
    """Warning sign id -> its level (a cause a sign names is at least as pressing)."""
    causes_reading: dict[int, tuple[int, ...]]
    """Clause slot -> the causes (by index) with a rule that tests it: the only causes whose
    weight can change when that clause does (the question choice scores its hypotheticals so)."""
    effects: dict[tuple[str, int, tuple[object, ...]], Effect] = field(default_factory=dict)
    """Explanations already built, by (language, rule, the answers it tested): built when first
    needed, then reused (they are immutable); at most `EFFECTS_KEPT`."""
    who: dict[tuple[tuple[str, object], ...], dict[str, float]] = field(default_factory=dict)
    """Each cause's own-odds probability from age and sex alone, by those answers (issue 24's
    must-not-miss compares with it; the question choice asks it for every hypothetical)."""
    cuts: dict[str, frozenset[int]] = field(default_factory=dict)
    """Number question id -> every bound a condition puts on it (`choice`: one answer per band
    between them), found when first needed: the question choice asked it again at each step."""


def compile_table(table: RuleTable) -> Compiled:
    """The compiled form of a table, built once per table object."""
    found: Compiled | None = vars(table).get(_ATTRIBUTE)
    if found is None:
        found = _compile(table)
        vars(table)[_ATTRIBUTE] = found
    return found


def _compile(table: RuleTable) -> Compiled:
    slots: dict[Clause, int] = {}

    def slot(clauses: tuple[Clause, ...]) -> tuple[int, ...]:
        return tuple(slots.setdefault(c, len(slots)) for c in clauses)

    implied = implied_answers(table)

    def rule(ev: differential.Row) -> Rule:
        clauses = compile_condition(ev.when, implied)
        questions = tuple(dict.fromkeys(q for c in clauses for q in clause_questions(c)))
        alarm = differential.alarm_lr(table, ev)
        return Rule(
            clauses, slot(clauses), questions, ev.lr, math.log(ev.lr), alarm, math.log(alarm)
        )

    def cause(cid: str, c: Cause) -> CompiledCause:
        rows = differential.rows(table, c)
        rules = sorted((rule(r) for r in rows), key=lambda r: -abs(r.log_lr))
        return CompiledCause(
            id=cid,
            name=c.name,
            description=c.description,
            care=c.care,
            prior=c.prior,
            log_prior_odds=math.log(c.prior / (1.0 - c.prior)),
            log_prior=math.log(c.prior),
            alert=c.alert,
            serious=c.serious,
            rules=tuple(rules),
        )

    def sign(s: WarningSign) -> CompiledSign:
        clauses = compile_condition(s.when)
        unless = None if s.unless is None else compile_condition(s.unless)
        return CompiledSign(
            id=s.id,
            level=s.level,
            message=s.message,
            clauses=clauses,
            slots=slot(clauses),
            unless_clauses=unless,
            unless=None if unless is None else slot(unless),
            questions=tuple(condition_questions(s.when)),
            short=sign_short(table, s),
            see_a_doctor_if=s.see_a_doctor_if,
            causes=tuple(s.causes),
        )

    causes = tuple(cause(cid, c) for cid, c in table.causes.items())
    signs = tuple(sign(s) for s in table.warning_signs)
    reading: dict[str, list[int]] = {}
    for clause, i in slots.items():
        for qid in clause_questions(clause):
            reading.setdefault(qid, []).append(i)
    return Compiled(
        clauses=tuple(slots),
        causes=causes,
        signs=signs,
        log_leak=math.log(differential.leak_prior(table)),
        reading={q: tuple(dict.fromkeys(i)) for q, i in reading.items()},
        sign_level={s.id: s.level for s in signs},
        causes_reading=_causes_reading(causes),
    )


def _causes_reading(causes: tuple[CompiledCause, ...]) -> dict[int, tuple[int, ...]]:
    found: dict[int, list[int]] = {}
    for k, cause in enumerate(causes):
        for slot in {i for r in cause.rules for i in r.slots}:
            found.setdefault(slot, []).append(k)
    return {slot: tuple(ks) for slot, ks in found.items()}


def implied_answers(table: RuleTable) -> Implied:
    """What each question's `yes_means` tells of other questions: question id -> (declaring
    question, the answers its "yes" leaves possible), for the causes' rows (`conditions.py`)."""
    out: dict[str, list[tuple[str, tuple[Answer, ...]]]] = {}
    for source, question in table.questions.items():
        for qid, test in (question.yes_means or {}).items():
            possible = passing_answers(table.questions[qid], qid, test)
            out.setdefault(qid, []).append((source, possible))
    return {qid: tuple(sources) for qid, sources in out.items()}


def passing_answers(question: Question, qid: str, test: Test) -> tuple[Answer, ...]:
    """Every answer to the question that passes the test (`validate` needs one at least)."""
    (clause,) = compile_condition({qid: test})
    return tuple(a for a in _answers(question) if clause_state(clause, {qid: a}))


def _answers(question: Question) -> list[Answer]:
    """Every answer a question can take."""
    if question.type == "yesno":
        return [True, False]
    if question.type == "choice":
        return list(question.options)
    low, high = question.min or 0, question.max or 0
    return list(range(low, high + 1))
