"""The reply at "Did you mean ...?" or "Does this apply to you: ...?", read: yes, no, not sure
or a command, what was said beyond it, and a sign named instead of an answer. Pure; used by
`list_answers`."""

from __future__ import annotations

import re
from collections.abc import Mapping

from tspain import i18n
from tspain.another_question import yes_no_hint
from tspain.i18n import t
from tspain.matching import similar
from tspain.mentioned import signs_named
from tspain.said_apart import read_plainer
from tspain.table import Answer, Question, RuleTable
from tspain.typed_words import _normal
from tspain.understand import Command, Invalid, vocabulary
from tspain.words import IT_IS_ME
from tspain.yesno import AFFIRMING, FILLER, NEGATIVE, SUBJECT, WELL


def item_answer(
    table: RuleTable, q: Question, number: int, heard: list[str], typed: str
) -> Answer | Command | None:
    """The answer at "Did you mean ...?": its number is yes; 0, as at the list, is no; and a no
    that goes on to name another sign is a no ("no es dolor, es que me falta el aire"), the
    rest read as said beyond it. Words that are no answer but name another sign are kept in
    `heard`, to be read after the answer ("maybe the first one", then "i can't breathe" at
    "Does this apply to you: 1 ...?" was asked again, and the breathlessness lost: a
    regression hunter, fortieth session)."""
    said = typed.strip().rstrip(".")
    if said in (str(number), "0") or IT_IS_ME.search(said.lower()):  # "no, it's me": the one
        return said != "0"  # with the pain is typing (it was a no: a regression hunter, 37th)
    try:
        return read_plainer(q, typed, age_apart=False)  # "i said no", "no. it isnt" (29th)
    except Invalid:
        first, _, rest = _normal(typed).partition(" ")
        first = first.strip(",.")
        # what follows the no names the sign, not the no with it: "no feeling down below" at
        # "Did you mean 1. Fever ...?" was a no, and the numbness it states was lost (a
        # regression hunter, fortieth session)
        named = signs_named(table, rest, {})
        # not when the words name this very item: "no chest pain. jaw bit achy but thats prob
        # my teeth" at "Does this apply to you: 2. Chest pain ..., jaw ...?" (a tester)
        this = any(table.questions[x] is q for x in named)
        if vocabulary(i18n.current().code).meaning.get(first) == "no" and named and not this:
            return False
        if any(table.questions[x] is not q for x in signs_named(table, said, {})):
            heard.append(said)
            raise Invalid(t("tspain asks about that after this.") + " " + yes_no_hint()) from None
        raise


def after_answer(text: str, meaning: Mapping[str, str]) -> str:
    """What follows the yes, no or not-sure phrase a typed answer begins with: "its not new"
    of "not sure, its not new" (it was said back as "sure, its not new": a tester)."""
    for said in sorted(meaning, key=len, reverse=True):
        if text == said or re.match(rf"{re.escape(said)}\b", text):
            return text[len(said) :].lstrip(" ,.;:!")
    return " ".join(text.split()[1:])


def restates(q: Question, rest: str) -> bool:
    """Whether what follows a no only says the item is fine: "no, my legs are fine" at "Did you
    mean 10 ... both legs ...?" was said back ("You also said") and asked again (a tester,
    twenty-fourth session)."""
    said = set(re.findall(r"[\w']+", rest.lower())) - FILLER - SUBJECT - AFFIRMING - NEGATIVE
    own = re.findall(r"[\w']+", f"{q.text} {q.short or ''}".lower())
    return bool(said & WELL) and all(w in WELL or any(similar(w, o) for o in own) for w in said)
