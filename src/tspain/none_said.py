"""An answer that says "none" as a whole, politely, with a slip or not: "none", "no, none of
those, thank you", "no tengo", "nnone", "non of thsoe". Used at a list and at the report
offer."""

from __future__ import annotations

import re

from tspain.oneself import PARIENTES, RELATIVES
from tspain.typed_words import _normal, _number, _words
from tspain.words import NO_MORE
from tspain.yesno import NEGATIVE, _swapped

THINKING = frozenset({
    "i", "think", "guess", "suppose", "believe", "reckon",
    "creo", "que", "pienso", "supongo", "yo", "sepa",  # "ninguna que yo sepa"
})  # fmt: skip
"""Words that only say one thinks so, beside "none": "none i think" was "could not match",
though "0 i think" was none (a tester, twenty-fifth session). "Probably" and "maybe" are not
among them: they leave it not sure."""


_SOMEONE = rf"(?:(?:my|mi) (?:{RELATIVES}|{PARIENTES})|he|she|they|él|ella|el)"
_OF_THESE = r"(?: (?:of|de) (?:these|those|them|that|this|esas|esos|estas|estos|eso|ellas|ellos))?"
SOMEONE_HAS_NONE = re.compile(
    rf"^(?:{_SOMEONE} (?:doesn'?t|does not|hasn'?t|has not)(?: (?:have|got) (?:any|anything)"
    rf"{_OF_THESE})?"
    rf"|{_SOMEONE} (?:has|has got) (?:none|nothing){_OF_THESE}"
    rf"|none{_OF_THESE} (?:apply|applies) to (?:him|her|them|my (?:{RELATIVES}))"
    rf"|{_SOMEONE} no(?: tiene(?: (?:ninguna|ninguno|nada){_OF_THESE})?)?"
    rf"|no tiene(?: (?:ninguna|ninguno|nada){_OF_THESE})?)$"
)
"""A carer's none, one clause said of the person: "my dad doesn't have any of those", "he
has none of these", "mi padre no tiene ninguna de esas" were "could not match" where "i don't
have any of those" was none (a person at a terminal, carers, fortieth session). Nothing more
is read: "i have them, my dad doesn't" is no none (a code reviewer, fortieth session)."""

BARE_NO = frozenset({"no", "n", "nope", "nah"})
"""A no beside thinking words is a doubt, not none: "no i think so", "no, i believe"."""


def says_none(typed: str) -> bool:
    """Whether what was typed says "none" or "no" as a whole, politely or not: "none", "no,
    none of those, thank you", "no tengo", "no, no tengo", "ninguna de las anteriores" (at a
    list, "no tengo" ticked breathlessness, whose words are "no puedo respirar"; at the
    report's file name, "ninguno" was taken for a name). A number never is ("2" means no at a
    yes/no question, and is item 2 of a list)."""
    words = _words()
    known = words.none | words.polite
    text = re.sub(r"\bnon of\b", "none of", _normal(typed))  # "non of thsoe", "nnone": typos
    text = "".join(_mended(w, known) for w in re.split(r"(\s+)", text))
    meant = [w for w in re.split(r"[\s,;.]+", text) if w and w not in words.polite]
    if meant and all(w in words.none for w in meant):
        return True
    if SOMEONE_HAS_NONE.match(" ".join(re.findall(r"[\w']+", text))):
        return True
    thought = [w for w in meant if w not in THINKING]
    # "none i think", "none of the above i think", "creo que ninguna", as "0 i think"; not
    # "no i think so", "no, i believe" (a doubt): the words less the thinking ones
    unthought = " ".join(w for w in re.split(r"\s+", text) if w.strip(",;.") not in THINKING)
    again = unthought != text  # "0.I" was itself again, without end (a fresh CI seed, 33rd)
    if (
        thought != meant
        and thought
        and not set(thought) <= BARE_NO
        and again
        and says_none(unthought)
    ):
        return True
    phrases = [p.strip() for p in re.split(r"[,;.]+", text) if p.strip()]
    phrases = [p for p in phrases if not all(w in words.polite for w in p.split())]
    if bool(phrases) and all(
        p in words.none or (words.meaning.get(p) == "no" and not _number(p)) for p in phrases
    ):
        return True
    # "none that i know of", "nope not really", "no i dont think so": a no, and words that
    # say only that ("no, i don't know" is a doubt, not none: a regression hunter)
    left = " " + " ".join(re.findall(r"[\w']+", text)) + " "
    for phrase in NO_MORE:
        left = left.replace(f" {phrase} ", " ")
    said = left.split()
    no_words = NEGATIVE | words.polite | words.none | {"nope", "nah"}
    first = words.meaning.get(said[0]) if said else None
    plain = all(w in no_words for w in said) and not any(map(_number, said))
    return first == "no" and plain and "?" not in text


def _mended(word: str, known: frozenset[str] | set[str]) -> str:
    """A typo of a "none" word or a word around it, mended: a letter typed twice ("nnone"), or
    two side by side swapped ("thsoe"), when the word is 4 letters or more and one known word
    fits (a tester's "nnone" and "non of thsoe" were "could not match", twenty-fourth
    session)."""
    bare = word.strip(",;.")
    if bare in known or len(bare) < 4:
        return word
    once = re.sub(r"(\w)\1+", r"\1", bare)
    fits = {k for k in known if len(k) >= 4 and (once == k or _swapped(k, bare))}
    return word.replace(bare, fits.pop()) if len(fits) == 1 else word


def none_among(parts: list[str]) -> bool:
    """Whether a part says "none" more than by a bare no ("no, i believe" is a doubt)."""
    return any(says_none(p) and p.strip() not in BARE_NO for p in parts)
