"""Whole numbers said in words, in English and Spanish, 0 to 199: "thirty-five", "treinta y
cinco", "a hundred and two", "ciento veinte", "siete". Testers typed them at the age, the pain
score and the duration and were asked again; only digits and a few small words were read."""

from __future__ import annotations

import re

UNITS = {
    **dict.fromkeys(("zero", "cero"), 0),
    **dict.fromkeys(("one", "uno", "un", "una"), 1),
    **dict.fromkeys(("two", "dos"), 2),
    **dict.fromkeys(("three", "tres"), 3),
    **dict.fromkeys(("four", "cuatro"), 4),
    **dict.fromkeys(("five", "cinco"), 5),
    **dict.fromkeys(("six", "seis"), 6),
    **dict.fromkeys(("seven", "siete"), 7),
    **dict.fromkeys(("eight", "ocho"), 8),
    **dict.fromkeys(("nine", "nueve"), 9),
    **dict.fromkeys(("ten", "diez"), 10),
    **dict.fromkeys(("eleven", "once"), 11),
    **dict.fromkeys(("twelve", "doce"), 12),
    **dict.fromkeys(("thirteen", "trece"), 13),
    **dict.fromkeys(("fourteen", "catorce"), 14),
    **dict.fromkeys(("fifteen", "quince"), 15),
    **dict.fromkeys(("sixteen", "dieciséis", "dieciseis"), 16),
    **dict.fromkeys(("seventeen", "diecisiete"), 17),
    **dict.fromkeys(("eighteen", "dieciocho"), 18),
    **dict.fromkeys(("nineteen", "diecinueve"), 19),
    **dict.fromkeys(("veintiuno", "veintiún", "veintiun", "veintiuna"), 21),
    **dict.fromkeys(("veintidós", "veintidos"), 22),
    **dict.fromkeys(("veintitrés", "veintitres"), 23),
    "veinticuatro": 24,
    "veinticinco": 25,
    **dict.fromkeys(("veintiséis", "veintiseis"), 26),
    "veintisiete": 27,
    "veintiocho": 28,
    "veintinueve": 29,
}
"""Words that are a number below 30 on their own (Spanish writes 16-29 as one word)."""
TENS = {
    **dict.fromkeys(("twenty", "veinte"), 20),
    **dict.fromkeys(("thirty", "treinta"), 30),
    **dict.fromkeys(("forty", "fourty", "cuarenta"), 40),  # "fourty two" (a person, 37th)
    **dict.fromkeys(("fifty", "cincuenta"), 50),
    **dict.fromkeys(("sixty", "sesenta"), 60),
    **dict.fromkeys(("seventy", "setenta"), 70),
    **dict.fromkeys(("eighty", "ochenta"), 80),
    **dict.fromkeys(("ninety", "noventa"), 90),
}
HUNDRED = {"hundred", "cien", "ciento"}
JOINS = {"and", "y", "a"}
"""Words between the parts that add nothing: "a hundred and two", "treinta y cinco"."""


def spoken_number(text: str) -> int | None:
    """The number `text` says in words, or None when it is not one (nothing is guessed:
    "thirty-five" is 35, "thirty five" too; "five thirty" and "twenty twenty" are not)."""
    words = [w for w in re.split(r"[\s-]+", text.strip().lower()) if w]
    if not words or not all(w in UNITS or w in TENS or w in HUNDRED or w in JOINS for w in words):
        return None
    total = 0
    if words[0] in HUNDRED or words[:2] in (["a", "hundred"], ["one", "hundred"]):
        total = 100
        words = words[1:] if words[0] in HUNDRED else words[2:]
        words = words[1:] if words[:1] in (["and"], ["y"]) else words
        if not words:
            return total
    words = [w for w in words if w not in JOINS]
    if len(words) == 1 and words[0] in UNITS:
        return total + UNITS[words[0]]
    if len(words) == 1 and words[0] in TENS:
        return total + TENS[words[0]]
    if len(words) == 2 and words[0] in TENS and words[1] in UNITS and 0 < UNITS[words[1]] < 10:
        return total + TENS[words[0]] + UNITS[words[1]]
    return None
