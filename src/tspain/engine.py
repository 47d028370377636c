"""The scoring engine: answers in, assessment out. Pure: no I/O, no terminal.

Each cause starts from its prior odds and is multiplied by the likelihood ratio of every evidence
rule whose condition holds; an unknown answer makes a condition neither true nor false, so it
changes nothing. Triage is the most urgent of: every warning sign that holds, the care level of
each cause at or above its alert probability, and `routine` while any warning sign is unknown.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import cast

from tspain import __version__
from tspain.assessment import Assessment, CauseResult, Effect, Reason, Triage
from tspain.levels import RANK, Level
from tspain.table import Answer, Cause, Evidence, IntRange, RuleTable, Test

TOP = 3
"""How many causes count as "the likely causes"."""

LEADING_SHARE = 0.5
"""A top-three cause gives its advice if it is at least this share as likely as the first."""

Answers = Mapping[str, Answer]

# A compiled clause: (question id, kind, value); kinds: 0 equals, 1 one of, 2 in range.
Clause = tuple[str, int, object]


def _compile_test(qid: str, test: Test) -> Clause:
    if isinstance(test, IntRange):
        low = -math.inf if test.min is None else test.min
        high = math.inf if test.max is None else test.max
        return (qid, 2, (low, high))
    if isinstance(test, tuple):
        return (qid, 1, frozenset(test))
    return (qid, 0, test)


def holds(clauses: tuple[Clause, ...], answers: Answers) -> bool | None:
    """True if every clause holds, False if any known answer fails one, None if unknown."""
    return _combine(_clause_states(clauses, answers), range(len(clauses)))


@dataclass(frozen=True)
class Rule:
    clauses: tuple[Clause, ...]
    slots: tuple[int, ...]
    """Where each clause's state sits in the per-assessment list of clause states."""
    questions: tuple[str, ...]
    lr: float
    log_lr: float
    effect: Effect | None
    """The explanation, built once where the condition fixes the answers (yes/no, one option)."""


@dataclass(frozen=True)
class CompiledCause:
    id: str
    name: str
    description: str
    care: Level
    prior: float
    prior_odds: float
    alert: float | None
    rules: tuple[Rule, ...]
    single: tuple[tuple[int, Rule], ...]
    """The one-clause rules (most of them) with their clause's slot: the fast path."""
    multi: tuple[Rule, ...]


@dataclass(frozen=True)
class CompiledSign:
    id: str
    level: Level
    clauses: tuple[Clause, ...]
    slots: tuple[int, ...]
    reason: Reason


@dataclass(frozen=True)
class Compiled:
    """The table turned into tuples, so that scoring is a tight loop."""

    clauses: tuple[Clause, ...]
    """Every distinct clause in the table: each is tested once per assessment."""
    causes: tuple[CompiledCause, ...]
    signs: tuple[CompiledSign, ...]
    effects: dict[tuple[int, tuple[Answer, ...]], Effect]
    """Explanations already built, by (rule, the answers it tested): they never change."""


_compiled: dict[int, tuple[RuleTable, Compiled]] = {}


