"""The words the texts of the emergency and urgent levels must keep, and those no emergency or
urgent text may hold (words that reassure): part of the safety contract (`safety.py`), for
every language a result is given in."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tspain.delay_words import reassures, reassuring_signs, shortened
from tspain.fixed_texts import (
    fixed_steps_problems,
    fixed_text_problems,
    safety_net,
    sign_action_problems,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Mapping

    from tspain.table import LevelText, RuleTable


LEVEL_WORDS: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "en": {
        "emergency": {
            "label": ("emergency",),
            "action": ("call", "ambulance", "999", "112", "911"),
            "recap": ("call", "ambulance"),
        },
        "urgent": {
            "label": ("urgent",),
            "action": ("doctor", "today"),
            "recap": ("doctor", "today"),
        },
        "routine": {"action": ("appointment",), "recap": ("appointment",)},
        "self_care": {"action": ("doctor",), "recap": ("doctor",)},
    },
    "es": {
        "emergency": {
            "label": ("emergencia",),
            "action": ("llame", "ambulancia", "112", "911"),
            "recap": ("llame", "ambulancia"),
        },
        "urgent": {"label": ("urgente",), "action": ("médico", "hoy"), "recap": ("médico", "hoy")},
        "routine": {"action": ("cita",), "recap": ("cita",)},
        "self_care": {"action": ("médico",), "recap": ("médico",)},
    },
}
"""Words each level's texts must keep, in each language tspain speaks: what makes the
emergency action an emergency action (call, an ambulance, the numbers), the urgent one a doctor
today, and self-care's safety net a doctor. A new language declares its own here."""

CALL_FIRST: dict[str, tuple[str, str]] = {"en": ("call", "now"), "es": ("llame", "ahora")}
"""The word the emergency action and call must begin with, and the word its first sentence
must hold: the call comes first, and now. A maintainer-tester's "Rest for 30 minutes; then
call an ambulance" and "You may want to call an ambulance" passed (twenty-fourth session)."""
CONDITIONAL: dict[str, frozenset[str]] = {
    "en": frozenset(
        {"if", "unless", "when", "after", "may", "might", "could", "consider", "perhaps", "or"}
    ),
    "es": frozenset(
        {"si", "salvo", "menos", "cuando", "después", "despues", "puede", "quizá", "quizás", "o"}
    ),
}
"""Words the first sentence of the emergency action and call may not hold, outside brackets
(the numbers "(999, 112 or 911)"): they make the call wait on something, or offer another way
("Call an ambulance now (999, 112 or 911) if it persists")."""
NOT_CALLING: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        r"\b(?:not|don't|dont|never|no need to|needn't|without)\b(?:\W+\w+){0,3}?\W+"
        r"(?:call|ring|phone|dial)\b"
    ),
    "es": re.compile(r"\b(?:no|nunca|sin)\b(?:\W+\w+){0,3}?\W+(?:llame|llamar|llamen|marque)\b"),
}
"""Words that tell a person not to call, in any emergency text: "Do not call an ambulance
(999, 112 or 911) unless you collapse" passed (a maintainer-tester, twenty-fourth session)."""
NEGATING: dict[str, frozenset[str]] = {
    "en": frozenset({"no", "not", "non", "never", "isn't", "without"}),
    "es": frozenset({"no", "ni", "sin", "nada", "nunca"}),
}
"""Words an emergency or urgent label may not hold: "NO EMERGENCY" kept the word "emergency"
and was shown above "Call an ambulance now" (a maintainer-tester, twenty-fifth session)."""


NO_DOCTOR: dict[str, tuple[str, ...]] = {
    "en": (
        *("no need to see", "don't need to see", "do not need to see", "no need for a doctor"),
        *("never need to see", "no need to book"),
    ),
    "es": ("no necesita ir", "no hace falta ir", "no hace falta pedir", "no necesita pedir"),
}
"""Phrases no level's action or recap may hold: the self-care safety net is seeing a doctor if
it does not get better ("There is no need to see a doctor, even if it is not better in 2 to 6
weeks" passed: it still said "doctor", a maintainer-tester, twenty-fourth session)."""
DISCLAIMER_WORDS = {"en": "not a diagnosis", "es": "no es un diagnóstico"}
"""What the disclaimer that ends every result must say ("tspain gives a reliable diagnosis, so
you rarely need a doctor" passed: a maintainer-tester)."""


def _call_problems(level: str, name: str, value: str, code: str) -> list[str]:
    """The emergency action or call that does not begin with the call now, or whose first
    sentence makes it wait or offers another way; any emergency text that says not to call."""
    said = " ".join(value.casefold().replace("\u2019", "'").split())
    problems = []
    if name in ("action", "call") and code in CALL_FIRST:
        first, now = CALL_FIRST[code]
        sentence = re.split(r"[.;:!?]", re.sub(r"\([^)]*\)", " ", said), maxsplit=1)[0]
        sentence_words = re.findall(r"[\w']+", sentence)
        iffy = sorted(set(sentence_words) & CONDITIONAL.get(code, frozenset()))
        if sentence_words[:1] != [first] or now not in sentence_words:
            problems.append(f"must begin with the call, now ({first!r} ... {now!r})")
        if iffy:
            words = ", ".join(f'"{w}"' for w in iffy)
            problems.append(f"must not make the call wait or offer another way ({words})")
    if (pattern := NOT_CALLING.get(code)) and pattern.search(said):
        problems.append("must not tell a person not to call")
    return [f"levels.{level}.{name} {p}: {shortened(value)}" for p in problems]


