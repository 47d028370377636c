"""Words said of someone else read as said of oneself, so that the phrases people use for a
warning sign ("wetting myself", "me he desmayado") are found in a carer's words too: "she's
wetting herself", "she can't feel her legs" and "mi marido se ha desmayado" at a later list
named no sign and were lost, where "i'm wetting myself" and "me he desmayado" were asked (a
person at a terminal, thirty-ninth session). Used only to find a sign to ask about, beside the
words as typed: never to read an answer."""

from __future__ import annotations

import functools
import re

RELATIVES = (
    "mum|mom|mother|mam|mummy|mommy|dad|father|daddy|husband|wife|partner|son|daughter|nan|nana|"
    "gran|granny|grandma|grandmother|grandad|granddad|grandpa|grandfather|brother|sister|"
    "boyfriend|girlfriend|friend|neighbour|neighbor|aunt|auntie|uncle|patient"
)
"""The nouns a carer says a relative by ("my dad"), as a regular expression's alternatives."""
PARIENTES = (
    "madre|padre|mamá|mama|papá|papa|marido|esposo|esposa|mujer|pareja|hijo|hija|abuela|abuelo|"
    "hermano|hermana|novio|novia|tía|tia|tío|tio|vecina|vecino|paciente"
)
"""The same in Spanish ("mi padre")."""

_SAID_OF_ONESELF = (
    # what a relative is now, not what they had: "my dad is hot and not making sense" named
    # nothing where "he is hot" did; "my mum had cancer" still names nothing (fortieth session)
    (rf"\bmy (?:{RELATIVES})(?:'s| has)(?= been\b)", "i've"),
    (rf"\bmy (?:{RELATIVES})(?:'s| is)(?! (?:been|got|had)\b)", "i'm"),
    (rf"\bmy (?:{RELATIVES}) has(?! (?:been|had)\b)", "i have"),  # "my mum has a fever"
    (rf"\bmi (?:{PARIENTES}) est[aá]\b", "estoy"),
    (rf"\b(?:mi (?:{PARIENTES})|él|ella) tiene\b", "tengo"),  # "mi madre tiene fiebre" (40th)
    (r"\b(?:her|him|them)sel(?:f|ves)\b", "myself"),
    (
        r"\b(?:she|he|they)(?:'s| has| have)(?= (?:been|got|had|passed|lost|wet|peed|pooed)\b)",
        "i've",
    ),
    (r"\b(?:she|he|they)(?:'s| is| are| was| were)\b|\b(?:hes|shes)\b", "i'm"),
    (r"\b(?:she|he|they)\b", "i"),
    (r"\b(?:her|his|their)\b", "my"),
    (r"\bse (?:ha|han)\b", "me he"),
    (r"\bse hizo\b", "me hice"),
    (r"\bse desmay[oó]\b", "me desmayé"),
    (r"\bles?\b", "me"),
    (r"\bsiente\b", "siento"),
)


@functools.cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(pattern), said) for pattern, said in _SAID_OF_ONESELF)


def as_said_of_oneself(text: str) -> str:
    """`text` (lower case) with another person's words put as one's own: "she can't feel her
    legs" is "i can't feel my legs"; "a mi madre le aprieta el pecho", "a mi madre me aprieta
    el pecho"."""
    for pattern, said in _patterns():
        text = pattern.sub(said, text)
    return text