def compile_table(table: RuleTable) -> Compiled:
    """The compiled form of a table, built once per table object."""
    hit = _compiled.get(id(table))
    if hit is not None and hit[0] is table:
        return hit[1]
    slots: dict[Clause, int] = {}

    def slot(clauses: tuple[Clause, ...]) -> tuple[int, ...]:
        return tuple(slots.setdefault(c, len(slots)) for c in clauses)

    def rule(name: str, ev: Evidence) -> Rule:
        clauses = tuple(_compile_test(q, t) for q, t in ev.when.items())
        fixed = all(kind == 0 for _, kind, _ in clauses)
        questions = tuple(ev.when)
        effect = (
            _build_effect(table, name, questions, tuple(v for _, _, v in clauses), ev.lr)  # type: ignore[misc]
            if fixed
            else None
        )
        return Rule(clauses, slot(clauses), questions, ev.lr, math.log(ev.lr), effect)

    def cause(cid: str, c: Cause) -> CompiledCause:
        # Strongest first, so the rules that fire come out in explanation order.
        rules = tuple(sorted((rule(c.name, ev) for ev in c.evidence), key=_strength))
        return CompiledCause(
            id=cid,
            name=c.name,
            description=c.description,
            care=c.care,
            prior=c.prior,
            prior_odds=c.prior / (1.0 - c.prior),
            alert=c.alert,
            rules=rules,
            single=tuple((r.slots[0], r) for r in rules if len(r.slots) == 1),
            multi=tuple(r for r in rules if len(r.slots) > 1),
        )

    causes = tuple(cause(cid, c) for cid, c in table.causes.items())
    signs = tuple(
        CompiledSign(
            s.id,
            s.level,
            tuple(_compile_test(q, t) for q, t in s.when.items()),
            slot(tuple(_compile_test(q, t) for q, t in s.when.items())),
            Reason(
                kind="warning_sign",
                id=s.id,
                level=s.level,
                message=s.message,
                questions=list(s.when),
            ),
        )
        for s in table.warning_signs
    )
    compiled = Compiled(clauses=tuple(slots), causes=causes, signs=signs, effects={})
    _compiled[id(table)] = (table, compiled)
    return compiled


def probabilities(table: RuleTable, answers: Answers) -> dict[str, float]:
    """Each cause's probability given the answers (no ranking, no advice): the interview's view."""
    compiled = compile_table(table)
    states = _clause_states(compiled.clauses, answers)
    out: dict[str, float] = {}
    for cause in compiled.causes:
        odds = cause.prior_odds
        for slot, rule in cause.single:
            if states[slot]:
                odds *= rule.lr
        for rule in cause.multi:
            if all(states[i] for i in rule.slots):
                odds *= rule.lr
        out[cause.id] = odds / (1.0 + odds)
    return out


def _times(lr: float) -> str:
    factor = lr if lr >= 1 else 1 / lr
    text = f"{factor:.0f}" if factor >= 10 else f"{factor:.1f}".removesuffix(".0")
    return f"about {text}x {'more' if lr >= 1 else 'less'} likely"


def _build_effect(
    table: RuleTable, name: str, questions: tuple[str, ...], values: tuple[Answer, ...], lr: float
) -> Effect:
    said = " and ".join(
        table.questions[q].phrase(v) for q, v in zip(questions, values, strict=True)
    )
    return Effect(
        question=questions[0],
        questions=list(questions),
        answers=dict(zip(questions, values, strict=True)),
        lr=lr,
        effect="raises" if lr >= 1 else "lowers",
        said=said,
        sentence=f"you said {said} — makes {name[0].lower()}{name[1:]} {_times(lr)}",
    )


def _effect(
    table: RuleTable, compiled: Compiled, cause: CompiledCause, rule: Rule, answers: Answers
) -> Effect:
    values = tuple(answers[q] for q in rule.questions)
    key = (id(rule), values)
    effect = compiled.effects.get(key)
    if effect is None:
        effect = _build_effect(table, cause.name, rule.questions, values, rule.lr)
        compiled.effects[key] = effect
    return effect


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _strength(rule: Rule) -> float:
    return -abs(rule.log_lr)


def _clause_states(clauses: tuple[Clause, ...], answers: Answers) -> list[bool | None]:
    """Each clause: True if the answer passes, False if it fails, None if unknown."""
    states: list[bool | None] = []
    append = states.append
    for qid, kind, value in clauses:
        answer = answers.get(qid)
        if answer is None:
            append(None)
        elif kind == 0:
            append(answer == value and type(answer) is type(value))
        elif kind == 1:
            append(answer in value)  # type: ignore[operator]
        else:
            low, high = cast(tuple[float, float], value)
            append(low <= answer <= high)  # type: ignore[operator]
    return states


def _combine(states: list[bool | None], slots: Iterable[int]) -> bool | None:
    """All clauses of a condition together, with the same three values as `holds`."""
    result: bool | None = True
    for i in slots:
        state = states[i]
        if state is False:
            return False
        if state is None:
            result = None
    return result


