"""The words a person may type, in the language tspain speaks, and what typing something that
is no answer raises: the ground `understand` (answers), `typed_numbers` (numbers) and `ticks`
(lists) stand on. Pure functions of the text and the language's catalogue."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

from tspain import i18n
from tspain.i18n import key, t
from tspain.words import (
    AROUND,
    COMMANDS,
    DAY_WORDS,
    NO,
    NONE,
    NOT_SURE,
    OPTION_NUMBERS,
    OUT_OF,
    POLITE,
    SEVERITY_WORDS,
    UNIT_DAYS,
    WORD_NUMBERS,
    YES,
)


@dataclass(frozen=True)
class Command:
    """Something typed that is not an answer: why, back, or that's all."""

    kind: Literal["why", "back", "done"]


@dataclass(frozen=True)
class Vocabulary:
    """The words a person may type, in the language tspain speaks. English words are always
    understood too, except where the language gives a word another meaning (in Spanish "s" is
    "sí", so its not-sure key is "ns")."""

    meaning: Mapping[str, str]
    """Typed word -> yes, no, not_sure, why, back or done."""
    none: frozenset[str]
    severity: Mapping[str, int]
    units: Mapping[str, int]
    days: Mapping[str, int]
    numbers: Mapping[str, int]
    option_numbers: Mapping[str, int]
    out_of: tuple[str, ...]
    around: tuple[str, ...]
    polite: frozenset[str]
    # Read-only: one Vocabulary is cached per language and shared (a reviewer, twenty-first
    # session: a caller that changed one would have changed every later reading).


ENGLISH_ONLY = frozenset({"ya", "aye"})
"""English words of an answer that are other words in another language ("ya" is "already" in
Spanish: "ya no" is "no longer")."""


@functools.cache
def vocabulary(code: str) -> Vocabulary:
    english = {
        **{w: "not_sure" for w in NOT_SURE},
        **{w: "yes" for w in YES if code == i18n.ENGLISH or w not in ENGLISH_ONLY},
        **{w: "no" for w in NO},
        **COMMANDS,
    }
    words = i18n.load(code).answers  # the catalogue of `code`, whichever is spoken now
    local = {
        str(w).lower(): meaning
        for meaning in ("not_sure", "yes", "no", "why", "back", "done")
        for w in words.get(meaning, [])
    }
    spoken_none = frozenset(str(w).lower() for w in words.get("none", []))
    fixed = MappingProxyType
    return Vocabulary(
        meaning=fixed({**english, **local}),
        none=(NONE - set(local)) | spoken_none,
        severity=fixed({**SEVERITY_WORDS, **_numbers_of(words.get("severity"))}),
        units=fixed({**UNIT_DAYS, **_numbers_of(words.get("units"))}),
        days=fixed({**DAY_WORDS, **_numbers_of(words.get("days"))}),
        numbers=fixed({**WORD_NUMBERS, **_numbers_of(words.get("numbers"))}),
        option_numbers=fixed({**OPTION_NUMBERS, **_numbers_of(words.get("option_numbers"))}),
        out_of=(*OUT_OF, *words.get("out_of", [])),
        around=(*AROUND, *words.get("around", [])),
        polite=POLITE | {str(w).lower() for w in words.get("polite", [])},
    )


def _numbers_of(table: object) -> dict[str, int]:
    """A catalogue's table of word -> number ({"leve": 3}); anything else counts as empty."""
    if not isinstance(table, dict):
        return {}
    return {str(w).lower(): n for w, n in table.items() if isinstance(n, int)}


def _words() -> Vocabulary:
    return vocabulary(i18n.current().code)


class Invalid(ValueError):
    """What was typed is not an answer; the message says what is expected."""


