"""What a person types at a warning-sign list ("2 5", "none", "fever, rash", "sweating and 13"),
understood; and what was understood from words, said back. Pure functions."""

from __future__ import annotations

import re

from tspain.i18n import t
from tspain.interview import Checklist
from tspain.item_names import (
    above,
    earlier_phrase,
    idioms_out,
    item_words,
    named_beside_phrases,
    other_questions,
    own_word_named,
    own_word_scores,
    partly,
    phrase_named,
    whole_phrases,
    with_people_phrases,
    with_phrases,
)
from tspain.levels import SignLevel
from tspain.list_doubts import _as_digits, _surely, doubted_number, doubts_the_rest, filler_only
from tspain.list_parts import NONE_BUT, an_age, list_parts, number_then_remark
from tspain.loose_numbers import without_times
from tspain.matching import matching, named_by_people, words
from tspain.mentioned import denies_elsewhere, later_sign_only, only_denies, signs_named
from tspain.none_said import none_among, says_none
from tspain.question_phrases import question_phrases
from tspain.table import RuleTable
from tspain.typed_words import (
    Command,
    Invalid,
    NotOnList,
    _command_or_not_sure,
    _normal,
    _number,
    _words,
    checklist_hint,
)
from tspain.typed_words import PartlyOnList as PartlyOnList  # said here: its readers take it
from tspain.understand import _says_not_sure
from tspain.words import ALL_WORDS as ALL
from tspain.words import FAMILY, GENERIC, NEGATIONS, TEMPERATURE, WHEN_AND_HOW_MUCH


def parse_checklist(step: Checklist, typed: str, table: RuleTable) -> list[str] | Command | None:
    """The ticked question ids ([] for "none"), None for not sure, or a command. Numbers and
    words may be mixed: "2 5", "fever, rash", "fever and 13"."""
    text = _normal(typed)
    said = _command_or_not_sure(text)
    if said is not False:
        return said
    own_age_out = "".join(list_parts(text))  # "I'm 68, none of these" (a person, 40th)
    if says_none(text) or says_none(own_age_out) or _words().option_numbers.get(text) == 0:
        return []
    if m := NONE_BUT.match(text):
        return _none_but(step, text[m.end() :], table)
    if (_words().meaning.get(text) == "yes" and not _number(text)) or text in ALL:
        # "sí" matched "como si"; "todas" ticked the first item, "all" matched nothing
        raise Invalid(t("Which of them? Type their numbers (e.g. 2 5), or 0 if none applies."))
    parts = [_surely(_as_digits(p)) for p in list_parts(text) if p.strip()]
    parts = [q for p in parts for q in number_then_remark(p)]  # "7 my legs are heavy"
    parts = [q for p in parts for q in (p.split() if _all_numbers(p) else [p.strip()])]
    if any(any(c.isalpha() for c in p) for p in parts):  # "dad, 85, has chest pain": an age
        parts = [p for p in parts if not (_number(p) and an_age(step.questions, p))]  # beside words
    if not parts:
        raise Invalid(checklist_hint())
    if not all(_number(p) or doubted_number(p) or any(c.isalpha() for c in p) for p in parts):
        raise Invalid(checklist_hint())  # "-1", "²": neither numbers of the list nor words
    # a doubted number ("not sure about 6") stays as typed: the item is asked about
    numbers = {int(n) for p in parts if (n := p if _number(p) else doubted_number(p))}
    if numbers == {0}:  # "0 i think", "0, just achy": "you also chose ." (a tester)
        return _zero_with_words(step, parts, table)
    _check_numbers(step, numbers)
    chosen = _with_words(step, parts, {step.questions[n - 1] for n in numbers}, table)
    if not chosen and none_among(parts) and not any(map(doubts_the_rest, parts)):
        beside = [p for p in parts if not says_none(p)]  # none, and words that name nothing
        unread = [p for p in beside if not _named_elsewhere(step, p, table) and not filler_only(p)]
        # were none, unsaid ("none, well i went all funny": a tester, 30th session), beside a
        # sign named too (a code reviewer, 31st); a sign named elsewhere is asked where it is
        try:
            return _zero_with_words(step, unread, table) if unread else []
        except Invalid as err:
            named = ", ".join(p for p in beside if p not in unread)
            raise _also_apart(err, unread, named_apart(step, named, table)) from None
    if not chosen:
        raise NotOnList(_not_matched(text) + " " + checklist_hint())
    return [q for q in step.questions if q in chosen]


