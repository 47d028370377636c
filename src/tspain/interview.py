"""The interview's state: what was asked and answered, going back, when it is done. No terminal,
no I/O; which question is worth asking next is the pure `choice.QuestionChoice`.

Order:
1. The emergency warning signs as one checklist, then the urgent ones, then (while they could
   still change the level) the routine ones. Any emergency sign that holds ends the interview
   at once; a sign with an `unless` only once the `unless` questions that could still rule it
   out have been asked (issue 24: stopping early and the same answers given as a file agree).
2. Then, one at a time, the unasked question with the most expected value. Questions that could
   still change the triage level come first (those that could raise it to emergency before those
   that could raise it to urgent, and so on); among equals, the one with the highest expected
   information gain over the causes; and between questions still equal, the one the table
   lists first (so a maintainer orders ties).
3. Stop (the stopping rule) when no unasked question could change the triage level, none
   could put a serious cause into or out of "must not be missed", change the most likely
   cause, or change which causes make the top three by at least `choice.MARGIN` in
   probability, and none is expected to tell us at least `choice.MIN_GAIN` bits about the
   causes; or when the person says "that's all", or after `max_questions`. (The information
   threshold catches what a one-step look at the top three misses: several small answers that
   together reorder the causes.)

"Could change the triage level" is decided soundly, not by a one-step look-ahead: a question
counts if it appears in a warning sign that is still undecided and could set a level above
what is already certain, or in an evidence rule of a cause whose probability, with every unknown
answer set to its most extreme effect, could still fall on either side of the cause's alert.

Information gain treats the causes as competing explanations (their probabilities normalised)
and each cause's likelihood ratios as relative answer weights against a uniform baseline.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from tspain.choice import QuestionChoice
from tspain.compiled import compile_table
from tspain.conditions import compile_condition, holds
from tspain.required_questions import HISTORY_FIRST, INJURY
from tspain.table import Answer, RuleTable
from tspain.unless_open import open_unless, settled


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

UNSURE_IN_A_ROW = 3
"""This many "not sure" answers in a row to single questions end the questions, but for those
everyone can answer (age, how bad, how it began ...) that could still change the level: the
result then says what is known (warning signs left open keep it at least "see a doctor")."""


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
    raised: tuple[str, ...] = ()
    """Questions asked one at a time that the person named at a list ("I'm on warfarin"): asked
    next, so that what they said is recorded as their answer, not dropped."""
    shown_open: int | None = None
    """The smallest "questions could still change the result" count shown so far."""
    shown_at: dict[int, int] = field(default_factory=dict)
    """`shown_open` once the count was shown at each step (by steps answered): going back
    restores the last one before the step returned to, as the answers after it are taken
    back."""
    cut_short: bool = False
    """The questions ended after `UNSURE_IN_A_ROW` answers of "not sure" in a row."""
    named_at: set[tuple[str, str]] = field(default_factory=set)
    """(question, words) where words that were no answer named signs, asked in its place: the
    same words at the same question ask them no more (they were asked without end)."""
    unconfirmed: tuple[tuple[str, str | None], ...] = ()
    """Signs the person's words named that were still to be asked about when they stopped
    (each question id, and the words when they were said back): the result so far says what
    to do if one applies."""
    interrupted: str | None = None
    """The question a sign said in passing was asked in the middle of: asked next, as the
    person was told ("Back to the question you were answering"), unless it was answered."""
    someone_else: bool = False
    """A carer's word was typed ("mum", "he"): a sign named in words is asked of the person
    with the back pain ("Are both your legs ...?" was answered no by a carer of a man who
    could not feel his: a tester of carers, thirty-ninth session)."""
    _choice: tuple[tuple[int, tuple[tuple[str, Answer | None], ...]], QuestionChoice] | None = (
        field(default=None, init=False, repr=False, compare=False)
    )

    # -- what the terminal layer calls -------------------------------------------------------

    def next(self) -> Step:
        """The next step, or None when the interview is done."""
        if self.finished:
            return None
        if self.emergency():  # what the person brought up that a warning sign reads is still
            # asked, for the ambulance crew ("3, ... im on warfarin": a tester, twenty-sixth
            # session); nothing else is
            signs = {q for s in compile_table(self.table).signs for q in s.questions}
            crew = (  # not one asked only when answers hold that do not: a yes there ended an
                q  # emergency with an input error and no result (a regression hunter, 39th)
                for q in self.raised
                if q not in self.answers and q in signs and not self._out_of_turn(q)
            )
            return next((Ask(q) for q in crew), None)
        pending_signs = [q for q in self.one_by_one if q not in self.answers]
        if pending_signs:
            return Ask(pending_signs[0])
        if self.interrupted is not None and self.interrupted not in self.answers:
            return Ask(self.interrupted)
        raised = [q for q in self.raised if q not in self.answers and not self._out_of_turn(q)]
        if raised:  # before --max-questions and "not sure in a row": the person brought it up
            return Ask(raised[0])
        if due := self.asked_when_due():  # what the table asks whenever its condition holds
            return Ask(due[0])
        if self.max_questions is not None and len(self.history) >= self.max_questions:
            return None
        step = self._after_the_signs()
        if isinstance(step, Ask) and self.unsure_run() >= UNSURE_IN_A_ROW:
            # What everyone knows (age, how bad, how it began ...) is still asked while it could
            # change the level: cut at once, published cases whose severity and age went
            # unasked ended URGENT, not EMERGENCY. The rest is cut short, the command line's and
            # the API's interview alike.
            relevant = self.choice().triage_relevant()
            known_to_all = [q for q in (*HISTORY_FIRST, INJURY) if q in relevant]
            if known_to_all:
                return Ask(known_to_all[0])
            self.finished = self.cut_short = True
            return None
        return step

    def _out_of_turn(self, qid: str) -> bool:
        """Whether the table asks this question only when answers hold that are known not to:
        pre-eclampsia's signs named after a no to pregnancy were asked, and a yes left answers
        the result refused (a code reviewer, thirtieth session)."""
        when = self.table.questions[qid].asked_when
        return when is not None and holds(compile_condition(when), self.known()) is False

    def asked_when_due(self) -> list[str]:
        """The questions whose `asked_when` holds, not yet asked."""
        known = self.known()
        return [
            qid
            for qid, q in self.table.questions.items()
            if q.asked_when is not None
            and qid not in self.answers
            and holds(compile_condition(q.asked_when), known) is True
        ]

    def unsure_run(self) -> int:
        """How many single questions answered last were "not sure", in a row (the lists, and the
        emergency signs asked one by one, neither count nor break the run)."""
        run = 0
        for step in reversed(self.history):  # a list is skipped, not a question with what
            # its yes said beside it (`_said_by_a_yes`: a code reviewer, thirtieth session)
            listed = len(step) > 1 and self.table.questions[step[0]].checklist is not None
            if not step or listed or step[0] in self.one_by_one:
                continue
            if self.answers.get(step[0]) is not None:
                break
            run += 1
        return run

    def _after_the_signs(self) -> Step:
        levels: tuple[Literal["emergency", "urgent", "routine"], ...] = (
            "emergency",
            "urgent",
            "routine",
        )
        for level in levels:
            if level != "emergency" and (unless := self._open_emergency_unless()):
                # An emergency sign holds only while its `unless` is unanswered: ask that
                # before anything else (issue 24), since it decides whether this is the end.
                return Ask(unless[0])
            pending = tuple(
                qid
                for qid, q in self.table.questions.items()
                if q.checklist == level and qid not in self.answers
            )
            # The routine list only while it could still change the level (not once the
            # answers already call for a doctor).
            if pending and (
                level != "routine" or set(pending) & set(self.choice().triage_relevant())
            ):
                return Checklist(level, pending)
        best = self.choice().best_question()
        return Ask(best) if best else None

    def _open_emergency_unless(self) -> list[str]:
        """The unasked `unless` questions of emergency signs that hold only provisionally."""
        return [
            q
            for s in compile_table(self.table).signs
            if s.level == "emergency"
            for q in open_unless(s, self.answers)
        ]

    def is_last(self, qid: str) -> bool:
        """True when no answer to this question (nor "not sure") leads to another question:
        only then is it called the last one."""
        for answer in [*self.choice()._hypotheticals(qid), None]:
            after = dataclasses.replace(
                self, answers=dict(self.answers), history=list(self.history)
            )
            after.answer(qid, answer)
            if after.next() is not None:
                return False
        return True

    def choice(self) -> QuestionChoice:
        """The pure question choice for the answers so far: one for each set of answers, as
        the progress count and the next question weigh the same (it was made twice a step)."""
        key = (id(self.table), tuple(self.answers.items()))
        if self._choice is None or self._choice[0] != key:
            self._choice = (key, QuestionChoice(self.table, dict(self.answers)))
        return self._choice[1]

    def answer(self, qid: str, value: Answer | None) -> None:
        """Record one question's answer (None: not sure)."""
        self.answers[qid] = value
        self.history.append((qid,))
        self.interrupted = None if qid == self.interrupted else self.interrupted  # not after "b"
        self._said_by_a_yes(qid, value)

    def _said_by_a_yes(self, qid: str, value: Answer | None) -> None:
        """A yes to a question asked only when yes/no answers hold (`asked_when`) says they
        hold: those not yet known are recorded in the same step. "im pregnant" at the emergency
        list asked pre-eclampsia's signs, a yes was given, then 0 at the urgent list said she
        was not pregnant, and the result was refused as a contradiction (a traceback: a tester,
        thirtieth session)."""
        when = self.table.questions[qid].asked_when
        if value is not True or when is None:
            return
        for other, test in when.items():
            if isinstance(test, bool) and self.answers.get(other) is None:
                self.answers[other] = test
                self.history[-1] = (*self.history[-1], other)

    def answer_beside(self, qid: str, value: Answer) -> None:
        """Record an answer said beside the last one ("no injury, I'm 74"): one step with it, so
        that "b" takes back both (it took back the age alone, unsaid, and the age was never
        asked again: a tester, twenty-eighth session)."""
        self.answers[qid] = value
        self.history.append((*(self.history.pop() if self.history else ()), qid))

    def answer_checklist(
        self, step: Checklist, ticked: Iterable[str] | None, unsure: Iterable[str] = ()
    ) -> None:
        """Record a checklist: the ticked ones yes, those in `unsure` not known, the rest no;
        `None` means not sure of any. Not sure at the emergency list asks each emergency sign
        on its own, next."""
        if ticked is None and step.level == "emergency":
            self.one_by_one = step.questions
            self.history.append(())
            return
        chosen = set(ticked) if ticked is not None else set()
        doubted = set(unsure)
        for qid in step.questions:
            known = qid in chosen or (None if qid in doubted else False)
            self.answers[qid] = None if ticked is None else known
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
        self.finished = self.cut_short = False
        self.interrupted = None  # "b" goes back, not to the question a sign interrupted
        steps = len(self.history)  # a tick taken back no longer holds the count down (a
        earlier = [n for n in self.shown_at if n < steps]  # person at a terminal, 37th)
        self.shown_open = self.shown_at[max(earlier)] if earlier else None
        self.shown_at = {n: c for n, c in self.shown_at.items() if n < steps}
        return True

    def bring_forward(self, questions: Iterable[str]) -> None:
        """Ask these questions next (those not answered yet): the person named them."""
        self.raised = tuple(dict.fromkeys([*self.raised, *questions]))

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
            s.level == "emergency" and settled(s, known, self.answers)
            for s in compile_table(self.table).signs
        )

    def open_questions(self) -> int:
        """How many unasked questions could still change the result: the progress indicator.
        It never goes up: a person told "4 more" should not then see 6."""
        count = self.choice().open_count()
        self.shown_open = count if self.shown_open is None else min(self.shown_open, count)
        self.shown_at[len(self.history)] = self.shown_open
        return self.shown_open

    def weighing(self, qid: str) -> list[str]:
        """The likeliest causes this question bears on, for the "?" explanation."""
        return self.choice().weighing(qid)
