"""The phrases people use for a list's items are data, in `question_phrases.toml` (they were
Python statements adding to a module-level dict at import: a code reviewer, left for a session
of its own; moved in the thirty-fifth session). A phrase that cannot match is a sign lost
without a word: held here to what the readers can find."""

from __future__ import annotations

import tomllib

import pytest

from tspain.question_phrases import PHRASES_FILE, question_phrases
from tspain.table import RuleTable


def test_every_phrase_is_of_a_question_and_can_be_found(table: RuleTable) -> None:
    """Typed words are lowered and split at spaces before a phrase is looked for: a phrase
    with a capital, a double space or an edge space is never found. A key that is no question
    id names nothing; a phrase twice under one key is a copy to drift."""
    with PHRASES_FILE.open("rb") as held:
        read = tomllib.load(held)
    problems = [f"unknown question {qid}" for qid in read if qid not in table.questions]
    for qid, said in read.items():
        problems += [
            f"{qid}: {p!r}" for p in said if p != " ".join(p.lower().split()) or not p.strip()
        ]
        problems += [f"{qid}: {p!r} twice" for n, p in enumerate(said) if p in said[:n]]
    assert problems == []


def test_the_phrases_are_read_once_and_cannot_be_changed() -> None:
    phrases = question_phrases()
    assert question_phrases() is phrases
    assert "skin hurts" in phrases["rash"]
    with pytest.raises(TypeError):
        phrases["rash"] = ("anything",)  # type: ignore[index]
