"""An option said by its number in words: "number two", "the first one", "option 3", "la
segunda". Pure."""

from __future__ import annotations

import re

from tspain.typed_words import _number, _words

ORDINAL = re.compile(
    r"^(?:the |el |la |lo )?(?:(?:number|option|número|numero|opción|opcion|no\.?) )?"
    r"(\w+)(?: (?:one|option|opción|opcion))?$"
)
"""An option said by its number in words: "number two", "the first one", "la segunda"."""
ORDINALS = {
    **dict.fromkeys(("first", "primero", "primera", "primer"), 1),
    **dict.fromkeys(("second", "segundo", "segunda"), 2),
    **dict.fromkeys(("third", "tercero", "tercera", "tercer"), 3),
    **dict.fromkeys(("fourth", "cuarto", "cuarta"), 4),
    **dict.fromkeys(("fifth", "quinto", "quinta"), 5),
    # "the last one" at the injury question was "A minor one" by its "one", and a serious
    # accident's ambulance was lost (a person at a terminal, fortieth session)
    **dict.fromkeys(("last", "último", "última", "ultimo", "ultima"), -1),
}
LAST = -1
"""`option_number` of "the last one": the question's last option, whatever their count."""


def option_number(text: str) -> int | None:
    """The option's number said in words ("number two", "the first one", "option 3"); None
    when `text` is not one."""
    m = ORDINAL.fullmatch(text)
    if m is None or (m.group(0) == m.group(1) and m.group(1) not in ORDINALS):
        return None  # "two" alone: `option_numbers`, with its own checks
    said, named = (
        m.group(1),
        re.match(r"(?:the |el |la )?(?:number|option|n[úu]mero|opci[óo]n)", text),
    )
    if said in ORDINALS:
        return ORDINALS[said]
    if named is None:  # "the one": no number said; "the 4", "la 4": the option (29th)
        return int(said) if _number(said) and text != said else None
    return int(said) if _number(said) else _words().option_numbers.get(said)
