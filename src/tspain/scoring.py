"""The differential: each cause's probability from the answers, and "must not be missed".

Each cause starts from its prior odds and is multiplied by the likelihood ratio of every evidence
rule whose condition holds; an unknown answer makes a condition neither true nor false, so it
changes nothing.

"Must not be missed" (clinical brief section 5): the serious causes the answers made more likely
than their base rate, or that a warning sign which holds names (a red flag is enough, whatever
the arithmetic), most pressing first: highest care level, then the one the answers raised most
above its base rate (not the most probable: that would let a common cause's large prior hide a
rare one the answers point to), however improbable they still are.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tspain.compiled import Compiled, CompiledCause, Rule, compile_table
from tspain.conditions import Answers, State, clause_state, states
from tspain.levels import RANK

if TYPE_CHECKING:
    from tspain.assessment import CauseResult
    from tspain.table import RuleTable

RAISED = 2.0
"""A serious cause is "must not be missed" once the answers make its odds more than this many
times its base rate: one nudge from age or sex alone (x1.5, x2) does not list it."""

MAX_LOG_ODDS = 700.0
"""Log-odds are bounded here, so that no combination of likelihood ratios overflows."""


@dataclass(repr=False, eq=False)
class Scored:
    cause: CompiledCause
    probability: float
    fired: list[Rule]


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
    out = []
    state = found.__getitem__
    for cause in compiled.causes:
        fired = [r for r in cause.rules if all(map(state, r.slots))]
        log_odds = cause.log_prior_odds + sum(r.log_lr for r in fired)
        out.append(Scored(cause, _odds_to_probability(log_odds), fired))
    return out


def probabilities(table: RuleTable, answers: Answers) -> dict[str, float]:
    """Each cause's probability given the answers (no ranking, no advice): the interview's view."""
    return probabilities_from(table, clause_states(table, answers))


def probabilities_from(table: RuleTable, found: list[State]) -> dict[str, float]:
    """`probabilities`, from clause states already worked out."""
    return {s.cause.id: s.probability for s in score(compile_table(table), found)}


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
    compiled = compile_table(table)
    return flagged_from(compiled, states(compiled.clauses, answers))


def flagged_from(compiled: Compiled, found: list[State]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for sign in compiled.signs:
        if sign.causes and sign.state(found):
            for cid in sign.causes:
                out.setdefault(cid, []).append(sign.id)
    return out


def must_not_miss_ids(table: RuleTable, probs: Mapping[str, float], answers: Answers) -> list[str]:
    """The serious causes the answers raised, or a warning sign that holds names, most pressing
    first: care level, then how far the answers raised each above its base rate (probability
    only breaks ties)."""
    return must_not_miss(compile_table(table), probs, flagged(table, answers))


def must_not_miss(
    compiled: Compiled, probs: Mapping[str, float], named: Mapping[str, list[str]]
) -> list[str]:
    chosen = [c for c in compiled.causes if c.serious and (c.id in named or raised(c, probs[c.id]))]
    chosen.sort(key=lambda c: (-RANK[c.care], -_raise(c, probs[c.id]), -probs[c.id]))
    return [c.id for c in chosen]
