"""The options of a choice question that people's words name: their everyday words for each
option ("slowly" for gradually, "nope" for no injury) and the words that decide between two
options that a word is used for ("fell off the roof" is a serious injury, "a fall" either). Pure;
no terminal."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence

from tspain.matching import DENYING, similar, words

OPTION_WORDS: dict[str, list[str]] = {
    "female": ["woman", "women", "girl", "lady", "f"],
    "male": ["man", "men", "boy", "guy", "m"],
    "gradual": [
        *("slowly", "slow", "gradual", "bit by bit", "over time", "over days", "crept up"),
        *("it crept up", "built up", "came on slowly"),
        "woke",  # "woke up with it": there on waking, at full strength or growing since, is
        "waking",  # asked which, as the sudden option's own word is (a person at a terminal,
    ],  # thirty-fifth session, was refused "not one of these")
    "sudden": [
        *("suddenly", "all at once", "quickly", "abruptly", "out of nowhere", "straight away"),
        *("right away", "instantly", "in an instant", "immediately", "out of the blue"),
        *("quick", "fast"),
        *("woke", "waking"),
    ],
    "none": ["nope", "nah", "nothing", "not injured", "no injury"],
    "one_side": ["right side", "left side", "on the right", "on the left", "right", "left"],
    "central": ["middle of my back", "mid back", "centre", "center", "middle of the back"],
    "widespread": ["whole back", "everywhere", "all over", "all over my back"],
    "band_around_chest": [
        *("all around my chest", "around my chest", "around my ribs", "like a belt", "belt"),
    ],
    # "A fall" or "I fell" is either: from standing (a slip) or from a height. Listed under
    # both, it is asked which, never guessed (a tester's "I had a fall" called an ambulance).
    # So is "an accident" or "I got hit" (it called an ambulance unasked, sixteenth session).
    "minor": [
        *("fall", "fell", "slipped", "tripped", "trip", "tripped over", "pulled a muscle"),
        *("accident", "an accident", "hit", "got hit", "i got hit"),
        *("gym", "at the gym", "exercise", "exercising", "workout", "lifting", "lifted"),
        *("sport", "sports", "stairs", "tackled", "bent down", "bending down", "picking up"),
        *("pick up", "picked up"),  # "bent down to pick up a box" (a tester, 33rd session)
    ],
    "major": [
        *("fell", "fall", "car accident", "hit by a car", "crash", "stairs", "ladder", "roof"),
        *("motorbike", "motorcycle"),
        *("accident", "an accident", "hit", "got hit", "i got hit", "tackled"),  # which?
    ],
}
"""English words for option ids, beside the option's own words (a catalogue adds its own)."""
DECIDING: dict[str, str] = {
    **dict.fromkeys(("height", "altura", "roof", "techo", "andamio", "scaffold"), "major"),
    **dict.fromkeys(("major", "serious", "grave", "ladder"), "major"),
    **dict.fromkeys(("minor", "leve"), "minor"),
    # how it began, said in a sentence (a tester, twenty-second session: each was "not one
    # of these"): "all of a sudden when i lifted him", "came on gradually over a few weeks"
    **dict.fromkeys(("sudden", "suddenly", "all of a sudden", "out of nowhere"), "sudden"),
    **dict.fromkeys(("straight away", "right away", "immediately", "instantly"), "sudden"),
    # "all at once when i lifted" was asked as the emergency item, and its yes called an
    # ambulance for a lifting strain (a person at a terminal, thirty-fourth session)
    **dict.fromkeys(("all at once", "at once", "in an instant", "in a flash"), "sudden"),
    **dict.fromkeys(("de repente", "repentino", "repentinamente", "de golpe"), "sudden"),
    # as "all at once" (people at a terminal, thirty-fourth session: asked as the emergency item)
    **dict.fromkeys(("de un momento a otro", "de sopetón", "de sopeton"), "sudden"),
    **dict.fromkeys(("todo de una vez", "de una vez"), "sudden"),
    **dict.fromkeys(("gradually", "gradual", "slowly", "built up", "crept up"), "gradual"),
    **dict.fromkeys(("over a few days", "over a few weeks", "poco a poco"), "gradual"),
    # minutes are the sudden option's own words ("within seconds or minutes"): "it came on
    # over a few minutes" and "one second fine the next agony" were "not one of these" (people
    # at a terminal, thirty-eighth session); hours are the gradual one's
    **dict.fromkeys(("over a few minutes", "over a couple of minutes", "within minutes"), "sudden"),
    **dict.fromkeys(
        ("in a few minutes", "in minutes", "one second fine", "one minute fine"), "sudden"
    ),
    **dict.fromkeys(("en unos minutos", "en pocos minutos", "en cuestión de minutos"), "sudden"),
    **dict.fromkeys(("over a few hours", "over hours", "en unas horas"), "gradual"),
    **dict.fromkeys(("gradualmente", "lentamente", "despacio"), "gradual"),
    # where, said in a sentence (a tester, twenty-third session: each was "not one of these")
    **dict.fromkeys(("shoulder blade", "right side", "left side", "one side"), "one_side"),
    **dict.fromkeys(("throwing side", "omóplato", "omoplato", "un lado"), "one_side"),
    **dict.fromkeys(
        ("between", "shoulder blades", "entre los omóplatos"), "between_shoulder_blades"
    ),
    # "entre los omoplatos", typed without its accent, was one side by "omoplato" (a tester,
    # twenty-fourth session); a side said beside it asks which
    **dict.fromkeys(
        ("entre los omoplatos", "omóplatos", "omoplatos", "entre las paletillas"),
        "between_shoulder_blades",
    ),
    **dict.fromkeys(
        ("lado derecho", "lado izquierdo", "a la derecha", "a la izquierda"), "one_side"
    ),
    # the words of Spain and of carers, refused (a Spanish-speaking tester, 37th session); not
    # "paletilla" or "por todos lados" alone: beside "en franja" they made the band asked, where
    # it had been taken (a regression hunter, the same session)
    **dict.fromkeys(
        ("paletillas", "entre los hombros", "entre las escápulas", "entre las escapulas"),
        "between_shoulder_blades",
    ),
    **dict.fromkeys(
        ("en medio de la espalda", "medio de la espalda", "centro de la espalda"), "central"
    ),
    **dict.fromkeys(("middle of my back", "middle of the back", "along the spine"), "central"),
    **dict.fromkeys(("down the middle", "spine", "la columna"), "central"),
    # "in the middle, and on one side" was one side alone, "en el centro, y a un lado" too (a
    # regression hunt, twenty-seventh session): the middle named beside a side asks which
    **dict.fromkeys(("in the middle", "the centre", "the center", "el centro"), "central"),
    **dict.fromkeys(
        ("on the right", "on the left", "right hand side", "left hand side"), "one_side"
    ),
    **dict.fromkeys(("all over", "everywhere", "whole back", "toda la espalda"), "widespread"),
    **dict.fromkeys(
        ("like a belt", "round my ribs", "around my ribs", "round my chest"), "band_around_chest"
    ),
    **dict.fromkeys(
        ("around my chest", "como un cinturón", "como un cinturon"), "band_around_chest"
    ),
    **dict.fromkeys(
        ("band", "going round", "goes round", "round to the front", "una banda"),
        "band_around_chest",
    ),
    # "me arde y me pica en una franja ..." (shingles before the rash) was not one of these,
    # and the band was lost (a tester, twenty-eighth session)
    **dict.fromkeys(("una franja", "en franja", "en banda", "como una faja"), "band_around_chest"),
    # "wraps round from my back to the front on one side" was one side alone, and shingles
    # before the rash was SEE A DOCTOR SOON (a person at a terminal, thirty-seventh session)
    **dict.fromkeys(
        ("wraps round", "wraps around", "wrapping round", "wrapping around", "me rodea"),
        "band_around_chest",
    ),  # not "going around", "comes around": the room going around, the pain every evening
    **dict.fromkeys(
        ("around to the front", "goes around to", "round to my front"), "band_around_chest"
    ),
}
"""Words that say which kind of injury beside a word used for either ("fall", "caí"), and
choose it when no word denies ("fell off the roof" was "not one of these": "off"). A fall
off a ladder is a fall from a height (the Canadian C-spine rule's dangerous mechanism: a fall
from 3 feet or 5 stairs; Stiell et al., JAMA 2001): "could be any of 2 3" had a man of 58 on
warfarin pick the minor one (a tester, twenty-second session)."""
FALLEN = frozenset(
    {"fell", "fall", "fallen", "falling", "caí", "cai", "caída", "caida", "cayó", "cayo"}
)  # "se cayó": a carer's (thirty-sixth session)
"""A deciding injury word counts only beside a fall ("carrying a ladder", "the roof of my
mouth", "shoulder height" are no fall from a height: a regression hunter)."""
NOT_HIGH = frozenset(
    {
        *("low", "standing", "small", "step", "foot", "chair", "stool", "poca", "baja"),
        *("silla", "rung", "rungs", "bottom"),  # "the bottom rung"
        # "caída de su propia altura", a fall from standing height, was the serious accident
        # (a Spanish-speaking person at a terminal, fortieth session)
        *("propia", "propio"),
    }
)
"""Words that make a fall a low one: the option is asked, not decided."""
OWN = re.compile(r"\b(?:de|desde) (?:su|mi|tu) altura\b|\bown height\b")
"""A fall from one's own height: "una caída desde su altura", "she fell from her own height"
(a tester, fortieth session); not "own" elsewhere ("by my own fault": a code reviewer)."""
NOT_SO = {
    "sudden": re.compile(
        r"\b(?:noticed|realised|realized|found|weeks?|months?|years?|semanas?|meses|años?)\b"
    ),
    "gradual": re.compile(r"\b(?:seconds?|minutes?|mins?|instant\w*|segundos?|minutos?)\b"),
}
"""Words beside how it began that may say the other ("slowly over 10 minutes" is the sudden
option's own definition; "suddenly realised it had been there for weeks"): asked."""


