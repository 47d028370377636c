"""A yes that is of another question: "yes type 2 diabetic" at "Do you smoke?" says the person
has diabetes, not that they smoke (it was read as a yes to smoking and said back as "= yes": a
person at a terminal, thirty-fourth session). Pure; no terminal.

Only where tspain knows the question asked (the shipped table's, in the language in use) and
no warning sign is a yes to it (a yes to a sign's question stands: "yes my head is pounding" at
pre-eclampsia's signs was refused), and only by another question's own words said whole
("soaking" named smoking, "pounding" weight loss, and "sí, hipertensión" at the blood pressure
question was refused, its own word not found in its Spanish text: a code reviewer, thirty-fifth
session)."""

from __future__ import annotations

import functools
import re

from tspain import i18n
from tspain.i18n import key, t
from tspain.matching import QUESTION_WORDS, similar
from tspain.table import Question, RuleTable
from tspain.typed_words import Invalid, _or_not_sure, local_question_words
from tspain.words import DOUBTING, GENERIC
from tspain.yesno import NEGATIVE, WELL

ALONGSIDE = frozenset(
    {"and", "also", "too", "plus", "but", "as", "y", "también", "tambien", "pero", "además"}
)
"""Words that add a fact beside the yes ("yes, and I'm diabetic"): the yes stands."""


def yes_of_another(q: Question, text: str) -> str | None:
    """The words after a yes when they name another question and nothing of this one, with no
    word that adds them beside the yes: the person answered something else, asked again."""
    rest = re.findall(r"[\w']+", text)[1:]
    if q.checklist is not None or not rest or ALONGSIDE & set(rest):
        return None
    table = i18n.translated_table(_shipped(), i18n.current())
    own = next((k for k, x in table.questions.items() if x is q or x.text == q.text), None)
    if own is None or own in _read_by_signs(table):
        return None
    said = " ".join(rest)
    local = local_question_words()
    named = {
        qid
        for qid in {*QUESTION_WORDS, *local}
        if any(_whole(w, said) for w in [*QUESTION_WORDS.get(qid, []), *local.get(qid, [])])
    }
    return said if named and own not in named else None


def _whole(words: str, said: str) -> bool:
    return f" {words.lower()} " in f" {said} "


@functools.cache
def _shipped() -> RuleTable:
    from tspain.loading import load_table

    return load_table()


def _read_by_signs(table: RuleTable) -> frozenset[str]:
    """The questions a warning sign is a yes to (pre-eclampsia's signs), not those it counts
    among others (smoking, among the heart risks)."""
    return frozenset(q for s in table.warning_signs for q, v in s.when.items() if v is True)


def yes_unless_of_another(q: Question, text: str) -> bool:
    """A yes, unless its words are of another question (`yes_of_another`): asked again."""
    if other := yes_of_another(q, text):
        raise Invalid(t("'{words}' answers another question.", words=other) + " " + yes_no_hint())
    return True


def yes_no_hint(asked: Question | None = None, typed: str = "") -> str:
    """What a yes/no question takes, said when an answer to it is not understood; first, when
    the words name what `asked` asks about and deny nothing, whether they mean yes ("i have a
    really bad headache" at pre-eclampsia's signs was only "Please answer yes or no": a person
    at a terminal, fortieth session). Never read as a yes: the person says it."""
    hint = t("Please answer yes or no ({yes} or {no}),", yes=key("yes"), no=key("no"))
    hint += " " + _or_not_sure()
    if asked is None or not _of_the_question(asked, typed):
        return hint
    yes, no = key("yes"), key("no")
    return t('If "{words}" means yes, type {yes}; if not, {no}.', words=typed, yes=yes, no=no) + (
        " " + hint
    )


COMMON = frozenset({
    "about", "answering", "anyone", "before", "below", "better", "could", "doctor", "during",
    "else", "ever", "having", "last", "months", "since", "someone", "their", "there", "these",
    "those", "weeks", "which", "while", "worse", "would", "years", "alguna", "alguien", "antes",
    "cuando", "desde", "durante", "meses", "mientras", "semanas", "usted", "había", "tiene",
})  # fmt: skip
"""Words many questions share, which name nothing a question asks about ("i have back pain"
was asked 'If ... means yes' at 27 questions: a code reviewer, fortieth session)."""
NOT_SO_NOW = frozenset({"fine", "normal", "stopped", "gone", "zero", "free", "bien", "nada"})
"""Words that say something is not so now ("bladder is fine", "chest pain stopped")."""


def _of_the_question(asked: Question, typed: str) -> bool:
    """Whether the words name something the question asks about (a word of five letters or
    more, not one many questions share, the same as one of its own or beginning alike), with no
    denial, doubt or question among them."""
    said = re.findall(r"[\w']+", typed.lower())
    asking = re.match(r"(?:what|which|why|how|who|qu[eé]|cu[aá]l|c[oó]mo|qui[eé]n)\b", typed)
    if "?" in typed or asking or set(said) & (NEGATIVE | WELL | NOT_SO_NOW):
        return False
    if any(re.search(rf"\b{re.escape(d)}\b", typed.lower()) for d in DOUBTING):
        return False
    own = [w for w in re.findall(r"[\w']+", asked.text.lower()) if len(w) >= 5]
    named = [w for w in said if len(w) >= 5 and w not in GENERIC | COMMON]
    return any(similar(w, a) or w[:6] == a[:6] for w in named for a in own if a not in COMMON)
