"""The interactive `tspain check`: reads what the person types, drives the interview, and hands
everything it shows to `render`. Parsing what was typed is done by small pure functions."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, TypeVar

from rich.console import Console

from tspain import render
from tspain.interview import Ask, Checklist, Interview
from tspain.table import Answer, Question, RuleTable

Read = Callable[[str], str]
T = TypeVar("T")

NOT_SURE = {"s", "not sure", "unsure", "dk", "don't know", "?s"}
YES = {"y", "yes", "1"}
NO = {"n", "no", "2"}


@dataclass(frozen=True)
class Command:
    """Something typed that is not an answer: why, back, or that's all."""

    kind: Literal["why", "back", "done"]


COMMANDS = {"?": "why", "why": "why", "b": "back", "back": "back", "q": "done", "done": "done"}


class Invalid(ValueError):
    """What was typed is not an answer; the message says what is expected."""


def _number(text: str, signed: bool = False) -> bool:
    """Plain ASCII digits only (and short): "²" or "٣" is a digit to str.isdigit, not to int(),
    and a thousand-digit number is no answer."""
    return re.fullmatch(r"-?[0-9]{1,6}" if signed else r"[0-9]{1,6}", text) is not None


def parse_answer(q: Question, typed: str) -> Answer | Command | None:
    """An answer (None for not sure), or a command. Raises Invalid with a hint."""
    text = typed.strip().lower()
    if text in COMMANDS:
        return Command(COMMANDS[text])  # type: ignore[arg-type]
    if text in NOT_SURE:
        return None
    if q.type == "yesno":
        if text in YES:
            return True
        if text in NO:
            return False
        raise Invalid("Please type y (yes), n (no) or s (not sure).")
    if q.type == "choice":
        options = list(q.options)
        if _number(text) and 1 <= int(text) <= len(options):
            return options[int(text) - 1]
        if text in options:
            return text
        raise Invalid(f"Please type a number from 1 to {len(options)}, or s (not sure).")
    value = int(text) if _number(text, signed=True) else None
    if (
        value is None
        or (q.min is not None and value < q.min)
        or (q.max is not None and value > q.max)
    ):
        raise Invalid(f"Please type a whole number from {q.min} to {q.max}, or s (not sure).")
    return value


def parse_checklist(step: Checklist, typed: str) -> list[str] | Command | None:
    """The ticked question ids ([] for "0": none), None for not sure, or a command."""
    text = typed.strip().lower()
    if text in COMMANDS:
        return Command(COMMANDS[text])  # type: ignore[arg-type]
    if text in NOT_SURE:
        return None
    hint = (
        "Type the numbers that apply (e.g. 2 5), 0 if none of these apply, "
        "or s if you are not sure."
    )
    parts = [p for p in re.split(r"[\s,]+", text) if p]
    if not parts or not all(_number(p) for p in parts):
        raise Invalid(hint)
    numbers = {int(p) for p in parts}
    if numbers == {0}:
        return []
    if 0 in numbers or not all(1 <= n <= len(step.questions) for n in numbers):
        raise Invalid(hint)
    return [step.questions[n - 1] for n in sorted(numbers)]


def interview(
    table: RuleTable, out: Console, read: Read, max_questions: int | None = None
) -> Interview:
    """Ask until the interview is done. KeyboardInterrupt and EOFError pass to the caller."""
    session = Interview(table, max_questions=max_questions)
    render.intro(out, table)
    while (step := session.next()) is not None:
        if isinstance(step, Checklist):
            _checklist(table, out, read, session, step)
        else:
            _question(table, out, read, session, step)
    if session.emergency():
        render.emergency_stop(out)
    return session


def _checklist(
    table: RuleTable, out: Console, read: Read, session: Interview, step: Checklist
) -> None:
    render.checklist(out, table, step, len(session.history) + 1)
    ticked = _read_valid(out, read, lambda typed: parse_checklist(step, typed))
    if isinstance(ticked, Command):
        if ticked.kind == "why":
            render.checklist_why(out, table, step)
        else:
            _move(out, session, ticked)
    else:
        session.answer_checklist(step, ticked)


def _question(table: RuleTable, out: Console, read: Read, session: Interview, step: Ask) -> None:
    q = table.questions[step.question]
    render.question(out, q, len(session.history) + 1, session.open_questions())
    answer = _read_valid(out, read, lambda typed: parse_answer(q, typed))
    if isinstance(answer, Command):
        if answer.kind == "why":
            render.question_why(out, q, session.weighing(step.question))
        else:
            _move(out, session, answer)
    else:
        session.answer(step.question, answer)


def _read_valid(out: Console, read: Read, parse: Callable[[str], T]) -> T:
    """Read until what is typed parses, showing the hint after each miss."""
    while True:
        try:
            return parse(read("> "))
        except Invalid as err:
            render.hint(out, str(err))


def _move(out: Console, session: Interview, command: Command) -> None:
    if command.kind == "back":
        if not session.back():
            render.hint(out, "This is the first question: there is nothing to go back to.")
    else:
        session.finish()