SPAN = re.compile(
    r"\b(?:over|in|within|durante|en) (?:(?:a|an|one|a few|few|several|a couple(?: of)?|couple of"
    r"|some|[0-9]+|unas?|unos|varias?|varios|pocas?|pocos) )?(?:or so )?(?:hours?|days?|weeks?"
    r"|months?|horas?|d[ií]as?|semanas?|meses)\b"
)
"""A span of hours or more that the pain took to come on: the gradual option's own words
("over hours or days"). "came on over a few hours saturday night", "over a day or two", "en
unas horas" were each "not one of these" (a tester, twenty-third session)."""


VEHICLES = frozenset(
    {
        *("car", "cars", "truck", "lorry", "bus", "van", "motorbike", "motorcycle", "vehicle"),
        *("coche", "carro", "auto", "moto", "camión", "camion", "autobús", "autobus"),
        *("tráfico", "trafico"),
    }
)
CRASHED = frozenset(
    {
        *("accident", "crash", "crashed", "collision", "rta", "wreck", "accidente", "choque"),
        *("choqué", "chocamos", "atropelló", "atropello", "atropellaron", "arrolló", "arrollo"),
    }
)
HIT_BY = re.compile(r"\b(?:hit|knocked|struck|run) (?:down |over )?by\b")
ON_THE_ROAD = re.compile(
    r"\brear ended\b|\bknocked (?:me )?off (?:my |the |a )?(?:bike|bicycle|scooter|motorbike)\b"
    r"|\b(?:came|fell|thrown) off (?:my |the |a )?(?:motorbike|motorcycle|moto)\b"
    r"|\b(?:me dieron|me chocaron|me golpearon) por detr[aá]s\b"
    r"|\b(?:me ca[ií]|se cay[óo]) de la moto\b"
)
"""A crash on the road said without a crash word ("got rear ended on the motorway", "a car
knocked me off my bike", "came off my motorbike": "not one of these", a tester, 33rd)."""
NOT_NOW = re.compile(
    r"\b(?:nearly|almost|years ago|video game|game|saw|watched|dream|casi|hace años|juego|vi)\b"
)
"""A crash that did not happen, or not now: "i was nearly rear ended", "rear ended 20 years ago
but this is from lifting", "... in a video game" called an ambulance (a regression hunter,
thirty-third session); each is asked which injury."""
CAR_PARTS = frozenset(
    {"door", "boot", "trunk", "lid", "seat", "bonnet", "hood", "puerta", "maletero", "asiento"}
)
"""A vehicle and a crash said together are the serious accident (its label: "car crash"): "i
had a car accident", "got hit by a car", "tuve un accidente de coche" were "could be any of 2
3", and a person who picked the minor one lost the sign (testers, thirty-second session). A
car alone is not ("lifting the shopping out of the car"), nor a blow from a part of one ("the
car door hit my back"), nor "hit" unless by it ("i hit my back getting into the car")."""


