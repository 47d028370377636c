"""The phrases people use for a warning-sign list's items, found whole in what was typed and
then asked about ("Did you mean ...?"); kept apart from `matching.QUESTION_WORDS` so that
their small words ("makes", "ever") never name an item alone. Data only."""

from __future__ import annotations

QUESTION_PHRASES: dict[str, list[str]] = {
    "pain_with_exertion": [
        *("walking makes it come on", "walking brings it on", "brings it on", "when i walk"),
        *("when i exercise", "comes on when i walk", "on exertion"),
    ],
    "sudden_severe_onset": [
        *("worst pain of my life", "worst pain ever", "sudden agony", "out of nowhere"),
        *("all of a sudden", "came on suddenly", "all at once", "came on all at once"),
        # "me vino de golpe hace media hora" matched nothing (a tester, twenty-fifth session)
        *("de golpe", "me vino de repente", "vino de repente", "empezó de repente"),
        *("empezo de repente", "de un momento a otro", "de la nada"),
    ],
    "pain_tearing_or_ripping": ["something tore", "something tearing", "ripping inside"],
    # a tester, twenty-second session: each was "Nothing on this list matches"
    "bladder_or_bowel_problems": [
        *("can't wee", "cant wee", "able to wee", "unable to wee", "trouble weeing"),
        *("can't go to the toilet", "cant go to the toilet"),
    ],
    "numbness_or_tingling_arms_or_legs": [
        *("arm is weak", "leg is weak", "hand is weak", "arm feels weak", "leg feels weak"),
    ],
    "fever": ["running a temp", "hot and cold"],
    "chest_pain_or_pressure": [
        *("chest goes tight", "chest gets tight", "chest feels tight", "chest is tight"),
        *("tightness in my chest", "chest tightness", "pressure in my chest"),
    ],
    "coughing_blood": ["coughed up blood", "coughing up blood", "blood when i cough"],
    "pain_worse_breathing_in": ["when i breathe in", "breathing in", "breathe in deeply"],
    # a tester, twenty-third session: each said beside another answer and lost
    # a tester, twenty-fourth session: "You also said" it, and it was lost
    "shortness_of_breath": [
        *("a bit breathless", "getting breathless", "out of breath", "get a full breath"),
        *("catch my breath", "get my breath", "get enough air", "get a proper breath"),
        # "me ahogo subiendo escaleras" was the stairs' exertion pain alone, its breathlessness
        # lost on a no (a tester, twenty-eighth session)
        *("me ahogo", "me falta el aire", "me cuesta respirar", "me quedo sin aire"),
        # "all of a sudden i couldnt breathe" was the sudden pain alone (a code reviewer,
        # twenty-eighth session): "can't breathe" was a phrase, the past tense not
        *("couldnt breathe", "couldn't breathe", "could not breathe", "cant breathe"),
        *("can't breathe", "cannot breathe", "no podía respirar", "no podia respirar"),
    ],
}
QUESTION_PHRASES["chest_pain_or_pressure"] += [
    *("into my jaw", "to my jaw", "up my jaw", "in my jaw", "my jaw aches", "my jaw hurts"),
    *("jaw pain", "into my left arm", "down my left arm", "down my arm", "into my arm"),
    *("arm and jaw", "jaw and arm", "hasta la mandíbula", "me duele la mandíbula"),
    # "en el centro, y se me va al brazo izquierdo" at where it hurts named nothing, where
    # "middle, pain goes down my left arm" was asked (a tester, thirtieth session)
    *("al brazo izquierdo", "por el brazo izquierdo", "se me va al brazo", "me baja al brazo"),
]
QUESTION_PHRASES["bladder_or_bowel_problems"] += [  # testers, twenty-fourth session
    *("struggling to pee", "struggling to wee", "trouble peeing", "difficulty peeing"),
    *("hard to wee", "pee properly", "wee properly", "empty my bladder"),
    *("to the loo a lot less", "to the loo less", "to the toilet less", "just dribbles"),
    *("only dribbles", "it dribbles", "barely pee", "hardly pee", "barely wee", "hardly wee"),
]
QUESTION_PHRASES["leg_weakness_or_unsteady"] = [  # heavy legs: weakness in people's words
    *("legs have been heavy", "legs are heavy", "legs feel heavy", "heavy legs"),
    *("legs have been a bit heavy", "legs are a bit heavy", "legs feel a bit heavy"),
    *("both my legs", "both legs", "both my feet", "both feet", "both of my feet"),
    *("feet have gone numb", "feet have gone a bit numb", "feet are numb", "feet feel numb"),
    *("legs feel like jelly", "legs like jelly"),
]
QUESTION_PHRASES["calf_swelling"] = [  # a pregnant woman's, at another question (a tester)
    *("leg is swollen", "swollen leg", "leg has swollen", "calf is sore", "sore calf"),
    *("calf hurts", "calf is painful", "calf pain", "calf is swollen", "swollen calf"),
    *("calf has been sore", "calf has been hurting", "calf has been swollen"),
]
# said in passing beside another answer, and lost (testers, twenty-fourth session)
QUESTION_PHRASES["iv_drug_use_or_immunosuppressed"] = [
    *("where i inject", "i inject drugs", "i inject heroin", "i use drugs", "i shoot up"),
]
QUESTION_PHRASES["recent_surgery_or_immobility"] = [
    *("long flight", "hour flight", "flew back", "flew home", "after the flight", "after flying"),
]
QUESTION_PHRASES["sweating_nausea"] = [
    *("sweating buckets", "sweating like mad", "cold sweat", "sudando frio", "sudando frío"),
    *("sudar frio", "sudar frío", "sudor frio", "sudor frío"),
    # "... a heavy squeezing, im all sweaty" was night sweats, never asked: the questions
    # stopped at the emergency, and the crew's report said clammy skin "no" (a tester, 28th)
    *("all sweaty", "im sweaty", "i'm sweaty", "really sweaty", "very sweaty", "estoy sudando"),
    *("todo sudado", "toda sudada", "sudando mucho"),
    # "... im 58 and feel sick and sweaty" beside a heavy pressure was night sweats alone, and
    # a woman whose heart could not be ruled out ended URGENT (a tester, twenty-eighth session)
    *("feel sick", "feeling sick", "felt sick", "sick and sweaty", "sweaty and sick"),
    *("ganas de vomitar", "tengo nauseas"),  # not "im sweating": "... at night" lost its sweats
    "tengo náuseas",
]
QUESTION_PHRASES["leg_weakness_or_unsteady"] += [
    *("cotton wool", "stumbling a lot", "been stumbling", "keep stumbling"),
    # "my legs have gone a bit wobbly ..., had to hold the rail on the stairs" at how it began
    # was "= Gradually" alone, and a failing cord ended URGENT (a tester, twenty-fifth session)
    *("legs have gone wobbly", "legs have gone a bit wobbly", "legs are wobbly", "wobbly legs"),
    *("legs feel wobbly", "legs are a bit wobbly", "unsteady on my feet", "hold the rail"),
    *("holding the rail", "hold on to the rail", "hold onto the rail", "hold the banister"),
    *("holding the banister", "piernas flojas", "piernas temblorosas"),
]
QUESTION_PHRASES["bladder_or_bowel_problems"] += [
    *("get going when i pee", "taking ages to pee", "slow to pee", "hard to start peeing"),
    # "struggling to get the wee out since yesterday" matched nothing (a tester, twenty-fifth
    # session): a failing cord's man got an ambulance for his legs, and his bladder was lost
    *("get the wee out", "get my wee out", "get the pee out", "get my pee out"),
    # "my legs have gone wobbly ... and I keep dribbling wee" lost the bladder (a tester, 28th)
    *("dribbling wee", "dribbling pee", "dribbling urine", "dribble wee", "dribbles of wee"),
    *("leaking wee", "leaking pee", "se me escapa la orina", "se me escapa el pis"),
]
QUESTION_PHRASES["pain_with_exertion"] = [
    *QUESTION_PHRASES["pain_with_exertion"],
    *("cuando subo escaleras", "subiendo la escalera", "subiendo escaleras", "up the hill"),
]
QUESTION_PHRASES["fainting_or_clammy"] = [
    *("feel faint", "feeling faint", "felt faint", "a bit faint", "going to faint"),
    *("about to faint", "light headed", "me voy a desmayar", "me siento mareada"),
    *("me siento mareado", "me mareé", "me maree", "me he mareado", "casi me desmayo"),
]
QUESTION_PHRASES["weight_loss"] = [  # "i lost weight" named nothing (a tester, twenty-sixth)
    *("lost weight", "losing weight", "lost some weight", "lost a lot of weight", "weight loss"),
    *("lost a bit of weight", "dropped weight", "lost a stone", "lost kilos", "lost pounds"),
]
QUESTION_PHRASES["rash"] = [  # burning skin on one side, often before a shingles rash: "me arde
    # la piel del lado derecho" was asked about yellow skin (a tester, twenty-seventh session)
    *("skin burns", "skin is burning", "skin feels like its burning", "burning skin"),
    *("skin hurts to touch", "skin is sore", "skin tingles", "skin is tingling"),
    *("me arde la piel", "la piel me arde", "me quema la piel", "la piel me quema"),
    *("me duele la piel", "la piel me duele", "piel me arde", "piel me quema"),
    # "me arde y me pica en un lado pero todavia no me salieron granos" was burning urine
    # (a tester, twenty-ninth session): a burning on one side, before any rash
    *("me arde en un lado", "me arde un lado", "me arde el costado", "me arde la espalda"),
    *("me arde y me pica", "burning on one side", "burns on one side", "my back burns"),
    *("burning pain in my back", "burning in my back"),
]
QUESTION_PHRASES["better_with_exercise"] = [  # a question asked apart, named at a list only by
    # these whole: "se me quita con el ejercicio" beside morning stiffness was lost (a tester,
    # twenty-seventh session); its single words ("better", "once") name nothing
    *("eases with exercise", "better with exercise", "better when i move", "eases when i move"),
    *("loosens up when i move", "better once i get moving", "se me quita con el ejercicio"),
    *("se quita con el ejercicio", "mejora con el ejercicio", "se me pasa caminando"),
    *("se me pasa al caminar", "mejora moviéndome", "mejora moviendome", "mejora al moverme"),
    *("se me quita moviéndome", "se me quita moviendome", "se me quita al moverme"),
]
QUESTION_PHRASES["better_with_exercise"] += [  # "gets better once i go to the gym" (a tester)
    *("better once i go to the gym", "better after the gym", "better when i go to the gym"),
]
QUESTION_PHRASES["pregnancy_warning_signs"] = [  # "my eyes are blurry" was asked about yellow
    # eyes, and a woman 32 weeks pregnant was then asked these as if unsaid (a tester, 27th)
    *("eyes are blurry", "blurry eyes", "blurred vision", "vision is blurry", "blurry vision"),
    *("vision is blurred", "flashing lights", "seeing spots", "face is swollen", "swollen face"),
    *("puffy face", "vision borrosa", "veo borroso", "veo luces", "cara hinchada"),
    *("se me hincha la cara", "se me hinchan la cara", "la cara hinchada"),
]
"""People's phrases for an item, found whole in what was typed and then asked about ("Did
you mean ...?"); kept apart from QUESTION_WORDS so that their small words ("makes", "ever")
never name an item alone (a terminal hunter, twenty-first session)."""
QUESTION_PHRASES["saddle_numbness"] = [  # "numb between my legs" was both legs (a tester, 29th);
    # whole phrases only: as an item's words, "legs" made "my legs are numb" the saddle too
    *("numb between my legs", "between my legs is numb", "between my legs feels numb"),
]
QUESTION_PHRASES["worse_with_sitting_or_posture"] = [  # "i get stiff after sitting all day but
    # nothing else" at the third list was asked as morning stiffness (a tester, 29th session)
    *("stiff after sitting", "after sitting all day", "after sitting a long time"),
    *("worse after sitting", "after sitting for hours", "después de estar sentado"),
    *("después de estar sentada", "despues de estar sentado", "despues de estar sentada"),
]
# A thirtieth-session tester's words beside another answer, each lost: "70 and i keep peeing
# myself", "70, cant feel my privates", "ive had a temp all week", "me hice pis encima",
# "tengo dormida la zona entre las piernas"
QUESTION_PHRASES["bladder_or_bowel_problems"] += [
    *("peeing myself", "pee myself", "wet myself", "wetting myself", "wee myself"),
    *("weeing myself", "me hice pis", "me hice pipí", "me hice pipi", "me orine", "me oriné"),
]
QUESTION_PHRASES["saddle_numbness"] += [
    *("feel my privates", "privates are numb", "privates feel numb", "entre las piernas"),
]
QUESTION_PHRASES["fever"] += ["had a temp", "got a temp", "a temp all"]  # not "dont have a temp"
# A third round's words beside another answer, each lost (a tester, thirtieth session)
QUESTION_PHRASES["fainting_or_clammy"] = [
    *QUESTION_PHRASES.get("fainting_or_clammy", []),
    *("keel over", "keeled over", "hit the deck", "out cold", "perdi el conocimiento"),
    *("perdí el conocimiento", "me desvaneci", "me desvanecí"),
]
QUESTION_PHRASES["coughing_blood"] += [
    *("toso sangre", "toso con sangre", "tos con sangre", "escupo sangre", "tosiendo sangre"),
]
QUESTION_PHRASES["calf_swelling"] = [
    *QUESTION_PHRASES.get("calf_swelling", []),
    *("calf swelled", "calf is swollen", "calf swollen", "swollen calf", "calf has swollen"),
    *("hincho la pantorrilla", "hinchó la pantorrilla", "pantorrilla se hincho"),
]
QUESTION_PHRASES["bladder_or_bowel_problems"] += ["me mee encima", "me meé encima", "me mee"]
QUESTION_PHRASES["leg_weakness_or_unsteady"] += ["durmieron las piernas", "dormidas las piernas"]
QUESTION_PHRASES["saddle_numbness"] += ["feel my groin", "groin is numb", "numb groin"]
# said beside another answer and lost; or read only at the emergency list (people, 31st)
QUESTION_PHRASES["leg_weakness_or_unsteady"] += [
    *("legs give way", "legs gave way", "legs keep giving way", "legs giving way"),
]
QUESTION_PHRASES["pain_tearing_or_ripping"] += ["dolor desgarrador", "como un desgarro"]
QUESTION_PHRASES["saddle_numbness"] += [
    *("numb down below", "numb down there", "culo dormido", "se me duerme la entrepierna"),
    *("entrepierna dormida", "se me duerme el culo", "tengo el culo dormido"),
]
QUESTION_PHRASES["shortness_of_breath"] += ["falta de aliento", "sin aliento"]
QUESTION_PHRASES["coughing_blood"] += [
    *("blood in my phlegm", "blood in my spit", "flema con sangre", "sangre en la flema"),
    *("esputo con sangre", "escupo sangre"),
]
QUESTION_PHRASES["fainting_or_clammy"] += [
    *("lost consciousness", "lose consciousness", "me caí redondo", "caí redondo"),
]