def _also_apart(err: Invalid, unread: list[str], apart: tuple[str, ...]) -> Invalid:
    """The list asked again for words beside a none, saying which words, with the signs of
    other lists named beside them, which the session asks after the list (`NotOnList.apart`):
    "none, i fell last week. been on steroid tablets for years" was asked again with the hint
    alone, and after a plain 0 the steroids were lost (people at a terminal, thirty-eighth
    session). Not "tspain asks about that after this list": said of the words not read, it
    told a person who had fainted to type 0 (a code reviewer, thirty-eighth session)."""
    if not apart or isinstance(err, PartlyOnList):  # the items it holds are kept, and the
        return err  # sign beside them named by its parts (unreached: a code reviewer, 38th)
    hint = checklist_hint()
    said = str(err).removesuffix(hint).strip() if str(err) != hint else ""
    said = said or _not_matched(", ".join(unread))
    kept = err.apart if isinstance(err, NotOnList) else ()
    return NotOnList(f"{said} {hint}", tuple(dict.fromkeys((*kept, *apart))))


def _none_but(step: Checklist, rest: str, table: RuleTable) -> list[str] | Command | None:
    """What follows "none but", read as the answer: this list's items it names; none when it
    names only signs asked after this list (`named_apart` asks them); else asked again."""
    try:
        return parse_checklist(step, rest, table)
    except NotOnList:
        if _elsewhere_only(step, rest, table):
            return []
        raise


def _named_elsewhere(step: Checklist, part: str, table: RuleTable) -> bool:
    """Whether words beside a none surely name a sign that is asked apart or on another list,
    by its name or a phrase people use for it ("none! i have chest pain", "ninguno, va a peor
    cada día"): the none stands, and the sign is asked where it belongs."""
    if {*signs_named(table, part, {}), *_apart(step, part, table)} - set(step.questions):
        return True  # this list's own sign is no sign elsewhere: the words are asked again
    levels: tuple[SignLevel, ...] = ("emergency", "urgent", "routine")  # a list still to come
    for level in levels[levels.index(step.level) + 1 :]:  # shows it ("nothing and im winded"
        # at the urgent list, by the emergency list's word, was none: a code reviewer, 38th)
        other = Checklist(
            level, tuple(q for q, x in table.questions.items() if x.checklist == level)
        )
        if named_by_people(part, {q: w[2:] for q, w in with_phrases(other, table).items()}, 0):
            return True
    return False


def _zero_with_words(step: Checklist, parts: list[str], table: RuleTable) -> list[str]:
    """0 beside words: none when they only hedge ("0 i think") or name only signs asked after
    this list ("0, but ive lost weight": `named_apart` asks them; a tester, 26th session); else
    the words alone ("0 but chest pain" was told "0 alone": a tester typed 0, 30th session)."""
    # the 0 of "0 not sure" off its words: read whole, it named 0 again without end (a
    # traceback: a code reviewer, thirty-fourth session); "0 not sure" asks which it is
    if any(p.rstrip().endswith("?") or _says_not_sure(p) for p in parts):  # "0 no clue",
        raise Invalid(checklist_hint())  # "0?", "0 ni idea" were none (a regression hunter)
    unzeroed = [p.replace(n, " ", 1).strip() if (n := doubted_number(p)) else p for p in parts]
    said = [p for p in unzeroed if p and not _number(p) and not _hedge(without_times(p) or p)]
    said = [p for p in said if not only_denies(p)]  # "0 nada de eso, no me duele el pecho"
    if all(_elsewhere_only(step, p, table) for p in said):
        return []
    read = None if said == parts else parse_checklist(step, ", ".join(said), table)
    if read is None:
        raise Invalid(checklist_hint())
    if isinstance(read, list) and read:
        return read
    raise Invalid(
        t(
            '0 means none of these, but you also wrote "{words}": type the numbers that '
            "apply, or 0 alone.",
            words=", ".join(said),
        )
    )


