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


JOINED = ("and", "y")
"""The words that split a list answer into parts."""


def test_a_phrase_of_two_signs_joined_is_found_beside_another_answer(table: RuleTable) -> None:
    """Every phrase of an emergency or urgent item with "and" or "y" in it, said beside a
    number ("8, sick and sweaty"), names its item. Those phrases were split at their "and"
    into single words that name nothing, so "sick and sweaty", "sweating and shaking" and "me
    arde y me pica" were never found beside an answer (thirty-seventh session). The oracle is
    the phrase file itself."""
    from tspain import i18n
    from tspain.mentioned import signs_named

    with PHRASES_FILE.open("rb") as held:
        read = tomllib.load(held)
    joined = [
        (qid, phrase)
        for qid, said in read.items()
        if table.questions[qid].checklist in ("emergency", "urgent")
        for phrase in said
        if set(phrase.split()) & set(JOINED)
    ]
    found: dict[tuple[str, str], tuple[str, ...]] = {}
    for code in ("en", "es"):
        spoken = i18n.translated_table(table, i18n.use(code))
        for qid, phrase in joined:
            found[qid, phrase] = found.get((qid, phrase), ()) + signs_named(
                spoken, f"8, {phrase}", {}
            )
    assert len(joined) >= 8
    assert [key for key in joined if key[0] not in found[key]] == []
