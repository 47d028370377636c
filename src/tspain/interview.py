"""Which question to ask next. A pure object: no terminal, no I/O.

Order:
1. The emergency warning signs as one checklist, then the urgent ones, then (while they could
   still change the level) the routine ones. Any emergency sign that holds ends the interview
   at once.
2. Then, one at a time, the unasked question with the most expected value. Questions that could
   still change the triage level come first (those that could raise it to emergency before those
   that could raise it to urgent, and so on); among equals, the one with the highest expected
   information gain over the causes.
3. Stop (the stopping rule) when no unasked question could change the triage level, none
   could put a serious cause into or out of "must not be missed", change the most likely
   cause, or change which causes make the top three by at least `MARGIN` in probability, and
   none is expected to tell us at least `MIN_GAIN` bits about the causes; or when the person says
   "that's all", or after `max_questions`. (The information threshold catches what a one-step
   look at the top three misses: several small answers that together reorder the causes.)

"Could change the triage level" is decided soundly, not by a one-step look-ahead: a question
counts if it appears in a warning sign that is still undecided and could set a level above
what is already certain, or in an evidence rule of a cause whose probability, with every unknown
answer set to its most extreme effect, could still fall on either side of the cause's alert.

Information gain treats the causes as competing explanations (their probabilities normalised)
and each cause's likelihood ratios as relative answer weights against a uniform baseline.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from tspain.engine import (
    LEADING_SHARE,
    TOP,
    compile_table,
    holds,
    must_not_miss_ids,
    probabilities,
    sign_holds,
)
from tspain.levels import RANK
from tspain.table import Answer, IntRange, Question, RuleTable

MARGIN = 0.05
"""How much more likely a cause must become than the one it would push out of the top three."""

MIN_GAIN = 0.1
"""Expected information (bits) below which a question is not worth a person's time."""


@dataclass(frozen=True)
class Checklist:
    """Ask these yes/no questions as one numbered list: tick what applies, or 0 for none."""

    level: Literal["emergency", "urgent", "routine"]
    questions: tuple[str, ...]


@dataclass(frozen=True)
class Ask:
    """Ask one question."""

    question: str


Step = Checklist | Ask | None
"""The next thing to ask; None when the interview is done."""


