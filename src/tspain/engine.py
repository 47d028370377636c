"""The scoring engine: answers in, assessment out. Pure: no I/O, no terminal.

Each cause starts from its prior odds and is multiplied by the likelihood ratio of every evidence
rule whose condition holds; an unknown answer makes a condition neither true nor false, so it
changes nothing. Triage is the most urgent of: every warning sign that holds, the care level of
each cause at or above its alert probability, and `routine` while any emergency or urgent warning
sign is unknown. A routine-level sign left unknown does not block self-care: it becomes a line in
"see a doctor if".

The differential has two lists (clinical brief section 5): the causes ranked by probability, and
"must not be missed": the serious causes the answers made more likely than their base rate, or
that a warning sign which holds names (a red flag is enough, whatever the arithmetic), most
pressing first: highest care level, then the one the answers raised most above its base rate
(not the most probable: that would let a common cause's large prior hide a rare one the answers
point to), however improbable they still are.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import IntEnum
from typing import Any, cast

from tspain import __version__, differential
from tspain.assessment import Assessment, CauseResult, Effect, Reason, Triage
from tspain.i18n import current, t
from tspain.levels import RANK, Level
from tspain.table import (
    Advice,
    Answer,
    Cause,
    Count,
    IntRange,
    RuleTable,
    Test,
    condition_questions,
    sign_short,
)

TOP = 3
"""How many causes count as "the likely causes"."""

LEADING_SHARE = 0.5
"""A top-three cause gives its advice if it is at least this share as likely as the first."""

RAISED = 2.0
"""A serious cause is "must not be missed" once the answers make its odds more than this many
times its base rate: one nudge from age or sex alone (x1.5, x2) does not list it."""

MAX_LOG_ODDS = 700.0
"""Log-odds are bounded here, so that no combination of likelihood ratios overflows."""

Answers = Mapping[str, Answer]


class Kind(IntEnum):
    """What a compiled clause tests."""

    EQUALS = 0
    ONE_OF = 1
    RANGE = 2
    COUNT = 3


Clause = tuple[str, Kind, Any]
"""A compiled clause: (question id, kind, value). A COUNT clause's value is
(low, high, sub-conditions as clause tuples, about)."""


def compile_condition(when: Mapping[str, Test]) -> tuple[Clause, ...]:
    return tuple(_compile_test(q, t) for q, t in when.items())


def _compile_test(qid: str, test: Test) -> Clause:
    if isinstance(test, Count):
        low = -math.inf if test.min is None else test.min
        high = math.inf if test.max is None else test.max
        subs = tuple(compile_condition(c) for c in test.of)
        return (qid, Kind.COUNT, (low, high, subs, test.about))
    if isinstance(test, IntRange):
        low = -math.inf if test.min is None else test.min
        high = math.inf if test.max is None else test.max
        return (qid, Kind.RANGE, (low, high))
    if isinstance(test, tuple):
        return (qid, Kind.ONE_OF, frozenset(test))
    return (qid, Kind.EQUALS, test)


def clause_state(clause: Clause, answers: Answers) -> bool | None:
    """True if the answer passes, False if it fails, None if it cannot be told yet."""
    qid, kind, value = clause
    if kind == Kind.COUNT:
        return _count_state(value, [holds(sub, answers) for sub in value[2]])
    answer = answers.get(qid)
    if answer is None:
        return None
    if kind == Kind.EQUALS:
        return answer == value and type(answer) is type(value)
    if kind == Kind.ONE_OF:
        return answer in value
    low, high = cast(tuple[float, float], value)
    return low <= answer <= high  # type: ignore[operator]


def _count_state(value: Any, states: list[bool | None]) -> bool | None:
    """A combined condition ("at least low, at most high of these"), from its parts' states."""
    low, high = value[0], value[1]
    true, unknown = states.count(True), states.count(None)
    if low > high or true > high or true + unknown < low:
        return False
    if true >= low and true + unknown <= high:
        return True
    return None


def holds(clauses: tuple[Clause, ...], answers: Answers) -> bool | None:
    """True if every clause holds, False if any known answer fails one, None if unknown."""
    return _combine([clause_state(c, answers) for c in clauses], range(len(clauses)))


