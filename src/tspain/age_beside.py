"""An age said in passing at another question ("no injury, I'm 74", "no, tengo 58 años"):
taken as the answer to the age question and said back, so that it is not asked again (a man of
74 who said it at the injury question was asked his age, and "74 i already said" was refused:
a tester, twenty-eighth session). Only at a yes/no or a choice question: at a number question
"im 8" is its own answer. Pure."""

from __future__ import annotations

import re
from collections.abc import Mapping

from tspain.spoken_numbers import spoken_number
from tspain.table import Answer, RuleTable

AGE = "age"
AGE_SAID = re.compile(
    r"\b(?:i'?m|i am|aged)\s+([0-9]{1,3})(?![.,][0-9]|\s*\+)(?:\s*(?:years? old|yrs? old|y/?o))?\b"
    r"(?!\s*(?:/|out of|%|[a-z]))"
    r"|\btengo\s+([0-9]{1,3}|[a-záéíóúñ]+(?: y [a-záéíóúñ]+)?)\s+años\b"
    r"(?=\s*(?:$|[,.;!]|y\b(?! (?:pico|medio))|de edad\b))"
)
"""An age said by the person as theirs: "I'm 74", "I am 74 years old", "aged 74", "tengo 58
años"; never "I'm 8 out of 10", "I'm 30 weeks pregnant", "lifting my 16 year old son", "when i
was 19 years old", "tengo 30 años fumando" or "tengo 15 años con este dolor" (a code reviewer,
twenty-eighth session: each of the last four was taken as the age, and the age not asked), nor
"im 38.5" or "im 30+2" (a temperature, weeks of pregnancy: a code reviewer, 29th)."""
YOUNGEST = 13
"""Below this, "I'm 5" is more likely something else than the age of a person in back pain."""


def age_beside(
    table: RuleTable, qid: str, typed: str, answers: Mapping[str, Answer | None]
) -> tuple[str, int] | None:
    """The words that said an age beside the answer to `qid`, and the age, when the age is
    not yet known."""
    if qid == AGE or table.questions[qid].type == "integer":
        return None
    return age_said(table, typed, answers)


def age_said(
    table: RuleTable, typed: str, answers: Mapping[str, Answer | None]
) -> tuple[str, int] | None:
    """The words that said the person's age, and the age, when it is not yet known: at a list
    ("ninguna. tengo 82 años" was none, the age lost: a tester, twenty-ninth session) or beside
    another question's answer (`age_beside`)."""
    q = table.questions.get(AGE)
    if q is None or answers.get(AGE) is not None:
        return None
    found = AGE_SAID.search(typed.lower())
    if found is None:
        return None
    said = next(g for g in found.groups() if g is not None)
    age = int(said) if said.isdigit() else spoken_number(said)
    if age is None or age < YOUNGEST or (q.max is not None and age > q.max):
        return None
    return found.group(0), age
