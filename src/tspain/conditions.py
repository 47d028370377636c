"""Conditions: a rule table's `when` compiled to tuples, and the one evaluator that tests them.

Every condition in tspain (an evidence rule, a warning sign and its `unless`, conditional
advice, question choice, "?") is tested here, three-valued: True if the answers pass it, False
if a known answer fails it, None if it cannot be told yet (an unknown answer). A combined
condition (`count`) holds by how many of its parts hold, with the same three values.

A question may declare what its "yes" means for other questions (`yes_means`: a "yes" to "did
the pain come on suddenly and severely?" means the pain began suddenly and is 7 or more out of
10). A clause compiled with those declarations (`compile_condition(when, implied)`) tests such a
question's own answer when there is one, and otherwise what a "yes" to the declaring question
tells of it, so that the same fact gives the same result whichever question it came through.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from enum import IntEnum
from typing import Any, cast

from tspain.table import Answer, Count, IntRange, Test

Answers = Mapping[str, Answer]
State = bool | None


class Kind(IntEnum):
    """What a compiled clause tests."""

    EQUALS = 0
    ONE_OF = 1
    RANGE = 2
    COUNT = 3
    IMPLIED = 4


Clause = tuple[str, Kind, Any]
"""A compiled clause: (question id, kind, value). A COUNT clause's value is
(low, high, sub-conditions as clause tuples, about). An IMPLIED clause's value is (the clause
on the question's own answer, ((declaring question, the clause's state when that question is
"yes" and this one unanswered), ...))."""

Implied = Mapping[str, tuple[tuple[str, tuple[Answer, ...]], ...]]
"""Question id -> what a "yes" to another question tells of it: (that question's id, the
answers the "yes" leaves possible), for each question whose `yes_means` names it."""


def compile_condition(
    when: Mapping[str, Test], implied: Implied | None = None
) -> tuple[Clause, ...]:
    return tuple(_compile_test(q, test, implied or {}) for q, test in when.items())


def _compile_test(qid: str, test: Test, implied: Implied) -> Clause:
    if isinstance(test, Count):
        low = -math.inf if test.min is None else test.min
        high = math.inf if test.max is None else test.max
        subs = tuple(compile_condition(c, implied) for c in test.of)
        return (qid, Kind.COUNT, (low, high, subs, test.about))
    clause = _compile_plain(qid, test)
    if qid not in implied:
        return clause
    sources = tuple(
        (source, _for_every([_state(clause, {qid: a}, {}) for a in possible]))
        for source, possible in implied[qid]
    )
    return (qid, Kind.IMPLIED, (clause, sources))


def _for_every(found: list[State]) -> State:
    """True if a clause holds for every possible answer, False if for none, else None."""
    return True if all(found) else False if not any(found) else None


def _compile_plain(qid: str, test: Test) -> Clause:
    if isinstance(test, IntRange):
        low = -math.inf if test.min is None else test.min
        high = math.inf if test.max is None else test.max
        return (qid, Kind.RANGE, (low, high))
    if isinstance(test, tuple):
        return (qid, Kind.ONE_OF, frozenset(test))
    return (qid, Kind.EQUALS, test)


def clause_questions(clause: Clause) -> tuple[str, ...]:
    """Every question a clause reads (all the parts of a combined condition)."""
    qid, kind, value = clause
    if kind == Kind.IMPLIED:
        return (qid, *(source for source, _state in value[1]))
    if kind != Kind.COUNT:
        return (qid,)
    return tuple(q for sub in value[2] for c in sub for q in clause_questions(c))


def held_questions(clauses: tuple[Clause, ...], answers: Answers) -> tuple[str, ...]:
    """The questions of clauses that hold, a combined condition's only through its parts that
    hold: a clot risk on one side read "recent surgery" (answered no) and "hormones" (unknown)
    among the questions that made it hold (a scripter, twenty-eighth session)."""
    out: list[str] = []
    for clause in clauses:
        _, kind, value = clause
        if kind != Kind.COUNT:
            out += clause_questions(clause)
            continue
        for sub in value[2]:
            if holds(sub, answers) is True:
                out += [q for c in sub for q in clause_questions(c)]
    return tuple(dict.fromkeys(out))


def answered_through(clause: Clause, answers: Answers) -> tuple[str, ...]:
    """The answered questions a clause's state came from: the question's own answer, or else
    the "yes" that stood for it (every answered part of a combined condition)."""
    qid, kind, value = clause
    if kind == Kind.COUNT:
        return tuple(q for sub in value[2] for c in sub for q in answered_through(c, answers))
    if kind == Kind.IMPLIED and answers.get(qid) is None:
        return tuple(source for source, _state in value[1] if answers.get(source) is True)[:1]
    return (qid,) if answers.get(qid) is not None else ()


def states(clauses: Iterable[Clause], answers: Answers) -> list[State]:
    """The state of each clause. The parts of combined conditions are tested once each,
    however many combined conditions share them."""
    parts: dict[tuple[Clause, ...], State] = {}
    return [_state(clause, answers, parts) for clause in clauses]


def clause_state(clause: Clause, answers: Answers) -> State:
    """The state of one clause."""
    return _state(clause, answers, {})


def _state(clause: Clause, answers: Answers, parts: dict[tuple[Clause, ...], State]) -> State:
    qid, kind, value = clause
    if kind == Kind.COUNT:
        subs: tuple[tuple[Clause, ...], ...] = value[2]
        found = []
        for sub in subs:
            if sub not in parts:
                parts[sub] = combine([_state(c, answers, parts) for c in sub])
            found.append(parts[sub])
        return _count_state(value[0], value[1], found)
    if kind == Kind.IMPLIED:
        if answers.get(qid) is not None:
            return _state(value[0], answers, parts)
        for source, state in value[1]:
            if answers.get(source) is True:
                return cast(State, state)
        return None
    answer = answers.get(qid)
    if answer is None:
        return None
    if kind == Kind.EQUALS:
        # A clause matches only an answer of its own type: true is not 1.
        return answer == value and type(answer) is type(value)
    if kind == Kind.ONE_OF:
        return answer in value
    low, high = cast(tuple[float, float], value)
    return low <= answer <= high  # type: ignore[operator]


def _count_state(low: float, high: float, found: list[State]) -> State:
    """A combined condition ("at least low, at most high of these"), from its parts' states."""
    true, unknown = found.count(True), found.count(None)
    if low > high or true > high or true + unknown < low:
        return False
    if true >= low and true + unknown <= high:
        return True
    return None


def combine(found: Iterable[State]) -> State:
    """All clauses of a condition together: False if any fails, None if any is unknown."""
    result: State = True
    for state in found:
        if state is False:
            return False
        if state is None:
            result = None
    return result


def holds(clauses: tuple[Clause, ...], answers: Answers) -> State:
    """True if every clause holds, False if any known answer fails one, None if unknown."""
    return combine(states(clauses, answers))


def holds_unless(
    clauses: tuple[Clause, ...], unless: tuple[Clause, ...] | None, answers: Answers
) -> State:
    """A warning sign's state: its condition, unless its `unless` is known to hold."""
    if unless is not None and holds(unless, answers) is True:
        return False
    return holds(clauses, answers)