@dataclass
class Interview:
    table: RuleTable
    max_questions: int | None = None
    answers: dict[str, Answer | None] = field(default_factory=dict)
    """Every question asked so far; None means the person was not sure."""
    history: list[tuple[str, ...]] = field(default_factory=list)
    """The question ids each step answered, for going back."""
    finished: bool = False
    previous: dict[str, Answer | None] = field(default_factory=dict)
    """Answers taken back with "b": shown again (Enter keeps them) when the question returns."""
    one_by_one: tuple[str, ...] = ()
    """Emergency signs to ask one at a time, after "not sure" at the emergency list: an
    emergency sign is never passed over silently."""
    shown_open: int | None = None
    """The smallest "questions could still change the result" count shown so far."""

    # -- what the terminal layer calls -------------------------------------------------------

    def next(self) -> Step:
        """The next step, or None when the interview is done."""
        if self.finished or self.emergency():
            return None
        pending_signs = [q for q in self.one_by_one if q not in self.answers]
        if pending_signs:
            return Ask(pending_signs[0])
        if self.max_questions is not None and len(self.history) >= self.max_questions:
            return None
        levels: tuple[Literal["emergency", "urgent", "routine"], ...] = (
            "emergency",
            "urgent",
            "routine",
        )
        for level in levels:
            pending = tuple(
                qid
                for qid, q in self.table.questions.items()
                if q.checklist == level and qid not in self.answers
            )
            # The routine list only while it could still change the level (not once the
            # answers already call for a doctor).
            if pending and (level != "routine" or set(pending) & set(self._triage_relevant())):
                return Checklist(level, pending)
        best = self.best_question()
        return Ask(best) if best else None

    def answer(self, qid: str, value: Answer | None) -> None:
        """Record one question's answer (None: not sure)."""
        self.answers[qid] = value
        self.history.append((qid,))

    def answer_checklist(self, step: Checklist, ticked: Iterable[str] | None) -> None:
        """Record a checklist: the ticked ones yes, the rest no; `None` means not sure of any.
        Not sure at the emergency list asks each emergency sign on its own, next."""
        if ticked is None and step.level == "emergency":
            self.one_by_one = step.questions
            self.history.append(())
            return
        chosen = set(ticked) if ticked is not None else set()
        for qid in step.questions:
            self.answers[qid] = None if ticked is None else qid in chosen
        self.history.append(step.questions)

    def back(self) -> bool:
        """Undo the last step; False if there is nothing to undo."""
        if not self.history:
            return False
        step = self.history.pop()
        if step == ():  # the "not sure" at the emergency list
            self.one_by_one = ()
        for qid in step:
            if qid in self.answers:
                self.previous[qid] = self.answers.pop(qid)
        self.finished = False
        return True

    def finish(self) -> None:
        """The person has said "that's all": assess with what is known."""
        self.finished = True

    def known(self) -> dict[str, Answer]:
        """The answers to score: "not sure" stays unknown."""
        return {q: a for q, a in self.answers.items() if a is not None}

    def emergency(self) -> bool:
        """True once any emergency warning sign holds."""
        known = self.known()
        return any(
            s.level == "emergency" and sign_holds(s, known) for s in compile_table(self.table).signs
        )

    def open_questions(self) -> int:
        """How many unasked questions could still change the result: the progress indicator.
        It never goes up: a person told "4 more" should not then see 6."""
        relevant = self._triage_relevant()
        count = len(relevant) + sum(
            1 for q in self._unasked() if q not in relevant and self._worth_asking(q)
        )
        self.shown_open = count if self.shown_open is None else min(self.shown_open, count)
        return self.shown_open

    def weighing(self, qid: str) -> list[str]:
        """The likeliest causes this question bears on, for the "?" explanation."""
        now = probabilities(self.table, self.known())
        bearing = [
            cid
            for cid, cause in self.table.causes.items()
            if any(qid in ev.when for ev in cause.evidence)
        ]
        bearing.sort(key=lambda c: -now[c])
        return [self.table.causes[c].name.lower() for c in bearing[:3]]

    # -- choosing ----------------------------------------------------------------------------

    def best_question(self) -> str | None:
        """The unasked question worth most, or None if nothing left could change the result."""
        relevant = self._triage_relevant()
        if relevant:
            return max(relevant, key=lambda q: (relevant[q], self._gain(q), -self._order(q)))
        gains = {q: self._gain(q) for q in self._unasked()}
        worth = [q for q in gains if self._worth_asking(q, gains[q])]
        if not worth:
            return None
        return max(worth, key=lambda q: (gains[q], -self._order(q)))

    def _worth_asking(self, qid: str, gain: float | None = None) -> bool:
        if self._seen_today():
            # An urgent or emergency result shows no likely-cause list: only the serious
            # causes. A question that could only reorder the likely causes (a visible curve,
            # throwing sports, for shingles) is not worth the person's time.
            return self._matters(qid, serious_only=True)
        gain = self._gain(qid) if gain is None else gain
        return gain >= MIN_GAIN or self._matters(qid)

    def _seen_today(self) -> bool:
        """True once a warning sign that holds already calls for a doctor today or sooner."""
        known = self.known()
        return any(
            RANK[s.level] >= RANK["urgent"] and sign_holds(s, known)
            for s in compile_table(self.table).signs
        )

    def _order(self, qid: str) -> int:
        return list(self.table.questions).index(qid)

    def _unasked(self) -> list[str]:
        return [q for q in self.table.questions if q not in self.answers]

    def _triage_relevant(self) -> dict[str, int]:
        """Unasked questions that could still change the triage level -> the highest level rank
        they could bear on."""
        known = self.known()
        compiled = compile_table(self.table)
        floor = 0
        for sign in compiled.signs:
            if sign_holds(sign, known):
                floor = max(floor, RANK[sign.level])
        cause_bounds = []
        for cause in compiled.causes:
            if cause.alert is None:
                continue
            odds, low, high = math.exp(cause.log_prior_odds), 1.0, 1.0
            open_qids: set[str] = set()
            for rule in cause.rules:
                state = holds(rule.clauses, known)
                if state:
                    odds *= rule.lr
                elif state is None:
                    low *= min(1.0, rule.lr)
                    high *= max(1.0, rule.lr)
                    open_qids.update(q for q in rule.questions if q not in self.answers)
            care = RANK[self.table.causes[cause.id].care]
            p_low, p_high = _prob(odds * low), _prob(odds * high)
            if p_low >= cause.alert:
                floor = max(floor, care)
            cause_bounds.append((care, cause.alert, p_low, p_high, open_qids))

        relevant: dict[str, int] = {}

        def mark(qids: Iterable[str], rank: int) -> None:
            for q in qids:
                relevant[q] = max(relevant.get(q, -1), rank)

        for sign in compiled.signs:
            if sign_holds(sign, known) is None:
                rank = RANK[sign.level]
                # Raising above what is certain, or (at self-care) ruling it out, both matter.
                if rank > floor or floor == 0:
                    mark((q for q in sign.questions if q not in self.answers), rank)
        for care, alert, p_low, p_high, open_qids in cause_bounds:
            if care > floor and p_low < alert <= p_high:
                mark(open_qids, care)
        return relevant

    def _hypotheticals(self, qid: str) -> list[Answer]:
        """The answers worth trying for a question: each option, or one number per band."""
        question = self.table.questions[qid]
        if question.type == "yesno":
            return [True, False]
        if question.type == "choice":
            return list(question.options)
        return _bands(question, self._cuts(qid))

    def _cuts(self, qid: str) -> set[int]:
        cuts: set[int] = set()
        for cause in self.table.causes.values():
            for ev in cause.evidence:
                _add_cuts(ev.when.get(qid), cuts)
        for sign in self.table.warning_signs:
            _add_cuts(sign.when.get(qid), cuts)
        return cuts

    def _matters(self, qid: str, serious_only: bool = False) -> bool:
        """Could some answer change either list of the differential: put a serious cause into
        or out of "must not be missed", change the most likely cause, or change which causes
        make the top three by at least MARGIN?"""
        known = self.known()
        now = probabilities(self.table, known)
        ranked = _top(now)
        top = set(ranked)
        serious = set(must_not_miss_ids(self.table, now)[:TOP])
        for answer in self._hypotheticals(qid):
            after = probabilities(self.table, {**known, qid: answer})
            if set(must_not_miss_ids(self.table, after)[:TOP]) != serious:
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

    def _gain(self, qid: str) -> float:
        """Expected reduction in entropy over the causes if this question were answered."""
        known = self.known()
        now = probabilities(self.table, known)
        weights = {c: p for c, p in now.items() if p > 0}
        total = sum(weights.values())
        prior = {c: p / total for c, p in weights.items()}
        # P(answer | cause) proportional to that answer's likelihood ratio for the cause.
        ratios: list[dict[str, float]] = []
        for answer in self._hypotheticals(qid):
            after = probabilities(self.table, {**known, qid: answer})
            ratios.append({c: _odds(after[c]) / _odds(now[c]) for c in prior})
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
    return [c for c, _ in sorted(probs.items(), key=lambda kv: -kv[1])[:TOP]]


def _add_cuts(test: object, cuts: set[int]) -> None:
    if isinstance(test, IntRange):
        if test.min is not None:
            cuts.add(test.min)
        if test.max is not None:
            cuts.add(test.max + 1)


def _bands(question: Question, cuts: set[int]) -> list[Answer]:
    """One representative number per band between the cut points (bands start at a cut)."""
    low = question.min if question.min is not None else 0
    high = question.max if question.max is not None else max(cuts, default=low)
    starts = sorted({low, *(c for c in cuts if low < c <= high)})
    return list(starts)
