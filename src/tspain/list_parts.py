"""A list answer cut into its parts: at commas and "and", with what belongs to a part kept
with it ("pins and needles", "fiebre 39,2", "pregnant, 34 weeks", "swollen and sore"), and an
item's number with the remark after it apart ("7 my legs are heavy"). Used by
`ticks`, which reads each part, and by `mentioned`, which looks for signs in them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tspain.loose_numbers import without_times
from tspain.spoken_numbers import spoken_number
from tspain.typed_words import _number
from tspain.words import DOUBTING, FEVER_COMMA, HOW_IT_FEELS

_LETTER = re.compile(r"[^\W\d_]")
_DOUBT = "|".join(map(re.escape, sorted(DOUBTING, key=len, reverse=True)))


NONE_BUT = re.compile(
    r"^(?:none|nothing|ninguna|ninguno|nada)"
    r"(?:\s+(?:of (?:those|these|them|that|this|the above)|like that|of the sort|at all))?"
    r",?\s+(?:but|except|apart from|though|although|tho|pero|excepto|salvo)\s+"
)
"""None, then what is not: "none but my chest hurts" could not match, and "none but maybe numb
groin" was none, unsaid (a tester and a code reviewer, thirtieth session); "none of those but
i have some chest pain", "nothing like that but i fainted yesterday" and "none of these though
..." could not match, and a sign of another list was never asked (people at a terminal,
thirty-eighth session). What follows is the answer (`ticks.parse_checklist`), and is read for
signs (`mentioned`)."""


QUALIFIED = re.compile(
    r"(?:^|(?<=,))\s*([1-9][0-9]?)\s*(?:,|\s-+)?\s+(?=(?:but|pero)\s+(?:(?:it'?s|its|it is|es)\s+)?"
    r"(?:only|just|not|solo|sólo|no)\b|(?:only|just|solo|sólo)\s|por si acaso\b)"
)
"""An item's number said with words that narrow or deny it: "10 but only my right leg", "2
but its not really chest pain", "10, just one leg tho". The number was kept (both legs, chest
pain: an ambulance at once) and the words read apart (a person at a terminal, thirty-third
session): it is asked about, as a number said with a doubt is (`list_doubts`)."""


PERSON_AGE = re.compile(
    r"\b((?:my |our |mi |su )?(?:son|daughter|dad|mum|mom|mother|father|husband|wife|partner"
    r"|nan|gran|granny|grandad|grandma|grandpa|boy|girl|kid|child|brother|sister|hijo|hija"
    r"|padre|madre|marido|esposa|esposo|abuelo|abuela|niño|niña|hermano|hermana|i'm|im|i am"
    r"|he's|hes|she's|shes|he is|she is))\s*,?\s*(?:aged |age )?[0-9]{1,3}\b"
    r"(?! ?(?:%|/|out of|de 10|weeks?|days?|months?|years? ago|semanas?|días?|dias?|meses))"
    r"(?:\s*(?:years old|year old|yrs old|yo|y/o|años))?\s*,?"
)
"""An age said after who it is: "my son, 9, is breathless" kept item 9 (numbness around the
genitals) and called an ambulance; "dad 18 has a fever" could not match; "0 - im 85" was
refused (a regression hunter, thirty-third session). Not a time or a score beside it."""


TENS_AND_UNIT = re.compile(
    r"\b(?:veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa) y "
    r"(?:uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)\b"
)
"""One number in Spanish words, 34: "treinta y cuatro" at a list was cut at its "y" and said
"there is no 30" (a tester, thirty-third session)."""


def _age_left_out(said: re.Match[str]) -> str:
    """Who said an age, without the age; one's own ("i'm 68") left out whole, a part apart:
    "I'm 68, none of these" was one part, "i'm  none of these", that could not match (a
    person at a terminal, fortieth session). The session takes the age (`age_said`)."""
    who, more = said.group(1), said.string[said.end() :].strip()
    return ", " if who in ("i'm", "im", "i am") and more else f"{who} "


def list_parts(text: str) -> list[str]:
    """The parts of a list answer, split at commas and "and": not inside "pins and needles".
    A remark in brackets that is an amount is left out ("pregnant (32 weeks)": its number asked
    for the whole answer again, and "my upper tummy hurts" beside it was lost); any other
    bracket is a part like the rest ("17 (and fever)" dropped the fever, saved as no: the
    misread hunter), and "(2)" stays a number."""
    kept = re.sub(r"\bpins (?:and|&|n|\+) needles\b", "tingling", text)  # "pins-" was a part
    kept = re.sub(r"\b(?:every )?now and (?:then|again)\b", "sometimes", kept)  # "then" was a
    # part that matched nothing (a person at a terminal, thirty-ninth session)
    kept = PERSON_AGE.sub(_age_left_out, kept)  # "my son, 9, is breathless": 9 is his age
    kept = QUALIFIED.sub(r"\1?, ", kept)  # "10 but only my right leg": does 10 apply?
    kept = TENS_AND_UNIT.sub(lambda m: str(spoken_number(m.group(0))), kept)  # not 30 and 4
    kept = re.sub(rf"\b([0-9]{{1,2}}) (?=(?:{_DOUBT}) [0-9])", r"\1, ", kept)  # "4 maybe 2"
    kept = re.sub(r"\b(fever|fiebre|temperature|temperatura) ?\(([0-9.,]+)\)", r"\1 \2", kept)
    kept = re.sub(r"\b([0-9]{1,2}) ?/ ?10\b", r"\1 out of 10", kept)  # "10/10" is no item 10
    kept = FEVER_COMMA.sub(lambda m: ".".join(g for g in m.groups() if g), kept)  # "fiebre 39,2"
    but = r"(?:but|except|pero|excepto|salvo)"  # "no, but X", "no, pero X": X is said
    kept = re.sub(rf"^(?:no|nope|nah),? {but} |(?<=,) ?{but} ", " ", kept)
    kept = NONE_BUT.sub(" ", kept)  # "none but my chest hurts": what follows is said
    kept = REST_NO.sub(" ", kept)  # "maybe 1, the rest no" asked about 6, "eased by rest"
    kept = EACH_SAID.sub(r"\1 \2,", kept)  # "1 no 2 no 4 yes": each item's own answer
    kept = re.sub(rf"^(0|zero|cero) ({but}) ", r"\1, \2 ", kept)  # "0 but chest pain" was
    # told "0 alone" (a tester, thirtieth session): the but keeps what follows from a denial
    kept = re.sub(r"^(no|nope|nah) (?=(?:i|i'm|im|i've|ive|my)\b)", r"\1, ", kept)  # "nope im
    # pregnant": none, and the pregnancy (it could not match: a tester, twenty-ninth session)
    denied = r"\b(?:no|not|never|don't|dont|haven't|havent|isn't|isnt|ni|sin|fine|ok|okay)\b"
    kept = re.sub(rf"({denied}[^,]*?) (?:but|pero) ", r"\1, ", kept)  # "no chest pain but my
    # arm hurts" is two parts: the arm was lost to "Does this apply to you: 2 ...?" (a tester);
    # "i'm fine but mum can't pee" too (its "fine" hid her sign: a regression hunter, 37th)
    kept = re.sub(r"\(\s*[0-9]+(?:[.,][0-9]+)?\s*[^\W\d_]+(?:\s+ago)?\s*\)", " ", kept)
    kept = re.sub(r"\(([^()]*[^\W\d_][^()]*)\)", r", \1 ,", kept)  # words in brackets: a part
    merged: list[str] = []  # a time alone ("pregnant, 34 weeks") is said of the part before,
    # and so is a word that only says how it feels ("my calf is swollen and sore": "sore" was
    # "could not match", a tester, twenty-second session)
    # "2 & 5", "chest pain + breathless", "15 - drove 11 hours" (not "cancer - 2010")
    for part in re.split(
        r"[,;&+/!]+|(?<![0-9])\.(?![0-9])|(?<=[0-9])\.(?=\s+[^\W\d_])|\s-+\s(?=[^\W\d_])"
        r"|(?<!\bhot )\b(?:and|adn|y)\b|\b(?:and|adn|y)\b(?! cold\b)",  # not "hot and cold"
        kept,
    ):
        timed = _LETTER.search(part) and not _LETTER.search(without_times(part))
        timed = timed or (bool(part.split()) and set(part.split()) <= HOW_IT_FEELS)
        denial = part.strip(" ()") in ("no", "nope", "nah", "none", "nada")  # "chest pain - no"
        # chest pain, and an ambulance was called (a person at a terminal, thirty-fifth session)
        while denial and merged and not merged[-1].strip():
            merged.pop()  # "chest pain... no"
        after_number = denial and merged and NUMBER_ALONE.fullmatch(merged[-1])  # "2 - no"
        if (timed or denial) and merged and (_LETTER.search(merged[-1]) or after_number):
            merged[-1] = f"{merged[-1].rstrip()} {part.strip()}"
        else:
            merged.append(part)
    return merged


REST_NO = re.compile(
    r"\b(?:and )?(?:the rest|the others|others) (?:are )?(?:no|nope|not)(?=\s*(?:$|[,.;]))"
    r"|\b(?:y )?(?:el resto|lo dem[aá]s|los dem[aá]s|las dem[aá]s) no(?=\s*(?:$|[,.;]))"
)
"""The rest of the list denied, beside the items typed, at the end of a part: nothing more (a
person at a terminal, thirty-fifth session: "the rest no" was asked as item 6, pain "eased by
rest"); not "the rest not sure", nor "rest not helping" (a code reviewer, the same session)."""


NUMBER_THEN_REMARK = re.compile(
    r"\s*([0-9]{1,2}\??)[,:.!]? ((?:my|i|i've|i'm|im|it|it's|its|obviously|definitely|sorry"
    r"|because|cos|as|too|mi|me|es|tengo|porque|claro|obvio|yes|yeah|yep|def|but|sí|si|pero)"
    r"\b.*)"
)
"""An item's number, then a remark of the person's own ("7 my legs have been a bit heavy",
"5 obviously", "6? it aches when I cycle up hills"): two parts. As one, the number matched
no item and the whole answer was refused, with the legs and the bladder said beside it (a
tester, twenty-fourth session). Not a number then a unit ("3 kilos", "2 weeks"), nor one with
a hedge that keeps it ("4 i think")."""


NUMBERS_THEN_WORDS = re.compile(
    r"\s*((?:[0-9]{1,2}\s+)*[0-9]{1,2}\??)[,:.!]? ([^\W\d_][\w'\u2019]*)(.*)"
)
"""One or more items' numbers, then words that begin with a letter: "1 10 sudden awful pain",
"2 5 help", "17 pregnant 30 wks" were "could not match" the whole part, and the items typed
were lost with it (a warfarin said after it too: testers, twenty-seventh session)."""

NOT_A_REMARK = frozenset({
    "out", "of", "x", "times", "time", "veces", "vez", "de", "kilos", "kilo", "kg", "kgs",
    "lbs", "pounds", "stone", "libras", "percent", "por", "am", "pm", "h", "hrs", "hours",
    "mins", "minutes", "days", "day", "weeks", "week", "wks", "months", "month", "years",
    "year", "yrs", "días", "dias", "semanas", "meses", "años", "anos", "horas", "minutos", "or",
    "to", "o", "a", "y", "and", "ish", "hour", "hr", "min", "minute", "second", "seconds",
    "hora", "minuto", "día", "dia", "semana", "mes", "año", "ano", "degrees", "degree",
    "grados", "grado", "c", "f", "celsius", "fahrenheit", "mg", "ml", "km", "miles", "mile",
    "cm", "st",
})  # fmt: skip
"""Words after a number that say what the number is (an amount, a time, a range, a hedge),
not a remark of its own: "3 kilos", "2 weeks", "5 or 6", "4 i think"."""


POINTING = re.compile(
    r"^\s*(?:el|la|los|las|the|number|item|n[uú]mero)\s+(?=[0-9]{1,2}\b\??\s+[^\W\d_])", re.I
)
"""Words that point at an item's number, before a remark: "el 2 siempre", "the 2 sometimes"."""
NUMBER_DENIED = re.compile(
    r"\s*((?:[0-9]{1,2}\s+)*[0-9]{1,2})\s*[-:]?\s*(?:no|nope|not|nah|never|none|nunca|tampoco|nada)\b"
    r"(.*)"
)
"""Items' numbers, then a word that denies them: asked about, never ticked."""
NUMBER_ALONE = re.compile(r"\s*[0-9]{1,2}\s*")
EACH_SAID = re.compile(r"\b([0-9]{1,2}) (yes|no|nope|yeah|si|sí)\b(?= [0-9])")
"""An item's number and its own yes or no, another after it: "1 no 2 no 3 no 4 yes" kept
the 1 and dropped the 4 (people at a terminal, thirty-fifth session)."""
LEADING_AND = re.compile(
    r"^\s*(?:(?:and|y)\s+)?(?:also|plus|too|and|también|tambien|y|además|ademas)\s+(?=[0-9])", re.I
)
"""Words that join a number to those before it: "also 5", "and also 5", "y también 5"."""


def number_then_remark(part: str) -> list[str]:
    """A part as `NUMBER_THEN_REMARK` splits it: the number, then the remark; or, as
    `NUMBERS_THEN_WORDS` does, several numbers, then words that say no amount or time. A doubt
    after the numbers stays with them ("11 maybe when i cough": 11 is asked about)."""
    part = LEADING_AND.sub("", part)  # "2, also 5 i dont sleep" (people, twenty-eighth)
    part = POINTING.sub("", part)  # "el 6 a veces": the 6 (a tester, thirty-fifth session)
    if denied := NUMBER_DENIED.fullmatch(part):  # "3 no", "the 3 no", "el 2 no" ticked the item
        rest = denied.group(2).strip(" ,.")  # (a code reviewer, thirty-fifth session): each
        return [*(f"{n}?" for n in denied.group(1).split()), *([rest] if rest else [])]  # asked
    m = NUMBER_THEN_REMARK.fullmatch(part)
    if m is None or _number(part):
        return _numbers_then_words(part)
    if re.match(r"(?:yes|yeah|yep|def|definitely|sí|si)\b", m.group(2)):
        return [m.group(1)]  # "6 yes its worse in bed": said of item 6 ("bed" named bed rest)
    if asked := HEDGE_ASKED.match(m.group(2)):  # "1 i guess? it was sudden when i lifted" was
        rest = m.group(2)[asked.end() :].strip(" ,.")  # item 1 kept unasked: an ambulance
        return [f"{m.group(1).rstrip('?')}?", *([rest] if rest else [])]  # (37th session)
    return [m.group(1), m.group(2)]


HEDGE_ASKED = re.compile(r"(?:i (?:think|guess|suppose|reckon)|creo|supongo)\s*\?")
"""A hedge said as a question after an item's number: a doubt, asked about."""


def _numbers_then_words(part: str) -> list[str]:
    m = NUMBERS_THEN_WORDS.fullmatch(part)
    if m is None or _number(part) or _says_what_it_is(m.group(2).lower(), m.group(3)):
        return [part]
    numbers, rest = m.group(1), (m.group(2) + m.group(3)).strip()
    if re.match(r"(?:i (?:think|guess|suppose|reckon)|creo|supongo)\b", rest.lower()):
        return [part]  # "4 i think": a hedge that keeps the number (`ticks._surely`)
    doubt = re.match(rf"(?:{_DOUBT})\b", rest.lower())
    if doubt:  # "11 maybe when i cough": "11 maybe", asked about, then the remark
        said = rest[: doubt.end()]
        rest = rest[doubt.end() :].strip(" ,")
        return [f"{numbers} {said}", *([rest] if rest else [])]
    return [numbers, rest]


def _says_what_it_is(word: str, rest: str) -> bool:
    """Whether the word after a number says what the number is (`NOT_A_REMARK`): "a" only
    before a number or a unit ("2 a 5", "3 a day"), not before other words ("6 a veces", "6
    a lot": the whole part was refused, and a person who then typed 0 lost the items typed
    beside it, chest pain among them: a tester, thirty-fifth session)."""
    if word not in ("a", "de", "por"):  # "6 de vez en cuando", "el 2 por las noches" were
        return word in NOT_A_REMARK  # refused whole, the number lost (people, 35th session)
    after = [w for w in rest.lower().split() if w not in ("la", "las", "el", "los", "the")][:1]
    if after in (["veces"], ["vez"]):
        return False  # "a veces" is sometimes, not a number of times
    return not after or after[0][:1].isdigit() or after[0] in NOT_A_REMARK


def parts_with_numbers(text: str) -> list[str]:
    """A list answer's parts (`list_parts`), each number with a remark after it split off
    (`number_then_remark`): "11 maybe when i cough" gives "11 maybe", then the remark."""
    return [q.strip() for p in list_parts(text) for q in number_then_remark(p) if q.strip()]


def an_age(items: Sequence[str], word: str) -> bool:
    """A number past a list's `items`, of 20 to 120, said among words: an age ("dad 85 has chest
    pain", "dad, 85, has chest pain" and "nan 92 fainted" lost the sign: the words were not
    read, or the whole line was "there is no 85": a tester of carers, thirty-third session)."""
    return word.isascii() and word.isdigit() and len(items) < int(word) and 20 <= int(word) <= 120
