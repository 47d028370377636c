"""Which question is worth asking next: a pure function of the rule table and the answers so
far (no state, no terminal). `Interview` keeps the session's state and asks this.

Order and stopping rule: see `interview.py`."""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from tspain.compiled import CompiledSign, compile_table
from tspain.conditions import combine
from tspain.differential import normalise, whole_weight
from tspain.levels import RANK
from tspain.limits import LEADING_SHARE, LIKELY
from tspain.scoring import (
    clause_states,
    fired_rules,
    log_weight,
    must_not_miss_ids,
    probabilities_from,
    restated,
)
from tspain.table import Answer, Count, IntRange, Question, RuleTable
from tspain.unless_open import open_unless, settled

MARGIN = 0.05
"""How much more likely a cause must become than the one it would push out of the top three."""

MIN_GAIN = 0.1
"""Expected information (bits) below which a question is not worth a person's time."""


@dataclass(frozen=True)
class QuestionChoice:
    """The worth of each unasked question, given the answers so far (None: not sure)."""

    table: RuleTable
    answers: Mapping[str, Answer | None]
    """Not changed while this object is in use: the probabilities below are worked out once."""

    def known(self) -> dict[str, Answer]:
        return {q: a for q, a in self.answers.items() if a is not None}

    @functools.cached_property
    def _states(self) -> list[bool | None]:
        return clause_states(self.table, self.known())

    @functools.cached_property
    def _now(self) -> dict[str, float]:
        """Each cause's probability with the answers so far (every question's worth starts
        from it)."""
        return probabilities_from(self.table, self._states)

    @functools.cached_property
    def _memo(self) -> dict[tuple[str, Answer], tuple[dict[str, float], list[bool | None]]]:
        return {}

    def _after(self, qid: str, answer: Answer) -> dict[str, float]:
        """Each cause's probability if `qid` were answered `answer` (the information gain and
        the two lists ask the same hypotheticals: each is worked out once)."""
        return self._hypothetical(qid, answer)[0]

    def _hypothetical(self, qid: str, answer: Answer) -> tuple[dict[str, float], list[bool | None]]:
        """`_after`, with the clause states of that hypothetical (for its warning signs)."""
        key = (qid, answer)
        if key not in self._memo:
            hypothetical = {**self.known(), qid: answer}
            states = restated(self.table, self._states, hypothetical, qid)
            self._memo[key] = (self._probabilities(states, qid), states)
        return self._memo[key]

    @functools.cached_property
    def _logs(self) -> list[float]:
        """Each cause's log weight with the answers so far, as `scoring.score` works it out."""
        return [
            log_weight(c, fired_rules(c, self._states)) for c in compile_table(self.table).causes
        ]

    def _probabilities(self, states: list[bool | None], qid: str) -> dict[str, float]:
        """`scoring.probabilities_from(table, states)` for states that differ from now's only in
        clauses reading `qid`: only the causes with a rule on a changed clause are weighed
        again, in the same way (a third of each question's time went on weighing the rest)."""
        compiled = compile_table(self.table)
        logs = list(self._logs)
        now = self._states
        again = {
            k
            for i in compiled.reading.get(qid, ())
            if states[i] != now[i]
            for k in compiled.causes_reading.get(i, ())
        }
        for k in again:
            logs[k] = log_weight(compiled.causes[k], fired_rules(compiled.causes[k], states))
        probs = normalise(logs, compiled.log_leak)
        return {c.id: p for c, p in zip(compiled.causes, probs, strict=True)}

    def open_count(self) -> int:
        """How many unasked questions could still change the result."""
        relevant = self.triage_relevant()
        return len(relevant) + sum(
            1 for q in self._unasked() if q not in relevant and self._worth_asking(q)
        )

    def weighing(self, qid: str) -> list[str]:
        """The likeliest causes this question bears on, for the "?" explanation."""
        now = self._now
        # Every factor the scoring uses: rows, frequencies, and a "yes" that stands for other
        # answers (`yes_means`), as compiled
        bearing = [
            cause.id
            for cause in compile_table(self.table).causes
            if any(qid in rule.questions for rule in cause.rules)
        ]
        bearing.sort(key=lambda c: -now[c])
        return [self.table.causes[c].name.lower() for c in bearing[:3]]

    def best_question(self) -> str | None:
        """The unasked question worth most, or None if nothing left could change the result."""
        relevant = self.triage_relevant()
        if relevant:
            return max(relevant, key=lambda q: (relevant[q], self._gain(q), -self._order(q)))
        gains = {q: self._gain(q) for q in self._unasked()}
        worth = [q for q in gains if self._worth_asking(q, gains[q])]
        if not worth:
            return None
        return max(worth, key=lambda q: (gains[q], -self._order(q)))

    def _worth_asking(self, qid: str, gain: float | None = None) -> bool:
        if self._seen_today:
            # An urgent or emergency result shows no likely-cause list: only the serious
            # causes. A question that could only reorder the likely causes (a visible curve,
            # throwing sports, for shingles) is not worth the person's time.
            return self._matters(qid, serious_only=True)
        gain = self._gain(qid) if gain is None else gain
        return gain >= MIN_GAIN or self._matters(qid)

    @functools.cached_property
    def _seen_today(self) -> bool:
        """True once a warning sign that holds already calls for a doctor today or sooner."""
        known = self.known()
        return any(
            RANK[s.level] >= RANK["urgent"] and settled(s, known, self.answers)
            for s in compile_table(self.table).signs
        )

    def _order(self, qid: str) -> int:
        return list(self.table.questions).index(qid)

    def _unasked(self) -> list[str]:
        return [q for q in self.table.questions if q not in self.answers]

    def triage_relevant(self) -> dict[str, int]:
        """Unasked questions that could still change the triage level -> the highest level rank
        they could bear on."""
        return dict(self._relevant)

    @functools.cached_property
    def _relevant(self) -> dict[str, int]:
        compiled = compile_table(self.table)
        floor, provisional = self._sign_floor()
        bounds = self._cause_bounds()
        floor = max([floor, *(care for care, alert, low, _, _ in bounds if low >= alert)])
        relevant: dict[str, int] = {}

        def mark(qids: Iterable[str], rank: int) -> None:
            for q in qids:
                relevant[q] = max(relevant.get(q, -1), rank)

        for sign in compiled.signs:
            if sign.state(self._states) is None:  # the states worked out once, not again
                rank = RANK[sign.level]
                # Raising above what is certain, or (at self-care) ruling it out, both matter.
                if rank > floor or floor == 0:
                    mark((q for q in sign.questions if q not in self.answers), rank)
        for sign, pending in provisional:
            # A sign that holds only while its `unless` is unanswered: ask the `unless` first,
            # so that stopping here and the same answers given as a file agree (issue 24).
            mark(pending, RANK[sign.level])
        for care, alert, p_low, p_high, open_qids in bounds:
            if care > floor and p_low < alert <= p_high:
                mark(open_qids, care)
        return relevant

    def _sign_floor(self) -> tuple[int, list[tuple[CompiledSign, list[str]]]]:
        """The level rank the warning signs that hold already set, and the signs that hold
        only while their `unless` is unanswered (with those questions)."""
        floor = 0
        provisional: list[tuple[CompiledSign, list[str]]] = []
        for sign in compile_table(self.table).signs:
            if sign.state(self._states):
                pending = open_unless(sign, self.answers)
                if pending:
                    provisional.append((sign, pending))
                else:
                    floor = max(floor, RANK[sign.level])
        return floor, provisional

    def _cause_bounds(self) -> list[tuple[int, float, float, float, set[str]]]:
        """For each cause with an alert: (care rank, alert, lowest and highest probability the
        unanswered questions could give it, those questions)."""
        out = []
        for cause in compile_table(self.table).causes:
            if cause.alert is None:
                continue
            odds, low, high = math.exp(cause.log_prior_odds), 1.0, 1.0
            open_qids: set[str] = set()
            for rule in cause.rules:
                state = combine(self._states[i] for i in rule.slots)
                if state:
                    odds *= rule.alarm_lr
                elif state is None:
                    low *= min(1.0, rule.alarm_lr)
                    high *= max(1.0, rule.alarm_lr)
                    open_qids.update(q for q in rule.questions if q not in self.answers)
            care = RANK[self.table.causes[cause.id].care]
            out.append((care, cause.alert, _prob(odds * low), _prob(odds * high), open_qids))
        return out

    def _hypotheticals(self, qid: str) -> list[Answer]:
        """The answers worth trying for a question: each option, or one number per band."""
        question = self.table.questions[qid]
        if question.type == "yesno":
            return [True, False]
        if question.type == "choice":
            return list(question.options)
        return _bands(question, self._cuts(qid))

    def _cuts(self, qid: str) -> frozenset[int]:
        """Every bound any condition puts on a number question, inside combined conditions
        and a sign's `unless` too: between two cuts, no answer changes anything (found once
        per table)."""
        known = compile_table(self.table).cuts
        if qid not in known:
            cuts: set[int] = set()
            conditions = [ev.when for c in self.table.causes.values() for ev in c.evidence]
            for sign in self.table.warning_signs:
                conditions += [sign.when] + ([sign.unless] if sign.unless else [])
            for when in conditions:
                _add_cuts(when, qid, cuts)
            known[qid] = frozenset(cuts)
        return known[qid]

    @functools.cached_property
    def _serious_now(self) -> set[str]:
        """The first must-not-miss causes with the answers so far (worked out once)."""
        return set(must_not_miss_ids(self.table, self._now, self.known(), self._states)[:LIKELY])

    def _matters(self, qid: str, serious_only: bool = False) -> bool:
        """Could some answer change either list of the differential: put a serious cause into
        or out of "must not be missed", change the most likely cause, or change which causes
        make the top three by at least MARGIN?"""
        known = self.known()
        now = self._now
        ranked = _top(now)
        top = set(ranked)
        serious = self._serious_now
        for answer in self._hypotheticals(qid):
            hypothetical = {**known, qid: answer}
            after, found = self._hypothetical(qid, answer)
            listed = must_not_miss_ids(self.table, after, hypothetical, found)
            if set(listed[:LIKELY]) != serious:
                return True
            if serious_only:
                continue
            new_top = _top(after)
            if new_top[0] != ranked[0] and after[new_top[0]] - after[ranked[0]] >= MARGIN:
                return True
            # A cause entering the top three counts only if it would lead (its advice is given
            # at LEADING_SHARE of the first cause's likelihood): a distant third does not.
            entering = [
                c for c in new_top if c not in top and after[c] >= LEADING_SHARE * after[new_top[0]]
            ]
            leaving = [c for c in top if c not in new_top]
            if (
                entering
                and leaving
                and max(after[c] for c in entering) - min(after[c] for c in leaving) >= MARGIN
            ):
                return True
        return False

    def _whole(self, probs: Mapping[str, float]) -> float | None:
        return whole_weight(compile_table(self.table).log_leak, probs)

    def _gain(self, qid: str) -> float:
        """Expected reduction in entropy over the causes if this question were answered (the
        progress count and the next question both ask it: worked out once)."""
        if qid not in self._gains:
            self._gains[qid] = self._gain_now(qid)
        return self._gains[qid]

    @functools.cached_property
    def _gains(self) -> dict[str, float]:
        return {}

    def _gain_now(self, qid: str) -> float:
        now = self._now
        weights = {c: p for c, p in now.items() if p > 0}
        total = sum(weights.values())
        prior = {c: p / total for c, p in weights.items()}
        # P(answer | cause) proportional to that answer's likelihood ratio for the cause: the
        # ratio of its weights after and now (issue 24: the probabilities are shares of one
        # whole, so each is scaled back by the whole; see `_whole`).
        ratios: list[dict[str, float]] = []
        whole_now = self._whole(now)
        for answer in self._hypotheticals(qid):
            after = self._after(qid, answer)
            whole_after = self._whole(after)
            if whole_now is None or whole_after is None:
                ratios.append({c: _odds(after[c]) / _odds(now[c]) for c in prior})
            else:
                scale = whole_after / whole_now
                ratios.append({c: after[c] / now[c] * scale for c in prior})
        sums = {c: sum(r[c] for r in ratios) for c in prior}
        expected = 0.0
        for r in ratios:
            joint = {c: prior[c] * r[c] / sums[c] for c in prior}
            p_answer = sum(joint.values())
            if p_answer > 0:
                expected += p_answer * _entropy({c: j / p_answer for c, j in joint.items()})
        return _entropy(prior) - expected


def _prob(odds: float) -> float:
    return odds / (1.0 + odds)


def _odds(p: float) -> float:
    return p / (1.0 - p) if p < 1.0 else math.inf


def _entropy(dist: dict[str, float]) -> float:
    return -sum(p * math.log2(p) for p in dist.values() if p > 0)


def _top(probs: dict[str, float]) -> list[str]:
    return [c for c, _ in sorted(probs.items(), key=lambda kv: -kv[1])[:LIKELY]]


def _add_cuts(when: Mapping[str, object], qid: str, cuts: set[int]) -> None:
    for key, test in when.items():
        if isinstance(test, Count):
            for part in test.of:
                _add_cuts(part, qid, cuts)
        elif key == qid and isinstance(test, IntRange):
            if test.min is not None:
                cuts.add(test.min)
            if test.max is not None:
                cuts.add(test.max + 1)


def _bands(question: Question, cuts: frozenset[int]) -> list[Answer]:
    """One representative number per band between the cut points (bands start at a cut)."""
    low = question.min if question.min is not None else 0
    high = question.max if question.max is not None else max(cuts, default=low)
    starts = sorted({low, *(c for c in cuts if low < c <= high)})
    return list(starts)
