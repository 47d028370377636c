"""A yes that is of another question: "yes type 2 diabetic" at "Do you smoke?" says the person
has diabetes, not that they smoke (it was read as a yes to smoking and said back as "= yes": a
person at a terminal, thirty-fourth session). Pure; no terminal."""

from __future__ import annotations

import re

from tspain.i18n import key, t
from tspain.matching import QUESTION_WORDS, SMALL, named_by_people
from tspain.table import Question
from tspain.typed_words import Invalid, _or_not_sure, local_question_words

ALONGSIDE = frozenset(
    {"and", "also", "too", "plus", "but", "as", "y", "también", "tambien", "pero", "además"}
)
"""Words that add a fact beside the yes ("yes, and I'm diabetic"): the yes stands."""


def yes_of_another(q: Question, text: str) -> str | None:
    """The words after a yes when they name another question and nothing of this one, with no
    word that adds them beside the yes: the person answered something else, asked again. Not
    at a warning sign's question, where a yes stands ("yes, sweaty" at the chest pain)."""
    rest = re.findall(r"[\w']+", text)[1:]
    if q.checklist is not None or not rest or ALONGSIDE & set(rest):
        return None
    local = local_question_words()
    words = {qid: ["", *QUESTION_WORDS.get(qid, []), *local.get(qid, [])] for qid in QUESTION_WORDS}
    words |= {qid: ["", *QUESTION_WORDS.get(qid, []), *ws] for qid, ws in local.items()}
    asked = f"{q.text} {q.short or ''}"
    this = set(named_by_people(asked, words, 1))  # the question's own words name it
    said = " ".join(rest)
    named = set(named_by_people(said, words, 1))
    own = set(re.findall(r"[\w']+", asked.lower())) - SMALL
    if not named - this or named & this or own & set(rest):
        return None
    return said


def yes_unless_of_another(q: Question, text: str) -> bool:
    """A yes, unless its words are of another question (`yes_of_another`): asked again."""
    if other := yes_of_another(q, text):
        raise Invalid(t("'{words}' answers another question.", words=other) + " " + yes_no_hint())
    return True


def yes_no_hint() -> str:
    """What a yes/no question takes, said when an answer to it is not understood."""
    return (
        t("Please answer yes or no ({yes} or {no}),", yes=key("yes"), no=key("no"))
        + " "
        + _or_not_sure()
    )
