"""Turn a set of answers into what a person would type, following the real interview."""

from __future__ import annotations

from collections.abc import Mapping

from tspain.interview import Ask, Checklist, Interview
from tspain.table import Answer, RuleTable


def typed_for(table: RuleTable, answers: Mapping[str, Answer]) -> list[str]:
    """The lines to type, answering each question from `answers` ("s" where it has none)."""
    session = Interview(table)
    lines: list[str] = []
    while (step := session.next()) is not None:
        if isinstance(step, Checklist):
            ticked = [i for i, q in enumerate(step.questions, 1) if answers.get(q) is True]
            lines.append(" ".join(map(str, ticked)) or "0")
            session.answer_checklist(step, [step.questions[i - 1] for i in ticked])
            continue
        assert isinstance(step, Ask)
        q = table.questions[step.question]
        value = answers.get(step.question)
        if value is None:
            lines.append("s")
        elif q.type == "yesno":
            lines.append("y" if value else "n")
        elif q.type == "choice":
            lines.append(str(list(q.options).index(str(value)) + 1))
        else:
            lines.append(str(value))
        session.answer(step.question, value)
    return lines
