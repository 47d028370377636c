"""The items of a warning-sign list guessed from a person's words, asked about before they
count ("Did you mean 2. Chest pain ...?"): one word such as "neck", words that deny ("not
worse at night"), a number said with a doubt ("maybe 2"). Pure; no terminal."""

from __future__ import annotations

import re

from tspain.interview import Checklist
from tspain.item_names import item_words, phrase_named
from tspain.list_doubts import _as_digits, doubted_number
from tspain.list_parts import list_parts, parts_with_numbers
from tspain.loose_numbers import without_times
from tspain.matching import ASKED_FIRST, matching, words
from tspain.mentioned import denial_goes_on, denies_elsewhere
from tspain.stated import STATED
from tspain.table import RuleTable
from tspain.ticks import _all_numbers, _hedge, _item
from tspain.typed_words import Invalid, _normal
from tspain.words import GENERIC, LYING_ONLY, NEGATIONS, ONE_LIMB
from tspain.yesno import WELL

SPREAD_ONLY = (["neck"], ["cuello"])
"""A body part named alone with "pain" or "hurts" that is asked about before it ticks the
chest-pain item ("pain spreading to the arm, jaw or neck"): a neck that hurts beside upper back
pain is common ("my neck hurts" called an ambulance unasked); the jaw or the arm ticks it, as
the brief's sign says."""


def guessed_items(step: Checklist, typed: str, table: RuleTable) -> list[tuple[str, bool]]:
    """The items ticked by one typed word ("neck", "a cold", "it's constant": small words such
    as "a" left out), each with whether it was ticked by words that deny it ("no me falta el
    aire", "not worse at night"); not those ticked by a number or a plain phrase. A tester's
    "neck" ticked chest pain and called an ambulance. At the urgent and routine lists, a word
    that begins the item ("fever" for "Fever, chills, ...") is no guess. `typed` has parsed."""
    return [(q, denial) for q, (denial, _) in _guesses(step, typed, table).items()]


def guessing_words(step: Checklist, typed: str, table: RuleTable) -> dict[str, str]:
    """The words that named each guessed item, when they are a part of what was typed: the
    question about it says them ("my jaw aches a bit", beside "no chest pain")."""
    parts = [p.strip() for p in list_parts(_normal(typed)) if p.strip()]
    guesses = _guesses(step, typed, table)
    return {q: said for q, (_, said) in guesses.items() if len(parts) > 1}