def decided_option(typed: str, options: Iterable[str]) -> str | None:
    """The one option a deciding word names ("fell off the roof": a serious injury; "all of a
    sudden"; a typo of one such as "sudenly"; a span of hours or more for the gradual one),
    when no word in its clause denies it ("it wasn't serious"; "no, it built up" is gradual),
    an injury word is said of a fall and not a low one, and how it began is said without an
    amount of time beside it that may say otherwise."""
    clauses = [
        " " + " ".join(re.findall(r"[\w']+", part.lower())) + " "
        for part in re.split(r"[,.;:!?]|\bbut\b|\bpero\b", typed)
    ]
    text = " " + " ".join(c.strip() for c in clauses if c.strip()) + " "
    said = set(text.split())

    def decides(clause: str) -> set[str]:
        found = {o for w, o in DECIDING.items() if f" {w} " in clause}
        found |= {o for w in clause.split() for k, o in DECIDING.items() if _typo_of(w, k)}
        return found | ({"gradual"} if SPAN.search(clause) else set())

    crashed = said & CRASHED or HIT_BY.search(text)
    on_road = (said & VEHICLES and crashed) or ON_THE_ROAD.search(text)
    if (
        "major" in options
        and on_road
        and not (DENYING | CAR_PARTS) & said
        and not NOT_NOW.search(text)
    ):
        return "major"  # "i had a car accident", "tuve un accidente de coche": 2 or 3? (32nd)
    decided = {o for c in clauses for o in decides(c)} & set(options)
    denied = any(DENYING & set(c.split()) and decides(c) & set(options) for c in clauses)
    if decided & {"major", "minor"}:  # a denial anywhere: "up a ladder but didn't fall"
        denied = bool(DENYING & said)
    elif denied:  # "gradually, not all at once": the one said, not the one denied (a regression
        said_so = _deciding(clauses, decides, options, denying=False)  # hunter, 34th session)
        if len(said_so) == 1 and not said_so & _deciding(clauses, decides, options, True):
            decided, denied = said_so, False
    if len(decided) != 1 or denied:
        return None
    option = decided.pop()
    plainly = said & {"minor", "major", "leve"}  # "minor one at pilates"; not "a serious workout"
    if (
        option in ("major", "minor")
        and not plainly
        and (not FALLEN & said or NOT_HIGH & said or " fell over " in text or OWN.search(text))
    ):
        return None
    if option in NOT_SO and NOT_SO[option].search(text) and not SPAN.search(text):
        return None
    return option


