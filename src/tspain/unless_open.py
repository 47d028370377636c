"""Whether a warning sign that holds is settled: the questions of its `unless` still unasked
that could rule it out (asked before the interview stops on it). Pure."""

from __future__ import annotations

from collections.abc import Mapping

from tspain.compiled import CompiledSign
from tspain.conditions import Clause, Kind, clause_questions, clause_state, holds
from tspain.table import Answer


def open_unless(sign: CompiledSign, answers: Mapping[str, Answer | None]) -> list[str]:
    """For a sign whose condition holds but whose `unless` is still undecided: the questions of
    the `unless` not yet asked that could still make it hold ("not sure" counts as asked: an
    unknown never rules a sign out, so a part that reads a "not sure" is closed; with the
    injury "not sure", osteoporosis was asked of a man whose sudden pain it could not explain)."""
    if sign.unless_clauses is None:
        return []
    known = {q: a for q, a in answers.items() if a is not None}
    if holds(sign.clauses, known) is not True or holds(sign.unless_clauses, known) is not None:
        return []
    asked: list[str] = []
    for clause in sign.unless_clauses:
        deciding = _could_make_hold(clause, answers, known)
        if deciding is None:
            return []  # a clause that can no longer hold: the `unless` never will
        asked += deciding
    return [q for q in dict.fromkeys(asked) if q not in answers]


def _could_make_hold(
    clause: Clause, answers: Mapping[str, Answer | None], known: Mapping[str, Answer]
) -> list[str] | None:
    """The questions that could still make a clause hold ([] when it holds), or None when none
    can: it fails on what is known, or reads a "not sure" (a combined condition: too few of its
    parts are left open)."""
    state = clause_state(clause, known)
    if state is not None:
        return [] if state else None
    qid, kind, value = clause
    if kind == Kind.COUNT and value[1] < len(value[2]):  # "at most": any part may decide it
        return [q for q in clause_questions(clause) if q not in answers]
    if kind == Kind.COUNT:
        low, found, parts = value[0], 0, []
        for sub in value[2]:
            each = [_could_make_hold(c, answers, known) for c in sub]
            if all(q == [] for q in each):
                found += 1
            elif all(q is not None for q in each):
                parts += [q for qs in each if qs for q in qs]
                found += 1
        return parts if found >= low else None
    sources = [s for s, _state in value[1]] if kind == Kind.IMPLIED else []
    if qid in answers and all(s in answers for s in sources):
        return None  # "not sure" to it (and to whatever could stand for it)
    return [q for q in (qid, *sources) if q not in answers]


def settled(
    sign: CompiledSign, known: Mapping[str, Answer], answers: Mapping[str, Answer | None]
) -> bool:
    """The sign holds, and no unasked `unless` question could still rule it out."""
    return bool(sign.holds(known)) and not open_unless(sign, answers)