def level_text_problems(
    table: RuleTable, code: str, translated: Collection[str] | None = None
) -> list[str]:
    """One line per level text (in language `code`) that lost a word it must keep, or that
    reassures at an emergency or urgent level. With `translated` (a catalogue's translations),
    a text that has none is said to have none at the emergency and urgent levels (a person would
    read it in English) and left out below (shown in English, with a note): a maintainer read
    "levels.routine.action must keep 'cita'" of an English text (a scripter, 28th)."""
    kept = set(translated) if translated is not None else None

    def untranslated(value: object) -> bool:
        return kept is not None and str(value) not in kept

    wanted = LEVEL_WORDS.get(code)
    if wanted is None:
        return [f"no level words declared for language {code!r} (tspain.level_words.LEVEL_WORDS)"]
    problems = []
    for level, fields in wanted.items():
        text = table.levels.get(level)  # type: ignore[call-overload]
        if text is None:
            continue  # a missing level is a table problem of its own
        problems += _kept_words(level, text, fields, code, untranslated)
        if level in ("emergency", "urgent"):
            for name, value in (
                ("label", text.label),
                ("action", text.action),
                ("recap", text.recap),
                *((("call", text.call),) if text.call else ()),
                *((f"while_waiting[{i}]", w) for i, w in enumerate(text.while_waiting)),
            ):
                if untranslated(value):
                    continue
                problems += fixed_text_problems(level, name, value, code)
                problems += reassures(f"levels.{level}.{name}", value, code, level)
                if level == "emergency":
                    problems += _call_problems(level, name, value, code)
            problems += fixed_steps_problems(level, list(text.while_waiting), code)
            label_words = set(re.findall(r"[\w']+", text.label.casefold()))
            negated = sorted(label_words & NEGATING.get(code, frozenset()))
            problems += [
                f"levels.{level}.label must not deny its level ({', '.join(map(repr, negated))}):"
                f" {shortened(text.label)}"
            ] * bool(negated)
    return (
        problems
        + _no_doctor(table, code)
        + reassuring_signs(table, code)
        + _sign_actions(table, code, untranslated)
        + safety_net(table, code, untranslated)
    )


def _kept_words(
    level: str,
    text: LevelText,
    fields: Mapping[str, tuple[str, ...]],
    code: str,
    untranslated: Callable[[object], bool],
) -> list[str]:
    """A level's texts that lost a word they must keep, or have no translation."""
    problems = []
    for name, words in fields.items():
        value = str(getattr(text, name))
        if untranslated(value):
            if level in ("emergency", "urgent"):  # a person would read it in English
                problems.append(_no_translation(f"levels.{level}.{name}", code))
            continue
        said = " ".join(value.casefold().split())
        if lost := [w for w in words if w.casefold() not in said]:
            problems.append(
                f"levels.{level}.{name} must keep {', '.join(map(repr, lost))}, "
                f"got {shortened(value)}"
            )
    return problems


def _no_translation(where: str, code: str) -> str:
    return f"{where} has no translation: add a [[text]] for it to data/i18n/{code}/table.toml"


def _sign_actions(
    table: RuleTable, code: str, untranslated: Callable[[object], bool] = lambda _: False
) -> list[str]:
    """A sign's own action: only an urgent sign's (an emergency's action is the contract's,
    below urgent the level's will do), keeping the words the urgent action must keep."""
    problems = []
    words = LEVEL_WORDS.get(code, {}).get("urgent", {}).get("action", ())
    for sign in table.warning_signs:
        if sign.action is None:
            continue
        where = f"warning_signs.{sign.id}.action"
        if untranslated(sign.action):
            problems.append(_no_translation(where, code))
            continue
        if sign.level != "urgent":
            problems.append(f"{where}: only an urgent sign says its own action, not {sign.level}")
            continue
        problems += sign_action_problems(where, sign.action, code)
        said = " ".join(sign.action.casefold().split())
        if lost := [w for w in words if w.casefold() not in said]:
            problems.append(
                f"{where} must keep {', '.join(map(repr, lost))}, as the urgent level's action "
                f"does, got {shortened(sign.action)}"
            )
    return problems


def _no_doctor(table: RuleTable, code: str) -> list[str]:
    """A level's action or recap that says no doctor is needed (`NO_DOCTOR`), and a disclaimer
    that no longer says tspain is not a diagnosis."""
    problems = []
    for level, text in table.levels.items():
        for name in ("action", "recap"):
            value = str(getattr(text, name))
            off = [p for p in NO_DOCTOR.get(code, ()) if p in value.casefold()]
            problems += [
                f"levels.{level}.{name} must not say a doctor is not needed "
                f"({', '.join(map(repr, off))}): {shortened(value)}"
            ] * bool(off)
    must = DISCLAIMER_WORDS.get(code)
    if must and must not in " ".join(table.disclaimer.casefold().split()):
        problems.append(f"disclaimer must say {must!r}: {shortened(table.disclaimer)}")
    return problems
