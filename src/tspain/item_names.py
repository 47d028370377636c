"""Which item of a warning-sign list, or which question asked apart from the lists, a
person's words name: by all of an item's own words, by a word or phrase people use for it
(`matching.QUESTION_WORDS`, `question_phrases.question_phrases()`), or by how many of its own
words they hold. Pure; no terminal."""

from __future__ import annotations

import re

from tspain.interview import Checklist
from tspain.matching import (
    QUESTION_WORDS,
    matching,
    named_by_people,
    similar,
    words,
)
from tspain.oneself import as_said_of_oneself
from tspain.question_phrases import question_phrases
from tspain.table import RuleTable
from tspain.typed_words import local_question_words
from tspain.words import GENERIC, NEGATIONS, ONE_LIMB, UNIT_DAYS, WHEN_AND_HOW_MUCH
from tspain.yesno import WELL


def partly(step: Checklist, part: str, table: RuleTable) -> tuple[list[str], list[str]]:
    """The items the typed words name when not all of them match one item, each to be asked
    about before it counts ("a little chest pain", "my chest feels tight" were "Nothing on
    this list matches" at the emergency list, and a person playing it down then types 0), and
    the items the same words could each be (asked which). An item named by a word people use
    for it does not hide one the other words name: "i look pale with chest pain" is both (the
    chest pain was dropped: a regression hunter, twenty-second session)."""
    items = with_phrases(step, table)
    people = named_by_people(part, items, 2)
    # the other words, where the person goes on to something else ("pale with chest pain"),
    # not where they say more of the same ("skin cancer", "prednisolone for my lungs")
    rest = " ".join(
        piece
        for piece in re.split(BREAKS, part)
        if not people or not named_by_people(piece, {q: items[q] for q in people}, 2)
    )
    rest = _without(rest, [w for q in people for w in items[q][2:]])
    matched = words_matched(step, rest, table)  # each typed word: the items it is a word of
    score = {q: sum(q in m for m in matched.values()) for q in item_words(step, table)}
    best = max(score.values(), default=0)
    top = [q for q, held in score.items() if held == best and held and q not in people]
    # Each item a word names alone ("calf swelling at night": the calf, and night pain), and
    # the item most of the words name ("my legs went numb" is the legs, not the numb bottom; a
    # tester, twenty-second session). Several by one shared word alone ("blood thinners":
    # blood in the urine, a blood clot) is none: "could be any of 9 16" had a tester type 9,
    # a false fact for the doctor.
    alone = [q for q in score if any(m == {q} for m in matched.values()) and q not in people]
    own = [*alone, *(top if best >= 2 and len(top) == 1 and top[0] not in alone else [])]
    if not own and best >= 2 and len(top) > 1:
        return people, top  # the same words, several items: which is asked
    return [*people, *own], []


BREAKS = re.compile(r"\b(?:with|and|plus|also|but|that|which|when|while|after|y|con|que|cuando)\b")
"""Words where a person goes on to another thing."""


def _without(part: str, said: list[str]) -> str:
    """The typed words less those that are people's words already read (a phrase whole, a
    word as `similar` reads it)."""
    text = " " + " ".join(words(part)) + " "
    for phrase in (" ".join(words(w)) for w in said if " " in w.strip()):
        text = text.replace(f" {phrase} ", " ")
    single = [w.lower() for w in said if " " not in w.strip()]
    return " ".join(w for w in text.split() if not any(similar(w, s) for s in single))


def own_word_named(step: Checklist, part: str, table: RuleTable, found: list[str]) -> bool:
    """Whether the items found were named surely: by people's words for them, or by two or
    more of their own words."""
    items = with_phrases(step, table)
    score = own_word_scores(step, part, table)
    return bool(named_by_people(part, items, 2)) or any(score.get(q, 0) >= 2 for q in found)


def own_word_scores(step: Checklist, part: str, table: RuleTable) -> dict[str, int]:
    """Each item some of the typed words are words of, with how many of them are."""
    matched = words_matched(step, part, table)
    score = {q: sum(q in m for m in matched.values()) for q in item_words(step, table)}
    return {q: n for q, n in score.items() if n}


TIME_WORDS = frozenset(
    {*UNIT_DAYS, "hour", "hours", "minute", "minutes", "last", "before", "after", "worse"}
)
"""Words of how long, when or how it changes, which name no item alone ("built up over a few
days" named sudden breathlessness, "more and more over the last days"; "got worse after a
sudden start" the upper tummy pain "worse after fatty meals")."""