def _with_words(step: Checklist, parts: list[str], chosen: set[str], table: RuleTable) -> set[str]:
    """The items ticked by numbers (`chosen`) and by the worded parts. A part that matches
    nothing, or more than one item, or says "not sure", beside others that tick, raises
    PartlyOnList: what ticked is kept ("me duele el pecho y sudo mucho" lost the chest pain;
    "2, no sé" lost it too). A part with a number in it that matches nothing ("4 too") asks
    for the whole answer again: a number the person typed is never left out."""
    worded = [p for p in parts if not _number(p) and not doubted_number(p)]
    unmatched: dict[str, Invalid] = {}  # each part, and why: nothing, or several items
    doubts: list[str] = []
    for part in worded:
        if doubts_the_rest(part):
            doubts.append(part)  # "fever, not sure about the rest": the rest is not known
            continue
        if _remark(step, part, len(parts), table):
            continue
        try:
            chosen = chosen | set(_item(step, part, table))
        except Invalid as err:  # NotOnList, or words that could be several items
            if isinstance(err, NotOnList) and err.apart and len(parts) > 1 and only_denies(part):
                continue  # "3, ripping. im not on blood thinners": asked of her crew (a tester)
            if len(parts) == 1 or (_item_number_in(step, without_times(part)) and not chosen):
                raise  # a number typed is never left out; beside items held, said with them
            unmatched[part] = err
    if (unmatched or doubts) and chosen:
        nothing = [part for part, err in unmatched.items() if isinstance(err, NotOnList)]
        several = [str(err) for err in unmatched.values() if not isinstance(err, NotOnList)]
        apart = tuple(q for e in unmatched.values() if isinstance(e, NotOnList) for q in e.apart)
        said = [_not_matched(", ".join(nothing))] * bool(nothing)  # '"sudden" could be any of
        said += [t("tspain asks about that after this list.")] * bool(apart)  # 1 4' (a tester)
        raise PartlyOnList(
            " ".join([*said, *several]),
            kept=[q for q in step.questions if q in chosen],
            typed=", ".join(p for p in parts if p not in unmatched and p not in doubts),
            unsure=bool(doubts),
            apart=apart,
        )
    # items named as `signs_named` reads them ("ninguna creo, me duele la quijada": 25th)
    here = tuple(q for q in signs_named(table, ", ".join(unmatched), {}) if q in step.questions)
    remarks = all(isinstance(e, NotOnList) for e in unmatched.values()) and not here
    if unmatched and not chosen and not doubts and remarks and none_among(parts):
        # "none i think, just pulled something", "ninguna que yo sepa, bueno me duele más por
        # la noche": none, and the rest a remark (a sign of a later list in it is asked after
        # this list by the session) (a tester, twenty-fifth session)
        return set()
    if unmatched:
        first = next(iter(unmatched.values()))
        apart = tuple(
            dict.fromkeys(
                q for e in unmatched.values() if isinstance(e, NotOnList) for q in (*e.apart, *here)
            )
        )
        # what another part named is asked after the list ("none of them i dont think. ive had
        # fevers": the first part's words alone were said, and the fever lost); every part that
        # matched nothing is said ("... y tengo el braso dormido" was not: testers, 35th)
        all_parts = len(unmatched) > 1 and all(isinstance(e, NotOnList) for e in unmatched.values())
        if all_parts or (apart and not (isinstance(first, NotOnList) and first.apart == apart)):
            unread = ", ".join(p for p, e in unmatched.items() if isinstance(e, NotOnList))
            later = " " + t("tspain asks about that after this list.") if apart else ""
            raise NotOnList(_not_matched(unread) + later + " " + checklist_hint(), apart)
        raise first
    return chosen


def _above_by_phrase(step: Checklist, typed: str, table: RuleTable) -> tuple[str, ...]:
    """An earlier list's item named by a long phrase of people's whole, with the words of when
    and how much that `_item` leaves out ("my feet have gone a bit numb": "gone")."""
    return above(step, typed, table) if earlier_phrase(step, typed, table) else ()


