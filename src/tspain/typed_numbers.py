"""What is typed at a number question, understood: an age, a pain score, a length of time, in
digits or words, with a unit, loosely ("5 maybe 6", "since monday"), and said back when it was
converted ("3 weeks = 21 days")."""

from __future__ import annotations

import math
import re
from difflib import SequenceMatcher

from tspain import loose_numbers
from tspain.i18n import t
from tspain.loose_numbers import (
    days_since_weekday,
    halves,
    short_of,
    two_numbers,
    unhedged,
    unpadded,
)
from tspain.spoken_numbers import HUNDRED, TENS, UNITS, spoken_number
from tspain.table import Answer, Question
from tspain.typed_words import Command, Invalid, _normal, _number, _or_not_sure, _words
from tspain.words import HAD_IT, ONE_OF, ONE_UNIT, UNDER_A_DAY
from tspain.yesno import NEGATIVE, _swapped

AN_AGE = re.compile(
    r"(?:(?:i'?m|i am|tengo|aged) )?[0-9]{1,3} (?:years? old|yrs? old|y/?o|años de edad)"
    r"|(?:i'?m|i am|aged|tengo|she'?s|she is|he'?s|he is|(?:my )?(?:mum|mom|dad) is"
    r"|(?:mi (?:mam[aá]|pap[aá]|madre|padre) )?tiene)"
    r" (?:[0-9]{1,3}|[a-z]+(?:[ -][a-z]+)?)(?: años)?"
)
"""An age said at how long the pain has lasted ("im 74 years old" was 27,010 days): asked again."""


SCALE = re.compile(
    r"\b(?:on a scale (?:of |from )?|from |of |de |del |en una escala (?:de |del )?)?"
    r"(?:0|1|zero|one|cero|uno) ?(?:to|-|\u2013|a|al) ?(?:10|ten|diez)\b"
    r"|\b(?:between|entre) (?:0|1|zero|one|cero|uno) (?:and|y) (?:10|ten|diez)\b"
)
"""The scale said back with a pain score: "from 0 to 10 its a 4", "4 from 0 to 10", "a 4 on a
scale of 1 to 10" were each read as 10, and the questions stopped for an ambulance (a
regression hunter, thirty-fourth session)."""


OTHER_SCALE = re.compile(
    r"\b[0-9]{1,3} ?(?:/|out of|outta|of|de|sobre) ?(?:5|100|five|cinco|hundred|cien)\b"
)
"""A score out of something other than 10: "5/5" was read as "5 or 5", 5 out of 10, and sudden
worst-ever pain was SELF-CARE; "4 out of 5" was 5 (a person at a terminal, thirty-fifth
session). Asked again, for a score out of 10 ("7/8" stays 7 or 8, the higher)."""


def _without_scale(q: Question, text: str) -> str:
    """A pain score's words without the scale's own numbers; the scale alone is no score, and
    a score out of another number is asked again."""
    if q.unit is None and q.max == 10 and OTHER_SCALE.search(text):
        raise Invalid(  # with how to turn it: a person with "4/5" may type 4 (people, 35th)
            t("That is not out of 10 (4 out of 5 is 8 out of 10).")
            + " "
            + _what_to_type(q)
            + " "
            + _or_not_sure()
        )
    if q.unit is not None or q.max != 10 or not SCALE.search(text):
        return text
    left = " ".join(SCALE.sub(" ", text).split()).strip(" ,.?")
    if not left:  # "from 0 to 10": which?
        raise Invalid(_what_to_type(q) + " " + _or_not_sure())
    return left