@dataclass(repr=False, eq=False)
class Rule:
    clauses: tuple[Clause, ...]
    slots: tuple[int, ...]
    """Where each clause's state sits in the per-assessment list of clause states."""
    questions: tuple[str, ...]
    """Every question the condition tests (those inside a combined condition too)."""
    lr: float
    log_lr: float


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
    clauses: tuple[Clause, ...]
    slots: tuple[int, ...]
    unless_clauses: tuple[Clause, ...] | None
    """The `unless` condition: the sign is ruled out only when that is known to hold."""
    unless: tuple[int, ...] | None
    questions: tuple[str, ...]
    short: str
    see_a_doctor_if: str | None
    reason: Reason
    causes: tuple[str, ...]
    """The serious causes this sign names for "must not be missed" while it holds."""


@dataclass(repr=False, eq=False)
class Compiled:
    """The table turned into tuples, so that scoring is a tight loop."""

    clauses: tuple[Clause, ...]
    """Every distinct clause in the table: each is tested once per assessment."""
    causes: tuple[CompiledCause, ...]
    signs: tuple[CompiledSign, ...]
    log_leak: float
    """The log prior of "something not in this table" (`differential.leak_prior`)."""
    effects: dict[tuple[int, tuple[Answer | None, ...]], Effect]
    """Explanations already built, by (rule, the answers it tested): built when first needed,
    then reused (they never change)."""
    reading: dict[str, tuple[int, ...]]
    """Question id -> the clauses whose state its answer can change (a combined condition
    reads every question inside it): what to test again when one answer changes."""


_compiled: dict[int, tuple[RuleTable, Compiled]] = {}


def compile_table(table: RuleTable) -> Compiled:
    """The compiled form of a table, built once per table object."""
    hit = _compiled.get(id(table))
    if hit is not None and hit[0] is table:
        return hit[1]
    slots: dict[Clause, int] = {}

    def slot(clauses: tuple[Clause, ...]) -> tuple[int, ...]:
        return tuple(slots.setdefault(c, len(slots)) for c in clauses)

    def rule(ev: differential.Row) -> Rule:
        clauses = compile_condition(ev.when)
        return Rule(
            clauses,
            slot(clauses),
            tuple(condition_questions(ev.when)),
            ev.lr,
            math.log(ev.lr),
        )

    def cause(cid: str, c: Cause) -> CompiledCause:
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
            rules=tuple(sorted((rule(r) for r in differential.rows(table, c)), key=_strength)),
        )

    causes = tuple(cause(cid, c) for cid, c in table.causes.items())
    signs = []
    for s in table.warning_signs:
        clauses = compile_condition(s.when)
        unless = None if s.unless is None else compile_condition(s.unless)
        questions = condition_questions(s.when)
        signs.append(
            CompiledSign(
                id=s.id,
                level=s.level,
                clauses=clauses,
                slots=slot(clauses),
                unless_clauses=unless,
                unless=None if unless is None else slot(unless),
                questions=tuple(questions),
                short=sign_short(table, s),
                see_a_doctor_if=s.see_a_doctor_if,
                reason=Reason(
                    kind="warning_sign",
                    id=s.id,
                    level=s.level,
                    message=s.message,
                    questions=questions,
                ),
                causes=tuple(s.causes),
            )
        )
    reading: dict[str, list[int]] = {}
    for clause, i in slots.items():
        for qid in _clause_questions(clause):
            reading.setdefault(qid, []).append(i)
    compiled = Compiled(
        clauses=tuple(slots),
        causes=causes,
        signs=tuple(signs),
        log_leak=math.log(differential.leak_prior(table)),
        effects={},
        reading={q: tuple(dict.fromkeys(i)) for q, i in reading.items()},
    )
    _compiled[id(table)] = (table, compiled)
    return compiled


def _clause_questions(clause: Clause) -> Iterable[str]:
    qid, kind, value = clause
    if kind != Kind.COUNT:
        return (qid,)
    return [q for sub in value[2] for c in sub for q in _clause_questions(c)]