class NotOnList(Invalid):
    """Words at a checklist that match none of its items: the list is shown again. `apart`:
    the questions asked one at a time that the words name ("I'm on warfarin")."""

    def __init__(self, message: str, apart: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.apart = apart


class PartlyOnList(Invalid):
    """An answer at a checklist of which some parts tick items and others match none ("chest
    pain and I sweat a lot"): the items ticked are kept, and what matched nothing is said."""

    def __init__(
        self,
        message: str,
        kept: list[str],
        typed: str,
        unsure: bool = False,
        apart: tuple[str, ...] = (),
    ) -> None:
        super().__init__(message)
        self.apart = apart  # questions asked one at a time that a part named ("on warfarin")
        self.kept = kept
        self.unsure = unsure  # a part said "not sure": the items not ticked are not known
        self.typed = typed  # the parts that ticked them, for the confirmation of guessed items


def _number(text: str, signed: bool = False) -> bool:
    """Plain ASCII digits only (and short): "²" or "٣" is a digit to str.isdigit, not to int(),
    and a thousand-digit number is no answer."""
    return re.fullmatch(r"-?[0-9]{1,6}" if signed else r"[0-9]{1,6}", text) is not None


def _normal(typed: str) -> str:
    """What was typed, as the word lists hold it: accents composed (a "no sé" whose accent came
    as a separate mark was read as "no"), no invisible format characters (right-to-left
    marks), lower case, single spaces. Other forms ("²", full-width digits) stay as typed and
    are asked again: nothing is guessed."""
    text = unicodedata.normalize("NFC", typed)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    text = text.strip().lower().replace("\u2019", "'").rstrip(".!").lstrip("¿¡")
    return " ".join(text.split())


ASKING = re.compile(
    r"^[¿]?(?:why|what|what's|whats|how|which|por ?qu[eé]|qu[eé]|c[oó]mo|para qu[eé])\b"
    r"(?! (?:if|about)\b)"
)
"""The start of a question a person asks back, typed with its "?"."""
WHY = re.compile(
    r"^[¿]?(?:why|por qu[eé]|porqué|para qu[eé])\b(?! (?:not|no)\b).*\b(?:you|ask|asking"
    r"|need|matters?|important|question|pregunta|preguntan?|importa|necesita)\b"
)
"""A person's question "why" about the question itself, with or without its "?" ("why does
my age matter", "why do you need to know"); not "why does my chest hurt" or "why do i have
chest pain, is this serious", which at a list name an item, nor "porque" (because)."""


def _command_or_not_sure(text: str) -> Command | Literal[False] | None:
    """A command, None for "not sure", or False when the text is neither."""
    meaning = _words().meaning.get(text)
    if meaning is None and len(text) > 1 and text.endswith("?"):  # "¿por qué?", "why?"
        meaning = _words().meaning.get(text.rstrip("?").rstrip())
        meaning = meaning if meaning == "why" else None
        if ASKING.match(text):  # "why do you need this?", "what does 13 mean?": a person's
            meaning = "why"  # question, answered by why we ask (it was "Nothing ... matches")
    if meaning is None and WHY.match(text):  # "why does my age matter" (a tester): asked
        meaning = "why"  # back without its "?"
    if meaning in ("why", "back", "done"):
        return Command(meaning)  # type: ignore[arg-type]
    if meaning == "not_sure" or _words().meaning.get(HEDGE_AROUND.sub("", text)) == "not_sure":
        return None
    return False


HEDGE_AROUND = re.compile(
    r"^(?:(?:h?mm+|umm*|uhh*|erm*|well|eh|pues|bueno|este|mmm+)\b[\s,.]*)+"
    r"|[\s,.]*\b(?:really|honestly|tbh|to be honest|la verdad|realmente)[\s.!]*$"
)
"""A hum before "not sure", or "really" after it: "hmm not sure" at how it began and "not sure
really" at the emergency list were "could not match" (a person at a terminal, 32nd session)."""


def _or_not_sure() -> str:
    return t("or {key} if you are not sure.", key=key("not_sure"))


def local_question_words() -> dict[str, list[str]]:
    """The words the spoken language's catalogue gives for questions (`[answers.questions]`)."""
    local = i18n.current().answers.get("questions", {})
    return local if isinstance(local, dict) else {}


def checklist_hint() -> str:
    """How a warning-sign list is answered, said when an answer to it is not understood."""
    return (
        t("Type the numbers that apply (e.g. 2 5), 0 or none if none of these apply,")
        + " "
        + _or_not_sure()
    )
