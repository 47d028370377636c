"""Numbers said loosely at a number question: with a hedge ("7 i think"), as two numbers
("6-7", "5 maybe 6") or as a weekday ("since monday"). Pure functions of the typed text, in
English and Spanish; `understand` decides what each means for its question."""

from __future__ import annotations

import datetime
import re

from tspain.spoken_numbers import spoken_number
from tspain.words import LEADING, SHORT_OF, TRAILING

HEDGES_BEFORE = (
    "i think it's", "i think its", "i think it is", "i think", "i guess", "i'd say", "id say",
    "i would say", "probably", "maybe", "perhaps", "i suppose", "creo que es", "creo que",
    "diría que", "diria que", "yo diría", "yo diria", "probablemente", "quizás", "quizas",
    "tal vez", "supongo que",
)  # fmt: skip
HEDGES_AFTER = (
    "i think", "i guess", "i suppose", "i reckon", "probably", "maybe", "or so", "ish",
    "creo", "supongo", "diría yo", "diria yo", "probablemente", "quizás", "quizas",
)  # fmt: skip
"""A hedge around a number or an option that keeps its meaning: "sudden i guess", "probably
7", "7ish", "creo que 7" (each was asked again). Alone, "maybe" or "probably" is not sure: a
hedge is only taken off what it hedges. What was read is said back, so it can be mended."""

_NUMBER = r"[0-9]{1,4}|[a-záéíóúñ]+(?:-[a-záéíóúñ]+)?"
_BETWEEN = re.compile(
    rf"^(?:between |entre )?({_NUMBER}) ?(?:-|\u2013|or maybe|or even|or|to|maybe|and|y|o|ó|u|a) ?"
    rf"({_NUMBER})(?: (.+))?$"
)
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thurs": 3, "fri": 4,
    "sat": 5, "sun": 6, "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3,
    "viernes": 4, "sábado": 5, "sabado": 5, "domingo": 6,
}  # fmt: skip
"""Weekdays, as `datetime.date.weekday` numbers them."""


ALREADY_SAID = re.compile(
    r"^(?:(?:i(?:'ve| have|ve)? )?(?:already )?(?:said|told you)(?: already)?"
    r"|(?:like|as) i (?:said|told you)"
    r"|ya (?:se |le |te |lo )?(?:lo )?(?:dije|he dicho)"
    r"|como (?:se |le |te )?(?:lo )?(?:dije|he dicho))[,.!]* "
    r"|[,.!]* (?:(?:i(?:'ve| have|ve)? )?(?:already )?(?:said|told you)(?: that| it| before)?"
    r"(?: already)?|(?:like|as) i (?:said|told you)"
    r"|ya (?:se |le |te |lo )?(?:lo )?(?:dije|he dicho))[.!]*$"
)
"""Words that say an answer was given before ("74 i already said", "ya le dije, mujer"): the
answer is read without them (each was asked again, and the person told it was not read: a
tester, twenty-eighth session)."""


def unhedged(text: str) -> str:
    """The text without a hedge before or after it ("7 i think" -> "7"), nor words that say it
    was said before; the text as it is when nothing would be left ("maybe" stays "maybe": not
    sure)."""
    out = ALREADY_SAID.sub("", text) or text
    for hedge in HEDGES_BEFORE:
        if out.startswith(hedge + " "):
            out = out[len(hedge) + 1 :].lstrip(", ")
            break
    for hedge in HEDGES_AFTER:
        if out.endswith(" " + hedge) or out.endswith("," + hedge):
            out = out[: -len(hedge) - 1].rstrip(", ")
            break
        if hedge == "ish" and re.fullmatch(r"[0-9]{1,4}-?ish", out):  # "7ish", "7-ish"
            out = out.removesuffix("ish").removesuffix("-")
            break
    return out if out.strip() else text


def two_numbers(text: str) -> tuple[int, int, str] | None:
    """Two numbers said for one ("6-7", "5 maybe 6", "between 2 and 3 weeks", "entre 5 y 6"):
    both, and what follows them (a unit, or ""); None when the text is not two numbers."""
    m = _BETWEEN.fullmatch(text)
    if m is None:
        return None
    first, second = (_value(m.group(i)) for i in (1, 2))
    if first is None or second is None:
        return None
    return first, second, m.group(3) or ""


_HALF_AFTER_UNIT = re.compile(
    rf"^(?:(?:a|an|un|una) )?({_NUMBER} )?([a-záéíóúñ]+) (?:and a half|y medio|y media)$"
)
_HALF_BEFORE_UNIT = re.compile(rf"^({_NUMBER}) and a half(?: ([a-záéíóúñ]+))?$")