def _clause_states(clauses: tuple[Clause, ...], answers: Answers) -> list[bool | None]:
    """Each clause: True if the answer passes, False if it fails, None if unknown. The parts of
    combined conditions are tested once each, however many counts share them."""
    parts: dict[tuple[Clause, ...], bool | None] = {}

    def part(sub: tuple[Clause, ...]) -> bool | None:
        if sub not in parts:
            parts[sub] = holds(sub, answers)
        return parts[sub]

    out: list[bool | None] = []
    for clause in clauses:
        if clause[1] == Kind.COUNT:
            out.append(_count_state(clause[2], [part(sub) for sub in clause[2][2]]))
        else:
            out.append(clause_state(clause, answers))
    return out


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


def sign_state(sign: CompiledSign, states: list[bool | None]) -> bool | None:
    """Whether a warning sign holds: its condition, unless its `unless` is known to hold."""
    if sign.unless is not None and _combine(states, sign.unless) is True:
        return False
    return _combine(states, sign.slots)


def sign_holds(sign: CompiledSign, answers: Answers) -> bool | None:
    """`sign_state` from answers, for callers outside a scoring pass."""
    if sign.unless_clauses is not None and holds(sign.unless_clauses, answers) is True:
        return False
    return holds(sign.clauses, answers)


def _odds_to_probability(log_odds: float) -> float:
    log_odds = max(-MAX_LOG_ODDS, min(MAX_LOG_ODDS, log_odds))
    return 1.0 / (1.0 + math.exp(-log_odds))


@dataclass(repr=False, eq=False)
class Scored:
    cause: CompiledCause
    probability: float
    fired: list[Rule]
    alone: float = 0.0
    """The cause's probability on its own odds (its prior and its own rows, not normalised
    against the other causes): what its `alert` is compared with (`differential.py`)."""


def score(compiled: Compiled, states: list[bool | None]) -> list[Scored]:
    """Every cause's probability and the rules that moved it: the one scoring loop, used by
    `assess` and by the interview (through `probabilities`)."""
    fired_by_cause = []
    logs = []
    state = states.__getitem__
    for cause in compiled.causes:
        fired = [r for r in cause.rules if all(map(state, r.slots))]
        fired_by_cause.append(fired)
        logs.append(cause.log_prior + sum(r.log_lr for r in fired))
    probs = differential.normalise(logs, compiled.log_leak)
    return [
        Scored(
            cause,
            p,
            fired,
            _odds_to_probability(cause.log_prior_odds + log - cause.log_prior),
        )
        for cause, p, fired, log in zip(compiled.causes, probs, fired_by_cause, logs, strict=True)
    ]


def probabilities(table: RuleTable, answers: Answers) -> dict[str, float]:
    """Each cause's probability given the answers (no ranking, no advice): the interview's view."""
    return probabilities_from(table, clause_states(table, answers))


def clause_states(table: RuleTable, answers: Answers) -> list[bool | None]:
    """The state of every clause of the table for these answers (for `probabilities_from`)."""
    return _clause_states(compile_table(table).clauses, answers)


def restated(
    table: RuleTable, states: list[bool | None], answers: Answers, qid: str
) -> list[bool | None]:
    """`clause_states(table, answers)`, given the states for answers that differ from these in
    question `qid` alone: only the clauses that read `qid` are tested again."""
    compiled = compile_table(table)
    out = list(states)
    for i in compiled.reading.get(qid, ()):
        out[i] = clause_state(compiled.clauses[i], answers)
    return out


def probabilities_from(table: RuleTable, states: list[bool | None]) -> dict[str, float]:
    """`probabilities`, from clause states already worked out."""
    return {s.cause.id: s.probability for s in score(compile_table(table), states)}


def raised(cause: CompiledCause | CauseResult, probability: float) -> bool:
    """Did the answers make this cause more than RAISED times as likely (in odds) as its base?"""
    prior = cause.prior
    if probability >= 1.0:
        return True
    return probability / (1.0 - probability) > RAISED * prior / (1.0 - prior)


def _raise(cause: CompiledCause, probability: float) -> float:
    """How much the answers moved a cause, in log-odds against its base rate."""
    p = min(max(probability, 1e-300), 1.0 - 1e-16)
    return math.log(p / (1.0 - p)) - cause.log_prior_odds


