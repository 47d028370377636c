"""Whether any person with a contract sign's answers escapes it: a search over every answer
the table's conditions tell apart, not a list of likely people.

The contract used to try the people it could think of (every other answer no, every one yes,
what meets each `unless`), and each session a tester wrote a condition they missed: a count
of two choices met by exactly one, an age bound just above the one tried, an `asked_when`
split two ways (thirty-first session). Here each question a warning sign or an `asked_when`
tests ranges over all it can be told apart by: unknown, each yes/no, each option, and each
number at its ends and either side of every bound a condition draws. A depth-first search
prunes a branch as soon as some sign surely holds on every way it can go on, so a table that
keeps its signs is proved so in a few steps. Pure; `tspain.safety` words what it finds."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from itertools import combinations
from typing import Any

from tspain.levels import RANK, Level
from tspain.table import Answer, Count, IntRange, Question, RuleTable, WarningSign

Outcomes = frozenset[bool | None]
ANY: Outcomes = frozenset({True, False, None})
STEPS = 200_000
"""The most branches one search may try: far above what the shipped table or any copy a tester
wrote needs (a few hundred); past it the table is refused as too tangled to check."""


Found = dict[str, Answer | None] | None
"""Answers that escape or refuse, or None when there are none."""


class TooTangled(Exception):
    """The search ran past `STEPS`."""


def _clause(test: object, answer: Answer | None) -> bool | None:
    """Whether one clause holds: True, False, or None when its answer is unknown (as
    the engine reads it, by this module's own code)."""
    if answer is None:
        return None
    if isinstance(test, bool):
        return isinstance(answer, bool) and answer is test
    if isinstance(test, str):
        return not isinstance(answer, bool) and answer == test
    if isinstance(test, tuple):
        return not isinstance(answer, bool) and answer in test
    if isinstance(test, IntRange):
        if isinstance(answer, bool) or not isinstance(answer, int):
            return False
        return (test.min is None or answer >= test.min) and (test.max is None or answer <= test.max)
    return False


def _both(left: Outcomes, right: Outcomes) -> Outcomes:
    """What "this clause and that one" may come to, each as it may."""
    return frozenset(
        False if False in (a, b) else None if None in (a, b) else True for a in left for b in right
    )


_ONE: dict[bool | None, Outcomes] = {v: frozenset({v}) for v in (True, False, None)}
_OUTCOMES = [frozenset(c) for n in (1, 2, 3) for c in combinations((True, False, None), n)]
_BOTH = {(a, b): _both(a, b) for a in _OUTCOMES for b in _OUTCOMES}
"""`_both` of every pair, looked up: the search asks it millions of times in a test run."""


def _counted(parts: list[Outcomes], count: Count) -> Outcomes:
    """What a count may come to, its parts each as they may (as the engine counts): every
    (held, unknown) pair the parts can make, found part by part, however many parts there
    are (over 8 parts was "anything", and a refusal written with 9 passed: a maintainer-tester,
    thirty-first session)."""
    pairs = {(0, 0)}
    for outcomes in parts:
        pairs = {
            (held + (part is True), unknown + (part is None))
            for held, unknown in pairs
            for part in outcomes
        }
    want_min = count.min if count.min is not None else 0
    want_max = count.max if count.max is not None else len(parts)
    found: set[bool | None] = set()
    for held, unknown in pairs:
        low, high = held, held + unknown
        if high < want_min or low > want_max:
            found.add(False)
        else:
            found.add(True if low >= want_min and high <= want_max else None)
    return frozenset(found)


def possible(
    when: Mapping[str, Any], said: Mapping[str, Answer | None], free: set[str]
) -> Outcomes:
    """What a condition may come to: `said` holds the answers fixed (None: unknown), `free`
    the questions still to be chosen, which may be anything (over-counting is safe: it only
    prunes less)."""
    result = _ONE[True]
    for qid, test in when.items():
        if isinstance(test, Count):
            outcomes = _counted([possible(part, said, free) for part in test.of], test)
        elif qid in free:
            outcomes = ANY
        else:
            outcomes = _ONE[_clause(test, said.get(qid))]
        result = _BOTH[result, outcomes]
        if result == _ONE[False]:  # false whatever the rest comes to
            return result
    return result


def _tested(when: Mapping[str, Any]) -> Iterable[tuple[str, Any]]:
    for qid, test in when.items():
        if isinstance(test, Count):
            for part in test.of:
                yield from _tested(part)
        else:
            yield qid, test


def domains(table: RuleTable) -> dict[str, tuple[Answer | None, ...]]:
    """Every answer a question can take that some condition of the table tells apart from
    the others: unknown first, then each yes/no, option, or number at its ends and either side
    of each bound."""
    bounds: dict[str, set[int]] = {}
    conditions = [c for s in table.warning_signs for c in (s.when, s.unless or {})]
    conditions += [q.asked_when for q in table.questions.values() if q.asked_when]
    for when in conditions:
        for qid, test in _tested(when):
            if isinstance(test, IntRange):
                ends = (test.min, test.max)
                bounds.setdefault(qid, set()).update(
                    b + d for b in ends if b is not None for d in (-1, 0, 1)
                )
    return {qid: (None, *_values(q, bounds.get(qid, set()))) for qid, q in table.questions.items()}


def _values(q: Question, bounds: set[int]) -> tuple[Answer, ...]:
    if q.type == "yesno":
        return (False, True)
    if q.type == "choice":
        return tuple(q.options)
    low, high = q.min or 0, q.max or 0  # an integer question has both (`table_checks`)
    return tuple(sorted({low, high} | {b for b in bounds if low <= b <= high}))


def escaping(
    table: RuleTable,
    said: Mapping[str, Answer | None],
    free: Iterable[str],
    level: Level,
    choices: Mapping[str, tuple[Answer | None, ...]],
    asks: Asks | None = None,
) -> dict[str, Answer | None] | None:
    """Answers to the `free` questions on which no warning sign at `level` or higher holds
    beside the `said` ones, or None when there are none. Raises TooTangled past STEPS.
    `asks`: `sign_questions(table)`, when the caller searches the same table many times."""
    signs = [s for s in table.warning_signs if RANK[s.level] >= RANK[level]]
    tested = sign_questions(table) if asks is None else asks
    steps = 0

    def decided(sign: WarningSign, left: set[str]) -> bool:
        return not tested[id(sign)][1] & left

    def search(chosen: dict[str, Answer | None], left: set[str], among: list[WarningSign]) -> Found:
        nonlocal steps
        steps += 1
        if steps > STEPS:
            raise TooTangled
        still = _still_open(among, {**said, **chosen}, left, decided)
        if still is None:
            return None
        parts = _apart(still, {id(s): tested[id(s)][0] & left for s in still})
        if len(parts) > 1:  # signs that share no question are escaped one by one: a fever
            found = dict(chosen)  # sign beside eight others ran past STEPS, trying every way
            for part in parts:  # of the unrelated ones (a maintainer-tester, 31st session)
                if (got := search(chosen, left, part)) is None:
                    return None
                found.update(got)
            return found
        qid = _most_asked(still, tested, left)
        if qid is None:
            return chosen
        for value in choices[qid]:
            if (escaped := search({**chosen, qid: value}, left - {qid}, still)) is not None:
                return escaped
        return None

    return search({}, set(free), signs)


Asks = Mapping[int, tuple[frozenset[str], frozenset[str]]]
"""By a sign's id(): the questions it reads (in its `when` or its `unless`), and those its `when`
reads outside a count."""


def sign_questions(table: RuleTable) -> dict[int, tuple[frozenset[str], frozenset[str]]]:
    """The questions each warning sign reads, in its `when` or its `unless`, and those its `when`
    reads outside a count (by the sign's id())."""
    return {
        id(s): (
            frozenset(q for q, _ in _tested({**s.when, **(s.unless or {})})),
            frozenset(q for q, t in s.when.items() if not isinstance(t, Count)),
        )
        for s in table.warning_signs
    }


def _still_open(
    among: list[WarningSign],
    said: Mapping[str, Answer | None],
    left: set[str],
    decided: Callable[[WarningSign, set[str]], bool],
) -> list[WarningSign] | None:
    """The signs that may still hold or not, or None when one surely holds. The signs whose
    `when` no free answer can change are tried first: most searches end there, at the first
    step, on a sign that holds (a contract check ran 24 signs a step before one held, and each
    `validate` of a copy took 37 ms: thirty-sixth session)."""
    states = {}
    for sign in among:
        if decided(sign, left):
            states[id(sign)] = state = _state(sign, said, left)
            if state == "holds":
                return None
    still = []
    for sign in among:
        state = states.get(id(sign)) or _state(sign, said, left)
        if state == "holds":
            return None
        if state == "open":
            still.append(sign)
    return still


def _most_asked(signs: list[WarningSign], tested: Asks, left: set[str]) -> str | None:
    """The question still to be chosen that the most of these signs read."""
    counts: dict[str, int] = {}
    for sign in signs:
        for qid in tested[id(sign)][0] & left:
            counts[qid] = counts.get(qid, 0) + 1
    return max(counts, key=lambda q: (counts[q], q)) if counts else None


def _apart(signs: list[WarningSign], asks: Mapping[int, frozenset[str]]) -> list[list[WarningSign]]:
    """The signs in groups that share no question still to be chosen."""
    groups: list[tuple[set[str], list[WarningSign]]] = []
    for sign in signs:
        questions, members = set(asks[id(sign)]), [sign]
        for group in [g for g in groups if g[0] & questions]:
            groups.remove(group)
            questions |= group[0]
            members = group[1] + members
        groups.append((questions, members))
    return [members for _, members in groups]


def _state(sign: WarningSign, said: Mapping[str, Answer | None], free: set[str]) -> str:
    """ "holds" on every way the free answers go, "off" on none, else "open"."""
    when = possible(sign.when, said, free)
    if True not in when:
        return "off"
    unless = possible(sign.unless, said, free) if sign.unless else frozenset({False})
    if unless == {True}:
        return "off"
    return "holds" if when == {True} and True not in unless else "open"


def refusing(
    when: Mapping[str, Any],
    said: Mapping[str, Answer | None],
    free: Iterable[str],
    choices: Mapping[str, tuple[Answer | None, ...]],
) -> dict[str, Answer | None] | None:
    """Answers to the `free` questions on which the condition surely does not hold (a question
    asked only when it holds is then refused), or None: depth first, a branch left as soon as
    the condition may no longer fail (every combination tried was minutes on a count of eight
    parts, and past the limit "none": a code reviewer, thirty-first session). Raises
    TooTangled past STEPS."""
    asked = sorted({q for q, _ in _tested(when)} & set(free))
    steps = 0

    def search(
        chosen: dict[str, Answer | None], left: list[str]
    ) -> dict[str, Answer | None] | None:
        nonlocal steps
        steps += 1
        if steps > STEPS:
            raise TooTangled
        outcomes = possible(when, {**said, **chosen}, set(left))
        if False not in outcomes or not left:
            return chosen if outcomes == {False} else None
        for value in choices[left[0]]:
            if (found := search({**chosen, left[0]: value}, left[1:])) is not None:
                return found
        return None

    return search({}, asked)


def level_on(table: RuleTable, said: Mapping[str, Answer | None]) -> Level | None:
    """The highest level of the table's warning signs that hold on these answers (None when
    none does): what a person found by `escaping` is given."""
    held = [s.level for s in table.warning_signs if _state(s, said, set()) == "holds"]
    return max(held, key=RANK.__getitem__, default=None)