def _integer(q: Question, text: str) -> int:
    text = _without_scale(q, text)
    _not_short_of(q, text)
    if q.unit == "days" and (AN_AGE.fullmatch(unhedged(text)) or HAD_IT.search(text)):
        raise Invalid(_what_to_type(q) + " " + _or_not_sure())  # "im 74": an age, not 74 days

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
        value = value if value is None or q.max != 10 else min(value, 10)  # "11/10": the
        # top of the scale (asked again, a person in the worst pain: a tester, 30th session)
    elif q.unit == "days" and text in words.days:
        value = words.days[text]
    elif q.unit == "days" and (since := days_since_weekday(text, loose_numbers.today())):
        value = since  # "since monday" = 5 days, said back (read as the module's: a test sets it)
    elif q.unit is not None:
        value = _with_unit(text, q.unit)
    if value is None:  # "thirty-five", "siete", "treinta y cinco"
        value = spoken_number(text)
    if value is None:
        value = _loosely(q, text)
    _not_a_year(q, text)
    if value is None:
        raise Invalid(_what_to_type(q) + " " + _or_not_sure())
    if (q.min is not None and value < q.min) or (q.max is not None and value > q.max):
        raise Invalid(
            t("That is outside {min} to {max}: please type it again.", min=q.min, max=q.max)
        )
    return value


def _what_to_type(q: Question) -> str:
    """What a number question takes, said to a person whose words were not read ("a few days",
    "for years", "late 50s"): a length of time needs its unit and may be a best guess; "0 to
    36500" meant nothing to them."""
    if q.unit == "days":
        return t(
            "Please type how long as one number and its unit, a best guess if need be "
            "(e.g. 4 days, 3 weeks, 2 years),"
        )
    if q.unit == "years":
        return t("Please type one whole number of years (e.g. 57),")
    return t("Please type a whole number from {min} to {max}", min=q.min, max=q.max) + ","


def _loosely(q: Question, text: str) -> int | None:
    """Other ways testers typed a number (the misread hunter): "un ocho", "7.5" (a score is
    the higher whole number, an age the lower, as "58 and a half"), "58yo", "48 hours" (whole
    days: 36 hours is 1, within the day a warning sign counts), "fortnight" (a unit alone is
    one of it); and two numbers for one ("5 maybe 6", `_one_of_two`)."""
    if pair := two_numbers(text):
        return _one_of_two(q, *pair)
    if q.unit is None and (m := re.fullmatch(r"(?:a|an|un|una) (.+)", text)):
        said = spoken_number(m.group(1))  # "un ocho"; "un cinco o seis" (a tester): two
        return said if said is not None or m.group(1) == text else _loosely(q, m.group(1))
    if q.unit is None and re.fullmatch(r"[0-9]{1,2}[.,][0-9]{1,2}", text):
        whole, part = re.split(r"[.,]", text)  # "7.5", "7,5"; "5,8" may be 5 or 8: the higher
        most = max(int(whole), int(part)) if "," in text and int(part) <= 10 else 0
        return max(math.ceil(float(f"{whole}.{part}")), most)
    if q.unit == "years" and re.fullmatch(r"[0-9]{1,3}\.[0-9]{1,2}", half := halves(text)):
        return math.floor(float(half))  # "58.5", "58 and a half"; "19,20" is two ages: asked
    if q.unit == "years" and (m := re.fullmatch(r"([0-9]{1,3}) ?(?:yo|y/o|y\.o\.)", text)):
        return int(m.group(1))
    if q.unit == "days":
        return _days_loosely(text)
    if q.unit is None and q.max == 10:
        return _score_among_words(text)
    return None


def _days_loosely(text: str) -> int | None:
    """A length of time typed loosely: hours as whole days ("48 hours" is 2, "twelve hours" and
    "doce horas" 0: they were asked again, a tester, twenty-sixth session), minutes, a unit
    alone ("fortnight"), or a length among other words."""
    hours_said = r"(?:hace |desde hace )?([0-9]{1,5}|[^0-9]+?) ?(?:hours?|hrs?|h|horas?)(?: ago)?"
    if m := re.fullmatch(hours_said, text):  # "2 hours ago", "hace 1 hora" (people, 32nd)
        hours = int(m.group(1)) if _number(m.group(1)) else spoken_number(m.group(1))
        if hours is not None:
            return hours // 24
    if re.fullmatch(r"[0-9]{1,4} ?(?:minutes?|mins?|minutos?)(?: ago)?", text):
        return 0  # "20 minutes": within the day
    if text in UNDER_A_DAY:
        return 0
    if text in ONE_UNIT:
        return _words().units.get(text)  # "fortnight", "month"
    return _length_among_words(text)


