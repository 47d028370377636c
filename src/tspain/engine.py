"""The scoring engine: answers in, assessment out. Pure: no I/O, no terminal.

Each cause starts from its prior odds and is multiplied by the likelihood ratio of every evidence
rule whose condition holds; an unknown answer makes a condition neither true nor false, so it
changes nothing. Triage is the most urgent of: every warning sign that holds, the care level of
each cause at or above its alert probability, and `routine` while any warning sign is unknown.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import cast

from tspain import __version__
from tspain.assessment import Assessment, CauseResult, Effect, Reason, Triage
from tspain.levels import RANK, Level
from tspain.table import Answer, IntRange, RuleTable, Test

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
    unknown = False
    for qid, kind, value in clauses:
        answer = answers.get(qid)
        if answer is None:
            unknown = True
        elif kind == 0:
            if answer != value or type(answer) is not type(value):
                return False
        elif kind == 1:
            if answer not in value:  # type: ignore[operator]
                return False
        else:
            low, high = cast(tuple[float, float], value)
            if not low <= answer <= high:  # type: ignore[operator]
                return False
    return None if unknown else True


@dataclass(frozen=True)
class Rule:
    clauses: tuple[Clause, ...]
    lr: float
    log_lr: float


@dataclass(frozen=True)
class CompiledCause:
    id: str
    prior_odds: float
    alert: float | None
    rules: tuple[Rule, ...]


@dataclass(frozen=True)
class CompiledSign:
    id: str
    level: Level
    clauses: tuple[Clause, ...]
    message: str


@dataclass(frozen=True)
class Compiled:
    """The table turned into tuples, so that scoring is a tight loop."""

    causes: tuple[CompiledCause, ...]
    signs: tuple[CompiledSign, ...]


_compiled: dict[int, tuple[RuleTable, Compiled]] = {}


def compile_table(table: RuleTable) -> Compiled:
    """The compiled form of a table, built once per table object."""
    hit = _compiled.get(id(table))
    if hit is not None and hit[0] is table:
        return hit[1]
    causes = tuple(
        CompiledCause(
            id=cid,
            prior_odds=c.prior / (1.0 - c.prior),
            alert=c.alert,
            rules=tuple(
                Rule(
                    clauses=tuple(_compile_test(q, t) for q, t in ev.when.items()),
                    lr=ev.lr,
                    log_lr=math.log(ev.lr),
                )
                for ev in c.evidence
            ),
        )
        for cid, c in table.causes.items()
    )
    signs = tuple(
        CompiledSign(
            s.id, s.level, tuple(_compile_test(q, t) for q, t in s.when.items()), s.message
        )
        for s in table.warning_signs
    )
    compiled = Compiled(causes=causes, signs=signs)
    _compiled[id(table)] = (table, compiled)
    return compiled


def probabilities(table: RuleTable, answers: Answers) -> dict[str, float]:
    """Each cause's probability given the answers (no ranking, no advice): the interview's view."""
    out: dict[str, float] = {}
    for cause in compile_table(table).causes:
        odds = cause.prior_odds
        for rule in cause.rules:
            if holds(rule.clauses, answers):
                odds *= rule.lr
        out[cause.id] = odds / (1.0 + odds)
    return out


def _times(lr: float) -> str:
    factor = lr if lr >= 1 else 1 / lr
    text = f"{factor:.0f}" if factor >= 10 else f"{factor:.1f}".removesuffix(".0")
    return f"about {text}x {'more' if lr >= 1 else 'less'} likely"


def _effect(table: RuleTable, name: str, rule: Rule, answers: Answers) -> Effect:
    qids = [qid for qid, _, _ in rule.clauses]
    said = " and ".join(table.questions[q].phrase(answers[q]) for q in qids)
    lower = name[0].lower() + name[1:]
    return Effect.model_construct(
        question=qids[0],
        questions=qids,
        answers={q: answers[q] for q in qids},
        lr=rule.lr,
        effect="raises" if rule.lr >= 1 else "lowers",
        said=said,
        sentence=f"you said {said} — makes {lower} {_times(rule.lr)}",
    )


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def assess(table: RuleTable, answers: Answers) -> Assessment:
    """Score every cause and set the triage level. `answers` holds only known answers."""
    compiled = compile_table(table)
    level: Level = "self_care"
    reasons: list[Reason] = []
    unanswered: list[str] = []
    questions = table.questions

    for sign in compiled.signs:
        state = holds(sign.clauses, answers)
        if state:
            reasons.append(
                Reason.model_construct(
                    kind="warning_sign",
                    id=sign.id,
                    level=sign.level,
                    message=sign.message,
                    questions=[q for q, _, _ in sign.clauses],
                )
            )
            if RANK[sign.level] > RANK[level]:
                level = sign.level
        elif state is None:
            unanswered.extend(q for q, _, _ in sign.clauses if answers.get(q) is None)

    scored: list[tuple[float, int, CompiledCause, list[Rule]]] = []
    for index, cause in enumerate(compiled.causes):
        odds = cause.prior_odds
        fired: list[Rule] = []
        for rule in cause.rules:
            if holds(rule.clauses, answers):
                odds *= rule.lr
                fired.append(rule)
        scored.append((odds / (1.0 + odds), index, cause, fired))
    scored.sort(key=lambda item: (-item[0], item[1]))

    results: list[CauseResult] = []
    for probability, _, cause, fired in scored:
        spec = table.causes[cause.id]
        if cause.alert is not None and probability >= cause.alert:
            reasons.append(
                Reason.model_construct(
                    kind="cause",
                    id=cause.id,
                    level=spec.care,
                    message=f"What you said makes {spec.name[0].lower()}{spec.name[1:]} "
                    f"possible ({probability:.0%}).",
                    questions=_unique([q for r in fired for q, _, _ in r.clauses]),
                )
            )
            if RANK[spec.care] > RANK[level]:
                level = spec.care
        fired.sort(key=lambda r: -abs(r.log_lr))
        results.append(
            CauseResult.model_construct(
                id=cause.id,
                name=spec.name,
                description=spec.description,
                care=spec.care,
                probability=round(probability, 4),
                prior=spec.prior,
                evidence=[_effect(table, spec.name, r, answers) for r in fired],
            )
        )

    unanswered = _unique(unanswered)
    if unanswered:
        names = ", ".join(questions[q].short or q for q in unanswered[:3])
        more = f" and {len(unanswered) - 3} more" if len(unanswered) > 3 else ""
        reasons.append(
            Reason.model_construct(
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

    leading = [
        r.id for r in results[:TOP] if r.probability >= LEADING_SHARE * results[0].probability
    ]
    advice = _advice(table, level, leading)
    return Assessment.model_construct(
        triage=Triage.model_construct(
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
