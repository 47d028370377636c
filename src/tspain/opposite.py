"""A "no" explained by its opposite: "no, it gets better when I move" at "Is the pain worse when
you move or twist?" says why the answer is no, and was asked again as a no that goes on to say
something else (a tester, twenty-third session). Pure; the question's text and the words typed
in, the words left to read out."""

from __future__ import annotations

import re

from tspain.yesno import ASK_AGAIN, FILLER, NEGATIVE, SUBJECT

OPPOSITES: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        ("worse",),
        frozenset({"better", "easier", "eases", "ease", "eased", "helps", "improves"}),
    ),
    **dict.fromkeys(
        ("ease", "eases", "eased", "better", "helps", "relieve", "relieved", "relieves"),
        frozenset({"worse", "aggravates"}),
    ),
    **dict.fromkeys(("peor", "empeora"), frozenset({"mejor", "mejora", "alivia", "calma"})),
    **dict.fromkeys(("mejor", "mejora", "alivia", "calma"), frozenset({"peor", "empeora"})),
}
"""A question's word, and the words that say the opposite of it."""
SAYING = frozenset(
    {
        *("gets", "get", "goes", "is", "it's", "its", "feels", "makes", "much", "when", "if"),
        *("whenever", "after", "usually", "actually", "generally", "pain", "with", "by", "me"),
        *("se", "cuando", "lo", "el", "dolor", "al", "con", "mucho", "way"),
    }
)
"""Words that may stand beside the opposite and its topic and add nothing: "it gets much
better when I move"."""


def _stem(word: str) -> str:
    return re.sub(r"(?:ing|ement|ment|es|ed|s|e)$", "", word)


def opposite_left_out(question: str, typed: str) -> str | None:
    """`typed` without its clauses that say the opposite of the question about the question's
    own topic ("no, it gets better when I move" -> "no"), or None when no clause does. A clause
    counts only if every word in it is the opposite, the topic or a word that adds nothing: no
    denial, doubt, number, "but" or anything else said."""
    asked = re.findall(r"[\w']+", question.lower())
    opposite = frozenset().union(*(OPPOSITES.get(w, frozenset()) for w in asked))
    topics = {_stem(w) for w in asked if len(w) >= 4 and w not in OPPOSITES}
    first, _, rest = typed.partition(" ")
    kept, dropped = [first.rstrip(",;.!")], False
    for clause in re.split(r"[,;.!?]+|\b(?:and|y)\b", rest):
        words = re.findall(r"[\w']+", clause.lower())
        if not words:
            continue
        says = set(words) & opposite
        about = {w for w in words if _stem(w) in topics}
        other = set(words) - says - about - SAYING - FILLER - SUBJECT
        if says and about and not other and not set(words) & (NEGATIVE | ASK_AGAIN):
            dropped = True
        else:
            kept.append(clause.strip())
    return ", ".join(kept) if dropped else None
