"""An answer and a remark said as two sentences, or with an age: "no. im 74" read as "no, im
74", and "no, im 74" at a yes/no question read as "no" (the age is taken beside it,
`age_beside`). Each was asked again, and the age with it: "no. im 74" and "no injury. im
pregnant" at the injury question (a tester, twenty-eighth session). Pure."""

from __future__ import annotations

import re

from tspain.age_beside import AGE_SAID
from tspain.spoken_numbers import HUNDRED, TENS, UNITS
from tspain.table import Answer, Question
from tspain.understand import Command, Invalid, parse_answer

SENTENCE_END = re.compile(r"(?<=[^\W\d_])\s*[.;]+\s+(?=\S)")
"""A full stop or semicolon after a word and before more words: a sentence's end. Never a
decimal point ("38.5") nor a full stop closing the line; not "!", which a list does not split
at ("none! i have chest pain" became none, the chest pain unasked: a code reviewer, 29th)."""


SAID_BEFORE = re.compile(
    r"^(?:(?:like|as)\s+)?i(?:'?ve|\s+have)?\s+(?:already\s+|just\s+)?(?:said|told\s+you)"
    r"(?:\s+already)?\b[\s,:]*(?=\w)"
    r"|^(?:ya\s+|como\s+)?(?:(?:se|le|te|lo)\s+){0,2}(?:dije|he\s+dicho)(?:\s+que)?\b[\s,:]*(?=\w)",
    re.IGNORECASE,
)
"""Words saying an answer is said again: "i said no", "I already told you no", "ya le dije que
no" (asked again: a code reviewer, twenty-eighth session); "like i said", "i've said", "ya te
lo dije" (still asked again: the same, twenty-ninth)."""


def as_clauses(typed: str) -> str:
    """The line with its sentences joined as clauses, by commas: "no. im 74" is "no, im 74"."""
    return SENTENCE_END.sub(", ", typed.strip())


def without_age(typed: str) -> str | None:
    """The line less the age said at its end ("no, im 74", "no im 74", "no. tengo 58 años"),
    when something is said before it; None when no age ends the line."""
    text = as_clauses(typed)
    ending = [m for m in AGE_SAID.finditer(text.lower()) if not text[m.end() :].strip(" .!")]
    if not ending:
        return None
    before = text[: ending[-1].start()].rstrip(" ,;")
    return before if before.strip() else None


def plainer(typed: str, age_apart: bool) -> list[str]:
    """The ways to read a line that was not an answer as written: its sentences as clauses,
    then (if `age_apart`: not at a number question, where "7, im 74" is two numbers) without
    the age that ends it, then without words saying it was said before ("i said no")."""
    again = SAID_BEFORE.sub("", typed.strip())
    ways = (as_clauses(typed), age_apart and without_age(typed), again)
    found = [text for text in ways if text]
    return [text for n, text in enumerate(found) if text != typed and text not in found[:n]]


def read_plainer(q: Question, typed: str, age_apart: bool) -> Answer | Command | None:
    """`parse_answer`, and if the line is no answer as written, as it reads plainer
    (`plainer`); Invalid as written otherwise."""
    try:
        return parse_answer(q, typed)
    except Invalid:
        for other in plainer(typed, age_apart):
            try:
                return parse_answer(q, other)
            except Invalid:
                continue
        if (
            q.type == "integer"
            and q.unit != "days"
            and (said := NUMBER_THEN_WORDS.match(typed.strip()))
            and not NUMBER_WORDS & set(re.findall(r"[\w']+", typed.lower()))  # "7, im seventy four"
        ):
            return parse_answer(q, said.group(1))  # the remark is read for signs beside it
        raise


NUMBER_THEN_WORDS = re.compile(r"(\d{1,3})\s*(?:[,.;:]|-+|\band\b|\by\b)\s*(?=[^\W\d_])(?!.*\d)")
"""A number, then words with no other number: "80 and her jaw aches", "49. been busy at work",
"82, and she has been sick twice" at the age were asked again, the age lost, and "Back to the
question" shown before another question (a tester of carers, thirty-third session). Not "7, im
74": two numbers are asked again."""
NUMBER_WORDS = frozenset({*UNITS, *TENS, *HUNDRED}) - {"a", "un", "una", "one"}
"""A number said in words beside the first is a second number: "7, im seventy four" was 7, and
an emergency missed ("6, no, nine": a code reviewer, thirty-third session)."""
