"""The meanings a translation's typed words keep, where a warning sign reads what they say:
part of the safety contract (`catalogues.py` checks a catalogue against them).

A maintainer-tester set "hoy" (today) to 2 days, and a woman of 62 with a cold sweat on the day
it began lost her ambulance; set "insoportable" (unbearable) to 2 out of 10; and added "un poco"
(a little) to the no-words, so that a tight chest "un poco" was no chest pain. Each catalogue
validated (thirty-first session): what a word means was checked only for being a number in
range. The shipped words keep their meanings here, and a new no-word must say no. Pure."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

WORD_MEANINGS: dict[str, dict[str, dict[str, int]]] = {
    "es": {
        "severity": {
            "ninguno": 0,
            "nada": 0,
            "leve": 3,
            "ligero": 3,
            "moderado": 5,
            "moderada": 5,
            "regular": 5,
            "fuerte": 7,
            "intenso": 7,
            "intensa": 7,
            "severo": 7,
            "severa": 7,
            "grave": 7,
            "muy fuerte": 8,
            "horrible": 8,
            "bastante fuerte": 7,
            "muy intenso": 8,
            "muy intensa": 8,
            "insoportable": 10,
            "el peor": 10,
            "el peor de mi vida": 10,
            "el peor dolor de mi vida": 10,
            "peor dolor de mi vida": 10,
            "el peor dolor que he tenido": 10,
            "el peor que he tenido": 10,
            "peor imposible": 10,
            "el peor imaginable": 10,
            "el peor posible": 10,
            "re fuerte": 8,
            "mucho": 7,
            "muchísimo": 8,
            "terrible": 8,
            "fuertísimo": 8,
            "fuertisimo": 8,
            "tremendo": 8,
            "me está matando": 9,
        },
        "units": {
            "día": 1,
            "dia": 1,
            "días": 1,
            "dias": 1,
            "semana": 7,
            "semanas": 7,
            "mes": 30,
            "meses": 30,
            "año": 365,
            "años": 365,
            "ano": 365,
            "anos": 365,
            "quincena": 15,
            "quincenas": 15,
        },
        "days": {
            "hoy": 0,
            "esta mañana": 0,
            "esta manana": 0,
            "esta tarde": 0,
            "esta noche": 0,
            "ayer": 1,
            "anoche": 1,
            # "desde ayer por la mañana" was asked again where the English is read (people at
            # a terminal, thirty-eighth session)
            **dict.fromkeys(("ayer por la mañana", "ayer por la manana"), 1),
            **dict.fromkeys(("ayer por la tarde", "ayer por la noche", "ayer en la mañana"), 1),
            **dict.fromkeys(("ayer en la tarde", "ayer en la noche"), 1),
            "anteayer": 2,
            "antes de ayer": 2,
            "antier": 2,
            "horas": 0,
            "una hora": 0,
            "hace una hora": 0,
            "unas horas": 0,
            "hace unas horas": 0,
            "un par de horas": 0,
            "hace un par de horas": 0,
            "medio día": 0,
            "medio mes": 15,
            "medio año": 182,
        },
    },
}
"""language -> section of `[answers]` -> each shipped word -> its number, which a change
to the catalogue may not alter (a change is made here, with the review that approved it)."""

SHIPPED_NO_WORDS: dict[str, frozenset[str]] = {
    "es": frozenset({
         "cierto que no", "claro que no", "creo que no", "desde luego que no", "en absoluto",
         "falso", "jamás", "la verdad es que no", "me parece que no", "n", "nada", "negativo",
         "nel", "ninguna", "ninguno", "no", "no que yo sepa", "no tengo", "noo", "nooo", "nop",
         "nunca", "para nada", "para nada no", "por supuesto que no", "probablemente no", "pues no",
         "que va", "que yo sepa no", "qué va", "seguro que no", "supongo que no", "tampoco",
         "verdad que no",
    }),
}  # fmt: skip
"""The shipped no-words: others must hold a word of NO_SAID and none of HEDGES."""

NO_SAID = {"es": frozenset({"no", "nunca", "jamás", "jamas", "tampoco", "ni", "nada", "negativo"})}
HEDGES = {
    "es": frozenset(
        {
            *("poco", "algo", "bastante", "quizá", "quizás", "quiza", "quizas", "tal", "casi"),
            # "casi no" (hardly), "no mucho", "no del todo", "no tanto", "apenas" ... (a
            # maintainer-tester and a regression hunter, thirty-fourth session)
            *("mucho", "todo", "demasiado", "tanto", "apenas", "exactamente", "especialmente"),
            "muy",
        }
    )
}
NOT_HEDGING = {"es": ("ni mucho menos", "ni algo parecido")}
"""Strong noes that hold a hedge's word ("ni mucho menos": not at all)."""


def word_meaning_problems(answers: Mapping[str, Any], code: str, where: str) -> list[str]:
    """One line for each shipped word whose number changed, and each new no-word that does not
    say no or that hedges."""
    problems = []
    for section, fixed in WORD_MEANINGS.get(code, {}).items():
        said = answers.get(section, {})
        if not isinstance(said, dict):
            continue  # said by the catalogue's other checks
        for word, value in said.items():
            if word in fixed and value != fixed[word]:
                problems.append(
                    f"{where}.{section}.{word}: means {fixed[word]}, fixed by the safety contract "
                    "(a change is made in tspain/word_meanings.py)"
                )
    listed = answers.get("no", [])
    for word in listed if isinstance(listed, list) else []:
        plain = " ".join(str(word).lower().split())
        found = set(re.findall(r"\w+", plain))
        new = plain not in SHIPPED_NO_WORDS.get(code, frozenset())
        strong = any(p in plain for p in NOT_HEDGING.get(code, ()))
        hedges = found & HEDGES[code] if code in HEDGES and not strong else set()
        if new and code in NO_SAID and (not found & NO_SAID[code] or hedges):
            problems.append(
                f'{where}.no: {word!r} does not say no plainly, so it cannot be a no-word ("un '
                'poco" among them read a tight chest as no chest pain)'
            )
    return problems
