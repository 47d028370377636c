"""The words the texts of the emergency and urgent levels must keep, and those no emergency or
urgent text may hold (words that reassure): part of the safety contract (`safety.py`), for
every language a result is given in."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

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

REASSURING: dict[str, tuple[str, ...]] = {
    "en": (
        *("stay at home", "stay home", "nothing to worry", "no need to", "don't worry"),
        # a maintainer-tester's "rarely serious: rest at home and wait to see if it settles"
        # under "Call an ambulance now" passed (twenty-second session)
        *("rarely serious", "not serious", "nothing serious", "harmless", "not dangerous"),
        *("wait and see", "wait to see", "rest at home", "settle on its own"),
        *("settles on its own", "go away on its own", "goes away on its own", "can wait"),
        *("no rush", "no hurry", "no cause for concern", "usually muscular"),
        # "Usually a pulled muscle; rest and see how it goes" (twenty-fourth session)
        *("usually a", "usually just", "probably just", "pulled muscle", "see how it goes"),
        *("just a strain", "muscle strain", "nothing more than", "strained muscle"),
        # a maintainer-tester's chest-pain messages (twenty-fourth session)
        *("seldom", "almost never", "mostly benign", "usually benign", "turns out to be"),
        *("most often from", "eases by itself", "by itself within", "rarely a"),
        # the same kind, in Spanish, by a scripter (thirtieth session)
        *("almost always", "not a heart attack", "isn't a heart attack", "a tired muscle"),
    ),
    "es": (
        *("quédese en casa", "no pasa nada", "no hace falta", "no se preocupe", "no es grave"),
        *("rara vez es grave", "no es peligroso", "inofensivo", "espere a ver"),
        *("descanse en casa", "se pasa solo", "se pasará solo", "puede esperar", "sin prisa"),
        *("normalmente es", "cómo evoluciona", "como evoluciona", "probablemente sea"),
        *("es solo un tirón", "es un tirón"),  # not "solo un tirón conocido": an exception
        *("rara vez es", "casi nunca", "casi siempre es benigno", "benigno", "por sí solo"),
        *("casi siempre", "no es un infarto", "músculo cansado"),  # a scripter (30th session)
        *("sin importancia", "nada grave", "no es nada"),  # a cause's name (33rd session)
    ),
}
"""Phrases no emergency or urgent text may hold, whatever else it says: words that say the
sign is not serious, or that waiting at home will do."""


DELAYING: dict[str, tuple[str, ...]] = {
    "en": (
        *("tomorrow", "in the morning", "next week", "wait until", "wait for a", "later on"),
        *("in an hour", "in a few hours", "if the pain lasts", "if it lasts", "if still"),
        *("if the pain is still", "if it is still", "if it's still", "if needed", "if no better"),
        *("if it gets worse", "if the pain gets worse", "or see your gp", "see your gp first"),
        *("or drive yourself", "drive yourself to", "drive to", "sleep it off", "try paracetamol"),
        *("painkillers first", "paracetamol first", "is common in", "is usually"),
    ),
    "es": (
        *("mañana por la mañana", "hasta mañana", "la semana que viene", "espere hasta"),
        *("dentro de una hora", "si el dolor dura", "si dura", "si sigue", "si persiste"),
        *("si hace falta", "si empeora", "o vaya a su médico", "o conduzca", "conduzca hasta"),
        *("vaya en coche", "pruebe paracetamol", "paracetamol primero", "es frecuente en"),
        *("suele ser",),
    ),
}
"""Phrases no emergency text may hold: words that put the call off, make it depend on
something ("if the pain lasts more than 2 hours"), or offer another way ("or drive yourself
to hospital", "or see your GP"). A maintainer-tester's "Call an ambulance now (999, 112 or
911), or wait until morning and see your GP" passed as the emergency action (twenty-third
session). Words that only reassure are `REASSURING`'s."""


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
URGENT_DELAYING: dict[str, tuple[str, ...]] = {
    "en": (
        *("next week", "in a few days", "in a day or two", "tomorrow", "when you can"),
        *("when convenient", "if you are busy", "if you have time", "later this week"),
        *("weekend", "in a week", "week or two", "if it settles", "if you can"),
        # "Book a GP appointment for next month" under "Until you are seen", and a fever's
        # message "mention it at your next routine check-up" (a maintainer-tester)
        *("next month", "in a month", "next routine", "routine check", "at your next"),
        *("fortnight", "two weeks", "2 weeks", "if you prefer", "if you'd rather"),
        # a cause's advice under URGENT: "no point seeing a GP before Monday", "it can be left
        # until Monday" (a second maintainer-tester, thirty-second session)
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        *("can be left", "no point seeing", "no point in seeing", "a few months", "next year"),
        # "a GP visit within a few days is fine" under a heart attack's "until you are seen"
        # (a maintainer-tester, thirty-third session)
        *("within a few days", "in the next few days", "few days is fine", "is fine if"),
        *("couple of days", "couple of weeks"),  # a code reviewer (33rd session)
    ),
    "es": (
        *("la semana que viene", "la próxima semana", "mañana", "en unos días"),
        *("cuando pueda", "si tiene tiempo", "si está ocupado", "si está ocupada"),
        *("el lunes", "fin de semana", "si no puede", "si se le pasa"),
        *("el mes que viene", "el próximo mes", "próxima revisión", "revisión rutinaria"),
        *("en su próxima", "quince días", "15 días", "dos semanas", "si lo prefiere"),
        *("el martes", "el miércoles", "el jueves", "el viernes", "el sábado", "el domingo"),
        *("puede esperar", "no hace falta ver", "unos meses", "el año que viene"),
    ),
}
"""Phrases no urgent level text (its action, recap, steps until seen) nor urgent sign's
message may hold: a doctor today, not "or next week if you are busy" (a maintainer-tester,
twenty-fifth session)."""
MEDICINES: dict[str, tuple[str, ...]] = {
    "en": (
        *("aspirin", "ibuprofen", "paracetamol", "acetaminophen", "painkiller", "painkillers"),
        *("naproxen", "diclofenac", "codeine", "tablets", "pills", "nitroglycerin", "gtn"),
        *("acetylsalicylic", "disprin", "nsaid", "nsaids", "mg", "asa"),  # "chew 300 mg" (33rd)
    ),
    "es": (
        *("aspirina", "aspirinas", "ibuprofeno", "paracetamol", "acetaminofén", "analgésico"),
        *("analgésicos", "naproxeno", "diclofenaco", "codeína", "pastilla", "pastillas"),
        *("acetilsalicílico", "adiro", "aine", "aines", "mg"),
    ),
}
"""Medicines no emergency text may name (docs/interface.md: emergency steps are general, no
medicines): "Take two aspirin and lie down until the pain passes" passed under "While you wait
for the ambulance", and aspirin harms a torn aorta (a maintainer-tester, twenty-fifth
session). "Take medicines only if the call handler tells you to" names none."""
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
    return [f"levels.{level}.{name} {p}: {_short(value)}" for p in problems]


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
                problems += _reassures(f"levels.{level}.{name}", value, code, level)
                if level == "emergency":
                    problems += _call_problems(level, name, value, code)
            problems += fixed_steps_problems(level, list(text.while_waiting), code)
            label_words = set(re.findall(r"[\w']+", text.label.casefold()))
            negated = sorted(label_words & NEGATING.get(code, frozenset()))
            problems += [
                f"levels.{level}.label must not deny its level ({', '.join(map(repr, negated))}):"
                f" {_short(text.label)}"
            ] * bool(negated)
    return (
        problems
        + _no_doctor(table, code)
        + _reassuring_signs(table, code)
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
                f"levels.{level}.{name} must keep {', '.join(map(repr, lost))}, got {_short(value)}"
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
                f"does, got {_short(sign.action)}"
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
                f"({', '.join(map(repr, off))}): {_short(value)}"
            ] * bool(off)
    must = DISCLAIMER_WORDS.get(code)
    if must and must not in " ".join(table.disclaimer.casefold().split()):
        problems.append(f"disclaimer must say {must!r}: {_short(table.disclaimer)}")
    return problems


