"""What a person types, understood: answers, commands, checklist ticks, in English and the
language tspain speaks. Small pure functions (the interactive session in `session` uses them)."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Literal, NoReturn

from tspain import i18n
from tspain.i18n import key, t
from tspain.loose_numbers import days_since_weekday, today, two_numbers, unhedged, unpadded
from tspain.matching import NEGATING, OPTION_WORDS, SMALL, matching, said_of_either
from tspain.spoken_numbers import spoken_number
from tspain.table import Answer, Question
from tspain.words import (
    AROUND,
    BOTH_SIDES,
    COMMANDS,
    DAY_WORDS,
    NO,
    NONE,
    NOT_SURE,
    ONE_OF,
    OPTION_NUMBERS,
    OUT_OF,
    POLITE,
    SEVERITY_WORDS,
    UNIT_DAYS,
    WORD_NUMBERS,
    YES,
)
from tspain.yesno import doubts_something_else, yes_or_no


@dataclass(frozen=True)
class Command:
    """Something typed that is not an answer: why, back, or that's all."""

    kind: Literal["why", "back", "done"]


@dataclass(frozen=True)
class Vocabulary:
    """The words a person may type, in the language tspain speaks. English words are always
    understood too, except where the language gives a word another meaning (in Spanish "s" is
    "sí", so its not-sure key is "ns")."""

    meaning: dict[str, str]
    """Typed word -> yes, no, not_sure, why, back or done."""
    none: set[str]
    severity: dict[str, int]
    units: dict[str, int]
    days: dict[str, int]
    numbers: dict[str, int]
    option_numbers: dict[str, int]
    out_of: list[str]
    around: list[str]
    polite: set[str]


