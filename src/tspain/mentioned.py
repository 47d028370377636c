"""Warning signs named in an answer to another question: "56, and i passed out on the stairs"
at the age question, "no but my chest goes tight when i walk the dog" at a yes/no question.
Each was only "Please type one whole number" or "Please answer yes or no", and the sign was
lost: people who play symptoms down mention them where they are not asked (a tester, twenty-
second session). Pure: the session asks about each before it counts."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from tspain.interview import Checklist
from tspain.item_names import item_words, own_word_scores
from tspain.levels import SignLevel
from tspain.matching import QUESTION_PHRASES, named_by_people
from tspain.table import Answer, RuleTable
from tspain.ticks import _split
from tspain.typed_words import _normal

LISTS: tuple[SignLevel, ...] = ("emergency", "urgent")
"""The lists whose signs are looked for: those that send a person to a doctor today or now."""


@dataclass(frozen=True)
class Mentioned:
    """What was typed answers nothing, but names warning signs not yet said to hold."""

    questions: tuple[str, ...]


def signs_named(
    table: RuleTable, typed: str, answers: Mapping[str, Answer | None]
) -> tuple[str, ...]:
    """The emergency and urgent list items not already answered yes that the words name more
    surely than a list reads them: by a phrase or word people use for one ("passed out"), or
    by two of its own words ("chest ... tight"), never by one shared word ("passed" is not
    "passing urine"). A number is the question's own answer ("56"), never an item."""
    text = re.sub(r"[0-9]+(?:[.,][0-9]+)?", " ", _normal(typed))
    found: dict[str, None] = {}
    for level in LISTS:
        step = Checklist(
            level, tuple(q for q, x in table.questions.items() if x.checklist == level)
        )
        items = {
            q: [*texts, *QUESTION_PHRASES.get(q, [])]
            for q, texts in item_words(step, table).items()
        }
        for part in (p.strip() for p in _split(text) if p.strip()):
            named = named_by_people(part, items, 2)
            if not named:
                score = own_word_scores(step, part, table)
                named = [
                    q for q, held in score.items() if held >= 2 and held == max(score.values())
                ]
            found.update(dict.fromkeys(q for q in named if answers.get(q) is not True))
    return tuple(found)
