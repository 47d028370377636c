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
from tspain.matching import DENYING, QUESTION_PHRASES, named_by_people, words
from tspain.table import Answer, RuleTable
from tspain.ticks import _split, idioms_out
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
    surely than a list reads them: by a phrase people use for one ("passed out"), by two of
    its own words ("chest ... tight"), or by the word its name begins with ("fever"); never by
    one shared word ("passed" is not "passing urine"), by a single word people use in other
    senses ("grey", "sick", "temp"), or in words that deny it ("6, no numbness"; each was a
    false "You mentioned a warning sign": a regression hunter, twenty-second session). A
    number is the question's own answer ("56"), never an item."""
    text = idioms_out(re.sub(r"[0-9]+(?:[.,][0-9]+)?", " ", _normal(typed)))
    found: dict[str, None] = {}
    for level in LISTS:
        step = Checklist(
            level, tuple(q for q, x in table.questions.items() if x.checklist == level)
        )
        phrases = {
            q: [t for t in [*texts[2:], *QUESTION_PHRASES.get(q, [])] if " " in t.strip()]
            for q, texts in item_words(step, table).items()
        }
        for part in (p.strip() for p in _split(text) if p.strip()):
            if DENYING & set(re.findall(r"[\w']+", part)):
                continue
            named = named_by_people(part, phrases, 0)
            score = own_word_scores(step, part, table)
            top = [q for q, held in score.items() if held >= 2 and held == max(score.values())]
            named += top if len(top) == 1 else []
            named += [q for q in step.questions if _by_name(table, q, part)]
            found.update(dict.fromkeys(q for q in named if answers.get(q) is not True))
    return tuple(found)


def _by_name(table: RuleTable, qid: str, part: str) -> bool:
    """Whether the part holds the word an item's name begins with ("Fever, chills, ..."), when
    that word is its own: no other list item's name holds it ("blood"), and it is not one
    that says nothing alone ("sudden", "new")."""
    first = words(table.questions[qid].short or "")[:1]
    if not first or first[0] in SHARED_FIRST or first[0] not in words(part):
        return False
    others = (q.short or "" for k, q in table.questions.items() if k != qid and q.checklist)
    return not any(first[0] in words(short) for short in others)  # "blood": three items


SHARED_FIRST = frozenset({"sudden", "new", "pain", "one", "a", "you", "constant", "upper"})
"""Words an item's name begins with that say nothing of it alone."""
