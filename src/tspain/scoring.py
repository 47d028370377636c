"""The differential: each cause's probability from the answers, and "must not be missed".

The causes compete for the pain (issue 24, `differential.py`): each cause's prior is multiplied
by the factor of every row whose condition holds, and the results are normalised over every
cause and the leak ("something not in this table"); an unknown answer makes a condition neither
true nor false, so it changes nothing. Each cause's own odds (its prior odds times its own
factors) are kept too: its `alert` is compared with them.

"Must not be missed" (clinical brief section 5; `differential.must_not_miss`): the serious
causes a warning sign which holds names (a red flag is enough, whatever the arithmetic), or
whose own evidence, with and without age and sex, raised them enough and whose probability
passes a floor, most pressing first: highest care level (the cause's own, or that of a warning
sign which holds and names it: a collapsed lung with breathlessness needs an ambulance), then
the one the answers raised most above its base rate (not the most probable: that would let a
common cause's large prior hide a rare one the answers point to).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tspain import differential
from tspain.compiled import Compiled, CompiledCause, Rule, compile_table
from tspain.conditions import Answers, State, clause_state, states
from tspain.levels import RANK

if TYPE_CHECKING:
    from tspain.table import RuleTable

MAX_LOG_ODDS = 700.0
"""Log-odds are bounded here, so that no combination of likelihood ratios overflows."""


@dataclass(repr=False, eq=False)
class Scored:
    cause: CompiledCause
    probability: float
    fired: list[Rule]
    alone: float
    """The cause's probability on its own odds (its prior and its own rows, not normalised
    against the other causes)."""
    alarm: float
    """The same with each row's `alarm_lr`: what its `alert` is compared with (a finding said
    "yes" that another cause explains never lowers it: `differential.alarm_lr`)."""


def clause_states(table: RuleTable, answers: Answers) -> list[State]:
    """The state of every clause of the table for these answers (for `probabilities_from`)."""
    return states(compile_table(table).clauses, answers)


def restated(table: RuleTable, found: list[State], answers: Answers, qid: str) -> list[State]:
    """`clause_states(table, answers)`, given the states for answers that differ from these in
    question `qid` alone: only the clauses that read `qid` are tested again."""
    compiled = compile_table(table)
    out = list(found)
    for i in compiled.reading.get(qid, ()):
        out[i] = clause_state(compiled.clauses[i], answers)
    return out


def _odds_to_probability(log_odds: float) -> float:
    log_odds = max(-MAX_LOG_ODDS, min(MAX_LOG_ODDS, log_odds))
    return 1.0 / (1.0 + math.exp(-log_odds))


def score(compiled: Compiled, found: list[State]) -> list[Scored]:
    """Every cause's probability and the rules that moved it: the one scoring loop, used by
    `assess` and by the interview (through `probabilities_from`)."""
    fired_by_cause = []
    logs = []
    for cause in compiled.causes:
        fired = fired_rules(cause, found)
        fired_by_cause.append(fired)
        logs.append(log_weight(cause, fired))
    probs = differential.normalise(logs, compiled.log_leak)
    return [
        Scored(
            cause,
            p,
            fired,
            _odds_to_probability(cause.log_prior_odds + log - cause.log_prior),
            alarm_probability(cause, fired),
        )
        for cause, p, fired, log in zip(compiled.causes, probs, fired_by_cause, logs, strict=True)
    ]


def alarm_probability(cause: CompiledCause, fired: list[Rule]) -> float:
    """The cause's own-odds probability by its rules' `alarm_lr`: what its alert weighs."""
    return _odds_to_probability(cause.log_prior_odds + sum(r.alarm_log_lr for r in fired))


def log_weight(cause: CompiledCause, fired: list[Rule]) -> float:
    """A cause's log weight: its log prior and the log ratios of its rules that fired."""
    return cause.log_prior + sum(r.log_lr for r in fired)


def fired_rules(cause: CompiledCause, found: list[State]) -> list[Rule]:
    state = found.__getitem__
    return [r for r in cause.rules if all(map(state, r.slots))]


def probabilities(table: RuleTable, answers: Answers) -> dict[str, float]:
    """Each cause's probability given the answers (no ranking, no advice): the interview's view."""
    return probabilities_from(table, clause_states(table, answers))


