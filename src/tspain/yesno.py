"""Reading a typed yes or no that says more than the word: "yes, at a desk all day" is yes,
"no, thank you" is no; a no that goes on to say something else ("no, but it goes down my
arm", "no... wait, yes", "nah idk") is asked again, and so is a key followed by words ("2
times this morning": "2" is the key for no). A pure function of the words typed and the
meanings of the language's words (`understand.Vocabulary`)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Set

PLAIN_NO = frozenset(
    {
        *("no", "not", "nope", "nah", "never", "none", "nothing", "i", "i'm", "im", "am", "do"),
        *("don't", "dont", "have", "haven't", "havent", "did", "didn't", "didnt", "is", "it"),
        *("isn't", "isnt", "it's", "does", "doesn't", "doesnt", "ever", "really", "sir"),
        *("definitely", "certainly", "absolutely", "madam", "ma'am", "like", "way", "so"),
        *("course", "think", "believe", "the", "anything", "any", "doctor", "doc", "fine"),
        *("ok", "okay", "good", "well", "know", "feel", "feeling", "that's", "thats", "this"),
        *("are", "was", "were", "been", "has", "hasn't"),
        *("nunca", "nada", "ninguno", "ninguna", "ningún", "jamás", "en", "absoluto", "para"),
        *("señor", "señora", "doctora", "creo", "lo", "me", "eso", "así", "he", "ha", "tomo"),
        *("bien", "estoy", "todo", "sé", "que", "yo", "nadie", "sepa"),
    }
)
"""Words that may follow a "no" and leave it a plain no ("no, I don't think so", "no, never",
"no, nada de eso"), beside the language's polite and "none" words. Any other word makes the
answer one to ask again: "no, only when I walk up stairs" is the exertion sign itself."""
BUT = frozenset({"but", "only", "except", "sometimes", "pero", "solo", "sólo", "excepto", "veces"})
"""Words that turn a no into something else, even among the question's own words: "no, only
when I walk up stairs" at the exertion question."""
STILL_NO = frozenset(
    {
        *("no", "not", "never", "nothing", "haven't", "havent", "don't", "dont", "didn't"),
        *("didnt", "isn't", "isnt", "hasn't", "doesn't", "doesnt", "wasn't", "fine", "ok"),
        *("okay", "good", "nunca", "nada", "bien", "ningún", "ninguna", "ninguno"),
    }
)
"""Words after a "no" that deny again or say all is well: beside one, the question's own words
repeat the denial ("no, never fainted")."""
DENYING = frozenset({"no", "not", "nunca", "never"})
"""Words that turn a yes into a denial ("claro que no" was read as yes)."""


def yes_or_no(
    text: str, meaning: Mapping[str, str], plain: Set[str], own: Set[str] = frozenset()
) -> str | None:
    """ "yes", "no" or None (ask again) for `text` (already normalised), given `meaning` (word
    -> yes, no, ...), `plain` (the language's polite, small and "none" words) and `own` (the
    question's words, which keep a no a no only beside a word that denies: "no, I haven't
    fainted" is no, "no, pain spreading to the arm" is asked again): the words themselves,
    the first word of a longer answer, or a small typo ("yse")."""
    if meaning.get(text) in ("yes", "no"):
        return meaning[text]
    first = re.split(r"[\s,;.!]+", text, maxsplit=1)[0]
    rest = re.findall(r"[\w']+", text)[1:]
    if first.isdigit():
        return None  # a key means itself only alone: "1 baby aspirin a day" is no yes
    said = meaning.get(first) if meaning.get(first) in ("yes", "no") else _typo(first, meaning)
    if said == "yes":
        return None if DENYING & set(rest) else "yes"
    if said == "no":
        # "no chest pain": the no itself denies what follows; "no, pain spreading to the arm":
        # what follows the comma is said, unless a word there denies it again
        denied = STILL_NO & set(rest) or not re.match(r"\S+[,;.!]", text)
        allowed = PLAIN_NO | plain | (own if denied else frozenset())
        kept = all(w in allowed for w in rest) and not BUT & set(rest)
        return "no" if kept else None
    return None


def _typo(word: str, meaning: Mapping[str, str]) -> str | None:
    """The yes or no a word is a small typo of ("yse"), if only one."""
    close = {
        meaning[w]
        for w in meaning
        if meaning[w] in ("yes", "no")
        and len(w) >= 2
        and len(word) >= 3
        and sorted(w) == sorted(word)
    }
    return close.pop() if len(close) == 1 else None