def _guesses(step: Checklist, typed: str, table: RuleTable) -> dict[str, tuple[bool, str]]:
    """Each guessed item: whether every part that named it denied it, and the part that named
    it (one that does not deny, if any). An item one part names plainly is no guess, whatever
    another part denies: "no chest pain, my jaw aches" had asked "Does this apply to you: 2.
    Chest pain ..., jaw ...?", and a woman who had said no chest pain said no (a tester,
    twenty-third session)."""
    parts = parts_with_numbers(_normal(typed))  # "11 maybe when i cough": "11 maybe" apart
    # "no tengo fiebre y escalofríos" ticked the fever by its chills, unasked (a tester,
    # thirty-second session): what a denial named stays denied past "and" (not "no fever and
    # chest pain": the chest is said)
    goes_on = denial_goes_on(_normal(typed), parts)
    denied: set[str] = set()  # the items the last part that denied named
    guessed: dict[str, tuple[bool, str]] = {}
    sure: set[str] = set()  # by a number, or by a plain phrase
    meant: set[str] = set()  # an item "without trying" said to be on purpose: always asked
    by_doubt: set[str] = set()  # by a number said with a doubt
    for part, carried in zip(parts, goes_on, strict=True):
        denied = denied if carried else set()
        if (doubted := doubted_number(part)) and 1 <= int(doubted) <= len(step.questions):
            guessed[step.questions[int(doubted) - 1]] = (True, part)  # "Does this apply?"
            by_doubt.add(step.questions[int(doubted) - 1])  # its words beside it too: still
            continue  # "Does this apply?" ("3 maybe, my clothes are looser": 33rd session)
        # words that say all is well deny too ("respiro bien" ticked breathlessness unasked and
        # called an ambulance for a well woman: a tester, twenty-third session)
        # a no that states the sign ("not able to walk straight", "mi marido no puede
        # respirar") is no denial: asked as said, "Did you mean ...?", so that not sure keeps
        # it, as in English; it was "Does this apply ...?", whose not sure left an emergency
        # sign unknown (a person at a terminal and a tester, fortieth session). Another no in
        # the part still denies ("no me duele el pecho no puedo dormir": a code reviewer)
        unstated = STATED.sub(" ", part)
        denial = bool((NEGATIONS | WELL) & set(re.findall(r"[\w']+", unstated)))
        stated = unstated != part and not denial
        if denial:
            denied = set()  # until what it names is known
        if (_hedge(part) and len(parts) > 1) or denies_elsewhere(step, part, table):
            continue  # "no weight loss" at the emergency list: bladder control not asked
        if _all_numbers(digits := _as_digits(part)):
            sure |= {q for n, q in enumerate(step.questions, 1) if str(n) in digits.split()}
            continue
        items = item_words(step, table)
        strict = {q: [x for x in texts if x not in ASKED_FIRST] for q, texts in items.items()}
        whole = bool(matching(part, strict))  # not by words that are asked about first
        neck = [w for w in words(part) if w not in GENERIC] in SPREAD_ONLY
        timed = without_times(part) != part or bool(
            ONE_LIMB.search(part) or LYING_ONLY.search(part)
        )
        # to confirm: "chest pain for 2 hours"; "se me duerme una pierna" (both legs is the item)
        plain = len(words(part)) > 1 and not denial and whole and not neck and not timed
        # an item named only by a people's phrase, where its words could be several items
        by_phrase = set(phrase_named(step, part)) if len(matching(part, strict)) != 1 else set()
        try:
            named = _item(step, part, table)
        except Invalid:  # parsed only beside others that ticked: nothing to ask about
            continue
        kept_denied = denied
        denied = set(named) if denial else denied
        for qid in named:
            item_denial = denial or qid in kept_denied  # its chills, after "no fever and"
            if INTENDED.search(part) and UNINTENDED.search(_texts(table, qid)):
                guessed[qid], meant = (True, part), {*meant, qid}  # "on a diet though": asked
                continue
            short = (table.questions[qid].short or "").lower()
            own = re.match(rf"{re.escape(part)}\b", short)
            whole_phrase = _said_whole(part, items[qid][2:]) and not neck  # "me duele el pecho"
            begins = step.level != "emergency" and bool(own)  # "fever" at the urgent list
            if qid in by_phrase:
                pass  # asked about: "it came on all of a sudden" is no sudden, severe pain
            elif (
                not item_denial
                and not stated
                and (plain or (len(named) == 1 and (whole_phrase or begins)))
            ):
                sure.add(qid)
                continue
            if qid not in guessed or (guessed[qid][0] and not item_denial and qid not in by_doubt):
                guessed[qid] = (item_denial, part)  # the first part, or the first not denying
    return {q: guess for q, guess in guessed.items() if q not in sure or q in meant}


INTENDED = re.compile(
    r"\b(?:diet|dieting|on purpose|trying to lose|tried to lose|meant to|dieta|a prop[oó]sito"
    r"|r[ée]gimen|adelgazar|quer[ií]a bajar)\b"
)
"""Words that say a loss was meant: "3, lost a few kilos on a diet though" was ticked as
weight loss without trying, and the doctor was told so (a tester, twenty-fourth session)."""
UNINTENDED = re.compile(r"without trying|sin propon")
"""An item's words that say it was not meant."""


def _texts(table: RuleTable, qid: str) -> str:
    q = table.questions[qid]
    return f"{q.text} {q.short or ''}".lower()


def _said_whole(part: str, people: list[str]) -> bool:
    """Whether the part is one of people's words or phrases for an item, said whole ("me duele
    el pecho", "passed out", "fainted"): no guess; those `ASKED_FIRST` are asked about."""
    return any(part == t.lower() and t not in ASKED_FIRST for t in people)