@functools.cache
def vocabulary(code: str) -> Vocabulary:
    english = {
        **{w: "not_sure" for w in NOT_SURE},
        **{w: "yes" for w in YES},
        **{w: "no" for w in NO},
        **COMMANDS,
    }
    words = i18n.load(code).answers  # the catalogue of `code`, whichever is spoken now
    local = {
        str(w).lower(): meaning
        for meaning in ("not_sure", "yes", "no", "why", "back", "done")
        for w in words.get(meaning, [])
    }
    spoken_none = {str(w).lower() for w in words.get("none", [])}
    return Vocabulary(
        meaning={**english, **local},
        none=(NONE - set(local)) | spoken_none,
        severity={**SEVERITY_WORDS, **_numbers_of(words.get("severity"))},
        units={**UNIT_DAYS, **_numbers_of(words.get("units"))},
        days={**DAY_WORDS, **_numbers_of(words.get("days"))},
        numbers={**WORD_NUMBERS, **_numbers_of(words.get("numbers"))},
        option_numbers={**OPTION_NUMBERS, **_numbers_of(words.get("option_numbers"))},
        out_of=[*OUT_OF, *words.get("out_of", [])],
        around=[*AROUND, *words.get("around", [])],
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


def _command_or_not_sure(text: str) -> Command | Literal[False] | None:
    """A command, None for "not sure", or False when the text is neither."""
    meaning = _words().meaning.get(text)
    if meaning is None and len(text) > 1 and text.endswith("?"):  # "¿por qué?", "why?"
        meaning = _words().meaning.get(text.rstrip("?").rstrip())
        meaning = meaning if meaning == "why" else None
    if meaning in ("why", "back", "done"):
        return Command(meaning)  # type: ignore[arg-type]
    if meaning == "not_sure":
        return None
    return False


def _or_not_sure() -> str:
    return t("or {key} if you are not sure.", key=key("not_sure"))


def parse_answer(q: Question, typed: str) -> Answer | Command | None:
    """An answer (None for not sure), or a command. Raises Invalid with a hint.
    People's words are understood: "yes", "nope", "dunno", "gradually", "no injury",
    "29 years", "3 weeks", "severe" (and their Spanish: "sí", "no sé", "3 semanas")."""
    text = _normal(typed)
    said = _command_or_not_sure(text)
    if said is not False:
        return said
    if q.type == "yesno":
        if _says_not_sure(text):  # "no, not sure": the doubt wins over the first word
            return None
        meaning = _yes_or_no(text)
        if meaning == "yes":
            return True
        if meaning == "no":
            return False
        raise Invalid(_yes_no_hint())
    if q.type == "choice":
        return _choice(q, text)
    return _integer(q, text)


def _yes_no_hint() -> str:
    return (
        t("Please answer yes or no ({yes} or {no}),", yes=key("yes"), no=key("no"))
        + " "
        + _or_not_sure()
    )


def _says_not_sure(text: str) -> bool:
    """A longer answer holding a not-sure phrase of two words or more ("no, not sure", "yes i
    think so, no idea"): unknown, never the yes or no it began with."""

    def words(said: str) -> str:
        return " " + " ".join(re.findall(r"[\w']+", said)) + " "

    phrases = (w for w, m in _words().meaning.items() if m == "not_sure" and " " in w)
    yes = _words().meaning.get(re.split(r"[\s,;.!]+", text)[0]) == "yes"
    said = [p for p in phrases if words(p) in words(text)]  # "yes, no idea why": of another
    return any(not (yes and doubts_something_else(text, p)) for p in said)


def _yes_or_no(text: str) -> str | None:
    """ "yes", "no" or None: `yesno.yes_or_no` with this language's words."""
    words = _words()
    return yes_or_no(text, words.meaning, words.polite | words.none | SMALL)


def option_words(q: Question) -> dict[str, list[str]]:
    """Each option's words: its label, its id, and the words people use for it."""
    local = i18n.current().answers.get("options", {})
    local = local if isinstance(local, dict) else {}
    return {
        o: [label, o.replace("_", " "), *OPTION_WORDS.get(o, []), *local.get(o, [])]
        for o, label in q.options.items()
    }


def _choice(q: Question, text: str) -> str:
    options = list(q.options)
    if not text:  # Enter alone: nothing to match, so not "could be more than one"
        raise Invalid(
            t("Please type the number (1 to {n}) or the words of an option,", n=len(options))
            + " "
            + _or_not_sure()
        )
    if _number(text) and 1 <= int(text) <= len(options):
        return options[int(text) - 1]
    words = unhedged(text).replace("_", " ")  # "sudden i guess": said back as read
    if any(set(pair) <= set(words.split()) for pair in BOTH_SIDES):  # "right and left"
        _not_an_option(q, several=True)
    exact = [o for o in options if words in (o.replace("_", " "), q.options[o].lower())]
    number = _words().option_numbers.get(text)
    if number is not None:  # "one", "dos": the option of that number, not one with that word
        named = {*options[number - 1 : number], *exact} if number >= 1 else set(exact)
        if len(named) == 1:
            return named.pop()
        _not_an_option(q, several=bool(named))  # "four" of three; "two", another's name
    if exact:
        return exact[0]
    matches = [
        o
        for o in options
        if q.options[o].lower().startswith(words) or o.replace("_", " ").startswith(words)
    ]
    if not matches:  # words inside a label, with the words people use for each option too:
        # "a fall" is in "fall from a height" and is also a minor one, so it is asked which
        # (it called an ambulance for a fall at home)
        inside = [
            o
            for o in options
            if len(words) > 3 and all(w in q.options[o].lower() for w in words.split())
        ]
        matches = list(dict.fromkeys([*inside, *matching(words, option_words(q))]))
        if not inside and said_of_either(words, option_words(q)):
            matches = list(q.options)  # "accident at work": "work" matched "working out"
    if not NEGATING & set(re.findall(r"[\w']+", words)):
        matches = [o for o in matches if q.options[o].lower().split()[0] not in NEGATING]
    if len(matches) == 1:
        return matches[0]
    if q.picture and _is_upper_back(words):  # the question with the drawing of the back
        raise Invalid(
            t(
                "All of these are in the upper back: which part? Type its number (1 to {n}).",
                n=len(options),
            )
        )
    _not_an_option(q, several=bool(matches), which=matches)


def _not_an_option(q: Question, several: bool, which: list[str] | None = None) -> NoReturn:
    hint = (
        t("Sorry, that is not one of these:")
        if not several
        else t("Sorry, that could be more than one of these:")
        if not which  # which ones, when known (a tester was not told)
        else t("Sorry, that could be any of {numbers}:", numbers=" ".join(
            str(n + 1) for n in sorted(list(q.options).index(o) for o in which)))
    )  # fmt: skip
    raise Invalid(
        f"{hint} "
        + t("type the number (1 to {n}) or the words of an option,", n=len(q.options))
        + " "
        + _or_not_sure()
    )


def _is_upper_back(text: str) -> bool:
    return text in ("upper back", "my upper back", t("upper back"))


def _integer(q: Question, text: str) -> int:
    text = unpadded(ONE_OF.sub("1 ", unhedged(text)) if q.unit == "days" else unhedged(text))
    text = re.sub(r"^(a|an|un|una) (?=[0-9])", "", text)  # "un 7", the usual way to say a score
    words = _words()
    value: int | None = None
    out_of = "|".join(map(re.escape, words.out_of))  # fullmatch tries each: order is free
    if _number(text, signed=True):
        value = int(text)
    elif q.unit is None and text in words.severity:
        value = words.severity[text]
    elif q.unit is None and (m := re.fullmatch(rf"(.+?) ?(?:{out_of}) ?(?:10|ten|diez)", text)):
        value = int(m.group(1)) if _number(m.group(1)) else spoken_number(m.group(1))
    elif q.unit == "days" and text in words.days:
        value = words.days[text]
    elif q.unit == "days" and (since := days_since_weekday(text, today())):
        value = since  # "since monday" = 5 days, said back
    elif q.unit is not None:
        value = _with_unit(text, q.unit)
    if value is None:  # "thirty-five", "siete", "treinta y cinco"
        value = spoken_number(text)
    if value is None and (pair := two_numbers(text)):
        value = _one_of_two(q, *pair)
    if q.unit == "days" and re.fullmatch(r"(19|20)[0-9]{2}", text):  # "since 2019": a year
        raise Invalid(
            t(
                "{year} looks like a year: type how long you have had the pain, e.g. 6 years,",
                year=text,
            )
            + " "
            + _or_not_sure()
        )
    if value is None:
        units = t(" (e.g. 12, or 3 weeks)") if q.unit == "days" else ""
        raise Invalid(
            t("Please type a whole number from {min} to {max}", min=q.min, max=q.max)
            + units
            + ", "
            + _or_not_sure()
        )
    if (q.min is not None and value < q.min) or (q.max is not None and value > q.max):
        raise Invalid(
            t("That is outside {min} to {max}: please type it again.", min=q.min, max=q.max)
        )
    return value


def _one_of_two(q: Question, first: int, second: int, rest: str) -> int:
    """A pain score said as two ("6-7", "5 maybe 6") is the higher, said back: the lower
    would hide a score of 7 (severe). Two ages or lengths of time are asked again."""
    if q.unit is None and q.max == 10 and not rest:
        return max(first, second)
    second_said = f"{second} {rest}".strip()  # "2 or 3 weeks?"
    raise Invalid(
        t(
            "Please type one number, not two ({first} or {second}?),",
            first=first,
            second=second_said,
        )
        + " "
        + _or_not_sure()
    )


def _with_unit(text: str, unit: str) -> int | None:
    """ "29 years" -> 29 (years), "3 weeks" -> 21 (days), "a year" -> 365 (days); and in
    Spanish "29 años", "hace 3 semanas", "2 meses"."""
    words = _words()
    for around in words.around:  # "3 weeks ago", "hace 3 semanas", "29 years old"
        if text.startswith(around + " "):
            text = text[len(around) + 1 :]
        if text.endswith(" " + around):
            text = text[: -len(around) - 1]
    names = "|".join(map(re.escape, words.units))  # fullmatch tries each: order is free
    amounts = "|".join(map(re.escape, words.numbers))
    m = re.fullmatch(rf"({amounts}|[0-9]{{1,4}}(?:[.,][0-9])?) ?({names})", text)
    spoken = re.fullmatch(rf"(.+?) ({names})", text)
    if m is None and (spoken is None or spoken_number(spoken.group(1)) is None):
        return None
    if m is None:  # "thirty-five years", "quince días"
        assert spoken is not None
        count = float(spoken_number(spoken.group(1)) or 0)
        name = spoken.group(2)
    else:
        amount_text, name = m.group(1), m.group(2)
        amount = words.numbers.get(amount_text)
        count = float(amount_text.replace(",", ".")) if amount is None else float(amount)
    days = count * words.units[name]
    if unit == "years":
        # Under a year at "How old are you?" is a length of time typed at the wrong question
        # (a tester's "dos semanas" became 0 years, then "under 20: see a doctor").
        return round(days / 365) if days >= 365 else None
    return round(days)


def unit_echo(q: Question, typed: str, value: Answer | Command | None) -> str | None:
    """ "3 weeks = 21 days": said back when a typed unit was converted to the question's."""
    text = _normal(typed)
    if not isinstance(value, int) or isinstance(value, bool) or _number(text, signed=True):
        return None
    if q.unit is None:  # a pain score said in words: "severe = 7 out of 10"
        return t("{text} = {n} out of 10", text=text, n=value) if q.max == 10 else None
    per_unit = 365 if q.unit == "years" else 1
    words = _words()
    amounts = "|".join(re.escape(w) for w in words.numbers)
    stated = [
        w
        for w in words.units
        if re.search(rf"(^|\s|[0-9]){re.escape(w)}$", text.split(" ago")[0].split(" old")[0])
    ]
    said_in_digits = re.search(r"[0-9]", text) and not re.search(rf"\b({amounts})\b", text)
    if any(words.units[w] == per_unit for w in stated) and said_in_digits:
        return None  # "29 years" for years, "10 days" for days: nothing was converted
    if q.unit == "years":
        unit_word = t("year") if value == 1 else t("years")
    else:
        unit_word = t("day") if value == 1 else t("days")
    return f"{text} = {value} {unit_word}"