def _deciding(
    clauses: list[str], decides: Callable[[str], set[str]], options: Iterable[str], denying: bool
) -> set[str]:
    """The options decided in the clauses that deny (or do not deny) what they say."""
    return {
        o for c in clauses if bool(DENYING & set(c.split())) is denying for o in decides(c)
    } & set(options)


INJURED = frozenset(
    {
        *("serious", "minor", "fall", "fell", "slip", "slipped", "trip", "tripped", "lift"),
        *("lifted", "lifting", "accident", "hit", "knock", "knocked", "bump", "bumped"),
        *("strain", "strained", "pulled", "twist", "twisted", "gym", "sport", "crash"),
        *("ladder", "roof", "stairs", "car", "bike", "leve", "grave", "caí", "cai", "golpe"),
        # "none, i was thrown from a horse", "none i was in a wreck", "ninguno, estoy bien pero
        # choqué con el coche" were no injury (a code reviewer, thirtieth session)
        *("thrown", "threw", "wreck", "wrecked", "crashed", "collision", "horse", "motorbike"),
        *("motorcycle", "choqué", "choque", "chocamos", "accidente", "atropellaron", "moto"),
    }
)
"""Words of an injury: beside a "no" at the injury question, which one is asked ("no, nothing
serious" may be a minor one, which matters for a fracture at 80), not read as no injury."""

SERIOUS_SAID = frozenset(
    {
        *("crash", "crashed", "wreck", "wrecked", "collision", "thrown", "threw", "horse", "car"),
        *("motorbike", "motorcycle", "roof", "ladder", "height", "scaffold", "choqué", "choque"),
        *("chocamos", "atropelló", "atropello", "atropellaron", "atropellado", "atropellada"),
        *("coche", "moto", "caballo", "altura", "techo", "andamio", "escalera"),
        # "minor, i came off my bike at 40mph", "minor, fell 3 metres", "2. Was in a RTA",
        # "leve, tuve un accidente de tráfico" were minor (people, thirty-first session)
        *("bike", "bicycle", "mph", "rta", "metres", "meters", "metros", "tráfico", "trafico"),
        *("truck", "lorry", "scaffolding"),  # "minor one, truck hit me" (a code reviewer)
    }
)
"""Words of what the serious accident's option names (a crash, a fall from a height): beside
"minor" they ask which ("a minor one, i got hit by a car", "leve, me atropelló un coche" were
minor, and the serious accident's emergency lost: a code reviewer, thirty-first session)."""


def serious_beside(option: str, text: str) -> bool:
    """Whether the minor injury is said beside words of a serious accident."""
    return option == "minor" and bool(SERIOUS_SAID & set(re.findall(r"[\w']+", text.lower())))