def words_matched(step: Checklist, part: str, table: RuleTable) -> dict[str, set[str]]:
    """Each meaningful typed word, with the items whose short or question hold it. People's
    words are read whole (`named_by_people`): "tripping" in "keep tripping" tied "chest pain
    after tripping" with the legs (a regression hunter)."""
    said = [w for w in words(part) if w not in GENERIC | WHEN_AND_HOW_MUCH | TIME_WORDS | NEGATIONS]
    own = {  # a word that denies names nothing: "not sure honestly" ticked night pain, whose
        # words say "not eased by rest" (a tester, twenty-seventh session)
        q: [w for text in texts[:2] for w in words(text) if w not in GENERIC | NEGATIONS]
        for q, texts in item_words(step, table).items()
    }
    return {
        s: {q for q, ws in own.items() if any(similar(s, w) for w in ws)}
        for s in dict.fromkeys(said)
    }


def with_phrases(step: Checklist, table: RuleTable) -> dict[str, list[str]]:
    """Each item's words (`item_words`), then the phrases people use for it, found whole."""
    return {
        q: [*texts, *question_phrases().get(q, [])] for q, texts in item_words(step, table).items()
    }


def item_words(step: Checklist, table: RuleTable) -> dict[str, list[str]]:
    """Each item's words: its short text, its question, and the words people use for it.
    `table` is the table in use, in the language in use."""
    questions, local = table.questions, local_question_words()
    return {
        q: [questions[q].short or "", questions[q].text, *QUESTION_WORDS.get(q, []),
            *local.get(q, [])]
        for q in step.questions
        if q in questions
    }  # fmt: skip


def other_questions(table: RuleTable) -> dict[str, list[str]]:
    """The yes/no questions asked one at a time, not on a list, with their words: "blood
    thinners" at the urgent list names one."""
    local = local_question_words()  # "tomo sintrom" names blood thinners
    return {
        q: [*(("", "") if q in BY_PEOPLES_WORDS else (x.short or "", x.text)),
            *QUESTION_WORDS.get(q, []), *local.get(q, [])]
        for q, x in table.questions.items()
        if x.type == "yesno" and x.checklist is None
    }  # fmt: skip


def whole_phrases(table: RuleTable) -> dict[str, list[str]]:
    """The phrases of several words people use for each question asked one at a time, said
    whole ("sweating at night", "night sweats")."""
    found = {q: [w for w in texts[2:] if " " in w] for q, texts in other_questions(table).items()}
    return {q: [*found.get(q, []), *question_phrases().get(q, [])] for q in found}


def named_beside_phrases(step: Checklist, part: str, table: RuleTable) -> list[str]:
    """The items of this list the words name by their own words once the phrases of the
    questions asked apart are taken out: "chest pain with night sweats" names chest pain
    beside the night sweats (it was "could not match" at the emergency list: a code reviewer,
    twenty-eighth session)."""
    rest = _padded(part)
    for phrase in (_padded(w) for ws in whole_phrases(table).values() for w in ws):
        rest = rest.replace(phrase, " ") if phrase.strip() else rest
    # two words of its own at least: "soaking the sheets at night" leaves "at night", one
    # word of the pain worse at night, which the night sweats' phrase outweighs
    return matching(rest.strip(), item_words(step, table)) if len(words(rest)) > 1 else []


BY_PEOPLES_WORDS = frozenset({"pregnancy_warning_signs", "confused_or_drowsy"})
"""Questions named at a list only by people's words for them, not by their own: each of the
pre-eclampsia question's words ("sudden", "vomiting", "headache") is another sign's too, and
the confusion's "fever" named it beside every fever (thirty-ninth session). The confusion has
no people's words: it is asked after a fever (`asked_when`), and named apart it was asked of
"the tablets make me drowsy", whose yes then said a fever, and it took "confused and hot" from
the fever item (a code reviewer, thirty-ninth session)."""


HIGHER = {"urgent": ("emergency",), "routine": ("emergency", "urgent")}
"""The lists asked before each list: a sign of theirs said late is asked about, not lost."""


LATE = frozenset({"actually", "also", "too", "forgot", "oh", "yes", "yeah", "get", "some"})
"""Words of a sign remembered late ("actually I do have some chest pain"): they name nothing."""