SCORE_WORDS = {w: n for w, n in UNITS.items() if 2 <= n <= 10}
"""Number words that are a pain score inside a sentence: not "one", "un", "una" (a word of
their own: "the worst one", "un ocho")."""


def _score_among_words(text: str) -> int | None:
    """A pain score said in a sentence ("it is quite bad, I would say an eight", "8 when it
    comes", "6 most of the time but 9 when I move", "mucho, un ocho"; each was asked again: a
    tester, twenty-third session): the highest number 0 to 10 in it, as the question asks for
    the pain at its worst; said back. Not when a length of time or an age is said ("2 weeks",
    "for 3 days"), a number is denied ("not 8") or one is over 10."""
    out_of = "|".join(map(re.escape, ("/", *_words().out_of)))
    text = re.sub(rf" ?(?:{out_of}) ?(?:10|ten|diez)\b", " ", text)  # "7/10 when i move"
    if re.search(r"-\s*[0-9]", text):  # "-1": no score
        return None
    said = re.findall(r"[\w']+", text)
    if set(said) & {"ago", "old", "years", "age", "años", "edad", "hace"} or _a_length_in(said):
        return None
    found = [
        (i, int(w) if _number(w) else SCORE_WORDS[w])
        for i, w in enumerate(said)
        if _number(w) or w in SCORE_WORDS
    ]
    if not found or any(n > 10 for _, n in found) or len(found) > 3:
        return None
    if any(w in TENS or w in HUNDRED or UNITS.get(w, 0) > 10 for w in said):
        return None  # "seventy eight in march" was 8 out of 10 (a tester, twenty-seventh)
    if any(i and said[i - 1] in NEGATIVE for i, _ in found):
        return None
    return max(n for _, n in found)


def _a_length_in(said: list[str]) -> bool:
    """Whether a number stands before a unit of time ("2 weeks", "a day", "tres días"): a
    length, not a score. A day said without one is a score's day ("on a bad day maybe a 5,
    usually 3", "3 most days", "5 los días malos" were asked again: a tester, twenty-fourth
    session)."""
    words = _words()
    amounts = {*words.numbers, *UNITS}
    return any(
        w in words.units and i and (_number(said[i - 1]) or said[i - 1] in amounts)
        for i, w in enumerate(said)
    )


NOT_ONE_LENGTH = frozenset({
    "or", "half", "less", "under", "more", "over", "least", "than", "few", "couple",
    "o", "medio", "media", "menos", "más", "mas",
})  # fmt: skip
"""Words beside a length of time that make it not the one length ("a week or two", "less than a
week", "a year and a half", in English and Spanish): such a sentence is asked again."""


def _length_among_words(text: str) -> int | None:
    """A length of time said in a sentence ("since christmas, about 3 months", "desde el lunes,
    3 días": each was asked again, a tester, twenty-third session): its one number with a unit,
    said back. Not when another number is said beside it ("2 or 3 months, since the 5th"), or
    it is denied ("not 3 weeks")."""
    words = _words()
    names = "|".join(map(re.escape, words.units))
    amounts = "|".join(map(re.escape, words.numbers))
    found = list(re.finditer(rf"\b({amounts}|[0-9]{{1,4}}) ?({names})\b", text))
    if len(found) != 1:
        return None
    m = found[0]
    before, after = (re.findall(r"[\w']+", part) for part in (text[: m.start()], text[m.end() :]))
    numbers = (set(UNITS) | set(words.numbers)) - {"a", "an", "un", "una"}
    if re.search(r"[0-9]", text[: m.start()] + text[m.end() :]):
        return None
    if {*before, *after} & (numbers | NOT_ONE_LENGTH) or (before and before[-1] in NEGATIVE):
        return None  # "a week or two", "over a year, maybe two", "a year and a half"
    return _with_unit(m.group(0), "days")