def probabilities_from(table: RuleTable, found: list[State]) -> dict[str, float]:
    """`probabilities`, from clause states already worked out."""
    return {s.cause.id: s.probability for s in score(compile_table(table), found)}


def _raise(cause: CompiledCause, probability: float) -> float:
    """How much the answers moved a cause, in log-odds against its base rate."""
    p = min(max(probability, 1e-300), 1.0 - 1e-16)
    return math.log(p / (1.0 - p)) - cause.log_prior_odds


def flagged(table: RuleTable, answers: Answers) -> dict[str, list[str]]:
    """Serious cause id -> the warning signs that hold and name it (table order)."""
    compiled = compile_table(table)
    return flagged_from(compiled, states(compiled.clauses, answers))


def flagged_from(compiled: Compiled, found: list[State]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for sign in compiled.signs:
        if sign.causes and sign.state(found):
            for cid in sign.causes:
                out.setdefault(cid, []).append(sign.id)
    return out


def must_not_miss_ids(
    table: RuleTable,
    probs: Mapping[str, float],
    answers: Answers,
    found: list[State] | None = None,
) -> list[str]:
    """The serious causes a warning sign that holds names, or that the answers raised (see
    `differential.must_not_miss`), most pressing first. `found`: the clause states of these
    answers, when the caller has them (the question choice does, for every hypothetical)."""
    compiled = compile_table(table)
    named = flagged(table, answers) if found is None else flagged_from(compiled, found)
    return must_not_miss(compiled, probs, answers, named, found)


def must_not_miss(
    compiled: Compiled,
    probs: Mapping[str, float],
    answers: Answers,
    named: Mapping[str, list[str]],
    found: list[State] | None = None,
) -> list[str]:
    """`found`: the clause states of these answers, when the caller has them (the alarms then
    read them, not the answers again: the question choice asks this of every hypothetical)."""
    full = _alone_from(compiled, probs) or _alone(
        compiled, states(compiled.clauses, answers) if found is None else found
    )
    who = differential.demographics(answers)
    key = tuple(sorted(who.items()))
    alone = compiled.who.get(key)
    if alone is None:
        alone = compiled.who[key] = (
            _alone(compiled, states(compiled.clauses, who))
            if who
            else {c.id: c.prior for c in compiled.causes}
        )
    level = compiled.sign_level
    items = [
        differential.Serious(
            c.id,
            max([c.care, *(level[sign] for sign in named.get(c.id, ()))], key=RANK.__getitem__),
            c.prior,
            probs[c.id],
            full[c.id],
            alone[c.id],
            _raise(c, full[c.id]),
            c.alert is not None and _alarm(c, full[c.id], answers, found) >= c.alert,
        )
        for c in compiled.causes
        if c.serious
    ]
    return differential.must_not_miss(items, named)


def _alarm(
    cause: CompiledCause, own: float, answers: Answers, found: list[State] | None = None
) -> float:
    """`alarm_probability` from the cause's own-odds probability: only its rules whose alarm
    factor differs are tested (a few clauses, or their states in `found`), not the whole
    table again."""
    log_odds = math.log(max(own, 1e-300)) - math.log(max(1.0 - own, 1e-300))
    for rule in cause.rules:
        if rule.alarm_log_lr == rule.log_lr:
            continue
        if found is None:
            fired = all(clause_state(c, answers) for c in rule.clauses)
        else:
            fired = all(found[i] for i in rule.slots)
        if fired:
            log_odds += rule.alarm_log_lr - rule.log_lr
    return _odds_to_probability(log_odds)


def _alone_from(compiled: Compiled, probs: Mapping[str, float]) -> dict[str, float] | None:
    """Each cause's own-odds probability from the shared ones, without scoring again: the
    shares sum to 1 less the leak's, so the whole is the leak's prior over its share, and each
    cause's weight is its share of that whole. None when the leak's share is too small to
    divide by safely (a cause near certain): then score again."""
    whole = differential.whole_weight(compiled.log_leak, probs)
    if whole is None:
        return None
    out = {}
    for c in compiled.causes:
        odds = c.prior / (1.0 - c.prior) * (probs[c.id] * whole / c.prior)  # so finite
        out[c.id] = odds / (1.0 + odds)
    return out


def _alone(compiled: Compiled, found: list[State]) -> dict[str, float]:
    """Each cause's probability on its own odds: what its own evidence says of it."""
    return {s.cause.id: s.alone for s in score(compiled, found)}
