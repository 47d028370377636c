"""The emergency and urgent levels' texts, word for word, in each language: part of the safety
contract (`cause_texts.text_problems`, for the table and for each translation).

Lists of words that put off the call were always one wording behind: "Call your GP now; an
ambulance (999, 112 or 911) is rarely needed" and "Cancel the call if the pain eases" passed
(a maintainer-tester, twenty-fourth session), and the emergency action, call and recap were
fixed. The rest stayed lists, and were one wording behind in turn: "EMERGENCY RULED OUT" as the
label, "If the pain eases while you wait, hang up and cancel the ambulance" as a step while
waiting, "BARELY URGENT", "See a doctor today or in the coming days", and their Spanish
("EMERGENCIA DESCARTADA", "hoy o esta semana") each validated and were shown (a scripter,
thirty-first session). Every text of the two levels is fixed here now: a change is made here,
with the clinical review that approved it, not in the table alone. Pure."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tspain.table import RuleTable

FIXED_TEXTS: dict[str, dict[str, dict[str, str | tuple[str, ...]]]] = {
    "en": {
        "emergency": {
            "label": "EMERGENCY",
            "action": "Call an ambulance now (999, 112 or 911). Do not drive yourself.",
            "call": "Call an ambulance now (999, 112 or 911)",
            "recap": "What to do now: call an ambulance (999, 112 or 911).",
            "while_waiting": (
                "Stop what you are doing and sit or lie down, whichever is easier; keep still.",
                "Unlock the door and, if you can, have someone stay with you.",
                "Do not eat, drink or drive. Take medicines only if the call handler tells you to.",
            ),
        },
        "urgent": {
            "label": "URGENT",
            "action": "See a doctor today: your GP the same day, urgent care, or a nurse line "
            "such as 111.",
            "recap": "What to do: see a doctor today.",
            "while_waiting": (
                "If it gets worse before you are seen, or an emergency sign appears (chest "
                "pain, breathlessness, weak legs, fainting), call an ambulance.",
            ),
        },
    },
    "es": {
        "emergency": {
            "label": "EMERGENCIA",
            "action": "Llame ahora al número de emergencias de su país (112 en España y Europa; "
            "911 en México y EE. UU.) y pida una ambulancia. No vaya al hospital conduciendo su "
            "propio vehículo.",
            "call": "Llame ahora al número de emergencias de su país (112 en España y Europa; 911 "
            "en México y EE. UU.) y pida una ambulancia",
            "recap": "Qué hacer ahora: llame al número de emergencias de su país (112 en España "
            "y Europa; 911 en México y EE. UU.) y pida una ambulancia.",
            "while_waiting": (
                "Deje lo que está haciendo y siéntese o acuéstese, lo que le resulte más fácil; "
                "no se mueva.",
                "Quite el cerrojo o el seguro de la puerta y, si puede, pida a alguien que se "
                "quede con usted.",
                "No coma, no beba ni conduzca. Tome medicamentos solo si se lo indica la persona "
                "que atiende la llamada.",
            ),
        },
        "urgent": {
            "label": "URGENTE",
            "action": "Vea a un médico hoy: su médico de familia ese mismo día, un centro de "
            "urgencias o una línea telefónica de orientación médica de su zona (solo en el "
            "Reino Unido: el 111).",
            "recap": "Qué hacer: vea a un médico hoy.",
            "while_waiting": (
                "Si empeora antes de que le atiendan, o aparece una señal de emergencia (dolor en "
                "el pecho, falta de aire, debilidad en las piernas, desmayo), llame a una "
                "ambulancia.",
            ),
        },
    },
}
"""language -> level -> text -> its words (the steps while waiting, in order)."""

SIGN_ACTIONS: dict[str, tuple[str, ...]] = {
    "en": (
        "If you are pregnant or have just had a baby, contact your midwife or maternity unit "
        "now, without waiting for an appointment; if not, see a doctor today (your GP, urgent "
        "care or 111).",
    ),
    "es": (
        "Si está embarazada o acaba de tener un bebé, comuníquese ahora con su matrona o partera "
        "o con la unidad de maternidad, sin esperar a una cita; si no, vea a un médico hoy (su "
        "médico de familia, un centro de urgencias o una línea telefónica de orientación médica "
        "de su zona; solo en el Reino Unido: el 111).",
    ),
}
"""The actions an urgent sign may say in place of its level's, word for word: "A doctor today
is only for people who feel very unwell; otherwise, book a GP appointment within ten days" on
the fever sign kept "doctor" and "today" and validated (a maintainer-tester, thirty-first
session)."""


INTERFACE_CALLS: dict[str, dict[str, str]] = {
    "es": {
        "{call} if you have any of: {signs}. Otherwise: {action}": (
            "{call} si tiene alguno de estos: {signs}. Si no: {action}"
        ),
        "If any emergency sign listed above applies: call an ambulance now. ": (
            "Si tiene alguna de las señales de emergencia indicadas arriba: llame ahora a una "
            "ambulancia. "
        ),
        "{call} if any emergency sign below applies. Otherwise: {action}": (
            "{call} si tiene alguna de las señales de emergencia de abajo. Si no: {action}"
        ),
        "Call an ambulance if you have any of: ": (
            "Llame a una ambulancia si tiene alguna de estas: "
        ),
        "{call}, if you have not yet.": "{call}, si aún no lo ha hecho.",
        "Also tell the ambulance crew": "Diga también al equipo de la ambulancia",
        "For the ambulance crew: answer, or type q to see the result.": (
            "Para el equipo de la ambulancia: responda, o escriba q para ver el resultado."
        ),
        "While you wait for the ambulance": "Mientras espera la ambulancia",
        # the lists' headings and the urgent lead-in: "¿ha tenido alguna de estas durante más
        # de una semana seguida?" and "Vea a un médico hoy solo si tiene tres o más de estas"
        # validated (a maintainer-tester, thirty-second session)
        "Emergency signs: do any of these apply to you now, or since the pain began?": (
            "Señales de emergencia: ¿tiene ahora alguna de estas señales, o la ha tenido desde "
            "que empezó el dolor?"
        ),
        "Urgent signs: do any of these apply?": (
            "Señales urgentes: ¿tiene alguna de estas señales?"
        ),
        "See a doctor today if you have any of: ": "Vea hoy a un médico si tiene alguna de estas: ",
        # the headings of an emergency or urgent result: "Poco probable: puede comentarlo en
        # su próxima cita" for "Cannot be ruled out at home", above the heart attack on an
        # EMERGENCIA screen, and "Si decide esperar unas semanas" for "Until you are seen",
        # validated (a maintainer-tester, thirty-fourth session)
        "Must not be missed: cannot be ruled out at home": (
            "No se debe pasar por alto: no se puede descartar desde casa"
        ),
        "Cannot be ruled out at home": "No se puede descartar desde casa",
        "Not ruled out (answers about these warning signs are missing)": (
            "Sin descartar (faltan respuestas sobre estas señales de alarma)"
        ),
        "Why": "Por qué",
        "Tell the doctor": "Dígale al médico",
        "Until you are seen": "Hasta que le atiendan",
        "For preventing back pain later, see `tspain prevent` once you have been seen.": (
            "Para prevenir el dolor de espalda más adelante, consulte `tspain prevent` cuando ya "
            "le hayan atendido."
        ),
        "See a doctor as above; until then, keep gently active.": (
            "Vea a un médico como se indica arriba; hasta entonces, siga haciendo actividad suave."
        ),
    },
}
"""The interface's sentences that say to call an ambulance, and the headings of a serious result,
translated word for word: "Si tiene
alguna de las señales ... no hace falta llamar: pida cita con su médico mañana" and "No hace
falta «{call}» aunque tenga alguna de las señales" were checked for their placeholders alone,
and shown (a code reviewer, thirty-first session)."""


def interface_call_problems(en: str, translated: str, code: str, where: str) -> list[str]:
    """A translation of one of INTERFACE_CALLS that is not the one fixed for it."""
    fixed = INTERFACE_CALLS.get(code, {}).get(en)
    if fixed is None or translated == fixed:
        return []
    return [
        f"{where}: the translation of {en!r} is fixed by the safety contract (it says to call "
        "an ambulance, or heads a serious result): a change is made in "
        f"{WHERE.replace('FIXED_TEXTS', 'INTERFACE_CALLS')}"
    ]


def sign_action_problems(where: str, action: str, code: str) -> list[str]:
    """An urgent sign's own action that is not one of SIGN_ACTIONS in language `code`."""
    if code not in SIGN_ACTIONS or " ".join(action.split()) in SIGN_ACTIONS[code]:
        return []
    return [
        f"{where} is not an action the safety contract knows: an urgent sign's own action is "
        f"one of those in {WHERE.replace('FIXED_TEXTS', 'SIGN_ACTIONS')}, changed there with "
        "the review that approved it"
    ]