def halves(text: str) -> str:
    """A number and a half written as a decimal the unit reader takes: "a week and a half" ->
    "1.5 week", "two and a half years" -> "2.5 years", "año y medio" -> "1.5 año", "58 and a
    half" -> "58.5" (each was asked again); any other text as it is."""
    if (m := _HALF_BEFORE_UNIT.fullmatch(text)) and (count := _value(m.group(1))) is not None:
        return f"{count}.5 {m.group(2)}" if m.group(2) else f"{count}.5"
    if m := _HALF_AFTER_UNIT.fullmatch(text):
        count = _value(m.group(1).strip()) if m.group(1) else 1
        if count is not None:
            return f"{count}.5 {m.group(2)}"
    return text


def _value(said: str) -> int | None:
    return int(said) if said.isascii() and said.isdigit() else spoken_number(said)


def today() -> datetime.date:
    """Today's date, for "since monday" (a test sets it)."""
    return datetime.date.today()


def days_since_weekday(text: str, today: datetime.date) -> int | None:
    """Days since the weekday named ("monday", "el lunes", "this past friday"), today being
    `today`; None when no weekday is named, or it is today's (this week's or last week's?)."""
    name = re.sub(r"^(?:el|this past) ", "", text)  # "last friday" may be a week before
    day = WEEKDAYS.get(name)
    if day is None:
        return None
    days = (today.weekday() - day) % 7
    return days or None


def short_of(text: str) -> bool:
    """ "almost 20", "casi 2 días": a number not yet reached."""
    return any(text.startswith(words + " ") for words in SHORT_OF)


_UNITS = (
    r"seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|years?|yrs?"
    r"|segundos?|minutos?|horas?|d[ií]as?|semanas?|meses|mes|a[nñ]os?"
    r"|times|time|veces|vez"  # "pain spreads to my jaw, 3 times today": the 3 was asked as an
)  # item, the jaw lost, and a person told to type 0 saved it as no (people, thirty-fourth
# session); "1 vez tuve cancer" ticked the fever, item 1 (a Spanish-speaking tester, 35th)
_TIMES = re.compile(
    r"(?:\b(?:for|since|about|around|over|under|nearly|almost|more than|less than|hace|"
    r"desde hace|durante|desde|m[aá]s de|menos de|unos|unas) )*"  # "for about 3 weeks"
    r"(?:\b(?:the|el|la|los|las) )?(?:\b(?:last|past|next|[uú]ltim[oa]s?) )?"
    rf"\b(?:[0-9]+(?:[.,][0-9]+)?|an?|one|una?) ?(?:{_UNITS})\b(?: ago)?"  # "for 2 hours"
    r"|\b(?:since |at |a las |desde las )?[0-9]{1,2}(?::[0-9]{2})? ?(?:am|pm)\b"  # "since 3pm"
    r"|\b(?:a las|desde las) [0-9]{1,2}(?::[0-9]{2})?\b"
    r"|\b(?:(?:in|since|en|desde) )?(?:19|20)[0-9]{2}\b"  # "in 2019", "cancer - 2010"
    r"|\b(?:since |from )?(?:last night|this morning|this afternoon|this evening|anoche)\b"
    r"|\b(?:desde )?esta (?:mañana|tarde|noche)\b"
    r"|\b[0-9]{1,2} ?(?:/|out of|de|sobre) ?10\b"  # "10/10", "8 out of 10"
    r"|(?:(?<=\bfever )|(?<=\bfiebre )|(?<=\btemperature )|(?<=\btemperatura ))"
    r"(?:of |de )?(?:3[5-9]|4[0-2])(?:[.,][0-9])?(?: ?(?:°c?|c|degrees|grados))?(?=\W|$)"
    r"|\b(?:3[5-9]|4[0-2])(?:[.,][0-9])? ?(?:°c?|degrees|grados)(?=\W|$)"  # "fever 39", "38.5°"
    r"|\b(?:3[5-9]|4[0-2])[.,][0-9]\b(?![.,]?[0-9])"  # "temp was 38.5 last night" (a tester)
)


_WEIGHTS = re.compile(r"\b[0-9]+(?:[.,][0-9]+)? ?(?:kg|kgs|kilos?|lbs?|pounds?|stones?)\b")


def without_times(text: str) -> str:
    """The text without the times, amounts and temperatures a person adds to what they have
    (a weight is "weight"):
    "chest pain for 2 hours", "breast cancer in 2019", "fever 39", "10/10" (each was "Nothing
    on this list matches", and a person told so types 0: a terminal hunter, twentieth
    session). The text as it is when digits would still be left."""
    text = _WEIGHTS.sub("weight", text)  # "lost 5 kg": the amount says which item
    bare = " ".join(_TIMES.sub(" ", text).split())
    return text if re.search(r"[0-9]", bare) else bare


def unpadded(text: str) -> str:
    """A number's words without those around it that change nothing ("I've had it for about
    3 weeks now" -> "3 weeks")."""
    for lead in (*LEADING, *LEADING):  # twice: "i've had it for about 3 weeks"
        if text.startswith(lead + " "):
            text = text[len(lead) + 1 :]
    for trail in TRAILING:
        text = text.removesuffix(trail)
    return text
