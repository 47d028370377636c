"""Which item of a warning-sign list, or which question asked apart from the lists, a
person's words name: by all of an item's own words, by a word or phrase people use for it
(`matching.QUESTION_WORDS`, `QUESTION_PHRASES`), or by how many of its own words they hold.
Pure; no terminal."""

from __future__ import annotations

from tspain.interview import Checklist
from tspain.matching import QUESTION_PHRASES, QUESTION_WORDS, named_by_people, similar, words
from tspain.table import RuleTable
from tspain.typed_words import local_question_words
from tspain.words import GENERIC, WHEN_AND_HOW_MUCH


def partly(step: Checklist, part: str, table: RuleTable) -> list[str]:
    """The items one of whose own words the typed words hold, when not all of them match an
    item: "a little chest pain", "my chest feels tight", "pain down my left arm" were "Nothing
    on this list matches" at the emergency list (a person playing it down then types 0)."""
    items = {
        q: [*texts, *QUESTION_PHRASES.get(q, [])] for q, texts in item_words(step, table).items()
    }
    if people := named_by_people(part, items, 2):
        return people  # several: which is asked ("tight chest on stairs")
    score = own_word_scores(step, part, table)
    best = max(score.values(), default=0)
    found = [q for q, held in score.items() if held == best]
    # The item most of the words name: "my legs went numb" is the legs (two words), not the
    # numb bottom (one; a tester, twenty-second session). Several by one shared word alone
    # ("blood thinners": blood in the urine, a blood clot) is none: "could be any of 9 16"
    # had a tester type 9, a false fact for the doctor.
    return found if best >= 2 or len(score) == 1 else []


def own_word_named(step: Checklist, part: str, table: RuleTable, found: list[str]) -> bool:
    """Whether the items found were named surely: by people's words for them, or by two or
    more of their own words."""
    items = {
        q: [*texts, *QUESTION_PHRASES.get(q, [])] for q, texts in item_words(step, table).items()
    }
    score = own_word_scores(step, part, table)
    return bool(named_by_people(part, items, 2)) or any(score.get(q, 0) >= 2 for q in found)


def own_word_scores(step: Checklist, part: str, table: RuleTable) -> dict[str, int]:
    """Each item some of the typed words are words of, with how many of them are."""
    said = [w for w in words(part) if w not in GENERIC | WHEN_AND_HOW_MUCH]
    score: dict[str, int] = {}
    for qid, texts in item_words(step, table).items():
        own = [w for text in texts for w in words(text) if w not in GENERIC]
        if held := sum(any(similar(s, w) for w in own) for s in dict.fromkeys(said)):
            score[qid] = held
    return score


def item_words(step: Checklist, table: RuleTable) -> dict[str, list[str]]:
    """Each item's words: its short text, its question, and the words people use for it.
    `table` is the table in use, in the language in use."""
    questions, local = table.questions, local_question_words()
    return {
        q: [questions[q].short or "", questions[q].text, *QUESTION_WORDS.get(q, []),
            *local.get(q, [])]
        for q in step.questions
        if q in questions
    }  # fmt: skip


def other_questions(table: RuleTable) -> dict[str, list[str]]:
    """The yes/no questions asked one at a time, not on a list, with their words: "blood
    thinners" at the urgent list names one."""
    local = local_question_words()  # "tomo sintrom" names blood thinners
    return {
        q: [x.short or "", x.text, *QUESTION_WORDS.get(q, []), *local.get(q, [])]
        for q, x in table.questions.items()
        if x.type == "yesno" and x.checklist is None
    }
