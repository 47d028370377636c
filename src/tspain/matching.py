"""Words matched to the items of a list or the options of a question: "sweating" to "Cold
sweat, nausea or vomiting", "between shoulders" to "Between the shoulder blades", "gradualy"
(a typo) to "Gradually". Pure; no terminal. Each typed word (less small words such as "the" or
"de") must match a word of the item: the same word, the same less an ending (-ing, -ed, -s,
-es), or, for words of 5 letters or more, one letter or two out (a typo)."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from difflib import SequenceMatcher

SMALL = {
    "a", "an", "the", "i", "i'm", "im", "my", "me", "have", "had", "got", "of", "or", "and",
    "with", "in", "on", "at", "it", "is", "it's", "some", "bit", "am", "do", "did", "feel",
    "el", "la", "los", "las", "un", "una", "de", "del", "en", "con", "tengo", "mi", "y", "o",
    "al", "por", "siento", "si", "como", "only", "just", "solo", "sólo", "mas", "más", "to",
    "when", "been", "i've", "ive", "like", "something", "tomo", "soy", "estoy", "uso",
    "are", "was", "were", "be", "myself", "its", "pretty", "quite", "fairly", "rather", "came",
    "come", "comes", "does", "why", "if", "as", "that", "this", "es", "que", "se", "lo", "le",
    "estar", "para", "muy", "after", "also", "any", "by", "can", "doing", "even", "ever", "for",
    "more", "other", "others", "see", "than", "there", "too", "very", "way", "you",
    "your", "take", "taken", "last", "many", "long", "give",
    "ha", "he", "has", "han", "dado",  # "me ha dado un dolor" was pregnancy by "ha dado" of "ha
    # dado a luz" (people at a terminal, thirty-fourth session)
    "u",  # Spanish "or": "siete u ocho" was the legs giving way (a tester, 35th session)
}  # fmt: skip
"""Words that name nothing: "my legs are tingly" matched three items by "are" (a terminal
hunter, twentieth session); "it just came on" was "Gradually" by "came" ("came on slowly"),
and a man of 50 with high blood pressure and pain at 8 out of 10 was routine, not an emergency
(twenty-first session): said alone, it is asked which. "I don't know if that counts" was
tearing pain by "as if" in its question, and "es que me falta el aire" night pain by "es que"
(a tester, twenty-fourth session), as were "something gave way between my shoulders" legs
giving way by "way", "more of an ache" breathlessness by "more", "I can hardly do my housework"
a visible curve by "can", and "some days better than others" morning stiffness by "than"."""
ENDINGS = ("ness", "ing", "ed", "es", "s")  # "numb" is "numbness", "weak" "weakness"
NEGATING = frozenset(
    {
        *("no", "not", "none", "nothing", "nope", "nah", "never", "without", "don't", "dont"),
        *("ninguna", "ninguno", "ningun", "ningún", "nada", "sin", "nunca", "nel"),
    }
)
"""Words that deny: an option whose label begins with one ("No injury", "Ninguna lesión") is
chosen by words only when they deny too ("injury" alone had chosen "No injury")."""
QUESTION_WORDS: dict[str, list[str]] = {
    # questions asked apart, named at a list: asked right after it ("I'm on warfarin")
    "blood_thinners": [
        *("blood thinner", "blood thinners", "anticoagulant", "anticoagulants", "warfarin"),
        *("coumadin", "apixaban", "eliquis", "rivaroxaban", "xarelto", "dabigatran"),
        *("pradaxa", "edoxaban", "heparin", "enoxaparin", "clexane", "sintrom", "acenocumarol"),
    ],
    "diabetes": [
        *("diabetic", "diabetes", "type 2", "type 1", "insulin", "metformin"),
        # "my sugar's high and so is my blood pressure" asked the pressure, never the
        # diabetes (a person at a terminal, fortieth session)
        *("sugar's high", "sugar is high", "high sugar", "high blood sugar", "blood sugar"),
    ],
    # "worse" alone is the pain worse with movement (asked apart): "1, cada vez peor" asked
    # about movement (a code reviewer, twenty-eighth session); the Spanish in its catalogue
    "getting_worse": ["worse every day", "worse each day", "worse by the day", "worse and worse"],
    "smoker": ["smoke", "smoker", "smoking", "cigarettes", "vape"],
    # "soaking the sheets at night" was read as smoking, and the sweats never asked (a tester,
    # twenty-fifth session)
    "night_sweats": [
        *("soaking the sheets", "soaked the sheets", "drenched in sweat", "sweating at night"),
        *("sweat at night", "wet the sheets", "sudo por la noche", "empapo las sábanas"),
        *("night sweats", "sweats at night", "sudores nocturnos", "sudores por la noche"),
        "sudo de noche",  # "0, but i have night sweats" (a tester, twenty-sixth session)
        *("sudo mucho por la noche", "sudo mucho en la noche", "sudo por las noches"),
        *("empapada de sudor", "empapado de sudor", "sweat buckets at night"),
        "sweating buckets at night",
        # read as the cold sweat, and the sweats lost on its no (thirty-eighth session)
        *("sweaty at night", "sweaty in the night", "sweaty every night"),
    ],
    # "anoche tome muchisimo alcohol" and "i had loads to drink" named nothing (a tester,
    # twenty-sixth session: upper tummy pain and vomiting, and the drinking never asked)
    "heavy_drinking": [
        *("alcohol", "booze", "drunk", "hangover", "hungover", "borracho", "borracha", "resaca"),
        *("loads to drink", "lot to drink", "lots to drink", "drinking a lot", "heavy night"),
        *("skinful", "bender", "borrachera"),
        *("bebí mucho", "bebi mucho", "tomé mucho", "tome mucho", "me puse bien pedo"),
    ],
    # said at a list, asked after it (pre-eclampsia's signs: NHS; twenty-sixth session)
    "pregnancy_warning_signs": [
        *("pre-eclampsia", "preeclampsia", "pre eclampsia", "flashing lights", "blurred vision"),
        *("blurry vision", "swollen face", "swollen hands", "puffy face", "puffy hands"),
        *("visión borrosa", "vision borrosa", "cara hinchada", "manos hinchadas", "preeclampsia"),
        # "a pounding headache for 2 days and my vision goes blurry" at 33 weeks named nothing
        *("vision goes blurry", "vision is blurry", "puffed up", "pounding headache"),
        *("veo borroso", "dolor de cabeza horrible", "dolor de cabeza muy fuerte"),
    ],
    "heartburn_or_acid_reflux": [
        *("heartburn", "reflux", "indigestion", "breastbone", "burning behind"),
        # not "acid" alone: "im on alendronic acid" (for osteoporosis) asked about heartburn
        *("acid reflux", "stomach acid", "acid coming up", "acid comes up", "acid in my throat"),
        # "acidez" named nothing where "heartburn" was asked (a person at a terminal, 39th)
        *("acidez", "reflujo", "ardor de estómago", "ardor de estomago", "agruras"),
    ],
    "rash": ["spots", "blisters", "shingles"],
    "sweating_nausea": [
        *("sweaty", "sick", "vomit", "nauseous", "sweats", "nausea", "vomiting", "vomited"),
        *("throwing up", "threw up", "puking", "been sick"),  # "throwing up" was surgery
    ],
    # Words a person in pain used for an item that matched another (a tester, eighteenth
    # session): "i passed out" was 4 or 8, "cant feel my legs" 4, 8 or 10, "stomach ache"
    # nothing, "i wet myself" nothing.
    "fainting_or_clammy": [
        *("passed out", "pass out", "passing out", "blacked out", "black out", "fainted"),
        "collapsed",
        *("look pale", "looks pale", "turned pale", "turned grey", "looking grey"),
    ],
    "leg_weakness_or_unsteady": [
        *("can't feel my legs", "cant feel my legs", "numb legs", "legs numb", "legs gave way"),
        *("legs giving way", "can't walk", "cant walk"),
        *("wobbly", "wobbly on my feet"),
        *("keep tripping", "keep stumbling", "keep falling", "tripping over my feet"),
    ],
    "upper_abdominal_pain": [
        *("stomach", "stomach ache", "stomach pain", "belly", "belly pain", "tummy ache"),
        *("abdomen", "abdominal pain"),
    ],
    "pain_with_exertion": [
        *("exert", "exert myself", "exertion", "walking uphill", "uphill", "up hills", "stairs"),
        *("upstairs", "exercise", "exercising", "walking up hills", "climbing stairs"),
    ],
    # A person's words for the serious history on the urgent list (a terminal hunter,
    # twenty-first session: each was "Nothing on this list matches", and the person typed 0).
    "pain_tearing_or_ripping": ["tore", "torn"],
    "history_of_cancer": [
        *("cancer", "lymphoma", "leukaemia", "leukemia", "melanoma", "myeloma", "sarcoma"),
        *("tumour", "tumor", "carcinoma", "radiotherapy"),
        *("cancerous", "malignant"),
    ],
    "weight_loss": ["weight", "stone", "kilos", "kg", "pounds", "lbs"],
    "recent_surgery_or_immobility": [
        *("flight", "flew", "flying", "plane", "long haul", "long drive", "operation"),
        *("operated", "replacement", "bedridden"),
        *("bed rest", "section", "c section", "caesarean", "cesarean"),
    ],
    "previous_blood_clot": [
        *("clot", "clots", "blood clot", "dvt", "embolism", "pulmonary embolism"),
        "thrombosis",
    ],
    "hormones_or_pregnancy": [
        *("pregnant", "baby", "had a baby", "gave birth", "section", "c section", "caesarean"),
        *("cesarean", "the pill", "on the pill", "contraceptive", "hrt", "oestrogen"),
        *("estrogen", "dado a luz", "di a luz", "dar a luz", "embarazada", "parto", "cesárea"),
    ],
    "shortness_of_breath": [
        "breathless",
        "out of breath",
        "short of breath",
        "can't breathe",
        "cant breathe",
        "cannot breathe",
        "hard to breathe",
        "struggling to breathe",
        *("puffed out", "gasping for air", "gasping for breath"),
    ],
    "chest_pain_or_pressure": ["chest hurts", "chest ache", "chest aches", "tight chest"],
    "fever": [
        *("temperature", "feverish", "fever", "high temp", "shivering", "shivers", "rigors"),
    ],
    "pain_worse_breathing_in": [
        *("hurts to breathe", "hurts when i breathe", "hurts when i breathe in", "deep breath"),
        *("pain when i breathe", "when i cough", "coughing hurts", "hurts when i cough"),
    ],
    "numbness_or_tingling_arms_or_legs": [
        *("pins and needles", "tingling", "numb", "tingly", "numbness", "weak arm", "weak leg"),
        "weak hand",
    ],
    "saddle_numbness": [
        *("can't feel my bum", "cant feel my bum", "numb bum", "numb down there"),
        # "my privates feel numb" could not match; "numb between my legs" was both legs (a
        # tester, twenty-ninth session)
        *(
            "privates",
            "numb privates",
            "crotch",
            "groin is numb",
        ),  # whole phrases: question_phrases.toml
    ],
    "bladder_or_bowel_problems": [
        *("pee", "hard to pee", "can't pee", "cant pee", "wet myself", "wetting myself"),
        *("peed myself", "pee myself", "pooed myself", "pooped myself"),
        *("soiled myself", "incontinent", "incontinence"),
        *("weed myself", "wee myself", "pooed", "pass water"),
    ],
    "urinary_symptoms": [
        *("blood in my pee", "burns when i pee", "burning pee", "peeing", "stings when i pee"),
        *("weeing", "when i wee", "blood in my wee"),
        # "it stings wen i wee" at the urgent list and "1, and peeing burns" at the injury
        # question were lost (a tester, twenty-sixth session): his report said "no" to both
        *("stings wen i wee", "wen i wee", "wen i pee", "stings when i wee", "burns when i wee"),
        *("peeing burns", "pee burns", "wee burns", "weeing burns", "hurts to pee", "hurts to wee"),
    ],
    "iv_drug_use_or_immunosuppressed": [
        *("chemo", "on chemo", "immunosuppressed", "immunocompromised", "weak immune system"),
        *("heroin", "inject drugs"),  # "it shoots up", "i inject insulin": no drugs
        *("use needles", "i use needles", "injecting drugs"),
    ],
    "recent_infection_or_procedure": [
        *("steroid injection", "spinal injection", "injection in my back", "epidural"),
        *("abscess", "tooth abscess", "dental abscess", "infected wound", "tooth pulled"),
    ],
    "worse_at_night_or_rest": [
        *("wakes me", "wakes me up", "early hours", "worse at night", "night pain"),
    ],
    "osteoporosis_or_steroid_use": [
        *("steroids", "prednisone", "prednisolone", "dexamethasone", "i take steroids"),
        *("i take prednisone", "osteoporosis", "osteopenia", "brittle", "brittle bones"),
        *("alendronic", "alendronate", "fosamax", "risedronate"),  # a person at a terminal (35th)
        "bones",
    ],
}
"""English words for checklist items, beside the item's own words. A single word here names
its item at a list before a word the item's text shares with another ("skin cancer" is the
cancer, not yellow skin; "prednisolone for my lungs" the steroids, not a clot in the lung):
asked about before it counts (`ticks.partly`)."""
ASKED_FIRST = frozenset(
    {
        *("abscess", "blood in my wee", "cancerous", "dental abscess", "early hours"),
        *("epidural", "fever", "gasping for air", "gasping for breath", "high temp"),
        *("i use needles", "infected wound", "injecting drugs", "injection in my back"),
        *("keep falling", "keep stumbling", "keep tripping", "look pale", "looking grey"),
        *("looks pale", "malignant", "night pain", "numb", "numbness", "pass water", "pooed"),
        *("puffed out", "rigors", "shivering", "shivers", "spinal injection"),
        *("steroid injection", "stings when i pee", "tingly", "tooth abscess"),
        *("tripping over my feet", "turned grey", "turned pale", "use needles", "wakes me"),
        *("wakes me up", "weak arm", "weak hand", "weak leg", "wee myself", "weed myself"),
        *("weeing", "when i wee", "worse at night", "tooth pulled"),
    }
)
"""People's words and phrases for an item added in the twenty-second session, asked about
("Did you mean ...?") even typed alone: a regression hunter found everyday words ticking items
unasked ("pale" called an ambulance). Those before them tick when said whole, as tested."""


_WORD = re.compile(r"[\w']+")


def words(text: str) -> list[str]:
    """The words of a text that carry meaning, lower case."""
    return list(_meaningful(text))


@functools.lru_cache(maxsize=1 << 14)
def _meaningful(text: str) -> tuple[str, ...]:
    """`words`, kept for the texts met before: every item's texts are split again at each line
    typed."""
    return tuple(w for w in _WORD.findall(text.lower()) if w not in SMALL)


def _stem(word: str) -> str:
    for ending in ENDINGS:
        if len(word) > len(ending) + 3 and word.endswith(ending):
            return word[: -len(ending)]
    return word


@functools.lru_cache(maxsize=1 << 14)
def _unaccented(word: str) -> str:
    """A word without its accents: "lesion" is "lesión", typed on a keyboard without them.
    Kept for the words met before: every list's phrases are read again at each line typed."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


