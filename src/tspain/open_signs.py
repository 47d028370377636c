"""The emergency and urgent warning signs the answers leave open, in a few words each, for the
result's "Not ruled out" list; a sign part of which holds already says what is still to know."""

from __future__ import annotations

from collections.abc import Mapping

from tspain.compiled import CompiledSign, compile_table, said_apart
from tspain.conditions import clause_questions, clause_state
from tspain.i18n import t
from tspain.table import Answer, RuleTable
from tspain.wording import lower_first


def open_signs(table: RuleTable, answers: Mapping[str, Answer]) -> dict[str, list[str]]:
    """The emergency and urgent warning signs the answers leave open, by level (a sign that
    holds, or is ruled out, is not listed)."""
    found: dict[str, list[str]] = {"emergency": [], "urgent": []}
    signs = [s for s in compile_table(table).signs if s.holds(answers) is None]
    said: dict[tuple[str, str], str] = {}  # two signs of one short (pre-eclampsia's) are one
    for sign in said_apart(table, signs):
        text = still_to_know(table, sign, answers) or sign.short
        key = (sign.level, sign.short)
        said[key] = sign.short if key in said and said[key] != text else text
    for (level, _), text in said.items():
        if level in found and text not in found[level]:
            found[level].append(text)
    return found


def still_to_know(
    table: RuleTable, sign: CompiledSign, answers: Mapping[str, Answer]
) -> str | None:
    """A sign part of which holds, with the yes/no questions still to answer: a woman who had
    said yes to a cold sweat, since this morning, read "Call an ambulance if you have any of:
    a cold sweat or nausea, pain begun within a day, and heart risks" (a clinical reviewer,
    twenty-sixth session). None when no part holds, or what is open is not a yes or no."""
    states = [clause_state(c, answers) for c in sign.clauses]
    if True not in states:
        return None
    open_ = [
        q
        for clause, state in zip(sign.clauses, states, strict=True)
        if state is None
        for q in clause_questions(clause)
        if q not in answers
    ]
    questions = [table.questions[q] for q in dict.fromkeys(open_)]
    if not questions or any(q.type == "yesno" and not q.short for q in questions):
        return None
    # a choice or a number by its question ("did the pain start after an injury"): a pregnant
    # woman of 31 with sudden pain at 8 read "call an ambulance if ... pain that came on
    # suddenly and is severe", which she had just said (a clinical reviewer, twenty-seventh)
    names = [lower_first(q.short or "" if q.type == "yesno" else _asked(q.text)) for q in questions]
    if [n.casefold() for n in names] == [sign.short.casefold()]:
        return None  # the sign is its one question: "(still to answer: <the same words>)"
    return t("{sign} (still to answer: {questions})", sign=sign.short, questions="; ".join(names))


def _asked(text: str) -> str:
    """A question's words up to its question mark: "how long have you had this pain", not
    "... pain? (in days, or say e.g. 3 weeks)" inside the list (a code reviewer, twenty-seventh
    session)."""
    return text.strip().lstrip("¿").split("?", 1)[0].strip()
