"""Words no emergency or urgent text may hold, in each language tspain speaks: words that
reassure, that put the call or the doctor off, that tell a person to wait a while, or that
name a medicine in an emergency; and the check of a text against them (`reassures`). Part of
the safety contract (`safety.py`): moved out of `level_words.py`, which keeps the words each
level's texts must keep (thirty-fifth session)."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tspain.table import RuleTable

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
WAITING: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        r"\b(?:wait|waiting|hold off|leave it|give it|delay|delaying|put off|putting off)\b"
        r"(?:\W+[\w']+){0,6}?\W+(?:hours?|days?|weeks?|months?|years?)\b"
        r"|\bsee (?:a|your) (?:doctor|gp)\W+in\W+(?:[0-9]+|a few|a couple of|several)"
        r"\W+(?:days?|weeks?)"
    ),
    "es": re.compile(
        r"\b(?:espere|esperar|espera|aguarde|déjelo|dejarlo|deje pasar|retrase|retrasar|posponga)"
        r"\b(?:\W+[\w']+){0,6}?\W+(?:horas?|días?|dias?|semanas?|mes|meses|años?)\b"
        r"|\bvea a (?:un|su) médico\W+(?:dentro de|en)\W+(?:[0-9]+|unos|unas|pocos)"
        r"\W+(?:días|semanas)"
    ),
}
"""Waiting a while, said in any words: "If it is mild, wait a few weeks before seeing a doctor"
passed as an urgent sign's message, and "espere unas semanas" in Spanish, where "next month"
and "2 weeks" were refused (a maintainer-tester, thirty-fifth session); "wait 48 hours", "you
can delay seeing a doctor for several days", "see a doctor in 3 days" passed that first form (a
code reviewer, the same session). No emergency or urgent text may hold it."""


@functools.lru_cache(maxsize=4096)
def reassures(where: str, value: str, code: str, level: str) -> tuple[str, ...]:
    """One line if the text holds reassuring phrases, or phrases that put the call off, naming
    each; kept, as a test run checks some 900 copies of a table."""
    plain = re.sub(r"([0-9])([^\W\d_])", r"\1 \2", value.casefold().replace("\u2019", "'"))
    said = " " + " ".join(re.findall(r"[\w']+", plain)) + " "  # "300mg" is "300 mg" (33rd)
    calm = [repr(p) for p in REASSURING.get(code, ()) if _said_plainly(said, p)]
    later = [repr(p) for p in DELAYING.get(code, ()) if f" {p} " in said] * (level == "emergency")
    today = [repr(p) for p in URGENT_DELAYING.get(code, ()) if f" {p} " in said]
    if (wait := WAITING.get(code)) and (found := wait.search(said)) and level != "routine":
        calm.append(repr(found.group(0).strip()))  # "wait a few weeks", at any serious level
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
    return (f"{where} must not {' or '.join(faults)}: {shortened(value)}",) if faults else ()


DENIED_BEFORE = re.compile(r"(?:\b(?:not|isn't|isnt|no|no es|no son|nunca)(?: an?| un| una)?) $")
"""Words just before a phrase that deny it: "is not a muscle strain" does not reassure."""


def _said_plainly(said: str, phrase: str) -> bool:
    """Whether the phrase stands in the words once at least not denied just before it."""
    at = said.find(f" {phrase} ")
    while at >= 0:
        if not DENIED_BEFORE.search(said[: at + 1]):
            return True
        at = said.find(f" {phrase} ", at + 1)
    return False


def reassuring_signs(table: RuleTable, code: str) -> list[str]:
    """A sign's words reassure, or those of an item on a checklist: a maintainer-tester's
    chest-pain message "usually muscular: stay at home" passed, shown under "Call an ambulance
    now", and so did the exertion item "...: nothing to worry about" (sixteenth session), shown
    in the same list; a routine sign's too, since the thirty-fifth session."""
    said: list[tuple[str, str, str]] = []
    for sign in table.warning_signs:  # a routine sign's too: "A rounded upper back is usually
        # nothing to worry about" passed, where a routine cause's advice is refused (35th)
        said += [(f"warning_signs.{sign.id}.message", sign.message, sign.level)]
        said += [(f"warning_signs.{sign.id}.short", sign.short or "", sign.level)]
        said += [(f"warning_signs.{sign.id}.action", sign.action or "", sign.level)]
        said += [(f"warning_signs.{sign.id}.see_a_doctor_if", sign.see_a_doctor_if or "", "")]
    for qid, question in table.questions.items():
        if level := question.checklist:
            said += [(f"questions.{qid}.text", question.text, level)]
            said += [(f"questions.{qid}.short", question.short or "", level)]
            said += [(f"questions.{qid}.why", question.why, level)]
            says = question.says if isinstance(question.says, dict) else {"": question.says}
            said += [(f"questions.{qid}.says{'.' * bool(k)}{k}", v, level) for k, v in says.items()]
    return [line for where, text, lvl in said for line in reassures(where, text, code, lvl)]


def shortened(text: str) -> str:
    """A text as a problem line quotes it: whole up to 60 characters."""
    return repr(text if len(text) <= 60 else text[:57] + "...")