WHERE = "src/tspain/fixed_texts.py (FIXED_TEXTS)"


def fixed_text_problems(level: str, name: str, value: str, code: str) -> list[str]:
    """The text `name` of an emergency or urgent level ("label", "while_waiting[1]") that is
    not the one fixed for it in language `code`."""
    texts = FIXED_TEXTS.get(code, {}).get(level, {})
    base, _, index = name.partition("[")
    fixed = texts.get(base)
    if isinstance(fixed, tuple):
        at = int(index.rstrip("]"))
        fixed = fixed[at] if at < len(fixed) else "(no step here)"
    if fixed is None or " ".join(value.split()) == fixed:
        return []
    return [
        f"levels.{level}.{name} is fixed by the safety contract: a change needs a clinician's "
        f"sign-off, made in {WHERE} with the review that approved it"
    ]


def fixed_steps_problems(level: str, steps: list[str], code: str) -> list[str]:
    """A step while waiting taken out of an emergency or urgent level (one added is said by
    `fixed_text_problems`)."""
    fixed = FIXED_TEXTS.get(code, {}).get(level, {}).get("while_waiting")
    if not isinstance(fixed, tuple) or len(steps) >= len(fixed):
        return []
    return [
        f"levels.{level}.while_waiting must keep its {len(fixed)} steps, fixed by the safety "
        f"contract (a change is made in {WHERE})"
    ]


