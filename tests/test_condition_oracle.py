"""Issue 12: a reference evaluator of `when` conditions, written from the documented meaning
(README "Editing the rule table"), not from the engine, and compared with the engine.

Documented meaning: a clause whose answer is unknown is neither true nor false (even one that
every answer would pass); a condition holds when every clause holds, fails when any clause
fails, and is otherwise unknown. A combined condition counts its parts: it holds if the count
would pass however the unknown parts turn out, fails if it would fail however they turn out,
and is otherwise unknown. The reference tries every way the unknown parts could turn out."""

from __future__ import annotations

import itertools
from typing import Any

from conftest import examples
from hypothesis import given, settings
from hypothesis import strategies as st

from tspain.conditions import compile_condition, holds
from tspain.table import Count, IntRange

# A tiny world: two yes/no questions, one choice, one number (0-9).
DOMAINS: dict[str, list[Any]] = {
    "fever": [True, False],
    "cough": [True, False],
    "onset": ["sudden", "gradual"],
    "severity": list(range(10)),
}


def plain_clause(qid: str, test: Any, answers: dict[str, Any]) -> bool | None:
    if qid not in answers:
        return None
    value = answers[qid]
    if isinstance(test, IntRange):
        return (test.min is None or value >= test.min) and (test.max is None or value <= test.max)
    if isinstance(test, tuple):
        return value in test
    return bool(value == test and type(value) is type(test))


def reference(when: dict[str, Any], answers: dict[str, Any], clause: Any = None) -> bool | None:
    clause = clause or plain_clause
    states = []
    for qid, test in when.items():
        if qid == "count":
            parts = [reference(part, answers, clause) for part in test.of]
            open_parts = [i for i, p in enumerate(parts) if p is None]
            outcomes = set()
            for guess in itertools.product([True, False], repeat=len(open_parts)):
                filled = list(parts)
                for i, value in zip(open_parts, guess, strict=True):
                    filled[i] = value
                n = sum(bool(p) for p in filled)
                outcomes.add(
                    (test.min is None or n >= test.min) and (test.max is None or n <= test.max)
                )
            states.append(outcomes.pop() if len(outcomes) == 1 else None)
        else:
            states.append(clause(qid, test, answers))
    if False in states:
        return False
    return None if None in states else True


ranges = st.builds(IntRange, st.none() | st.integers(0, 9), st.none() | st.integers(0, 9)).filter(
    lambda r: r.min is not None or r.max is not None
)
simple = st.fixed_dictionaries(
    {},
    optional={
        "fever": st.booleans(),
        "cough": st.booleans(),
        "onset": st.sampled_from(["sudden", "gradual", ("sudden", "gradual")]),
        "severity": ranges,
    },
).filter(bool)
counts = st.builds(
    lambda of, low, high: Count(of=tuple(of), about="test", min=low, max=high),
    st.lists(simple, min_size=2, max_size=3),
    st.none() | st.integers(0, 3),
    st.none() | st.integers(0, 3),
).filter(lambda c: c.min is not None or c.max is not None)
conditions = st.one_of(simple, st.tuples(simple, counts).map(lambda p: {**p[0], "count": p[1]}))
partials = st.fixed_dictionaries({}, optional={q: st.sampled_from(d) for q, d in DOMAINS.items()})


@settings(max_examples=examples(500), deadline=None)
@given(conditions, partials)
def test_the_engine_agrees_with_the_documented_meaning(
    when: dict[str, Any], partial: dict[str, Any]
) -> None:
    assert holds(compile_condition(when), partial) == reference(when, partial)


# `yes_means`: a yes/no question that asks in one what two others ask apart. Documented meaning
# (README "Editing the rule table"): wherever a question it names is unanswered, a "yes" to it
# leaves only the answers its condition allows, and a clause holds, fails or stays unknown as it
# would for every one of those answers; the question's own answer, when given, comes first.
MEANS: dict[str, list[Any]] = {"onset": ["sudden"], "severity": [7, 8, 9]}


def meant_clause(qid: str, test: Any, answers: dict[str, Any]) -> bool | None:
    if qid in answers or answers.get("sudden_bad") is not True or qid not in MEANS:
        return plain_clause(qid, test, answers)
    outcomes = {plain_clause(qid, test, {qid: value}) for value in MEANS[qid]}
    return outcomes.pop() if len(outcomes) == 1 else None


with_sudden_bad = st.fixed_dictionaries(
    {},
    optional={**{q: st.sampled_from(d) for q, d in DOMAINS.items()}, "sudden_bad": st.booleans()},
)


@settings(max_examples=examples(500), deadline=None)
@given(conditions, with_sudden_bad)
def test_a_yes_that_means_other_answers_is_read_as_documented(
    when: dict[str, Any], partial: dict[str, Any]
) -> None:
    implied = {q: (("sudden_bad", tuple(values)),) for q, values in MEANS.items()}
    assert holds(compile_condition(when, implied), partial) == reference(
        when, partial, meant_clause
    )
