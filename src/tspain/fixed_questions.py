"""The words of every question the safety contract's warning signs read, and of the self-care
safety net, word for word in each language: part of the safety contract (`safety.py`) and of a
translation's checks (`catalogues.py`).

A maintainer-tester reworded the chest-pain question to "... for more than a week that is worse
when you press on it?", and its short form on the emergency list to "Chest pain for over a
week, tender to press": both validated, and a person with sudden crushing chest pain would
answer none. The same tester rewrote the self-care result's "see a doctor if" line to book a GP
appointment for chest pain, or deleted it (thirty-second session). The signs' conditions were
held by the contract, the words people answer them by were not. As with the levels' texts
(`fixed_texts`) and the choices' labels (`option_labels`), a change is made here, with the
clinical review that approved it, not in the table alone. Pure."""

# ruff: noqa: E501 (each fixed sentence whole on its line, as a maintainer greps for it)
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tspain.table import RuleTable

FIXED_QUESTIONS: dict[str, dict[str, tuple[str, str | None]]] = {
    "en": {
        "sudden_severe_onset": (
            "Did the pain come on suddenly and severely, at full strength within minutes?",
            "Sudden, severe pain (at full strength within minutes)",
        ),
        "chest_pain_or_pressure": (
            "Do you have chest pain, pressure or tightness, or pain spreading to your arm, jaw or neck?",
            "Chest pain or pressure, or pain spreading to the arm, jaw or neck",
        ),
        "pain_tearing_or_ripping": (
            "Does the pain feel tearing or ripping, as if something is tearing inside?",
            "Tearing or ripping pain",
        ),
        "shortness_of_breath": (
            "Are you short of breath: suddenly, or more and more over the last days?",
            "Sudden or worsening breathlessness",
        ),
        "coughing_blood": ("Are you coughing up blood?", "Coughing up blood"),
        "pain_with_exertion": (
            "Is the pain brought on by exertion, like walking uphill or climbing stairs, and eased by rest?",
            "Pain brought on by exertion (stairs, uphill) and eased by rest",
        ),
        "fainting_or_clammy": (
            "Have you fainted, or do you have cold clammy skin, or feel too weak to stand?",
            "Fainting, cold clammy skin, or too weak to stand",
        ),
        "bladder_or_bowel_problems": (
            "Have you newly lost control of your bladder or bowels, or do you have new difficulty passing urine?",
            "New loss of bladder or bowel control, or trouble passing urine",
        ),
        "saddle_numbness": (
            "Do you have numbness around your genitals, buttocks or inner thighs?",
            "Numbness around the genitals, buttocks or inner thighs",
        ),
        "leg_weakness_or_unsteady": (
            "Are both your legs newly weak, numb or tingling, or giving way, or is your walking unsteady?",
            "New weakness, numbness or tingling in both legs, legs giving way, or unsteady walking",
        ),
        "fever": (
            "Do you have a fever: a high temperature, chills, or feeling hot and shivery?",
            "Fever, chills, or feeling hot and shivery",
        ),
        "history_of_cancer": ("Have you ever had cancer?", "You have had cancer (any time)"),
        "weight_loss": ("Have you lost weight without trying?", "Weight loss without trying"),
        "iv_drug_use_or_immunosuppressed": (
            "Do you inject drugs, or is your immune system weakened (HIV, transplant, chemotherapy)?",
            "Injecting drugs, or weak immunity (HIV, transplant, chemotherapy)",
        ),
        "recent_infection_or_procedure": (
            "Have you recently had a bacterial infection, a spinal injection or surgery?",
            "A recent bacterial infection, spinal injection or surgery",
        ),
        "worse_at_night_or_rest": (
            "Is the pain constant, and worse at night or when lying down, even when you rest?",
            "Constant pain, worse at night or lying down, not eased by rest",
        ),
        "numbness_or_tingling_arms_or_legs": (
            "Do you have new numbness, tingling or weakness in an arm or a leg?",
            "Numbness, tingling or weakness in a limb",
        ),
        "rash": (
            "Do you have a rash or blisters on one side of your chest or back?",
            "A painful rash or blisters on one side of the chest or back",
        ),
        "urinary_symptoms": (
            "Does it burn when you pass urine, or is there blood in your urine?",
            "Burning when passing urine, or blood in the urine",
        ),
        "calf_swelling": (
            "Is one of your calves painful and swollen?",
            "One painful, swollen calf",
        ),
        "pain_worse_breathing_in": (
            "Is the pain sharp when you breathe in or cough?",
            "Sharp pain when breathing in or coughing",
        ),
        "sweating_nausea": (
            "Do you have a cold sweat, nausea or vomiting with the pain?",
            "Cold sweat, nausea or vomiting with the pain",
        ),
        "osteoporosis_or_steroid_use": (
            "Do you have osteoporosis, or have you taken steroid tablets for 3 months or more?",
            "Osteoporosis, or steroid tablets for 3 months or more",
        ),
        "upper_abdominal_pain": (
            "Do you have pain in your upper tummy, perhaps worse after fatty meals?",
            "Upper tummy pain, perhaps worse after fatty meals",
        ),
        "injury": ("Did the pain start after an injury?", None),
        "onset": ("How did the pain begin?", None),
        "severity": (
            "How bad is the pain at its worst, from 0 (none) to 10 (worst imaginable)? Severe pain is 7 or more.",
            None,
        ),
        "age": ("How old are you?", None),
        "duration_days": ("How long have you had this pain? (in days, or say e.g. 3 weeks)", None),
        "pain_location": ("Where is the pain?", None),
        "getting_worse": (
            "Is the pain getting worse, or stopping you doing your daily activities?",
            "The pain is getting worse, or stops your daily activities",
        ),
        "visible_curve_or_uneven_shoulders": (
            "Can you or others see a sideways curve in your back, or is one shoulder or hip higher?",
            "A visible sideways curve, or one shoulder or hip higher",
        ),
        "family_history_scoliosis": (
            "Does anyone in your family have scoliosis (a sideways curve of the spine)?",
            "Scoliosis (a curved spine) in your family",
        ),
        "widespread_pain_elsewhere": (
            "Do you also have pain in many other parts of your body?",
            "Pain in many other parts of your body",
        ),
        "fatigue_sleep_problems": (
            "Are you very tired or sleeping badly?",
            "Very tired, or sleeping badly",
        ),
        "morning_stiffness": (
            "Is your back stiff for more than 30 minutes after you wake up?",
            "Back stiff for more than 30 minutes after waking",
        ),
        "smoker": ("Do you smoke, or have you smoked in the past?", "Smoker, now or in the past"),
        "high_blood_pressure": (
            "Do you have high blood pressure (even if tablets keep it normal)?",
            "High blood pressure",
        ),
        "recent_surgery_or_immobility": (
            "In the last 4 weeks, have you had surgery, a long journey (over 4 hours) or been in bed for days?",
            "Surgery, a long journey or bed rest in the last 4 weeks",
        ),
        "previous_blood_clot": (
            "Have you ever had a blood clot in a leg (DVT) or in the lung (PE)?",
            "A blood clot in the leg or lung before",
        ),
        "hormones_or_pregnancy": (
            "Are you pregnant, did you give birth in the last 6 weeks, or do you take oestrogen (the combined pill or HRT)?",
            "Pregnant, a birth in the last 6 weeks, or taking oestrogen (pill, HRT)",
        ),
        "pregnancy_warning_signs": (
            "If you are pregnant or had a baby in the last 6 weeks (if not, answer no): do you have a bad headache, blurred vision or flashing lights, pain just below the ribs, vomiting, or sudden swelling of your face, hands or feet?",
            "Pregnancy with pain below the ribs, a bad headache, blurred vision or sudden swelling",
        ),
        "yellow_skin": (
            "Have your skin or the whites of your eyes turned yellow?",
            "Yellow skin or yellow whites of the eyes",
        ),
        "blood_thinners": (
            "Do you take blood thinners (anticoagulant tablets or injections such as warfarin, apixaban, rivaroxaban or heparin)?",
            "Taking blood thinners",
        ),
        "diabetes": ("Do you have diabetes (even if it is well controlled)?", "Diabetes"),
        "sex": ("What is your sex?", None),
    },
    "es": {
        "sudden_severe_onset": (
            "¿El dolor empezó de repente y fuerte, con toda su intensidad en pocos minutos?",
            "Dolor fuerte y repentino (con toda su intensidad en minutos)",
        ),
        "chest_pain_or_pressure": (
            "¿Tiene dolor, presión u opresión en el pecho, o dolor que se extiende al brazo, la mandíbula o el cuello?",
            "Dolor o presión en el pecho, o dolor que se extiende al brazo, la mandíbula o el cuello",
        ),
        "pain_tearing_or_ripping": (
            "¿Siente el dolor como un desgarro, como si algo se rasgara por dentro?",
            "Dolor como un desgarro, como si algo se rasgara",
        ),
        "shortness_of_breath": (
            "¿Le falta el aire: de repente, o cada vez más en los últimos días?",
            "Falta de aire repentina o cada vez mayor",
        ),
        "coughing_blood": ("¿Tose sangre?", "Tos con sangre"),
        "pain_with_exertion": (
            "¿El dolor aparece con el esfuerzo, como al subir una cuesta o escaleras, y se alivia con el reposo?",
            "Dolor que aparece con el esfuerzo (escaleras, cuestas) y se alivia con el reposo",
        ),
        "fainting_or_clammy": (
            "¿Se ha desmayado, tiene la piel fría y sudorosa, o se siente demasiado débil para estar de pie?",
            "Desmayo, piel fría y sudorosa, o demasiada debilidad para estar de pie",
        ),
        "bladder_or_bowel_problems": (
            "¿Ha perdido hace poco el control de la orina o de las heces, o le cuesta orinar desde hace poco?",
            "Pérdida reciente del control de la orina o de las heces, o dificultad para orinar",
        ),
        "saddle_numbness": (
            "¿Tiene entumecimiento (adormecimiento) alrededor de los genitales, los glúteos o la parte interna de los muslos?",
            "Entumecimiento (adormecimiento) alrededor de los genitales, los glúteos o la parte interna de los muslos",
        ),
        "leg_weakness_or_unsteady": (
            "¿Siente las dos piernas débiles, dormidas o con hormigueo desde hace poco, le fallan, o camina de forma inestable?",
            "Debilidad reciente, adormecimiento u hormigueo en las dos piernas, piernas que fallan o andar inestable",
        ),
        "fever": (
            "¿Tiene fiebre: temperatura alta, escalofríos, o siente calor y temblores?",
            "Fiebre, escalofríos, o sensación de calor y temblores",
        ),
        "history_of_cancer": (
            "¿Ha tenido cáncer alguna vez?",
            "Ha tenido cáncer (en cualquier momento)",
        ),
        "weight_loss": ("¿Ha perdido peso sin proponérselo?", "Pérdida de peso sin proponérselo"),
        "iv_drug_use_or_immunosuppressed": (
            "¿Se inyecta drogas, o tiene el sistema inmunitario (las defensas) debilitado (VIH, trasplante, quimioterapia)?",
            "Drogas inyectadas, o defensas bajas (VIH, trasplante, quimioterapia)",
        ),
        "recent_infection_or_procedure": (
            "¿Ha tenido hace poco una infección bacteriana, una inyección en la columna o una cirugía?",
            "Infección bacteriana, inyección en la columna o cirugía recientes",
        ),
        "worse_at_night_or_rest": (
            "¿El dolor es constante y empeora por la noche o al acostarse, incluso cuando descansa?",
            "Dolor constante, que empeora de noche o al acostarse y no mejora con el reposo",
        ),
        "numbness_or_tingling_arms_or_legs": (
            "¿Tiene entumecimiento, hormigueo o debilidad nuevos en un brazo o una pierna?",
            "Entumecimiento, hormigueo o debilidad en un brazo o una pierna",
        ),
        "rash": (
            "¿Tiene un sarpullido (erupción) o ampollas en un solo lado del pecho o de la espalda?",
            "Sarpullido doloroso o ampollas en un solo lado del pecho o de la espalda",
        ),
        "urinary_symptoms": (
            "¿Siente ardor al orinar, o tiene sangre en la orina?",
            "Ardor al orinar, o sangre en la orina",
        ),
        "calf_swelling": (
            "¿Tiene una pantorrilla dolorida e hinchada?",
            "Una pantorrilla dolorida e hinchada",
        ),
        "pain_worse_breathing_in": (
            "¿Siente un dolor punzante al tomar aire o al toser?",
            "Dolor punzante al tomar aire o al toser",
        ),
        "sweating_nausea": (
            "¿Tiene sudor frío, náuseas o vómitos junto con el dolor?",
            "Sudor frío, náuseas o vómitos junto con el dolor",
        ),
        "osteoporosis_or_steroid_use": (
            "¿Tiene osteoporosis, o ha tomado corticoides (esteroides) en pastillas durante 3 meses o más?",
            "Osteoporosis, o corticoides en pastillas durante 3 meses o más",
        ),
        "upper_abdominal_pain": (
            "¿Tiene dolor en la parte alta del abdomen, quizás peor después de comidas con mucha grasa?",
            "Dolor en la parte alta del abdomen, quizás peor tras comidas grasas",
        ),
        "injury": ("¿El dolor empezó después de una lesión?", None),
        "onset": ("¿Cómo empezó el dolor?", None),
        "severity": (
            "¿Cuánto le duele en el peor momento, de 0 (nada) a 10 (el peor dolor imaginable)? Un dolor fuerte es 7 o más.",
            None,
        ),
        "age": ("¿Cuántos años tiene?", None),
        "duration_days": (
            "¿Desde hace cuánto tiempo tiene este dolor? (en días, o diga por ejemplo 3 semanas)",
            None,
        ),
        "pain_location": ("¿Dónde le duele?", None),
        "getting_worse": (
            "¿El dolor está empeorando, o le impide hacer sus actividades diarias?",
            "El dolor está empeorando, o le impide hacer sus actividades diarias",
        ),
        "visible_curve_or_uneven_shoulders": (
            "¿Usted u otras personas notan una curva hacia un lado en su espalda, o tiene los hombros o las caderas a distinta altura?",
            "Una curva visible hacia un lado, o los hombros o las caderas a distinta altura",
        ),
        "family_history_scoliosis": (
            "¿Alguien de su familia tiene escoliosis (una curva de la columna hacia un lado)?",
            "Escoliosis (columna curvada) en su familia",
        ),
        "widespread_pain_elsewhere": (
            "¿Tiene también dolor en muchas otras partes del cuerpo?",
            "Dolor en muchas otras partes del cuerpo",
        ),
        "fatigue_sleep_problems": (
            "¿Siente mucho cansancio o duerme mal?",
            "Mucho cansancio, o dormir mal",
        ),
        "morning_stiffness": (
            "¿Tiene la espalda rígida durante más de 30 minutos después de despertarse?",
            "Espalda rígida durante más de 30 minutos después de despertarse",
        ),
        "smoker": ("¿Fuma, o ha fumado en el pasado?", "Fuma o ha fumado"),
        "high_blood_pressure": (
            "¿Tiene la presión arterial alta (aunque las pastillas la mantengan normal)?",
            "Presión arterial alta",
        ),
        "recent_surgery_or_immobility": (
            "En las últimas 4 semanas, ¿ha tenido una cirugía, ha hecho un viaje largo (de más de 4 horas) o ha pasado días en cama?",
            "Cirugía, un viaje largo o reposo en cama en las últimas 4 semanas",
        ),
        "previous_blood_clot": (
            "¿Ha tenido alguna vez un coágulo de sangre en una pierna (trombosis venosa profunda, TVP) o en el pulmón (embolia pulmonar)?",
            "Un coágulo de sangre en la pierna o en el pulmón en el pasado",
        ),
        "hormones_or_pregnancy": (
            "¿Está embarazada, ha dado a luz en las últimas 6 semanas, o toma estrógenos (la píldora anticonceptiva combinada o terapia de reemplazo hormonal)?",
            "Embarazo, parto en las últimas 6 semanas, o estrógenos (píldora, terapia hormonal)",
        ),
        "pregnancy_warning_signs": (
            "Si está embarazada o ha tenido un bebé en las últimas 6 semanas (si no, responda no): ¿tiene un dolor de cabeza fuerte, visión borrosa o destellos de luz, dolor justo debajo de las costillas, vómitos, o una hinchazón repentina de la cara, las manos o los pies?",
            "Embarazo con dolor debajo de las costillas, dolor de cabeza fuerte, visión borrosa o hinchazón repentina",
        ),
        "yellow_skin": (
            "¿Se le han puesto amarillos la piel o el blanco de los ojos?",
            "Piel o blanco de los ojos amarillos",
        ),
        "blood_thinners": (
            "¿Toma medicamentos anticoagulantes (pastillas o inyecciones que hacen la sangre más líquida, como warfarina, apixabán, rivaroxabán o heparina)?",
            "Tomar anticoagulantes",
        ),
        "diabetes": ("¿Tiene diabetes (aunque esté bien controlada)?", "Diabetes"),
        "sex": ("¿Cuál es su sexo?", None),
    },
}
"""question -> (its text, its short form on a list), in each language: every question a
contract sign reads, and every item of the emergency and urgent lists."""

