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
        *("course", "think", "believe", "the", "anything", "any", "doctor", "doc"),
        *("nunca", "nada", "ninguno", "ninguna", "ningún", "jamás", "en", "absoluto", "para"),
        *("señor", "señora", "doctora", "creo", "lo", "me", "eso", "así", "he", "ha", "tomo"),
    }
)
"""Words that may follow a "no" and leave it a plain no ("no, I don't think so", "no, never",
"no, nada de eso"), beside the language's polite and "none" words. Any other word makes the
answer one to ask again: "no, only when I walk up stairs" is the exertion sign itself."""
DENYING = frozenset({"no", "not", "nunca", "never"})
"""Words that turn a yes into a denial ("claro que no" was read as yes)."""


def yes_or_no(text: str, meaning: Mapping[str, str], plain: Set[str]) -> str | None:
    """ "yes", "no" or None (ask again) for `text` (already normalised), given `meaning` (word
    -> yes, no, ...) and `plain` (the language's polite and "none" words): the words
    themselves, the first word of a longer answer, or a small typo ("yse")."""
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
        return "no" if all(w in PLAIN_NO or w in plain for w in rest) else None
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