def assess(table: RuleTable, answers: Answers) -> Assessment:
    """Score every cause and set the triage level. `answers` holds only known answers."""
    compiled = compile_table(table)
    level: Level = "self_care"
    reasons: list[Reason] = []
    unanswered: list[str] = []
    states = _clause_states(compiled.clauses, answers)

    for sign in compiled.signs:
        state = _combine(states, sign.slots)
        if state:
            reasons.append(sign.reason)
            if RANK[sign.level] > RANK[level]:
                level = sign.level
        elif state is None:
            unanswered.extend(q for q, _, _ in sign.clauses if answers.get(q) is None)

    scored: list[tuple[float, int, CompiledCause, list[Rule]]] = []
    for index, cause in enumerate(compiled.causes):
        fired = [rule for slot, rule in cause.single if states[slot]]
        if cause.multi:
            fired += [r for r in cause.multi if all(states[i] for i in r.slots)]
            fired.sort(key=_strength)
        odds = cause.prior_odds
        for rule in fired:
            odds *= rule.lr
        scored.append((odds / (1.0 + odds), index, cause, fired))
    scored.sort(key=lambda item: (-item[0], item[1]))

    results: list[CauseResult] = []
    for probability, _, cause, fired in scored:
        if cause.alert is not None and probability >= cause.alert:
            reasons.append(
                Reason(
                    kind="cause",
                    id=cause.id,
                    level=cause.care,
                    message=f"What you said makes {cause.name[0].lower()}{cause.name[1:]} "
                    f"possible ({probability:.0%}).",
                    questions=_unique([q for r in fired for q in r.questions]),
                )
            )
            if RANK[cause.care] > RANK[level]:
                level = cause.care
        results.append(
            CauseResult(
                id=cause.id,
                name=cause.name,
                description=cause.description,
                care=cause.care,
                probability=round(probability, 4),
                prior=cause.prior,
                evidence=[r.effect or _effect(table, compiled, cause, r, answers) for r in fired],
            )
        )

    unanswered = _unique(unanswered)
    if unanswered:
        questions = table.questions
        names = "; ".join(questions[q].short or q for q in unanswered[:3])
        more = f"; and {len(unanswered) - 3} more" if len(unanswered) > 3 else ""
        reasons.append(
            Reason(
                kind="unanswered",
                id="unanswered_warning_signs",
                level="routine",
                message=f"Some warning signs could not be ruled out ({names}{more}), "
                "so tspain cannot say this is safe to manage at home.",
                questions=unanswered,
            )
        )
        if RANK[level] < RANK["routine"]:
            level = "routine"

    top = results[0].probability
    leading = [r.id for r in results[:TOP] if r.probability >= LEADING_SHARE * top]
    advice = _advice(table, level, leading)
    return Assessment(
        triage=Triage(
            level=level,
            label=table.levels[level].label,
            action=table.levels[level].action,
            reasons=sorted(reasons, key=lambda r: -RANK[r.level]),
        ),
        causes=results,
        unanswered_warning_signs=unanswered,
        self_care=advice["self_care"],
        prevention=advice["prevention"],
        see_a_doctor_if=advice["see_a_doctor_if"],
        disclaimer=table.disclaimer,
        tspain_version=__version__,
        rules_version=table.version,
    )


def _advice(table: RuleTable, level: Level, top: list[str]) -> dict[str, list[str]]:
    """Advice for the leading causes. Self-care only at a level where home care is safe: there,
    no cause has passed its alert, so even an urgent-care cause's home advice (a minor strain's)
    applies."""
    causes = [table.causes[cid] for cid in top]
    self_care: list[str] = []
    if RANK[level] <= RANK["routine"]:
        self_care = [s for c in causes for s in c.self_care] + table.advice.relief
    prevention = table.advice.prevention + [p for c in causes for p in c.prevention]
    doctor = [d for c in causes for d in c.see_a_doctor_if] + table.advice.see_a_doctor_if
    return {
        "self_care": _unique(self_care),
        "prevention": _unique(prevention),
        "see_a_doctor_if": _unique(doctor),
    }