MINOR_ONLY = frozenset(
    {
        *("slipped", "slip", "tripped", "pulled", "strained", "twisted", "tweaked", "lifting"),
        *("lifted", "deadlift", "deadlifting", "deadlifts", "squats", "gym", "workout"),
        *("resbalé", "resbale", "resbalón", "resbalon", "tropecé", "tropece", "tirón", "tiron"),
        *("gimnasio", "levantando", "levanté", "levante", "cargando", "cargué", "cargue"),
    }
)
"""Words only a minor injury is said with: in a sentence ("I slipped in the bathroom and sat
down hard", "pulled it deadlifting", "me resbalé en la ducha": each was "not one of these", a
tester), they choose it when no word of a serious one or of a fall is beside them."""
NOT_ONLY_MINOR = frozenset(
    {
        *("blow", "bike", "bicycle", "horse", "collision", "crashed", "truck", "van", "feet"),
        *("ft", "metres", "meters", "storey", "floors", "tree", "wall", "bus", "caballo"),
    }
)
"""Words of a heavier injury beside a minor word ("slipped off my horse", "tripped and came off
my bike"): which one is asked."""


def minor_said_alone(typed: str, options: Mapping[str, Sequence[str]]) -> bool:
    """Whether a sentence says a minor injury by a word only it is said with, and no word
    beside it says a serious one, a fall (which is asked: from standing or from a height),
    denies, or gives a number (a height)."""
    said = set(re.findall(r"[\w']+", typed.lower()))
    if not MINOR_ONLY & said or re.search(r"[0-9]", typed):
        return False
    serious = {w for text in options.get("major", ())[2:] for w in words(text)} - {"by"}
    serious |= {w for w, o in DECIDING.items() if o == "major"} | FALLEN | NOT_ONLY_MINOR
    return not said & (serious | DENYING)


def _typo_of(typed: str, word: str) -> bool:
    """A typo of a deciding word of one word and 7 letters or more ("sudenly", "graduallly"):
    shorter ones are other words too ("ladder", "roof"). Not its plural: "omoplatos" (between
    the shoulder blades) is no typo of "omoplato" (one of them)."""
    bare, base = (
        unicodedata.normalize("NFD", w).encode("ascii", "ignore").decode() for w in (typed, word)
    )
    plural = bare in (base + "s", base + "es") or base in (bare + "s", bare + "es")
    return (
        " " not in word and len(word) >= 7 and typed != word and not plural and similar(typed, word)
    )


def said_of_either(typed: str, options: Mapping[str, Sequence[str]]) -> bool:
    """Whether the typed words hold one that people use for more than one option ("accident",
    "fall", "hit": `options` is option -> its label, its id, then those words) and are not one
    option's own phrase ("car accident"): then which is asked, never read from the other words
    ("accident at work" was a minor injury because "work" matched "working out")."""
    text = " ".join(typed.lower().split())
    if DECIDING.keys() & set(re.findall(r"[\w']+", text)):
        return False  # "me caí de una altura", "major fall": the words say which
    owners: dict[str, set[str]] = {}
    for option, texts in options.items():
        if any(text == t.lower() for t in texts):
            return False
        for word in texts[2:]:
            if " " not in word:
                owners.setdefault(word.lower(), set()).add(option)
    return any(len(owners.get(w, ())) > 1 for w in re.findall(r"[\w']+", text))


KEY_WORDS = {
    **dict.fromkeys(("one", "uno", "una", "a"), 1),
    **dict.fromkeys(("two", "dos", "b"), 2),
    **dict.fromkeys(("three", "tres", "c"), 3),
    **dict.fromkeys(("four", "cuatro", "d"), 4),
    **dict.fromkeys(("five", "cinco", "e"), 5),
}
ANOTHER_KEY = re.compile(
    r"(?:(?:and|or|y|o|la|el|the|also|maybe|number|número|numero)\s+)*"
    r"([0-9]+|[a-zú]+)[0-9 ,/]*\s*(?:too|also|as well|tambien|también)?[?.!]*"
)


def another_option_key(remark: str, options: int) -> bool:
    """Whether a remark after an option and a comma is another option's number ("1, 3", "1, and
    3", "1, three", "1, 3?", "1, c"): two options at a one-answer question are asked again (the
    serious accident of "1, 3" was lost as no injury: code reviewers, twenty-eighth session)."""
    found = ANOTHER_KEY.fullmatch(remark.strip().lower())
    if found is None:
        return False
    key = found[1]
    number = int(key) if key.isdigit() else KEY_WORDS.get(key)
    return number is not None and 1 <= number <= options