def flagged(table: RuleTable, answers: Answers) -> dict[str, list[str]]:
    """Serious cause id -> the warning signs that hold and name it (table order)."""
    out: dict[str, list[str]] = {}
    for sign in compile_table(table).signs:
        if sign.causes and sign_holds(sign, answers):
            for cid in sign.causes:
                out.setdefault(cid, []).append(sign.id)
    return out


def must_not_miss_ids(table: RuleTable, probs: Mapping[str, float], answers: Answers) -> list[str]:
    """The serious causes a warning sign that holds names, or that the answers raised (see
    `differential.must_not_miss`), most pressing first: care level, then how far the answers
    raised each above its base rate (probability only breaks ties)."""
    return _must_not_miss(compile_table(table), table, probs, answers, flagged(table, answers))


def _must_not_miss(
    compiled: Compiled,
    table: RuleTable,
    probs: Mapping[str, float],
    answers: Answers,
    named: Mapping[str, list[str]],
) -> list[str]:
    full = _alone(compiled, clause_states(table, answers))
    pain_only = _alone(compiled, clause_states(table, differential.without_demographics(answers)))
    items = [
        (c.id, c.care, c.prior, probs[c.id], full[c.id], pain_only[c.id], _raise(c, full[c.id]))
        for c in compiled.causes
        if c.serious
    ]
    return differential.must_not_miss(items, named)


def _alone(compiled: Compiled, states: list[bool | None]) -> dict[str, float]:
    """Each cause's probability on its own odds: what its own evidence says of it."""
    return {s.cause.id: s.alone for s in score(compiled, states)}


def _times(lr: float) -> str:
    factor = lr if lr >= 1 else 1 / lr
    text = f"{factor:.0f}" if factor >= 10 else f"{factor:.1f}".removesuffix(".0")
    if lr >= 1:
        return t("about {times}x more likely", times=text)
    return t("about {times}x less likely", times=text)


def _said(table: RuleTable, clauses: tuple[Clause, ...], answers: Answers) -> str:
    """What the person said that a condition tested, in words."""
    parts = []
    for clause in clauses:
        qid, kind, value = clause
        if kind == Kind.COUNT:
            parts.append(_count_words(table, value, answers))
        else:
            parts.append(table.questions[qid].phrase(answers[qid]))
    return t(" and ").join(parts)


def _count_words(table: RuleTable, value: Any, answers: Answers) -> str:
    """How many of a combined condition's parts held, and which: "2 of the 3 ... (...)"."""
    _low, _high, subs, about = value
    held = [sub for sub in subs if holds(sub, answers)]
    if not held:
        return t("none of the {n} {about}", n=len(subs), about=about)
    what = "; ".join(_said(table, sub, answers) for sub in held)
    return t("{k} of the {n} {about} ({what})", k=len(held), n=len(subs), about=about, what=what)


def _build_effect(table: RuleTable, name: str, rule: Rule, answers: Answers) -> Effect:
    said = _said(table, rule.clauses, answers)
    questions = [q for q in rule.questions if answers.get(q) is not None]
    lr = rule.lr
    return Effect(
        question=questions[0],
        questions=questions,
        answers={q: answers[q] for q in questions},
        lr=lr,
        effect="raises" if lr >= 1 else "lowers",
        said=said,
        sentence=t(
            "you said {said} — makes {cause} {times}",
            said=said,
            cause=f"{name[0].lower()}{name[1:]}",
            times=_times(lr),
        ),
    )


def _effect(
    table: RuleTable, compiled: Compiled, cause: CompiledCause, rule: Rule, answers: Answers
) -> Effect:
    values = tuple(answers.get(q) for q in rule.questions)
    key = (id(rule), values)
    effect = compiled.effects.get(key)
    if effect is None:
        effect = _build_effect(table, cause.name, rule, answers)
        compiled.effects[key] = effect
    return effect


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _strength(rule: Rule) -> float:
    return -abs(rule.log_lr)


def _result(table: RuleTable, compiled: Compiled, scored: Scored, answers: Answers) -> CauseResult:
    cause = scored.cause
    return CauseResult(
        id=cause.id,
        name=cause.name,
        description=cause.description,
        care=cause.care,
        probability=round(scored.probability, 4),
        prior=cause.prior,
        evidence=[_effect(table, compiled, cause, r, answers) for r in scored.fired],
        family=differential.family(table, cause.id),
        family_name=differential.family_name(table, cause.id),
    )