SAFETY_NET: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "disclaimer": (
            "tspain is not a diagnosis and does not replace a doctor. It sorts what you told it "
            "against published warning signs. If you feel in danger, or things get worse, call "
            "an emergency number (999, 112, 911) now.",
        ),
        "levels.routine.label": ("SEE A DOCTOR SOON",),
        "levels.routine.action": (
            "Book an appointment with a doctor or physiotherapist in the coming days.",
        ),
        "levels.routine.recap": (
            "What to do: book a doctor or physiotherapist appointment in the coming days.",
        ),
        "levels.self_care.label": ("SELF-CARE",),
        "levels.self_care.action": (
            "You can look after this at home. See a doctor if it is not better in 2 to 6 weeks, "
            "gets worse, or any warning sign appears.",
        ),
        "levels.self_care.recap": (
            "What to do: look after it at home; see a doctor if not better in 2 to 6 weeks.",
        ),
        "advice.see_a_doctor_if": (
            "it is not better in 2 weeks, or not gone in 6 weeks",
            "it gets worse, or stops you doing your daily activities",
        ),
    },
    "es": {
        "disclaimer": (
            "tspain no es un diagnóstico y no sustituye a un médico. Compara sus respuestas con "
            "señales de alarma publicadas. Si siente que está en peligro, o si empeora, llame "
            "ahora al número de emergencias de su país (112 en España y Europa; 911 en México y "
            "EE. UU.).",
        ),
        "levels.routine.label": ("VEA PRONTO A UN MÉDICO",),
        "levels.routine.action": (
            "Pida una cita con un médico o un fisioterapeuta para los próximos días.",
        ),
        "levels.routine.recap": (
            "Qué hacer: pida cita con un médico o un fisioterapeuta para los próximos días.",
        ),
        "levels.self_care.label": ("AUTOCUIDADO",),
        "levels.self_care.action": (
            "Puede cuidarse en casa. Vea a un médico si no mejora en un plazo de 2 a 6 semanas, "
            "si empeora o si aparece alguna señal de alarma.",
        ),
        "levels.self_care.recap": (
            "Qué hacer: cuídese en casa; vea a un médico si no mejora en un plazo de 2 a 6 "
            "semanas.",
        ),
        "advice.see_a_doctor_if": (
            "no mejora en 2 semanas, o no ha desaparecido en 6 semanas",
            "empeora, o le impide hacer sus actividades diarias",
        ),
    },
}
"""The texts every result's safety net is made of, word for word: the disclaimer, the routine
and self-care levels', and the general "see a doctor if" lines, which a maintainer may add to
but not change (its line on an emergency is fixed with the contract's words,
`fixed_questions.py`). "2 to 6 months" for weeks in the self-care action and its safety net, and
a disclaimer saying "you need not see a doctor unless it tells you to", validated and were shown
(a maintainer-tester, thirty-fourth session): word lists were one wording behind here as they
were at the emergency level."""