QUESTION_PHRASES["fever"] += [
    *("have a temperature", "had a temperature", "got a temperature", "running a temperature"),
    *("tengo temperatura", "tengo fiebre"),
]
QUESTION_PHRASES["saddle_numbness"] += [
    "groin feels numb",
    "numb in my groin",
    "groin has gone numb",
]
# said in passing beside another answer and lost, or refused with a bare "no" (people, 31st)
QUESTION_PHRASES["fainting_or_clammy"] += [
    *("perdí el sentido", "perdi el sentido", "me dio un patatus", "keeling over", "pased out"),
]
QUESTION_PHRASES["pain_tearing_or_ripping"] += ["like a tear", "a tear in my back"]
QUESTION_PHRASES["chest_pain_or_pressure"] += ["left arm pain", "pain in my left arm", "chets pain"]
QUESTION_PHRASES["shortness_of_breath"] += [
    *("me quedé sin aire", "me quede sin aire", "breathing is bad", "struggling to breathe"),
    "trouble breathing",
]
QUESTION_PHRASES["coughing_blood"] += [
    *("spat blood", "spit blood", "spitting blood", "spat up blood", "cofing up blod"),
]
QUESTION_PHRASES["leg_weakness_or_unsteady"] += [
    *("sin fuerzas en las piernas", "piernas sin fuerza", "numm legs"),
]
QUESTION_PHRASES["saddle_numbness"] += [
    "no siento la zona de los genitales",
    "no siento los genitales",
]
QUESTION_PHRASES["bladder_or_bowel_problems"] += [
    *("pee wont come out", "pee won't come out", "wee wont come out", "wee won't come out"),
]
# said beside an answer and lost: "6, my arm hurts too", "6 and my left arm aches", "6, hurts to
# cough", "a 6, and i've got chills" (a person at a terminal, thirty-second session)
QUESTION_PHRASES["chest_pain_or_pressure"] += [
    *("left arm aches", "left arm hurts", "my arm hurts", "my arm aches", "arm is aching"),
    *("me duele el brazo izquierdo", "dolor en el brazo izquierdo"),
]
QUESTION_PHRASES["pain_worse_breathing_in"] += [
    *("hurts to cough", "hurts when coughing", "hurts to breathe in", "duele al toser"),
]
QUESTION_PHRASES["fever"] += [*("chills", "the chills", "got chills", "shivers", "tiritona")]
# said beside a yes and lost, or read as another item (a Spanish-speaking tester, 33rd session):
# "si, pero sudo frio", "yes, but i have a cold sweat", "si, y tengo la pierna izquierda
# hinchada", "si, y orino con sangre", "me cuesta hacer pis" (the burning, not the bladder)
QUESTION_PHRASES["sweating_nausea"] += ["sudo frio", "sudo frío", "sudé frío", "sude frio"]
QUESTION_PHRASES["calf_swelling"] += [
    *("pierna hinchada", "pierna izquierda hinchada", "pierna derecha hinchada"),
    *("se me hincho la pierna", "se me hinchó la pierna", "swollen leg", "leg is swollen"),
]
QUESTION_PHRASES["weight_loss"] += [  # "si, y baje 8 kilos sin querer": its number read apart
    *("bajé kilos", "baje kilos", "perdí kilos", "perdi kilos", "he perdido kilos"),
    *("he bajado kilos", "bajado kilos", "perdido kilos", "adelgacé kilos", "adelgace kilos"),
]
QUESTION_PHRASES["urinary_symptoms"] = [
    *QUESTION_PHRASES.get("urinary_symptoms", []),
    *("orino con sangre", "orino sangre", "orina con sangre", "meo sangre", "meo con sangre"),
]
QUESTION_PHRASES["bladder_or_bowel_problems"] += [
    *("me cuesta hacer pis", "me cuesta orinar", "me cuesta hacer pipi", "me cuesta hacer pipí"),
    *("cuesta hacer pis", "cuesta orinar", "struggle to pee", "struggling to pee"),
]