def assess(table: RuleTable, answers: Answers) -> Assessment:
    """Score every cause and set the triage level. `answers` holds only known answers."""
    compiled = compile_table(table)
    level: Level = "self_care"
    reasons: list[Reason] = []
    unanswered: list[str] = []
    unknown_emergency: list[CompiledSign] = []
    safety_net: list[str] = []
    states = _clause_states(compiled.clauses, answers)

    for sign in compiled.signs:
        state = sign_state(sign, states)
        if state:
            reasons.append(sign.reason)
            if RANK[sign.level] > RANK[level]:
                level = sign.level
        elif state is None:
            if sign.level == "routine":
                if sign.see_a_doctor_if:
                    safety_net.append(sign.see_a_doctor_if)
                continue
            unanswered.extend(q for q in sign.questions if answers.get(q) is None)
            if sign.level == "emergency":
                unknown_emergency.append(sign)

    scored = score(compiled, states)
    order = sorted(range(len(scored)), key=lambda i: (-scored[i].probability, i))
    results: list[CauseResult] = []
    by_id: dict[str, CauseResult] = {}
    for i in order:
        s = scored[i]
        cause = s.cause
        if cause.alert is not None and s.alone >= cause.alert:
            reasons.append(
                Reason(
                    kind="cause",
                    id=cause.id,
                    level=cause.care,
                    message=t(
                        "From what you said, {cause} cannot be ruled out at home.",
                        cause=f"{cause.name[0].lower()}{cause.name[1:]}",
                    ),
                    questions=_unique(q for r in s.fired for q in r.questions),
                )
            )
            if RANK[cause.care] > RANK[level]:
                level = cause.care
        result = _result(table, compiled, s, answers)
        results.append(result)
        by_id[cause.id] = result

    probs = {s.cause.id: s.probability for s in scored}
    named = flagged(table, answers)
    for cid, signs in named.items():
        by_id[cid].flagged_by = signs
    must = [by_id[cid] for cid in _must_not_miss(compiled, table, probs, answers, named)]
    if level == "self_care" and not unanswered:
        # Self-care means every emergency and urgent sign was answered "no" and no cause
        # reached its alert (brief section 1). "Cannot be ruled out at home" never sits beside
        # it (issue 24): a serious cause listed on the numbers alone is left out.
        must = [c for c in must if c.flagged_by]
    unanswered = _unique(unanswered)
    emergency_questions = _unique(
        q for sign in unknown_emergency for q in sign.questions if answers.get(q) is None
    )
    if unanswered:
        questions = table.questions
        names = "; ".join(questions[q].short or questions[q].text for q in unanswered[:3])
        more = t("; and {n} more", n=len(unanswered) - 3) if len(unanswered) > 3 else ""
        reasons.append(
            Reason(
                kind="unanswered",
                id="unanswered_warning_signs",
                level="routine",
                message=t(
                    "Some warning signs could not be ruled out ({names}), "
                    "so tspain cannot say this is safe to manage at home.",
                    names=names + more,
                ),
                questions=unanswered,
            )
        )
        if RANK[level] < RANK["routine"]:
            level = "routine"

    action = table.levels[level].action
    if unknown_emergency and level != "emergency":
        shorts = "; ".join(_unique(s.short for s in unknown_emergency))
        action = t(
            "{call} if you have any of: {signs}. Otherwise: {action}",
            call=table.levels["emergency"].action.split(".")[0],
            signs=shorts,
            action=action,
        )

    top = results[0].probability
    leading = [r.id for r in results[:TOP] if r.probability >= LEADING_SHARE * top]
    advice = _advice(table, level, leading, [c.id for c in must[:TOP]], answers)
    return Assessment(
        triage=Triage(
            level=level,
            label=table.levels[level].label,
            action=action,
            reasons=sorted(reasons, key=lambda r: -RANK[r.level]),
        ),
        causes=results,
        must_not_miss=must,
        unanswered_warning_signs=unanswered,
        unanswered_emergency_signs=emergency_questions,
        self_care=advice["self_care"],
        prevention=advice["prevention"],
        see_a_doctor_if=merge_advice(
            advice["see_a_doctor_if"] + (safety_net if RANK[level] <= RANK["routine"] else [])
        ),
        while_waiting=merge_advice([*table.levels[level].while_waiting, *advice["meanwhile"]]),
        tell_the_doctor=_tell_the_doctor(table, reasons, answers),
        recap=(
            t("If any emergency sign listed above applies: call an ambulance now. ")
            + table.levels[level].recap
            if unknown_emergency and level != "emergency"
            else table.levels[level].recap
        ),
        disclaimer=table.disclaimer,
        tspain_version=__version__,
        rules_version=table.version,
        language=current().code,
    )


