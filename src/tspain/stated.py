"""A "no" that states a warning sign rather than denies one ("no puedo respirar", "not able to
walk straight", "could not breathe"): read so by the mention reader (`mentioned`) and the
list's guesses (`guessed`). Data only."""

from __future__ import annotations

import re

SIGN_WITH_A_NO = re.compile(
    r"\bnot able to\b|\bno feeling (?=down|in|between|around|there)"
    r"|\bcould not (?=breathe|catch my breath|walk\b(?! (?:faster|far))|stand up|pee|wee)"
)
"""Phrases of a sign with a no in them: "not able to walk straight", "no feeling down below",
"she could not breathe" were read as denials and lost (people at a terminal, fortieth
session)."""
STATED = re.compile(
    r"\bno (?=puedo\b|pod[ií]a\b|pudo\b|puede\b(?! ser)|hago pis\b(?! con)|me entra\b"
    r"|me alcanza\b|me sostengo\b|control[oa]\b|aguant[oa] la\b|(?:me|la|lo|le) deja dormir\b"
    r"|duermo por\b|respira bien\b"
    r"|tengo aire\b|respiro bien\b"
    r"|sient(?:o|e|en) (?!dolor|molestia|nada|fiebre|calentura|presi|opresi|el pecho|calor"
    r"|n[aá]usea|mareo|hormigueo|escalofr|fr[ií]o|ningun))"
    r"|\b(?:haven'?t|hasn'?t) (?=(?:peed|weed|had a (?:wee|pee))\b(?! blood| problem)|been able)"
    r"|\bsin (?:darme cuenta|querer|notarlo|aire|aliento|fuerzas?|hacer dieta)\b"
    r"|\bwithout (?:even )?(?:trying|meaning to|dieting|a diet)\b|" + SIGN_WITH_A_NO.pattern
)
"""A "no" or "sin" that states a sign, not denies one: "70, no puedo respirar bien", "no me
entra el aire", "me hice pis sin darme cuenta" (a tester, 30th session); "i lost weight without
trying" (a tester, 33rd); "i havent had a wee all day" (a person at a terminal, 35th); "no
podía respirar", "no pudo orinar", said in the past (a tester, 40th); `SIGN_WITH_A_NO`."""