NET_CONDITIONS = (
    '{"text": null, "unless": {"duration_days": {"min": 42}}, "when": {}}',
    '{"text": null, "unless": {"getting_worse": true}, "when": {}}',
)
"""The conditions of SAFETY_NET's "see a doctor if" lines, in order, in every language: the
words kept and "when = { age = { min = 120 } }" added hid a line and validated (a code
reviewer, thirty-fourth session)."""


def safety_net_problems(place: str, values: list[str], code: str, shown: list[str]) -> list[str]:
    """The texts at `place` that are not those fixed for it in SAFETY_NET in language `code`:
    one text ("disclaimer") the same, word for word; a list ("advice.see_a_doctor_if") keeping
    each of its fixed lines, with its condition (`shown`: each line's, as JSON), others beside
    them."""
    fixed = SAFETY_NET.get(code, {}).get(place)
    said = list(values)  # as written: "SELF-CARE " kept the words and lost the Spanish (34th)
    listed = place == "advice.see_a_doctor_if"
    kept = set(zip(said, shown, strict=True))
    if fixed is None or (
        set(zip(fixed, NET_CONDITIONS, strict=True)) <= kept if listed else said == list(fixed)
    ):
        return []
    where = f"{WHERE.replace('FIXED_TEXTS', 'SAFETY_NET')} with the review that approved it"
    if listed:  # the lines it lost, or whose condition changed
        return [
            f"{place} must keep {line!r}, shown when it is now: every self-care result's "
            f"safety net; a change needs a clinician's sign-off, made in {where}"
            for line, when in zip(fixed, NET_CONDITIONS, strict=True)
            if (line, when) not in kept
        ]
    return [
        f"{place} is fixed by the safety contract (every result's safety net): a change needs a "
        f"clinician's sign-off, made in {where}"
    ]


def safety_net(table: RuleTable, code: str, untranslated: Callable[[object], bool]) -> list[str]:
    """The table's safety-net texts (SAFETY_NET) that are not those fixed for them; a text
    left in English in a translation is said by the check for missing translations."""
    import json

    from tspain.assessment import as_json

    net = table.advice.see_a_doctor_if
    places: dict[str, list[str]] = {
        "disclaimer": [table.disclaimer],
        "advice.see_a_doctor_if": [x if isinstance(x, str) else x.text for x in net],
    }
    conditions = [  # each line's condition, as NET_CONDITIONS holds them
        "" if isinstance(x, str) else json.dumps(as_json(x) | {"text": None}, sort_keys=True)
        for x in net
    ]
    for level in ("routine", "self_care"):
        if (text := table.levels.get(level)) is not None:
            for name in ("label", "action", "recap"):
                places[f"levels.{level}.{name}"] = [str(getattr(text, name))]
    problems = []
    for place, values in places.items():
        if not any(untranslated(value) for value in values):
            shown = conditions if place == "advice.see_a_doctor_if" else [""] * len(values)
            problems += safety_net_problems(place, values, code, shown)
    return problems