@functools.lru_cache(maxsize=1 << 16)
def similar(typed: str, word: str) -> bool:
    """The same word, less an ending or its accents, or a typo of it. Kept for the pairs met
    before: a typed line is compared with every word of every item, line after line."""
    if typed == word or _stem(typed) == _stem(word):
        return True
    if typed in (word + "s", word + "es") or word in (typed + "s", typed + "es"):
        return True  # "legs" is "leg" (a short word keeps its "s" in `_stem`)
    if min(len(typed), len(word)) >= 4:  # "lesion" is "lesión"; "se" is not "sé"
        typed, word = _unaccented(typed), _unaccented(word)
    if typed == word or _stem(typed) == _stem(word):
        return True
    # A typo at the first letter is a key hit beside it ("vreathless"), not a letter more or
    # less: "ladder" is no "bladder" (a man who fell off a ladder was asked about his bladder;
    # a tester, twenty-second session).
    first = typed[0] == word[0] or (len(typed) == len(word) and typed[1:] == word[1:])
    return (
        min(len(typed), len(word)) >= 5
        and first
        and SequenceMatcher(None, typed, word).ratio() >= 0.85
    )


def fits(typed: str, texts: Iterable[str]) -> bool:
    """Every meaningful typed word matches a word of the texts (at least one word typed)."""
    said = words(typed)
    known = [w for text in texts for w in words(text)]
    return bool(said) and all(any(similar(s, k) for k in known) for s in said)


