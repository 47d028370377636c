"""A doubt said at a warning-sign list: of the rest of it ("not sure about the rest", "no sé lo
demás") or of one item's number ("maybe 2", "4?"); a number said with words that keep it
("4 i think", "two 5"); and a kept item's number taken back ("oops not 2, i meant 6"). Pure
functions."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tspain.loose_numbers import unhedged
from tspain.matching import words
from tspain.option_numbers import option_number
from tspain.spoken_numbers import spoken_number
from tspain.typed_words import _command_or_not_sure, _normal, _number, _words
from tspain.understand import _says_not_sure
from tspain.words import DOUBTING, GENERIC, POINTERS
from tspain.yesno import NEGATIVE

if TYPE_CHECKING:
    from tspain.interview import Checklist

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


BEFORE_A_NUMBER = ("puede ser", "igual", "capaz", "igual es", "capaz que")
"""Words that doubt only what follows them, here a number ("igual la 4", "puede ser 4", "capaz
la 4" could not match at a list: a Spanish-speaking person at a terminal, fortieth session);
elsewhere "igual" is "the same"."""
_DOUBT = "|".join(map(re.escape, sorted((*DOUBTING, *BEFORE_A_NUMBER), key=len, reverse=True)))
DOUBTED_NUMBER = re.compile(
    rf"(?:(?:{_DOUBT}) (?:el |la )?([0-9]{{1,2}}) ?\??"
    rf"|([0-9]{{1,2}}) ?(?:\? ?(?:{_DOUBT})?|{_DOUBT}))"
)
"""An item's number said with a doubt (`DOUBTING`: "maybe 2", "4?", "tal vez 4"): ticked and
asked about ("Does this apply to you?"), not refused: "4 and maybe 2" was "could not match"
(a tester, twenty-second session), as were "maybe 2?" and "2? not sure" (people at a terminal,
thirty-eighth session)."""


LEADING_FILLER = re.compile(r"^(?:(?:so|and|also|well|o sea|bueno|pues|y|el|la)\s+)+")
"""Words before a doubted number that only lead into it: "bueno el 6 mas o menos" was not
read at all (a tester, twenty-seventh session)."""


def doubted_number(part: str) -> str | None:
    """The number in a part that doubts it, as digits, or None; said by its place too ("maybe
    the first one" was ticked, unasked: a code reviewer, fortieth session)."""
    bare = LEADING_FILLER.sub("", part.strip())
    placed = ORDINAL_IN.sub(lambda m: _ordinal(m.group(0)) or m.group(0), bare)
    m = DOUBTED_NUMBER.fullmatch(placed)
    return (m.group(1) or m.group(2)) if m else None


ORDINAL_IN = re.compile(
    r"\b(?:the |el |la )(?:[a-zúóé]+|[1-9][0-9]?(?:st|nd|rd|th|º|ª))(?: one)?\b"
    r"|\b[1-9][0-9]?(?:st|nd|rd|th)\b"
)
"""What may be an item said by its place, inside a part ("maybe the first one", "2nd maybe")."""


def _surely(part: str) -> str:
    """A number said with a hedge that keeps it ("4 i think", "probably 4", "thirteen i
    think"): the number. Not one said with a doubt ("3 maybe", "tal vez 4"): that is asked
    about, and "..., 3 maybe, my clothes are looser" kept weight loss unasked (a tester,
    twenty-seventh session)."""
    if doubted_number(part.strip()):
        return part
    bare = _as_digits(FILLER.sub("", unhedged(part.strip())).strip() or part)
    if not _number(bare) and (spoken := spoken_number(bare)) is not None and spoken < 100:
        bare = str(spoken)  # "thirteen i think"
    return bare if _number(bare) else part


FILLER = re.compile(
    r"^(?:(?:so|and|also|plus|then|o sea|bueno|pues|y|and also|y también|y tambien)\s+)+"
    r"|(?:\s+(?:too|also|as well|tambi[eé]n))+$"
)
"""Words around a number that only join it to what came before: "17 - ..., so 15 too i guess"
and "el 1, ..., o sea el 5 tambien" were "could not match" and the whole line was lost (a
tester, twenty-seventh session)."""


def _as_digits(part: str) -> str:
    """A part made only of numbers and number words, in digits ("two 5" -> "2 5", "la 3" ->
    "3"): "two" is item 2, never an item's word ("in both legs"); "two legs" is left as is."""
    numbers = _words().option_numbers
    if re.fullmatch(r"(?:pues )?(?:los|las|the) (?:dos|two|tres|three)|ambos|ambas|both", part):
        return part  # "both", not item 2: "los dos" called an ambulance for chest pain (28th)
    said = part.split()
    counted = [w for w in said if w not in POINTERS]
    if counted and all(_number(w) or w in numbers for w in counted):
        return " ".join(str(numbers.get(w, w)) for w in counted)
    return _ordinal(part) or part


ONLY_BEFORE_A_PLACE = frozenset({"just", "only", "yes", "yeah", "sí", "si", "solo", "sólo"})
"""Words before an item's place that change nothing ("just the first one", "sólo la primera")."""
PLACED = re.compile(r"(?:the |el |la )?([1-9][0-9]?)(?:st|nd|rd|th|º|ª|o|a)(?: one)?")
"""An item by its place in digits: "the 2nd", "4th", "el 2º"."""


def _ordinal(part: str) -> str | None:
    """An item said by its place, as digits: "the first one", "the 2nd", "la segunda" could
    not match at a list, where a question's options took them (a person at a terminal,
    fortieth session). Not a bare "first" or "primero", which may only begin a sentence
    ("first, i'm breathless" ticked item 1: a code reviewer, fortieth session)."""
    said = part.split()  # "just the first one", "yes the 2nd" (a tester, fortieth session)
    part = " ".join(said[1:]) if said[:1] and said[0] in ONLY_BEFORE_A_PLACE else part
    if m := PLACED.fullmatch(part):
        return m.group(1)
    n = option_number(part)
    return str(n) if n is not None and n > 0 and len(part.split()) > 1 else None


FILLER_WORDS = frozenset({"well", "so", "um", "erm", "uh", "oh", "ok", "okay", "bueno", "pues"})


def filler_only(part: str) -> bool:
    """A part that only fills a pause ("bueno", "well", "um"): beside a none, it says nothing
    ("ninguna que yo sepa, bueno, anoche tuve 38,5 grados")."""
    return all(w in FILLER_WORDS for w in words(part))


TAKEN_BACK = re.compile(
    r"\b(?:not|no|ni|quita|quite|sin)\s+(?:(?:number|item|the|el|la|n[uú]mero)\s+)?([0-9]{1,2})\b"
)
"""A kept item's number taken back: "oops not 2, i meant 6. never had cancer" left item 2
ticked, said back as kept (a tester, twenty-fifth session)."""
MEANT = re.compile(r"\b(?:oops|sorry|perd[oó]n|i meant|i mean|quise decir|quer[ií]a decir)\b,?")


def taken_back(step: Checklist, kept: list[str], typed: str) -> tuple[set[str], str]:
    """The kept items whose numbers the words take back, and what else was typed (without the
    slip's own words, "oops", "I meant", nor a part that only denies, "never had cancer")."""
    text = _normal(typed)
    back = {
        step.questions[int(n) - 1]
        for n in TAKEN_BACK.findall(text)
        if 1 <= int(n) <= len(step.questions) and step.questions[int(n) - 1] in kept
    }
    if not back:
        return set(), typed
    left = MEANT.sub(" ", TAKEN_BACK.sub(" ", text))
    parts = [p.strip() for p in re.split(r"[,;.]+", left) if p.strip()]
    parts = [p for p in parts if p.split()[0] not in NEGATIVE]
    return back, ", ".join(parts)


def doubted_numbers(step: Checklist, typed: str) -> set[str]:
    """The items typed by their number with a doubt ("4 not sure", "12 tal vez")."""
    from tspain.list_parts import parts_with_numbers

    found = {int(n) for p in parts_with_numbers(_normal(typed)) if (n := doubted_number(p))}
    return {step.questions[n - 1] for n in found if 1 <= n <= len(step.questions)}