def _not_short_of(q: Question, text: str) -> None:
    """ "almost 20" is asked again: it is 19 at the age question, where 20 would pass the
    under-20 sign (a misread hunter, nineteenth session). "casi un mes" was told "(casi 20 es
    19)" at the question of how long (a terminal hunter, twentieth session)."""
    if not short_of(unpadded(text)):
        return
    if q.unit == "years":  # with the person's own number: "nearly 70" was told "almost 20 is
        found = re.search(r"[0-9]+", text)  # 19" (a person at a terminal, thirty-fifth session)
        n = int(found.group()) if found and int(found.group()) > 1 else 20
        said = t("Please type the number as it is now (almost {n} is {m}),", n=n, m=n - 1)
    else:
        said = _what_to_type(q)
    raise Invalid(said + " " + _or_not_sure())


def _not_a_year(q: Question, text: str) -> None:
    """A year typed for a length of time ("since 2019") or for an age ("1960" was "outside 0 to
    120", with no word of why: a terminal hunter, twentieth session)."""
    if q.unit is None or not re.fullmatch(r"(19|20)[0-9]{2}", text):
        return
    if q.unit == "days":
        said = t(
            "{year} looks like a year: type how long you have had the pain, e.g. 6 years,",
            year=text,
        )
    else:
        said = t("{year} looks like a year of birth: type your age in years,", year=text)
    raise Invalid(said + " " + _or_not_sure())


def _one_of_two(q: Question, first: int, second: int, rest: str) -> int:
    """A pain score said as two ("6-7", "5 maybe 6", "7 or 8 when it's bad") is the higher,
    said back: the lower
    would hide a score of 7 (severe). Two ages or lengths of time are asked again."""
    said = re.findall(r"[\w']+", rest)
    # a remark beside the two ("7 u 8 cuando me da fuerte": a tester, twenty-fifth session),
    # not a number, a unit of time or a denial in it
    remark = not re.search(r"[0-9]", rest) and not set(said) & (NEGATIVE | set(_words().units))
    if q.unit is None and q.max == 10 and remark and (first, second) not in ((0, 10), (1, 10)):
        return max(first, second)  # "0-10" is the scale, not a score: asked again
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
    if unit == "days":
        text = halves(text)  # "a week and a half", "hace un mes y medio": 1.5 of the unit
    text = re.sub(r"[^\W\d_]{3,}$", lambda m: _unit_typo(m.group(0)), text)  # "2 weks"
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
    return math.floor(days + 1e-9)  # whole days gone by, as "36 hours" is 1 ("two and a half
    # days" was 2 and "three and a half" 4: rounded to even; a regression hunter)


def _unit_typo(word: str) -> str:
    """A unit of time typed with a slip ("weks", "mnths", "yeras", "dyas": a tester's "2 weks"
    was asked again), as the one unit it is near: the same first letter and most letters, or
    two letters side by side swapped; said back, as every converted unit is."""
    units = _words().units
    if word in units:
        return word
    near = {
        units[u]: u
        for u in units
        if len(u) >= 4
        and u[0] == word[0]
        and (SequenceMatcher(None, word, u).ratio() >= 0.85 or _swapped(u, word))
    }
    return near.popitem()[1] if len(near) == 1 else word


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
    stated_alone = _with_unit(unhedged(text), q.unit) is not None  # not in a sentence
    if any(words.units[w] == per_unit for w in stated) and said_in_digits and stated_alone:
        return None  # "29 years" for years, "10 days" for days: nothing was converted
    if q.unit == "years":
        unit_word = t("year") if value == 1 else t("years")
    else:
        unit_word = t("day") if value == 1 else t("days")
    return f"{text} = {value} {unit_word}"
