"""The options, and their labels word for word, of each choice a warning sign reads: part of
the safety contract (`safety.py`) and of a translation's checks (`catalogues.py`).

A maintainer-tester swapped the labels of the minor and serious injuries, or added an option
labelled "A serious accident: ..." beside the real one (thirtieth session); that session kept
a word on each label ("serious", "sudden"), and the next session's testers got round it with
"Nothing serious: a slip ..." on the minor one, and a new option "A car crash, a fall from a
height, or a heavy blow" that no sign read: a person who picked it was told SELF-CARE. A word
kept was always one wording behind, as the emergency texts' lists were (`level_words`): the
labels are fixed here, and a change is made here, with the clinical review that approved it.
Pure."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tspain.table import RuleTable

FIXED_OPTIONS: dict[str, dict[str, dict[str, str]]] = {
    "en": {
        "injury": {
            "none": "No injury",
            "minor": "A minor one: a slip, lifting wrongly, working out too hard",
            "major": "A serious accident: car crash, fall from a height, heavy blow",
        },
        "onset": {
            "sudden": "Suddenly, at full strength within seconds or minutes",
            "gradual": "Gradually, over hours or days",
        },
        "pain_location": {
            "central": "In the middle of the spine",
            "between_shoulder_blades": "Between the shoulder blades",
            "one_side": "On one side, below the ribs or by the shoulder blade",
            "band_around_chest": "In a band around the chest",
            "widespread": "All over the back",
        },
        "sex": {"female": "Female", "male": "Male", "other": "Other / prefer not to say"},
    },
    "es": {
        "injury": {
            "none": "Ninguna lesión",
            "minor": "Una leve: un resbalón, levantar algo mal, hacer demasiado ejercicio",
            "major": "Un accidente grave: accidente de tráfico, caída desde una altura, golpe "
            "fuerte",
        },
        "onset": {
            "sudden": "De repente, con toda su fuerza en segundos o minutos",
            "gradual": "Poco a poco, a lo largo de horas o días",
        },
        "pain_location": {
            "central": "En el centro de la columna",
            "between_shoulder_blades": "Entre los omóplatos",
            "one_side": "En un lado, debajo de las costillas o junto al omóplato",
            "band_around_chest": "En una banda alrededor del pecho",
            "widespread": "En toda la espalda",
        },
        "sex": {"female": "Mujer", "male": "Hombre", "other": "Otro / prefiero no decirlo"},
    },
}
"""question -> option -> its label, in each language: the choices the contract's warning signs
read (a serious accident, a sudden start, where it hurts, a woman's signs). A new language
declares its own here."""


def option_label_problems(table: RuleTable, code: str) -> list[str]:
    """One line for each option added to or taken from such a choice, and each label that is
    not the one fixed here."""
    problems = []
    for qid, fixed in FIXED_OPTIONS.get(code, {}).items():
        q = table.questions.get(qid)
        if q is None:
            continue  # a missing question is said by the contract's other checks
        problems += [
            f"questions.{qid}.options.{o}: cannot be added: a warning sign reads this "
            "question's options, and would not read a new one (a change needs a clinician's "
            "sign-off, made in tspain/option_labels.py)"
            for o in q.options
            if o not in fixed
        ]
        problems += [
            f"questions.{qid}.options.{o}: cannot be taken out: a warning sign reads it"
            for o in fixed
            if o not in q.options
        ]
        for option, label in q.options.items():
            want = fixed.get(option)
            if want is not None and " ".join(label.split()) != want:
                problems.append(
                    f"questions.{qid}.options.{option}: its label is fixed by the safety "
                    f"contract ({want!r}): a warning sign reads this option, and a change "
                    f"needs a clinician's sign-off, made in tspain/option_labels.py"
                )
    return problems


KEPT_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "major": (
            *("accidente de coche", "accidente de tráfico", "choque", "choqué", "chocamos"),
            *("atropello", "atropelló", "atropellaron", "me atropellaron", "coche", "moto"),
            *("altura", "techo", "andamio"),
        ),
        "sudden": (
            *("de repente", "de golpe", "repentinamente", "súbitamente", "repentino"),
            "repentina",
        ),
    },
}
"""option -> the words a translation's `[answers.options]` keep for it, and no other option
of its question may take: a scripter moved "accidente de coche" from the serious accident's
words to the minor one's, and a car crash typed was read as minor (thirty-first session).
English's are in the code (`option_words.OPTION_WORDS`), not in a catalogue."""

RIVALS = {"major": ("minor", "none"), "sudden": ("gradual",)}


def option_word_problems(options: dict[str, list[str]], code: str, where: str) -> list[str]:
    """One line for each kept word a translation's option words lost, or gave a rival."""
    problems = []
    for option, kept in KEPT_WORDS.get(code, {}).items():
        own = {" ".join(w.lower().split()) for w in options.get(option, [])}
        if lost := [w for w in kept if w not in own]:
            problems.append(
                f"{where}.{option} must keep {', '.join(map(repr, lost))}: a warning sign reads "
                "this option (a change is made in tspain/option_labels.py)"
            )
        for rival in RIVALS[option]:
            theirs = {" ".join(w.lower().split()) for w in options.get(rival, [])}
            if taken := [
                k for k in kept if any(re.search(rf"\b{re.escape(k)}\b", w) for w in theirs)
            ]:
                problems.append(
                    f"{where}.{rival}: {', '.join(map(repr, taken))} are {option!r}'s words: "
                    'a person who typed them would not get its warning sign ("tuve un choque" '
                    "among the minor one's read a crash as minor: a code reviewer, 31st session)"
                )
    return problems