def above(step: Checklist, part: str, table: RuleTable) -> tuple[str, ...]:
    """The items of the lists asked before this one that the words name surely (by people's
    words, by all their words, or by two or more of them where this list's items get fewer),
    and no question asked apart ("blood thinners" is not coughing blood); of several, those
    named most surely, from the most pressing list. "actually I do have some chest pain" at
    the urgent list was "Did you mean 8. A painful rash ... on one side of the chest?", and a
    man of 64 ended SEE A DOCTOR SOON; "I'm breathless" there matched nothing (a tester,
    twenty-third session). Asked after the list."""
    if (NEGATIONS | WELL) & set(part.split()):
        return ()  # "no trouble passing water", "i can pass water fine": said of no sign
    part = " ".join(w for w in as_said_of_oneself(part).split() if w not in LATE)  # a carer's
    # "she's numb between her legs" was both legs, never the saddle (a regression hunter, 39th)
    others = other_questions(table)
    here_people = named_by_people(part, with_phrases(step, table), 2)
    if (here_people and not earlier_phrase(step, part, table)) or matching(part, others):
        return ()  # a phrase people use for an item of this list, or a question asked apart
    if named_by_people(part, others, 2):
        return ()
    here = max(own_word_scores(step, part, table).values(), default=0)
    found: list[tuple[int, int, str]] = []  # (how surely, list order, item)
    for order, level in enumerate(HIGHER.get(step.level, ())):
        items = tuple(q for q, x in table.questions.items() if x.checklist == level)
        earlier = Checklist(level, items)  # type: ignore[arg-type]
        scores = own_word_scores(earlier, part, table)
        phrases = {
            q: [x for x in texts if " " in x.strip()]
            for q, texts in with_phrases(earlier, table).items()
        }
        people = named_by_people(part, phrases, 2)  # phrases: "pee" alone is no phrase
        whole = matching(part, item_words(earlier, table))
        if len(words(part)) == 1 and (here or len(whole) > 1):
            whole = []  # one word, this list's too or several items': "weak", "sudden"
        most = [q for q in partly(earlier, part, table)[0] if scores.get(q, 0) >= max(2, here + 1)]
        if ONE_LIMB.search(part) and level == "emergency":
            most = []  # one leg is not the emergency list's both legs
        found += [
            (99 if q in people else scores.get(q, 0), order, q) for q in people or whole or most
        ]
    best = max((score for score, _, _ in found), default=0)
    first = min((order for score, order, _ in found if score == best), default=0)
    return tuple(q for score, order, q in found if score == best and order == first)


def earlier_phrase(step: Checklist, part: str, table: RuleTable) -> bool:
    """Whether a people's phrase of three words or more for an earlier list's item is said
    whole: "my feet have gone a bit numb, both of them" at the urgent list is both legs, though
    "numb" is a word of its own "numbness in a limb" (a woman after breast cancer: a tester,
    twenty-fourth session)."""
    said = " " + " ".join(re.findall(r"[\w']+", part.lower())) + " "
    return any(
        len(phrase.split()) >= 3 and f" {phrase.lower()} " in said
        for level in HIGHER.get(step.level, ())
        for q, x in table.questions.items()
        if x.checklist == level
        for phrase in question_phrases().get(q, ())
    )


def phrase_named(step: Checklist, typed: str) -> list[str]:
    """The items of this list one of whose people's phrases (`question_phrases()`) is said whole
    in `typed`: "it came on all of a sudden" at the emergency list was "could be any of 1 4"
    (sudden pain, sudden breathlessness) by "sudden" alone, once "all" was left out as a word
    of how much (a tester, twenty-fourth session). Asked about before it counts. A carer's
    words too: "she's wetting herself" could not match (a person at a terminal, 39th)."""
    said = {_padded(typed), _padded(as_said_of_oneself(typed.lower()))}
    return [
        q
        for q in step.questions
        if any(_padded(p) in s for p in question_phrases().get(q, ()) for s in said)
    ]


def with_people_phrases(
    step: Checklist, typed: str, table: RuleTable, by_phrase: list[str]
) -> list[str]:
    """`by_phrase`, and the other items whose people's words of several words are said whole
    beside it: "me ahogo subiendo escaleras" was the stairs' exertion alone, and a woman whose
    pain is not brought on by effort said no, her breathlessness lost (a tester, 28th)."""
    people, said = item_words(step, table), _padded(typed)
    return [
        q
        for q in step.questions
        if q in by_phrase or any(_padded(w) in said for w in people[q][2:] if " " in w.strip())
    ]


def _padded(text: str) -> str:
    """The words of `text`, lower case, one space apart and around: a phrase said whole is in it."""
    return " " + " ".join(re.findall(r"[\w']+", text.lower())) + " "


