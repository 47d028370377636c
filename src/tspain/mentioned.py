"""Warning signs named in an answer to another question: "56, and i passed out on the stairs"
at the age question, "no but my chest goes tight when i walk the dog" at a yes/no question.
Each was only "Please type one whole number" or "Please answer yes or no", and the sign was
lost: people who play symptoms down mention them where they are not asked (a tester, twenty-
second session). Pure: the session asks about each before it counts."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass

from tspain.interview import Checklist
from tspain.item_names import idioms_out, joined_named, own_word_scores, partly, with_phrases
from tspain.levels import SignLevel
from tspain.list_parts import list_parts
from tspain.matching import DENYING, _unaccented, named_by_people, words
from tspain.oneself import as_said_of_oneself
from tspain.stated import STATED
from tspain.table import Answer, RuleTable
from tspain.typed_words import _normal, _words
from tspain.words import FAMILY, GENERIC, NEGATIONS, TEMPERATURE

LISTS: tuple[SignLevel, ...] = ("emergency", "urgent")
"""The lists whose signs are looked for: those that send a person to a doctor today or now."""


@dataclass(frozen=True)
class Mentioned:
    """What was typed answers nothing, but names warning signs not yet said to hold."""

    questions: tuple[str, ...]


CLAUSE_STARTS = frozenset({"i", "i'm", "im", "i've", "ive", "my", "it's", "its", "but"})
ANEW = CLAUSE_STARTS | {"pero", "me", "mi", "tengo", "siento", "estoy", "now", "also", "though"}
"""Words that begin a statement anew after a denial ("no fever but my chest hurts")."""
AND_BEFORE = re.compile(r"\b(?:and|or|nor|y|ni|o)\s*$")
"""A part joined to the one before by "and" or "or", where a denial goes on."""


def denial_goes_on(text: str, parts: list[str]) -> list[bool]:
    """For each part of `text` (in order), whether a denial in the part before it would go on
    into it: joined by "and" or "or", and not saying something anew ("no fever and chills";
    not "no fever and my legs are numb")."""
    goes_on, at = [], 0
    for part in parts:
        start = text.find(part, at)
        joined = start >= 0 and bool(AND_BEFORE.search(text[at:start]))
        at = start + len(part) if start >= 0 else at
        goes_on.append(joined and part.split()[0] not in ANEW)
    return goes_on


"""Words that begin a clause of its own after a bare yes or no with no comma ("nope im
pregnant", "no my arm goes numb"); not "no chest pain", a denial, nor any Spanish word ("no
tengo fiebre", "no me falta el aire" deny)."""


def signs_beside(
    table: RuleTable, qid: str, typed: str, answers: Mapping[str, Answer | None]
) -> tuple[str, ...]:
    """`signs_named` in the words of an answer that was read, beside the question's own words:
    a pain score in a sentence is read ("8 when it comes"), and "8 and my legs are weak" lost
    the legs (a regression hunter, twenty-third session); an option's label typed whole ("poco a
    poco, a lo largo de horas o días") names nothing ("largo" is the long journey's)."""
    q = table.questions[qid]
    head, comma, tail = typed.partition(",")  # "nope, im pregnant" at the injury question: the
    if not comma and len(words := typed.lower().split()) > 2 and words[1] in CLAUSE_STARTS:
        head, _, tail = typed.strip().partition(" ")  # "nope im pregnant", no comma (a code
        comma = "," * (_words().meaning.get(head.lower()) in ("yes", "no"))  # reviewer, 28th)
    remark = comma and _words().meaning.get(head.strip().lower()) in ("yes", "no")  # no is its
    # answer, the rest a clause of its own, whole ("no, im on the pill": the question's "the"
    # had broken the pill's phrase), and the pregnancy was lost unsaid (a tester, 28th)
    chosen = answers.get(qid)  # the chosen option's words, not every option's: "chest" is the
    labels = (
        [q.options[chosen]]
        if isinstance(chosen, str) and chosen in q.options
        else [*q.options.values()]
    )  # band's, and "between the shoulders, and my chest feels heavy" named nothing (a tester,
    asked = set(re.findall(r"[\w']+", f"{q.text} {' '.join(labels)}".lower()))  # 30th session)
    said = re.findall(r"[\w']+", (tail if remark else typed).lower())
    rest = " ".join(w for w in said if remark or w not in asked)
    alone = len(rest.split()) == 1 and _unaccented(rest) in _plain_names()  # "suddenly,
    named = signs_named(table, rest, answers) if len(rest.split()) > 1 or alone else ()  # ripping
    # pain" at how it began: "ripping" alone was left (a tester, thirtieth session)
    for clause in _clauses(typed)[1:]:  # each clause after the answer, whole, when it is not
        if set(re.findall(r"[\w']+", clause.lower())) - (asked - GENERIC):  # the answer's words
            # ("in a band, and chest pain" was the band's own words: its chest pain lost, 37th)
            named += signs_named(table, clause, answers)  # "poco a poco, perdi el ..." (31st)
    named = tuple(dict.fromkeys(named))
    # Not an item whose "yes" stands for this answer: "all of a sudden when i picked up the
    # box" at how it began is that answer, not "sudden, severe pain" (a young man who had
    # said no to it was asked again, said yes and was sent to an ambulance: a tester).
    return tuple(x for x in named if qid not in (table.questions[x].yes_means or {}))


CLAUSES = re.compile(
    r"(?<!\bhot )\b(?:and|but|with|plus|y|pero|con)\b"
    r"|\b(?:and|but|with|plus|y|pero|con)\b(?! cold\b)",  # "hot and 2" (a code reviewer)
    re.IGNORECASE,
)
"""Where a clause after an answer begins, beside a comma: "6 and it hurts to breathe in" lost
the phrase to the question's "to", and "about a 6, and i've got chills" was read as 6 (a person
at a terminal, thirty-second session)."""


def _clauses(typed: str) -> list[str]:
    """The line's clauses at commas, each split again at "and", "but", "with" unless it denies
    ("6, i dont have a fever and chills" named the fever by its chills: a code reviewer)."""
    parts = []
    for part in re.split(r"[,;]", typed):
        denies = DENYING & set(re.findall(r"[\w']+", STATED.sub(" ", part.lower())))
        parts += [part] if denies else CLAUSES.split(part)
    return parts


def signs_named(
    table: RuleTable, typed: str, answers: Mapping[str, Answer | None]
) -> tuple[str, ...]:
    """The emergency and urgent list items not already answered yes that the words name more
    surely than a list reads them: by a phrase people use for one ("passed out"), by two of
    its own words ("chest ... tight"), or by the word its name begins with ("fever"); never by
    one shared word ("passed" is not "passing urine"), by a single word people use in other
    senses ("grey", "sick", "temp"), or in words that deny it ("6, no numbness"; each was a
    false "You mentioned a warning sign": a regression hunter, twenty-second session). A
    number is the question's own answer ("56"), never an item."""
    said = _normal(typed)
    text = idioms_out(re.sub(r"[0-9]+(?:[.,][0-9]+)?", " ", said))
    found = dict.fromkeys(q for q in joined_named(text, table) if answers.get(q) is not True)
    if TEMPERATURE.search(said) and "fever" in table.questions and answers.get("fever") is not True:
        found["fever"] = None  # "temp was 38,5 this morning"
    for seen in dict.fromkeys((text, as_said_of_oneself(text))):  # a carer's words too
        for level in LISTS:
            step = Checklist(
                level, tuple(q for q, x in table.questions.items() if x.checklist == level)
            )
            named = _named_at(step, seen, table)
            found.update(dict.fromkeys(q for q in named if answers.get(q) is not True))
    if INJECTING.search(said) and "iv_drug_use_or_immunosuppressed" in table.questions:
        found.setdefault("iv_drug_use_or_immunosuppressed", None)  # "i have a fever and i
    return tuple(found)  # inject" asked the fever alone: URGENT (people, thirty-first session)


def _named_at(step: Checklist, text: str, table: RuleTable) -> list[str]:
    """The items of the list `step` that the words name (`signs_named`), less those denied."""
    phrases = {
        q: [t for t in texts[2:] if " " in t.strip()]
        for q, texts in with_phrases(step, table).items()
    }
    plain = {q: [_unaccented(t) for t in texts] for q, texts in phrases.items()}
    parts = [p.strip() for p in list_parts(text) if p.strip()]
    found: list[str] = []
    denied: set[str] = set()  # what the last denial named: "i dont have a fever and chills"
    for part, carried in zip(parts, denial_goes_on(text, parts), strict=True):
        named = named_by_people(part, phrases, 0) + named_by_people(_unaccented(part), plain, 0)
        timeless = " ".join(w for w in part.split() if w not in _words().units)
        score = own_word_scores(step, timeless, table)  # "5 dias a la semana": no sign
        top = [q for q, held in score.items() if held >= 2 and held == max(score.values())]
        named += top if len(top) == 1 else []
        named += [q for q in step.questions if _by_name(table, q, part)]
        if DENYING & set(re.findall(r"[\w']+", STATED.sub(" ", part))):
            denied = set(named)  # a phrase typed without its accents ("me hice pipi", "no
            continue  # puedo mear")
        # the chills of a denied fever are that fever (a code reviewer, thirty-second
        # session); "no fever and chest pain" names the chest
        denied = denied if carried and not STATED.search(part) else set()
        found += [q for q in named if q not in denied]
    return found


INJECTING = re.compile(
    r"\b(?:i inject|i'?m injecting|me inyecto|me pincho)\b(?! (?:my |mi )?insulin)"
)
"""Injecting said in passing, and not insulin, which a list reads as diabetes."""


def denies_elsewhere(step: Checklist, part: str, table: RuleTable) -> bool:
    """Whether a part only denies a sign of another list ("no weight loss" at the emergency
    list was "Does this apply to you: 8. New loss of bladder or bowel control?": a tester,
    twenty-fifth session)."""
    said = part.split()
    if not said or said[0] not in NEGATIONS or STATED.match(part.strip()):
        return False  # "no puedo hacer pipí" states a sign (`STATED`)
    other = signs_named(table, " ".join(said[1:]), {})
    return bool(other) and not set(other) & set(step.questions)


SERIOUS_ACCIDENT = re.compile(
    r"\b(?:car crash|crashed|crash(?! diet)|wreck|collision|car accident|scaffolding"
    r"|(?:hit|knocked down|run over) by (?:a |the )?(?:car|truck|lorry|van|bus|motorbike)"
    r"|(?:car|truck|lorry|van|bus) hit me|fell from (?:a )?height|knocked down by"
    r"|run over|came off (?:my |the |a )?(?:bike|motorbike|motorcycle|horse|scooter)"
    r"|[0-9]+ ?(?:mph|km/?h)|rta|road traffic accident|ca[ií] de la moto"
    r"|fell [0-9]+ ?(?:m|metres|meters|feet|ft)|ca[ií] desde [0-9]+ metros"
    r"|thrown (?:from|off)|fell (?:off|from) (?:a |the |my )?(?:roof|ladder|scaffold|horse)"
    r"|accidente de (?:coche|tr[aá]fico|moto)|choqu[eé]|chocamos|atropell\w*"
    r"|me ca[ií] (?:del|de un|de una|desde) (?:techo|tejado|andamio|escalera|caballo))\b"
)
"""A serious accident said in passing: "2, i was in a car crash last week" at the pain score,
after "not sure" or "minor" at the injury question (people, thirty-first session)."""


def accident_named(
    table: RuleTable, typed: str, answers: Mapping[str, Answer | None]
) -> tuple[str, ...]:
    """The injury question, when its answer was not the serious accident and the words say
    one: asked again, as a sign said in passing is (the emergency of a crash was lost)."""
    if "injury" not in answers or answers["injury"] == "major":
        return ()  # not yet asked: it will be
    clauses = re.split(r"[,.;]|\bbut\b|\bpero\b", _unaccented(_normal(typed)))
    said = [c for c in clauses if SERIOUS_ACCIDENT.search(c)]  # "no, but i was in a crash"
    return ("injury",) * any(not DENYING & set(re.findall(r"[\w']+", c)) for c in said)


def later_sign_only(step: Checklist, part: str, table: RuleTable) -> bool:
    """Whether a part names a sign of another list surely (`signs_named`: by a phrase people
    use for it) and none of this list's: "hurts when i breathe in deep" at the emergency list
    is pain on breathing in, asked after it, not breathlessness by the word "breathe" (it was
    offered as breathlessness, and "out of breath going up the stairs" beside it was never
    quoted: a tester, twenty-eighth session), unless a word of this list's items is said."""
    named = set(signs_named(table, part, {}))
    if not named or named & ({*step.questions} | MAY_BE_EARLIER):
        return False
    return not _names_here(step, _without_words_of(table, part, named), table)


def _without_words_of(table: RuleTable, part: str, qids: set[str]) -> str:
    """The part without the words of the later signs it names (their texts and people's
    words): what is left is what they do not explain."""
    theirs: set[str] = set()
    for qid in qids:
        level = table.questions[qid].checklist
        if level is None:
            continue
        asked = tuple(q for q, x in table.questions.items() if x.checklist == level)
        texts = with_phrases(Checklist(level, asked), table)[qid]
        theirs |= {w for text in texts for w in _words_of(text)}
    return " ".join(w for w in _words_of(part) if w not in theirs)


def _names_here(step: Checklist, rest: str, table: RuleTable) -> bool:
    """Whether words left beside a later sign still name or partly name this list's items:
    "collapsed with a fever" keeps the fainting, "difficulty breathing after bed rest" the
    breathlessness, "sudden severe pain when i breathe in" the sudden pain (a code reviewer,
    twenty-eighth session: each had lost its emergency sign to the later one)."""
    return bool(rest.strip()) and any(partly(step, rest, table))


def _words_of(text: str) -> list[str]:
    return re.findall(r"[\w']+", text.lower())


MAY_BE_EARLIER = {"sweating_nausea"}
"""Later signs whose words may be an earlier list's: "cold sweat" may be cold clammy skin, a
sign of shock, so the emergency list's guess is still asked first (`later_sign_only`)."""


def only_denies(part: str) -> bool:
    """Whether a part beside a list's answer denies what it names, without a doubt or a "but":
    "im not on blood thinners", "no fever or anything", not "not sure, maybe warfarin" or "no
    aspirin but i take warfarin" (a crew question she had denied was asked of a woman sent to
    an ambulance: a tester, twenty-sixth session)."""
    said = set(words(part))
    if not DENYING & said or said & BUT_OR_DOUBT or DOUBTING_START.match(part.strip()):
        return False
    if STATED.match(part.strip().lower()):  # "no puedo respirar bien" beside a none at the
        return False  # urgent list states a sign (people, thirty-first session)
    denial = DENIAL_START.match(part.strip().lower())
    # what follows the denial takes nothing back: "no idea i take warfarin", "nope im on
    # warfarin", "no heart problems im on warfarin" lost the crew's question (a code reviewer,
    # twenty-seventh session)
    return denial is not None and not USING.search(part.strip().lower()[denial.end() :])


DENIAL_START = re.compile(
    r"(?:i'?m |i am |i )?(?:no estoy tomando|don'?t take|do not take|not taking|no tomo|no uso"
    r"|no tengo|not on|don'?t|do not|never|nunca|not|sin|no|ni)\b"
)
"""A part that begins by denying: "im not on blood thinners", "no heartburn", "no tomo sintrom"."""

DOUBTING_START = re.compile(r"(?:no idea|no sé|no se|not sure|dunno|idk)\b")
"""A "no" that is a doubt, not a denial: "no idea i take warfarin", "no se, tomo sintrom"."""

USING = re.compile(
    r"\b(?:i take|i'?m on|i am on|i use|taking|i have|i've got|ive got|tomo|estoy tomando|uso"
    r"|tengo)\b"
)
"""Words that say something is so, after a denial: what was denied was something else."""

BUT_OR_DOUBT = frozenset({
    "but", "except", "apart", "unless", "sure", "know", "maybe", "think", "pero", "salvo",
    "excepto", "menos", "seguro", "segura", "sé", "se", "quizá", "quizás", "creo",
})  # fmt: skip
"""Words that leave a denial open: what follows them may hold."""


def _by_name(table: RuleTable, qid: str, part: str) -> bool:
    """Whether the part holds a word that names this item alone ("fever", "chest", "yellow");
    not of a relative ("my mum had cancer")."""
    said = words(part)
    if FAMILY & set(said):
        return False
    plain = _plain_names()  # "me desmaye", "calentura"
    return any(plain.get(_unaccented(w)) == qid for w in said) and qid in table.questions


@functools.cache
def _plain_names() -> dict[str, str]:
    """NAME_WORDS without their accents."""
    return {_unaccented(w): q for w, q in NAME_WORDS.items()}


NAME_WORDS = {
    **dict.fromkeys(("fever", "fevers", "feverish", "fiebre", "fiebres", "calentura"), "fever"),
    # "im 30 weeks pregnant" at the emergency list was lost (a tester, twenty-fifth session)
    **dict.fromkeys(("pregnant", "embarazada"), "hormones_or_pregnancy"),
    **dict.fromkeys(("cancer", "cáncer"), "history_of_cancer"),  # "had prostate cancer" (a tester)
    **dict.fromkeys(("mareé", "maree", "mareos", "mareo"), "fainting_or_clammy"),
    **dict.fromkeys(("chest", "pecho"), "chest_pain_or_pressure"),
    **dict.fromkeys(("tearing", "desgarro", "ripping"), "pain_tearing_or_ripping"),
    **dict.fromkeys(("shivery", "shivering", "escalofríos", "escalofrios"), "fever"),
    **dict.fromkeys(("chills", "shivers", "tiritona"), "fever"),  # "6, chills" (32nd session)
    **dict.fromkeys(("heroin", "heroína", "heroina"), "iv_drug_use_or_immunosuppressed"),
    **dict.fromkeys(("quijada",), "chest_pain_or_pressure"),
    **dict.fromkeys(("fainted", "fainting", "desmayo"), "fainting_or_clammy"),
    **dict.fromkeys(("faint", "dizzy", "lightheaded", "mareada", "mareado"), "fainting_or_clammy"),
    **dict.fromkeys(("breathless", "breathlessness"), "shortness_of_breath"),
    # "no but my legs have gone kinda jelly and wobbly" at another question asked only about
    # pain on walking; the report said "no" to weak legs (a tester, twenty-sixth session)
    **dict.fromkeys(("wobbly", "jelly", "gelatina"), "leg_weakness_or_unsteady"),
    **dict.fromkeys(("jaw", "mandíbula", "mandibula"), "chest_pain_or_pressure"),
    **dict.fromkeys(("yellow", "jaundice", "amarilla", "amarillos"), "yellow_skin"),
    # "none. ive been vomiting" at the emergency list was dropped unsaid, and a man of 62 with
    # heart risks ended URGENT (a tester, twenty-ninth session)
    **dict.fromkeys(
        ("vomiting", "vomited", "vomit", "puking", "nauseous", "nausea"), "sweating_nausea"
    ),
    **dict.fromkeys(("vomitado", "vomité", "vomite", "vomitando", "náuseas"), "sweating_nausea"),
    # "como si me desgarraran" was never tearing (a tester, twenty-ninth session)
    **dict.fromkeys(
        ("desgarraran", "desgarrara", "desgarrando", "desgarra"), "pain_tearing_or_ripping"
    ),
    # beside another answer and lost (a tester, thirtieth session): "70, i collapsed", "i went
    # cold and clammy", "i had leukemia as a kid", "tengo unas ampollas"
    **dict.fromkeys(
        ("collapsed", "collapse", "clammy", "desmaye", "sudorosa", "sudoroso"),
        "fainting_or_clammy",
    ),
    **dict.fromkeys(
        ("leukemia", "leukaemia", "lymphoma", "myeloma", "leucemia", "linfoma"),
        "history_of_cancer",
    ),
    **dict.fromkeys(("blisters", "ampollas"), "rash"),
    **dict.fromkeys(("keeled", "desvaneci", "desvanecí", "desvanecida"), "fainting_or_clammy"),
    **dict.fromkeys(
        ("chemo", "chemotherapy", "quimio", "quimioterapia"), "iv_drug_use_or_immunosuppressed"
    ),
    # beside a fever and lost: URGENT, not the ambulance (people, thirty-first session)
    **dict.fromkeys(
        ("hiv", "vih", "immunosuppressants", "immunosuppressant", "inmunosupresores"),
        "iv_drug_use_or_immunosuppressed",
    ),
    **dict.fromkeys(
        ("transplant", "trasplante", "trasplantado", "trasplantada"),
        "iv_drug_use_or_immunosuppressed",
    ),
    **dict.fromkeys(("keeling", "feinted"), "fainting_or_clammy"),
    **dict.fromkeys(("desgarrador", "desgarradora"), "pain_tearing_or_ripping"),
    **dict.fromkeys(("brethless",), "shortness_of_breath"),
    # beside the answer to how long and lost (a person at a terminal, thirty-third session)
    **dict.fromkeys(
        ("osteoporosis", "osteopenia", "steroids", "prednisolone", "prednisone"),
        "osteoporosis_or_steroid_use",
    ),
    **dict.fromkeys(("rash", "shingles", "sarpullido"), "rash"),
    **dict.fromkeys(("epidural", "uti"), "recent_infection_or_procedure"),
    **dict.fromkeys(("dvt", "thrombosis", "embolism", "trombosis"), "previous_blood_clot"),
    **dict.fromkeys(("hrt",), "hormones_or_pregnancy"),
    **dict.fromkeys(("jaundiced", "ictericia"), "yellow_skin"),
}
"""Words that name one sign alone, typed where another question was asked ("56 but i have had
a fever"); an item's first word was not enough ("burning between my shoulder blades" is no
burning urine)."""
