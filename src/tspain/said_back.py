"""What was understood from words, said back: "2 weeks = 14 days", "severe = 7 out of 10",
"sweating = 12. Cold sweat, nausea or vomiting with the pain". Pure; no terminal."""

from __future__ import annotations

from tspain.i18n import answer_label
from tspain.interview import Checklist
from tspain.table import Answer, Question, RuleTable
from tspain.ticks import _all_numbers
from tspain.typed_words import Command, _normal, _words
from tspain.understand import unit_echo
from tspain.words import HEDGES


def echo(
    table: RuleTable,
    asked: Question | Checklist,
    typed: str,
    value: Answer | Command | list[str] | None,
) -> str | None:
    """What was understood, said back when it was typed in words: "2 weeks = 14 days",
    "severe = 7 out of 10", "slowly = Gradually, over hours or days", "sweating = 12. Cold
    sweat, nausea or vomiting with the pain"."""
    text = _normal(typed)
    if value is None and isinstance(asked, Question) and text:
        # "yes, I don't know how much" is read as not sure: said back, so that it can be mended
        known = _words().meaning.get(text) == "not_sure" and text not in HEDGES
        return None if known else f"{text} = {answer_label(asked, None)}"  # "probably = ..."
    if value is None or isinstance(value, Command) or not text or _all_numbers(text):
        return None
    if isinstance(asked, Checklist):
        if not isinstance(value, list) or not value or not any(c.isalpha() for c in text):
            return None
        items = [f"{asked.questions.index(q) + 1}. {table.questions[q].short or q}" for q in value]
        return f"{text} = " + "; ".join(items)
    if asked.type == "integer":
        return unit_echo(asked, typed, value)  # type: ignore[arg-type]
    meaning = _words().meaning.get(text)
    if asked.type == "yesno" and meaning in ("yes", "no") and " " not in text:
        return None  # said as it is; a hedge ("probably not") is said back: a tester's went
        # unsaid, and chest pain left the list of signs not ruled out
    label = answer_label(asked, value)  # type: ignore[arg-type]
    if text == label.lower():
        return None
    if text in _words().option_numbers and value in asked.options:  # "one = 1. No injury"
        label = f"{list(asked.options).index(str(value)) + 1}. {label}"
    return f"{text} = {label}"