def _elsewhere_only(step: Checklist, part: str, table: RuleTable) -> bool:
    """Whether words beside 0 name a sign asked after this list, and nothing of this list: no
    number, no item named or partly named ("0, had loads to drink with my legs gone jelly"
    was none, and the legs saved as no: a code reviewer, twenty-sixth session)."""
    apart = () if re.search(r"[0-9]", part) else _apart(step, part, table)
    rest = f" {_normal(part)} "  # this list's items partly named beside the later sign, not
    for w in (w for ws in other_questions(table).values() for w in ws[2:] if " " in w):
        rest = rest.replace(f" {w} ", " ")  # by its own phrase ("sweating at night": item 12)
    here = set(signs_named(table, part, {})) | {q for qs in partly(step, rest, table) for q in qs}
    return bool(apart) and not (set(apart) | here) & set(step.questions)


def _remark(step: Checklist, part: str, among: int, table: RuleTable) -> bool:
    """Whether a part beside `among - 1` others names no item and asks nothing: a hedge or a
    score ("..., probably nothing", "10/10"), a denial of another list's sign ("no fever, no
    weight loss": "loss" asked about the bladder), or a bare yes ("i use needles, yeah. 1")."""
    bare, warm = without_times(part), TEMPERATURE.search(part)  # "tengo 38,5 grados" is a
    if bare and _hedge(bare) and among > 1 and not warm:  # fever (twenty-sixth session)
        return True
    if denies_elsewhere(step, part, table):
        return True
    return _words().meaning.get(part.strip()) == "yes" and among > 1


def named_apart(step: Checklist, typed: str, table: RuleTable) -> tuple[str, ...]:
    """The questions asked apart, and other lists' signs, that the parts of a list answer name
    (as `NotOnList.apart` says them): asked after the list when the answer itself was read,
    as "none i think. ive had fevers" is none (a tester, twenty-fifth session)."""
    parts = (p.strip() for p in list_parts(_normal(typed)) if p.strip())
    return tuple(dict.fromkeys(q for part in parts for q in _apart(step, part, table)))


def _apart(step: Checklist, part: str, table: RuleTable) -> tuple[str, ...]:
    """What one part names apart or on another list (`NotOnList.apart`), not an item of this
    list or a number ("1" asked about diabetes by "type 1", "3" drinking: a scripter)."""
    if _all_numbers(_as_digits(part)) or doubted_number(part) or _hedge(part):
        return ()  # "nada mas" named saddle numbness by "no siento nada ahí abajo" (a tester)
    if only_denies(part):
        return ()  # "im not on blood thinners" (a tester, twenty-sixth session)
    try:  # another list's sign beside this list's item, asked after it: "chest pain with a
        found = _item(step, part, table)  # temperature" lost the chest pain (a code reviewer)
    except NotOnList as err:
        return err.apart
    except Invalid:
        return ()
    named = [*signs_named(table, part, {}), *named_by_people(part, whole_phrases(table), 0)]
    return tuple(dict.fromkeys(q for q in named if q not in {*step.questions, *found}))


def _item_number_in(step: Checklist, part: str) -> bool:
    """Whether a number that may be an item's (1 to the list's last) is in these words."""
    found = re.findall(r"(?<![0-9][.,])\b[0-9]{1,2}\b(?![.,][0-9])", part)  # not 38.5's 5
    return any(1 <= int(n) <= len(step.questions) for n in found)


def _hedge(part: str) -> bool:
    """A part of what was typed at a list that names nothing: "probably nothing"."""
    return all(w in {*GENERIC, *_words().none, *_words().polite} for w in words(part))


def _all_numbers(part: str) -> bool:
    return all(_number(p) for p in part.split())


def _not_matched(typed: str) -> str:
    """Said of words that name no item: not "Nothing on this list matches", which read as a
    verdict that the sign was no warning sign, and people typed 0 (a tester, twenty-second
    session): the person is sent back to the list."""
    return t(
        'tspain could not match "{words}" to an item: if it is one of these, type its number.',
        words=typed,
    )


def _check_numbers(step: Checklist, numbers: set[int]) -> None:
    if 0 in numbers:
        others = " ".join(str(n) for n in sorted(numbers - {0}))
        raise Invalid(
            t(
                "0 means none of these; you also chose {others}. Type one or the other.",
                others=others,
            )
        )
    wrong = sorted(n for n in numbers if not 1 <= n <= len(step.questions))
    if wrong:
        raise Invalid(
            t(
                "There is no {n} here: the numbers go from 1 to {last}.",
                n=wrong[0],
                last=len(step.questions),
            )
            + " "
            + checklist_hint()
        )


