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


WORDS = {
    "onset": {"sudden": "suddenly", "gradual": "gradually"},
    "injury": {"none": "no injury", "minor": "a minor one", "major": "a serious accident"},
    "pain_location": {
        "central": "in the middle of the spine",
        "between_shoulder_blades": "between the shoulder blades",
        "one_side": "on one side",
        "band_around_chest": "in a band around the chest",
        "widespread": "all over the back",
    },
    "sex": {"female": "female", "male": "male", "other": "other"},
}


def words_for(table: RuleTable, answers: Mapping[str, Answer]) -> list[str]:
    """What a person who never types a code would type: "none", "yes", "gradually",
    "29 years", "3 weeks" ... ("not sure" where `answers` has nothing)."""
    session = Interview(table)
    lines: list[str] = []
    while (step := session.next()) is not None:
        if isinstance(step, Checklist):
            ticked = [i for i, q in enumerate(step.questions, 1) if answers.get(q) is True]
            lines.append(" ".join(map(str, ticked)) or "none")
            session.answer_checklist(step, [step.questions[i - 1] for i in ticked])
            continue
        assert isinstance(step, Ask)
        value = answers.get(step.question)
        if value is None:
            lines.append("not sure")
        elif isinstance(value, bool):
            lines.append("yes" if value else "no")
        elif step.question == "age":
            lines.append(f"{value} years")
        elif step.question == "duration_days":
            assert isinstance(value, int) and value % 7 == 0, "use whole weeks"
            lines.append(f"{value // 7} weeks")
        elif isinstance(value, str):
            lines.append(WORDS[step.question][value])
        else:
            lines.append(str(value))
        session.answer(step.question, value)
    return lines