A_COLD = re.compile(
    r"\b(?:a|the) (?:cold|flu|virus|bug|chill)\b(?! sweat| clammy)|\bun resfriado\b|\bla gripe\b"
)
"""A cold or the flu had: no cold sweat, no cold clammy skin ("ive had a cold" was "Did you
mean ... cold clammy skin?": a tester, twenty-second session); but "a cold sweat" is one ("yes,
but i have a cold sweat" was lost: a tester, thirty-third session)."""
HOT_AND_COLD_THINGS = re.compile(
    r"\bhot and cold (?:packs?|therapy|weather|water|compress(?:es)?|showers?|baths?|treatment)\b"
    r"|\bshingles (?:jab|vaccine|vaccination|injection|shot)s?\b|\brash (?:decision|choice|move)\b"
)
"""Heat and cold used on the pain, or weather: no fever ("hot and cold packs help" asked
about a fever: a regression hunter); nor a vaccine or a decision a rash (a code reviewer, 33rd)."""
WEE_BIT = re.compile(r"\bwee (bit|while)\b")
"""A wee bit is a little: no wee ("a wee bit of chest pain" named the bladder too)."""


BREAST = re.compile(r"\b(?:dar|dando|doy|da|le doy) (?:el )?pecho\b")
CHEST_HEIGHT = re.compile(r"\ba la altura del pecho\b")
PRESSING = re.compile(r"\b(?:dolor|duele|presi[oó]n|aprieta|opresi[oó]n|pesadez)\b")
"""Breastfeeding, or a height on the back said with no pain or pressure there: no chest pain
("me encorvo mucho dando el pecho" and "en medio de la espalda, a la altura del pecho" asked
about chest pain: a tester); "presión a la altura del pecho" still names it (a reviewer)."""


RADIATES = re.compile(r"\b(?:se )?(?:me )?(?:pasa|va|corre) (?:hacia |hasta )?(?:a )?la espalda\b")
"""Pain that goes through to the back ("se me pasa a la espalda"): not the hours one spends
("¿Pasa muchas horas sentado?" was asked of a pancreatitis: a tester, twenty-ninth session)."""


BLADES = re.compile(r"\b(?:between|in between) (?:my |the )?shoulder ?blades?\b")
"""Where the pain is, said at a list: not one shoulder higher ("between my shoulder blades"
at the third list was "Did you mean 2. A visible sideways curve ...?": a tester, 29th)."""


UPPER_BACK = re.compile(
    r"\b(?:la )?parte (?:alta|de arriba|superior) de (?:la |mi |su )?espalda\b"
    r"|\bupper (?:part of (?:my |the |his |her )?)?back\b"
)
"""The upper back, where the pain is: no upper tummy ("dolor en la parte alta de la espalda"
and "pain in my upper back" at the urgent list were asked about as upper tummy pain, "me duele
la parte de arriba de la espalda" at the first as saddle numbness: a person at a terminal,
thirty-sixth session)."""


def idioms_out(part: str) -> str:
    """What was typed less the idioms whose words name an item they do not mean."""
    part = UPPER_BACK.sub(" ", BLADES.sub(" ", RADIATES.sub(" ", part)))
    part = BREAST.sub(" ", part if PRESSING.search(part) else CHEST_HEIGHT.sub(" ", part))
    part = HOT_AND_COLD_THINGS.sub(" ", part)
    return BLOODY.sub(" ", WEE_BIT.sub(r"\1", A_COLD.sub(" ", part)))


BLOODY = re.compile(r"\bbloody\b(?! (?:urine|pee|wee|phlegm|sputum|spit|mucus|cough|vomit|sick))")
"""A swear, not blood: "bloody agony" was "Did you mean 5. Coughing up blood?" (a tester)."""


JOINED = re.compile(r"\b(?:and|y)\b")


def joined_named(text: str, table: RuleTable) -> list[str]:
    """The emergency and urgent items named by one of their phrases of two signs joined by
    "and" ("sick and sweaty", "sweating and shaking", "me arde y me pica"), said whole and not
    in a clause that denies: split into parts at the "and", they named nothing beside another
    answer ("8, shaking and sweating" asked nothing: thirty-seventh session)."""
    found = []
    for clause in (_padded(c) for c in re.split(r"[,;.]", text)):
        denied = bool(NEGATIONS & set(clause.split()))
        for qid, phrases in question_phrases().items():
            listed = qid in table.questions and table.questions[qid].checklist
            if listed in ("emergency", "urgent") and not denied and qid not in found:
                said = [p for p in phrases if JOINED.search(p) and _padded(p) in clause]
                found += [qid] * bool(said)
    return found
