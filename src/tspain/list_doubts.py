"""A doubt said at a warning-sign list: of the rest of it ("not sure about the rest", "no sé lo
demás") or of one item's number ("maybe 2", "4?"). Pure functions."""

from __future__ import annotations

import re

from tspain.matching import words
from tspain.typed_words import _command_or_not_sure, _words
from tspain.understand import _says_not_sure
from tspain.words import DOUBTING, GENERIC

REST = frozenset(
    {
        *("about", "the", "rest", "others", "other", "else", "all", "everything", "of", "them"),
        *("resto", "demás", "demas", "otros", "otras", "lo", "los", "las", "de", "del", "todo"),
    }
)
"""Words that point at the rest of a list: "not sure about the rest", "no sé lo demás"."""


def doubts_the_rest(part: str) -> bool:
    """A part of a list answer that says only "not sure" (of the rest): "s", "not sure about
    the rest", "no sé lo demás". One that also names an item or a number ("4 not sure", "tal
    vez 4") is no doubt: the item was dropped unsaid (a regression hunter)."""
    if re.search(r"[0-9]", part):
        return False
    if _command_or_not_sure(part) is None:
        return True
    phrases = [w for w, m in _words().meaning.items() if m == "not_sure"]
    doubting = {w for w in phrases if " " not in w and len(w) > 2}  # "dunno about the rest"
    if not (_says_not_sure(part) or doubting & set(words(part))):
        return False
    left = f" {part} "
    for phrase in sorted(phrases, key=len, reverse=True):
        left = left.replace(f" {phrase} ", " ")
    plain = REST | GENERIC | _words().polite | _words().none
    return all(w in plain for w in words(left))


_DOUBT = "|".join(map(re.escape, sorted(DOUBTING, key=len, reverse=True)))
DOUBTED_NUMBER = re.compile(
    rf"(?:(?:{_DOUBT}) (?:el |la )?([0-9]{{1,2}})|([0-9]{{1,2}}) ?(?:\?|{_DOUBT}))"
)
"""An item's number said with a doubt (`DOUBTING`: "maybe 2", "4?", "tal vez 4"): ticked and
asked about ("Does this apply to you?"), not refused: "4 and maybe 2" was "could not match"
(a tester, twenty-second session)."""


LEADING_FILLER = re.compile(r"^(?:(?:so|and|also|well|o sea|bueno|pues|y|el|la)\s+)+")
"""Words before a doubted number that only lead into it: "bueno el 6 mas o menos" was not
read at all (a tester, twenty-seventh session)."""


def doubted_number(part: str) -> str | None:
    """The number in a part that doubts it, as digits, or None."""
    m = DOUBTED_NUMBER.fullmatch(LEADING_FILLER.sub("", part.strip()))
    return (m.group(1) or m.group(2)) if m else None