@functools.lru_cache(maxsize=4096)
def _reassures(where: str, value: str, code: str, level: str) -> tuple[str, ...]:
    """One line if the text holds reassuring phrases, or phrases that put the call off, naming
    each; kept, as a test run checks some 900 copies of a table."""
    plain = re.sub(r"([0-9])([^\W\d_])", r"\1 \2", value.casefold().replace("\u2019", "'"))
    said = " " + " ".join(re.findall(r"[\w']+", plain)) + " "  # "300mg" is "300 mg" (33rd)
    calm = [repr(p) for p in REASSURING.get(code, ()) if f" {p} " in said]
    later = [repr(p) for p in DELAYING.get(code, ()) if f" {p} " in said] * (level == "emergency")
    today = [repr(p) for p in URGENT_DELAYING.get(code, ()) if f" {p} " in said]
    drugs = [repr(p) for p in MEDICINES.get(code, ()) if f" {p} " in said]
    faults = [f"reassure ({', '.join(calm)})"] * bool(calm)
    faults += [f"put off or make conditional the call ({', '.join(later)})"] * bool(later)
    urgent = level == "urgent" or (level == "emergency" and where.startswith("causes."))
    faults += [f"put off seeing a doctor today ({', '.join(today)})"] * bool(
        today and urgent and not where.startswith("questions.")
    )  # a question's words may say "tomorrow" or "mañana" (morning) of the pain itself
    faults += [f"name a medicine ({', '.join(drugs)})"] * bool(
        drugs and level == "emergency" and not where.startswith("questions.")
    )
    return (f"{where} must not {' or '.join(faults)}: {_short(value)}",) if faults else ()


def _reassuring_signs(table: RuleTable, code: str) -> list[str]:
    """An emergency or urgent sign's words reassure, or those of an item on the emergency or
    urgent checklist: a maintainer-tester's chest-pain message "usually muscular: stay at
    home" passed, shown under "Call an ambulance now", and so did the exertion item "...: nothing
    to worry about" (sixteenth session), shown in the same list."""
    said: list[tuple[str, str, str]] = []
    for sign in table.warning_signs:
        if sign.level in ("emergency", "urgent"):
            said += [(f"warning_signs.{sign.id}.message", sign.message, sign.level)]
            said += [(f"warning_signs.{sign.id}.short", sign.short or "", sign.level)]
            said += [(f"warning_signs.{sign.id}.action", sign.action or "", sign.level)]
    for qid, question in table.questions.items():
        if (level := question.checklist) in ("emergency", "urgent"):
            said += [(f"questions.{qid}.text", question.text, level)]
            said += [(f"questions.{qid}.short", question.short or "", level)]
            said += [(f"questions.{qid}.why", question.why, level)]
            says = question.says if isinstance(question.says, dict) else {"": question.says}
            said += [(f"questions.{qid}.says{'.' * bool(k)}{k}", v, level) for k, v in says.items()]
    return [line for where, text, lvl in said for line in _reassures(where, text, code, lvl)]


def _short(text: str) -> str:
    return repr(text if len(text) <= 60 else text[:57] + "...")