def _tell_the_doctor(table: RuleTable, reasons: list[Reason], answers: Answers) -> list[str]:
    """What the person said that set the level, in their words, for the doctor they will see."""
    said = []
    for reason in sorted(reasons, key=lambda r: -RANK[r.level]):
        if reason.kind == "unanswered":
            continue
        for qid in reason.questions:
            if answers.get(qid) is not None:
                said.append(table.questions[qid].phrase(answers[qid]))
    for qid in ("duration_days", "onset", "severity"):
        if answers.get(qid) is not None:
            said.append(table.questions[qid].phrase(answers[qid]))
    return _unique(s[0].upper() + s[1:] for s in said)


def _advice(
    table: RuleTable, level: Level, leading: list[str], serious: list[str], answers: Answers
) -> dict[str, list[str]]:
    """The advice shown, per level (issue 9): none at an emergency (only what to do while
    waiting); at urgent, only what is safe until seen for the causes shown (a shingles rash);
    at routine and self-care, the leading causes' advice merged with the article's general
    tips. Conditional advice ("after an injury ...") only when the answers match."""
    if level == "emergency":
        return {"self_care": [], "prevention": [], "see_a_doctor_if": [], "meanwhile": []}
    if level == "urgent":
        shown = _unique([*serious, *leading])
        meanwhile = [s for cid in shown for s in table.causes[cid].meanwhile]
        return {"self_care": [], "prevention": [], "see_a_doctor_if": [], "meanwhile": meanwhile}
    causes = [table.causes[cid] for cid in leading]
    self_care = [s for c in causes for s in c.self_care] + _matching(table.advice.relief, answers)
    prevention = table.advice.prevention + [p for c in causes for p in c.prevention]
    doctor = [d for c in causes for d in c.see_a_doctor_if] + _matching(
        table.advice.see_a_doctor_if, answers
    )
    return {
        "self_care": merge_advice(self_care),
        "prevention": merge_advice(prevention),
        "see_a_doctor_if": merge_advice(doctor),
        "meanwhile": [],
    }


def _matching(items: Iterable[Advice], answers: Answers) -> list[str]:
    out = []
    for item in items:
        if isinstance(item, str):
            out.append(item)
        elif holds(compile_condition(item.when), answers):
            out.append(item.text)
    return out


_STOP_WORDS = frozenset(
    {
        *("a", "an", "and", "at", "all", "as", "be", "by", "do", "for", "from", "if", "in"),
        *("is", "it", "of", "on", "or", "the", "to", "up", "when", "with", "you", "your"),
        *("times", "time", "needed"),
    }
)
"""Words that do not make two lines of advice say the same thing."""


@functools.lru_cache(maxsize=1024)
def _words(text: str) -> frozenset[str]:
    words = "".join(ch if ch.isalnum() else " " for ch in text.lower()).split()
    return frozenset(w.rstrip("s") if len(w) > 3 else w for w in words if w not in _STOP_WORDS)


def near_duplicates(a: str, b: str) -> bool:
    """Two lines of advice that say the same ("Take frequent breaks when sitting" and "Take
    frequent breaks from sitting"): most of the shorter one's words are in the other."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return a.strip().lower() == b.strip().lower()
    return len(wa & wb) / min(len(wa), len(wb)) >= 0.6


def merge_advice(items: Iterable[str]) -> list[str]:
    """One list with no line repeated or near-repeated: the first wording is kept."""
    kept: list[str] = []
    for item in items:
        if not any(near_duplicates(item, k) for k in kept):
            kept.append(item)
    return kept