def matching(typed: str, items: Mapping[str, Iterable[str]]) -> list[str]:
    """The items (id -> its texts) whose words the typed words match, in order. A phrase
    given as an item's own word (a synonym of several words) matches as a whole."""
    text = " ".join(typed.lower().split())
    whole = [i for i, texts in items.items() if any(text == t.lower() for t in texts)]
    if whole:
        return whole
    return [i for i, texts in items.items() if fits(text, texts)]


@functools.lru_cache(maxsize=1 << 14)
def _phrase(text: str) -> str:
    """A text's words, lower case, one space apart; kept, as `_unaccented` is."""
    return " ".join(_WORD.findall(text.lower()))


def named_by_people(typed: str, items: Mapping[str, Sequence[str]], extra_from: int) -> list[str]:
    """The items one of whose people's words (`items[q][extra_from:]`) is in what was typed:
    a single word, as `similar` reads it, or a phrase as it is written ("la pastilla" is the
    contraceptive pill; "pastillas" alone any tablets)."""
    text = " " + " ".join(_WORD.findall(typed.lower())) + " "
    said = words(typed)
    found = []
    for item, texts in items.items():
        for word in texts[extra_from:]:
            phrase = _phrase(word)
            if (" " in phrase and f" {phrase} " in text) or (
                " " not in phrase and any(similar(s, phrase) for s in said)
            ):
                found.append(item)
                break
    return found


DENYING = frozenset(
    {
        *NEGATING,
        "wasn't",
        "wasnt",
        "isn't",
        "isnt",
        "didn't",
        "didnt",
        "hasn't",
        "hasnt",
        *("haven't", "havent", "wouldn't", "wouldnt", "hardly", "tampoco", "ni", "barely"),
        *("doesn't", "doesnt"),  # "it doesnt hurt when i breathe" (thirty-sixth session)
    }
)
"""Words that deny what a deciding word says ("it wasn't serious", "hardly sudden")."""
