"""Turn a set of answers into what a person would type, following the real interview."""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from typing import Any

import pytest

from tspain.interview import Ask, Checklist, Interview
from tspain.table import Answer, Question, RuleTable

Say = Callable[[str, Question, Answer | None], str]
"""How one answer is typed: (question id, question, answer or None) -> the line."""


def _walk(table: RuleTable, answers: Mapping[str, Answer], none: str, say: Say) -> list[str]:
    """Follow the real interview, answering each step from `answers`."""
    session = Interview(table)
    lines: list[str] = []
    while (step := session.next()) is not None:
        if isinstance(step, Checklist):
            ticked = [i for i, q in enumerate(step.questions, 1) if answers.get(q) is True]
            lines.append(" ".join(map(str, ticked)) or none)
            session.answer_checklist(step, [step.questions[i - 1] for i in ticked])
            continue
        assert isinstance(step, Ask)
        value = answers.get(step.question)
        lines.append(say(step.question, table.questions[step.question], value))
        session.answer(step.question, value)
    return lines


def _code(qid: str, q: Question, value: Answer | None) -> str:
    if value is None:
        return "s"
    if q.type == "yesno":
        return "y" if value else "n"
    if q.type == "choice":
        return str(list(q.options).index(str(value)) + 1)
    return str(value)


def typed_for(table: RuleTable, answers: Mapping[str, Answer]) -> list[str]:
    """The lines to type, answering each question from `answers` ("s" where it has none)."""
    return _walk(table, answers, "0", _code)


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


def _words(qid: str, q: Question, value: Answer | None) -> str:
    if value is None:
        return "not sure"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if qid == "age":
        return f"{value} years"
    if qid == "duration_days":
        assert isinstance(value, int) and value % 7 == 0, "use whole weeks"
        return f"{value // 7} weeks"
    if isinstance(value, str):
        return WORDS[qid][value]
    return str(value)


def words_for(table: RuleTable, answers: Mapping[str, Answer]) -> list[str]:
    """What a person who never types a code would type: "none", "yes", "gradually",
    "29 years", "3 weeks" ... ("not sure" where `answers` has nothing)."""
    return _walk(table, answers, "none", _words)


def _spanish(qid: str, q: Question, value: Answer | None) -> str:
    """As a Spanish speaker types: "sí", "no sé", "29 años", "3 semanas", an option's words.
    `q` is the question of the translated table, so options are typed in Spanish."""
    if value is None:
        return "no sé"
    if isinstance(value, bool):
        return "sí" if value else "no"
    if qid == "age":
        return f"{value} años"
    if qid == "duration_days" and isinstance(value, int):
        return f"{value // 7} semanas" if value % 7 == 0 else f"{value} días"
    if isinstance(value, str):
        return q.options[value].lower()
    return str(value)


def spanish_words_for(table: RuleTable, answers: Mapping[str, Answer]) -> list[str]:
    """What a Spanish speaker who never types a code would type ("ninguno" at a list); `table`
    must be the table translated into Spanish."""
    return _walk(table, answers, "ninguno", _spanish)


class _TerminalStdin:
    """Standard input as tspain.cli sees it in a terminal: the CliRunner's scripted input, but
    `isatty()` is true, so `tspain check` asks without -i and offers the report at the end."""

    def __getattr__(self, name: str) -> Any:
        return getattr(sys.stdin, name)

    def isatty(self) -> bool:
        return True


class _TerminalStdout:
    """Standard output as tspain.cli sees it in a terminal: the CliRunner's, `isatty()` true."""

    def __getattr__(self, name: str) -> Any:
        return getattr(sys.stdout, name)

    def isatty(self) -> bool:
        return True


class _SysAtATerminal:
    """`sys` for tspain.cli only, with standard input (and output, unless told) a terminal (see
    `at_a_terminal`)."""

    stdin = _TerminalStdin()

    def __init__(self, stdout_terminal: bool) -> None:
        self.stdout_terminal = stdout_terminal

    def __getattr__(self, name: str) -> Any:
        if name == "stdout" and self.stdout_terminal:
            return _TerminalStdout()
        return getattr(sys, name)


def at_a_terminal(monkeypatch: pytest.MonkeyPatch, stdout_terminal: bool = True) -> None:
    """Make the command line take the CliRunner's scripted input for a terminal (its only
    terminal test is `sys.stdin.isatty()`, in tspain.cli and any tspain.cli_* module it is
    split into): the interactive flows, the report offer included, then run in-process. Output
    is a terminal to tspain.cli too (`stdout_terminal=False`: redirected, as `> file`), yet
    still goes to a pipe (plain text); what only a real terminal shows (Rich boxes, the screen's
    size, Ctrl-C) stays with the pexpect tests in test_terminal.py."""
    import importlib
    import pkgutil

    import tspain

    for info in pkgutil.iter_modules(tspain.__path__):
        if info.name == "cli" or info.name.startswith("cli_"):
            module = importlib.import_module(f"tspain.{info.name}")
            if getattr(module, "sys", None) is sys:
                monkeypatch.setattr(module, "sys", _SysAtATerminal(stdout_terminal))