def _item(step: Checklist, part: str, table: RuleTable) -> list[str]:
    """The items these words name (each by its own words); NotOnList when none does, Invalid
    when the same words could be several. A number among words is never matched to a number
    in an item's text ("3 meses")."""
    plain = [w for w in without_times(idioms_out(part)).split() if w not in WHEN_AND_HOW_MUCH]
    typed, part = part, " ".join(w for w in plain if not an_age(step.questions, w))  # "dad 85 has"
    named = any(w not in GENERIC | NEGATIONS for w in words(part))  # "i got up", "no 10 años"
    if (
        named
        and not re.search(r"[0-9]", part)
        and (earlier := above(step, part, table) or _above_by_phrase(step, typed, table))
    ):
        later = " " + t("tspain asks about that after this list.")  # a sign said late, and
        # the item of this list the words name most (two or more words), asked next: "weak legs"
        # answered no as both legs may be one ("Numbness ... in a limb")
        score = own_word_scores(step, part, table)
        here = tuple(q for q, n in score.items() if n >= 2 and n == max(score.values()))
        raise NotOnList(_not_matched(typed) + later + " " + checklist_hint(), earlier + here)
    found = (
        [] if re.search(r"[0-9]", part) or not named else matching(part, item_words(step, table))
    )
    if len(found) != 1 and len(by_phrase := phrase_named(step, typed)) == 1:
        by_phrase += [q for q in signs_named(table, typed, {}) if q in step.questions]  # and
        return with_people_phrases(step, typed, table, by_phrase)  # "ripping" (asked: 29th)
    others = other_questions(table)  # by all its words, or by a word people use for it
    # a question's short name said whole ("i have high blood pressure if that matters": 25th)
    shorts = {q: [texts[0]] for q, texts in others.items() if " " in texts[0].strip()}
    phrases = question_phrases()  # whole phrases
    asides = {q: list(phrases[q]) for q in others if q in phrases}
    apart = (
        tuple(
            matching(part, others)
            or named_by_people(part, others, 2)
            or named_by_people(part, shorts, 0)
            or named_by_people(part, asides, 0)
        )
        if named and not all(w.isdigit() for w in words(part) if w not in GENERIC)
        else ()  # "a 4" names no drinking by its "3 or 4 drinks" (a tester, 33rd session)
    )
    if not found and named and not re.search(r"[0-9]", part):
        found, several = partly(step, part, table)  # asked about before they count
        # a word people use for a question asked apart outweighs one word an item shares
        # ("burning behind my breastbone" is heartburn, not burning urine), and so does a phrase
        # of one said whole ("i've been sweating at night" was item 12's cold sweat: 26th)
        said = apart and named_by_people(part, whole_phrases(table), 0)
        kept = said and found == named_beside_phrases(step, part, table)  # both: each asked
        mine = kept or (not said and own_word_named(step, part, table, found))
        found = [] if apart and not mine else found
        found, several = ([], []) if later_sign_only(step, part, table) else (found, several)
        if found:
            return found
        found = several
    if len(found) == 1:
        return found
    if not found and "fever" in step.questions and TEMPERATURE.search(typed):
        return ["fever"]  # "38 de fiebre", "39 degrees", "temp 39" matched nothing (a tester)
    if not found:
        # a later list's sign, surely named, when this list's words name nothing ("ive had
        # fevers and sweats at night" at the emergency list was "could not match", then 0, and
        # the fever was lost: a tester, twenty-fifth session): asked after this list. A guess
        # at this list is still asked first ("cold sweat": cold clammy skin, an emergency).
        apart += tuple(q for q in signs_named(table, typed, {}) if q not in step.questions) * named
        if FAMILY & set(words(part)):  # "my dad is on warfarin" is his (26th); a list's sign is
            apart = tuple(q for q in apart if table.questions[q].checklist)  # the carer's (38th)
        later = " " + t("tspain asks about that after this list.") if apart else ""
        raise NotOnList(_not_matched(typed) + later + " " + checklist_hint(), apart)
    numbers = " ".join(str(step.questions.index(q) + 1) for q in found)
    raise Invalid(
        t('"{words}" could be any of {numbers}: type the number.', words=typed, numbers=numbers)
    )