def _add(more: dict[str, list[str]]) -> None:
    """More phrases for each item, after those it has."""
    for qid, said in more.items():
        QUESTION_PHRASES[qid] = [*QUESTION_PHRASES.get(qid, []), *said]


# said beside the answer to how long, or at a list, and lost (a person at a terminal, 33rd)
_add(
    {
        "weight_loss": [
            *(
                "lost loads of weight",
                "lost lots of weight",
                "weight has dropped off",
                "dropped off me",
            ),
            *("clothes are loose", "clothes are looser", "clothes are hanging off me"),
            *("dropped stone", "lost stone"),  # "ive dropped 2 stone": its number read apart
        ],
        "coughing_blood": ["spitting up blood", "coughed up blood", "bringing up blood"],
        "bladder_or_bowel_problems": [
            *("cant hold my wee", "can't hold my wee", "cant hold my pee", "can't hold my pee"),
            *("cant hold my urine", "can't hold my urine", "leaking urine", "leak urine"),
        ],
        "worse_at_night_or_rest": [
            *(
                "keeps me awake at night",
                "awake at night",
                "worse lying down",
                "worse when i lie down",
            ),
        ],
        "numbness_or_tingling_arms_or_legs": [
            *("hand tingles", "arm tingles", "leg tingles", "foot tingles", "fingers tingle"),
        ],
        "recent_surgery_or_immobility": [
            *("had an operation", "had surgery", "hip replacement", "knee replacement"),
        ],
        "upper_abdominal_pain": [
            *("upper stomach", "upper tummy", "upper belly", "top of my stomach"),
        ],
        "history_of_cancer": ["in remission"],
    }
)
# a carer's words, said of someone else at a list or beside an answer, and lost (a tester of
# carers, thirty-third session): "she feels sick", "shes sweaty", "she has a temperature"
_add(
    {
        "sweating_nausea": [
            *("feels sick", "feels sickly", "bit sweaty", "a bit sweaty", "shes sweaty"),
            *("she's sweaty", "hes sweaty", "he's sweaty", "has been sick", "keeps being sick"),
        ],
        "fever": ["has a temperature", "has a temp", "got a temp", "running a fever"],
    }
)
# beside an answer and dropped (a regression hunter, thirty-third session)
QUESTION_PHRASES["urinary_symptoms"] += [
    *("peeing blood", "weeing blood", "pissing blood", "blood when i pee", "blood when i wee"),
]
QUESTION_PHRASES["sweating_nausea"] += ["she is sweaty", "he is sweaty", "is all sweaty"]
# a numb bottom, said beside an answer or with a long drive (a tester of older people, 33rd)
QUESTION_PHRASES["saddle_numbness"] += [
    *("numb in my bum", "bum is numb", "bum went numb", "bum has gone numb", "bum numb"),
    *("numb in my bottom", "bottom is numb", "numb bottom", "bottom went numb"),
]
# a person at a terminal's words for signs, not read at the list (thirty-fourth session): a
# drug injector's "sweating and shaking all night" (a fever with weak immunity: an ambulance),
# "i cant feel my feet properly", "keep losing my balance", "my wee looks red", "had my knee
# done 2 weeks ago", "cant sleep for the pain", "went from nothing to 10 in a minute"
_add(
    {
        "fever": [
            *("shaking all night", "sweating and shaking", "shaking and sweating", "the shakes"),
            *("shivery", "burning up", "cant get warm", "can't get warm", "teeth chattering"),
        ],
        "leg_weakness_or_unsteady": [
            *("cant feel my feet", "can't feel my feet", "losing my balance", "lose my balance"),
            *("lost my balance", "off balance", "stagger", "staggering", "unsteady on my feet"),
            *("walking like im drunk", "walking like i'm drunk", "walk like im drunk"),
            *("wobbly on my feet", "cant feel my legs", "can't feel my legs"),
        ],
        "urinary_symptoms": [
            *("wee looks red", "pee looks red", "urine looks red", "red wee", "red pee"),
            *("wee is red", "pee is red", "urine is red", "pink wee", "pink pee"),
        ],
        "recent_surgery_or_immobility": [
            *("had my knee done", "had my hip done", "knee done", "hip done", "drove for hours"),
            *("hours in the car", "long car journey", "long drive", "drove 10 hours"),
        ],
        "worse_at_night_or_rest": [
            *("cant sleep for the pain", "can't sleep for the pain", "keeps me up at night"),
        ],
        "sudden_severe_onset": [
            *("from nothing to 10", "went from 0 to 10", "instant agony", "hit me like a truck"),
        ],
        "fainting_or_clammy": ["im confused", "i'm confused", "muddled"],  # not "drowsy":
        # "the pill makes me drowsy" (a regression hunter, thirty-fourth session)
    }
)
# the same signs in Spanish, lost or misread at the lists (people at a terminal, thirty-fourth
# session): "no siento bien los pies" was asked as fainting (by "de pie"), "pierdo el
# equilibrio" and "me cuesta mear" were lost after 0, "camino como borracho" asked about drinking
_add(
    {
        "leg_weakness_or_unsteady": [
            *("no siento los pies", "no siento bien los pies", "se me duermen los pies"),
            *("pies dormidos", "no siento las piernas", "pierdo el equilibrio"),
            *("perdiendo el equilibrio", "camino como borracho", "camina como borracho"),
            "me tambaleo",
        ],
        "bladder_or_bowel_problems": ["me cuesta mear", "me cuesta orinar", "le cuesta orinar"],
        "worse_at_night_or_rest": [
            *("no me deja dormir", "no la deja dormir", "no lo deja dormir"),
            *("no puedo dormir del dolor", "no duermo por el dolor"),
        ],
        "fever": ["temblando toda la noche", "escalofrios", "escalofríos"],
        "urinary_symptoms": ["pis se ve rojo", "pis rojo", "pipi rojo", "pipí rojo", "orina roja"],
    }
)
_add({"fainting_or_clammy": ["pale", "gone pale", "pálido", "pálida", "palido", "palida"]})  # 34th