SAFETY_NET: dict[str, str] = {
    "en": "you get chest pain, breathlessness, weakness in both legs, or lose control of your bladder or bowels: call an ambulance; a fever or new numbness: see a doctor the same day",
    "es": "tiene dolor en el pecho, falta de aire, debilidad en ambas piernas o pierde el control de la orina o de las heces: llame a una ambulancia; fiebre o entumecimiento nuevo: vea a un médico ese mismo día",
}
"""The line of `[advice] see_a_doctor_if` that every self-care result shows: when to call an
ambulance, and when to see a doctor the same day (the brief's section 1)."""

WHERE = "tspain/fixed_questions.py"


def fixed_question_problems(table: RuleTable, code: str) -> list[str]:
    """One line for each such question whose text or short form is not the one fixed here,
    and for a safety net line taken out or changed. In a translation, a text left untranslated
    is shown in English, the English fixed here, and is said by the catalogue's own checks."""
    english = FIXED_QUESTIONS["en"]
    if code not in FIXED_QUESTIONS or code not in SAFETY_NET:  # a new language declares its
        return [f"no fixed question words declared for language {code!r} ({WHERE})"]  # own
    problems = []
    for qid, (text, short) in FIXED_QUESTIONS.get(code, {}).items():
        q = table.questions.get(qid)
        if q is None:
            continue  # a missing question is said by the contract's other checks
        for at, (name, want, got) in enumerate((("text", text, q.text), ("short", short, q.short))):
            said = None if got is None else " ".join(got.split())
            if said not in (want, english[qid][at]):
                problems.append(
                    f"questions.{qid}.{name} is fixed by the safety contract ({want!r}): a "
                    f"warning sign reads this question, and a person answers it by these words; "
                    f"a change needs a clinician's sign-off, made in {WHERE}"
                )
    net = SAFETY_NET.get(code)
    lines = [" ".join(x.split()) for x in table.advice.see_a_doctor_if if isinstance(x, str)]
    if net is not None and not {net, SAFETY_NET["en"]} & set(lines):
        problems.append(
            f"advice.see_a_doctor_if must keep {net!r}: every self-care result shows it "
            f"(the safety net); a change needs a clinician's sign-off, made in {WHERE}"
        )
    return problems
