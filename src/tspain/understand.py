"""What a person types, understood: answers, commands, checklist ticks, in English and the
language tspain speaks. Small pure functions (the interactive session in `session` uses them)."""

from __future__ import annotations

import re
from typing import NoReturn

from tspain import i18n
from tspain.another_question import yes_no_hint, yes_unless_of_another
from tspain.i18n import t
from tspain.loose_numbers import unhedged, without_times
from tspain.matching import NEGATING, SMALL, matching
from tspain.opposite import opposite_left_out
from tspain.option_numbers import LAST, option_number
from tspain.option_words import (
    DECIDING,
    INJURED,
    NOT_SO,
    OPTION_WORDS,
    another_option_key,
    decided_option,
    minor_said_alone,
    said_of_either,
    serious_beside,
)
from tspain.table import Answer, Question
from tspain.typed_numbers import _integer, unit_echo
from tspain.typed_words import (
    Command,
    Invalid,
    NotOnList,
    Vocabulary,
    _command_or_not_sure,
    _normal,
    _number,
    _or_not_sure,
    _words,
    vocabulary,
)
from tspain.words import BOTH_SIDES, DOUBTING, HAD_IT, NO_BUT, NOT_SURE_SAID
from tspain.yesno import NEGATIVE, after_lead_in, doubts_something_else, to_a_degree, yes_or_no

# what other modules take from here, some of it from typed_words and typed_numbers
__all__ = ["Command", "Invalid", "NotOnList", "Vocabulary"]
__all__ += ["parse_answer", "unit_echo", "vocabulary"]


def parse_answer(q: Question, typed: str) -> Answer | Command | None:
    """An answer (None for not sure), or a command. Raises Invalid with a hint.
    People's words are understood: "yes", "nope", "dunno", "gradually", "no injury",
    "29 years", "3 weeks", "severe" (and their Spanish: "sí", "no sé", "3 semanas")."""
    text = _normal(typed)
    said = _command_or_not_sure(text)
    if said is not False:
        return said
    if q.type == "yesno":
        if PAST_ASKED.search(q.text.lower()) and _had_it(q, text):
            return True  # "used to", "quit 5 years ago" at "or have you smoked in the past?"
        if _says_not_sure(text):  # "no, not sure": the doubt wins over the first word
            return None
        spoken = after_lead_in(text, _words().meaning)  # "well yes, sort of ripping ..."
        text = spoken if _yes_or_no(text) is None and _yes_or_no(spoken) else text
        meaning = _yes_or_no(text) or ("yes" if _a_little_of_it(q, text) else None)
        if meaning is None and q.checklist != "emergency":  # an emergency sign is asked again
            left = opposite_left_out(q.text, text)  # "no, it gets better when I move"
            meaning = _yes_or_no(left) if left else None
        if meaning == "yes":
            return yes_unless_of_another(q, text)
        if meaning == "no":
            return False
        raise Invalid(yes_no_hint(q, text))
    if q.type == "choice":
        return _choice(q, text)
    try:
        return _integer(q, text)
    except Invalid:
        if (agreed := _said_twice(q, text)) is not None:
            return agreed
        raise


RESTATED = re.compile(r"^(?:o sea|es decir|i\.?e\.?|that is|so|or so|so about)\b[,:]?\s*")  # again


def _said_twice(q: Question, text: str) -> int | None:
    """A number said twice, a comma between: "since this morning, a few hours" is 0 both
    ways, and "desde el sabado, o sea 4 dias" is the 4 days said again ("o sea", that is);
    each was asked again (a tester, twenty-seventh session). Two that differ are asked again,
    unless the second says it is the first in other words."""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if len(parts) != 2:
        return None
    values: list[int | None] = []
    for part in parts:
        try:
            values.append(_integer(q, RESTATED.sub("", part)))
        except Invalid:
            values.append(None)
    first, second = values
    if RESTATED.match(parts[1]) and second is not None:
        return second
    return first if first is not None and first == second else None


def _numbered(q: Question, text: str) -> str | None:
    """The option typed by its number: "4?" (said back), "number two", "the first one"."""
    options = list(q.options)
    bare = unhedged(after_lead_in(text.rstrip("?").strip(), None))  # "bueno, la primera"
    m = re.fullmatch(r"([1-9])[\s,.:;-]+([^0-9]*[^\W\d_][^0-9]*)", bare)  # not "2 and 3"
    timed = not re.search(r"[^\W\d_]", without_times(bare))  # "2 days ago" is when, not 2
    if m and not timed:  # "3 semanas mas o menos" was option 3 (a tester, twenty-seventh)
        unit = f"{m.group(1)} {m.group(2).split()[0]}"
        timed = not re.search(r"[^\W\d_]", without_times(unit))
    two = m is not None and another_option_key(m.group(2), len(options))  # "1, three" (28th)
    if m and int(m.group(1)) <= len(options) and not timed and not two:  # (a minor injury)
        return _number_and_remark(q, options[int(m.group(1)) - 1], m.group(2))
    head, comma, rest = text.partition(",")  # "no injury, just sitting in the cab all day"
    whole = [o for o, said in option_words(q).items() if head.strip() in map(str.lower, said)]
    if comma and rest.strip() and len(whole) == 1 and not re.search(r"[0-9]", rest):
        return _number_and_remark(q, whole[0], rest)
    said = int(bare) if _number(bare) else option_number(bare)
    said = len(options) if said == LAST else said  # "the last one"
    if said is None or (_number(bare) and not 1 <= said <= len(options)):
        return None
    if 1 <= said <= len(options):
        return options[said - 1]
    _not_an_option(q, several=False)  # "number 5" of three


def _number_and_remark(q: Question, option: str, remark: str) -> str:
    """An option's number with a remark ("2, en el gym", "2 i suppose, over about half an
    hour": each was "not one of these", a tester): the option, when the remark names no other
    one; asked which when it does ("1 but I fell off the roof", "2, suddenly")."""
    options = list(q.options)
    named = {decided_option(remark, options), *_options_named(q, remark, prefix=False)} - {None}
    injured = (option == "none" and INJURED & set(re.findall(r"[\w']+", remark))) or (
        serious_beside(option, remark)
    )
    if said_of_either(remark, option_words(q)) or NOT_SURE_SAID.search(remark) or injured:
        named |= set(options)  # "1, an accident", "minor, im not sure", "none, i was thrown"
    if option in NOT_SO and NOT_SO[option].search(remark):
        named |= set(options)  # "slowly, in a few minutes": the sudden one's own words
    if not named or named == {option}:
        return option
    _not_an_option(q, several=True, which=[o for o in options if o in {option, *named}])


def _unless_serious_beside(q: Question, option: str, text: str) -> str:
    if serious_beside(option, text):
        _not_an_option(q, several=True, which=["minor", "major"])
    return option


PAST_ASKED = re.compile(r"\bin the past\b|\ben el pasado\b")  # "or have you smoked in the past?"
WHEN_IT_WAS = frozenset(
    {
        *("i", "yes", "no", "but", "now", "not", "anymore", "any", "more", "years", "year", "ago"),
        *("a", "few", "long", "time", "back", "in", "the", "when", "was", "young", "younger"),
        *("and", "months", "since", "then", "i've", "ive", "have", "had", "it", "to", "used"),
        *("de", "hace", "años", "antes", "ya", "sí", "si", "pero", "lo", "mucho", "tiempo"),
    }
)
"""Words that may stand beside "used to" or "quit" and say only when."""


def _had_it(q: Question, text: str) -> bool:
    """ "used to", "i quit 5 years ago": yes, where the question asks about the past too; not
    when other words say what was had ("i used to have a fever" at the smoking question)."""
    if not HAD_IT.search(text) or _says_not_sure(text):
        return False
    asked = set(re.findall(r"[\w']+", q.text.lower()))
    said = set(re.findall(r"[\w']+", HAD_IT.sub(" ", text)))
    return all(w in asked or w in WHEN_IT_WAS or w.isdigit() for w in said)


MUCH = frozenset({"lot", "heavy", "heavily", "drenching", "mucho", "mucha", "empapa"})
"""Words of a question that asks for much of something: an amount said is no yes to it."""


def _a_little_of_it(q: Question, text: str) -> bool:
    """ "a bit out of breath", "slightly", "un poco": an amount of what the question asks about
    is a yes (`yesno.to_a_degree`); of something else ("a little chest pain" at fever), asked."""
    from tspain.matching import similar
    from tspain.words import GENERIC

    said = to_a_degree(text)
    asked = re.findall(r"[\w']+", f"{q.text} {q.short or ''}".lower())
    plain = SMALL | {w for w, m in _words().meaning.items() if m == "yes"}

    def of_it(w: str) -> bool:  # "breathless" of "breathlessness"
        return any(similar(w, a) or (len(w) >= 5 and a.startswith(w)) for a in asked)

    if said is None or set(asked) & MUCH:  # "a little" of "a lot of alcohol" is no yes
        return False
    named = [w for w in said if w not in plain | GENERIC]  # "a little back pain": nothing
    return all(of_it(w) for w in named) and (not said or any(map(of_it, named)))


ONE_INJURY_DENIED = frozenset(  # no injury said alone (36th): with a remark, asked
    {"i didnt fall", "i didn't fall", "didnt fall", "didn't fall", "no fall", "no accident"}
    | {"nothing happened"}
)
CLITIC_SE = re.compile(r"\bno se (?=(?:me|te|le|nos|os|les)\b)")
"""The Spanish "se" before a clitic ("no se me quita": it does not go away), not "no sé" (I do
not know), as "no se" was read (a Spanish-speaking tester, thirty-sixth session)."""


def _says_not_sure(text: str) -> bool:
    """A longer answer with a not-sure phrase of two words or more ("no, not sure"): unknown."""

    def words(said: str) -> str:
        return " " + " ".join(re.findall(r"[\w']+", said)) + " "

    text = CLITIC_SE.sub("no ", text)  # "no se me quita el dolor de cabeza" says a sign
    phrases = (w for w, m in _words().meaning.items() if m == "not_sure" and " " in w)
    yes = _words().meaning.get(re.split(r"[\s,;.!]+", text)[0]) == "yes"
    said = [p for p in phrases if words(p) in words(text)]  # "yes, no idea why": of another
    return any(not (yes and doubts_something_else(text, p)) for p in said)


def _yes_or_no(text: str) -> str | None:
    """ "yes", "no" or None: `yesno.yes_or_no` with this language's words."""
    words = _words()
    return yes_or_no(text, words.meaning, words.polite | words.none | SMALL)


def option_words(q: Question) -> dict[str, list[str]]:
    """Each option's words: its label, its id, and the words people use for it."""
    local = i18n.current().answers.get("options", {})
    local = local if isinstance(local, dict) else {}
    return {
        o: [label, o.replace("_", " "), *OPTION_WORDS.get(o, []), *local.get(o, [])]
        for o, label in q.options.items()
    }


def _choice(q: Question, text: str) -> str:
    options = list(q.options)
    if not text:  # Enter alone: nothing to match, so not "could be more than one"
        hint = t("Please type the number (1 to {n}) or the words of an option,", n=len(options))
        raise Invalid(f"{hint} {_or_not_sure()}")
    if picked := _numbered(q, text):
        return picked
    _what_did_happen(q, text)
    plain = unhedged(text)  # "sudden i guess", said back as read; "maybe no" is no option
    said = _words().meaning
    negated = NEGATIVE & set(plain.split()) or said.get(plain) or said.get(text)
    words = (
        (text if negated else plain).replace("_", " ").replace("shoulderblade", "shoulder blade")
    )
    if any(set(pair) <= set(words.split()) for pair in BOTH_SIDES):  # "right and left"
        _not_an_option(q, several=True)
    exact = [o for o in options if words in (o.replace("_", " "), q.options[o].lower())]
    number = _words().option_numbers.get(text)
    if number is not None:  # "one", "dos": the option of that number, not one with that word
        named = {*options[number - 1 : number], *exact} if number >= 1 else set(exact)
        if len(named) == 1:
            return named.pop()
        _not_an_option(q, several=bool(named))  # "four" of three; "two", another's name
    # an option by its own words, or by a word that decides ("fell off the roof")
    if picked := exact[0] if exact else decided_option(words, options):
        return _unless_serious_beside(q, picked, words)  # "minor, crashed my car": which
    plainly = " " + " ".join(re.findall(r"[\w']+", words)) + " "
    said_both = {o for w, o in DECIDING.items() if f" {w} " in plainly} & set(options)
    if len(said_both) > 1 and not NEGATIVE & set(words.split()):  # "a band ... on the left"
        _not_an_option(q, several=True, which=[o for o in options if o in said_both])
    if "none" in options and (by_yes_or_no := _none_or_which(q, text, words)):
        return by_yes_or_no
    matches = _options_named(q, words, prefix=said.get(text) not in ("yes", "no"))
    if len(matches) == 1:
        return matches[0]
    minor = "minor" in options and minor_said_alone(words, option_words(q))
    if picked := "minor" if minor else _option_then_remark(q, text):
        return picked  # "I slipped in the bathroom and sat down hard": minor
    if q.picture and _is_upper_back(words):  # the question with the drawing of the back
        raise Invalid(
            t(
                "All of these are in the upper back: which part? Type its number (1 to {n}).",
                n=len(options),
            )
        )
    _not_an_option(q, several=bool(matches), which=matches)


def _what_did_happen(q: Question, text: str) -> None:
    """ "no, but i slipped" at a question with a "none" option: none or the slip is asked."""
    if not ((but := NO_BUT.match(text)) and "none" in q.options):
        return
    try:
        then = _choice(q, but[1])
    except Invalid:  # the rest names no option: "not one of these", as before
        return
    if then != "none":
        _not_an_option(q, several=True, which=["none", then])


def _none_or_which(q: Question, text: str, words: str) -> str | None:
    """At a question with a "none" option: a no is it ("n", "dont think so" at "injury?"; not
    "no, nothing serious"); a bare yes asks which of the others ("yes" at "Did the pain start
    after an injury?" was "not one of these": a person at a terminal, thirty-third session)."""
    undenied = DENIED_CLAUSE.sub(" ", words)  # "no, i didnt fall or anything" was "could be
    no = _yes_or_no(text) == "no" and not INJURED & set(undenied.split())  # any of 1 2 3" (35th)
    if no or (text in ONE_INJURY_DENIED and "none" in q.options):  # "i didnt fall" alone
        return "none"
    if _words().meaning.get(text) == "yes":
        _not_an_option(q, several=True, which=[o for o in q.options if o != "none"])
    return None


DENIED_CLAUSE = re.compile(
    r"\b(?:didn'?t|did not|never|haven'?t|wasn'?t|no he|no me)\b(?:\s+[\w']+){1,2}"
)  # two words: "no i didnt fall i slipped on ice" is the slip (a code reviewer, 35th session)
DOUBT = re.compile(rf"\b(?:{'|'.join(map(re.escape, DOUBTING))}|probably|idk|dunno)\b")


def _option_then_remark(q: Question, text: str) -> str | None:
    """An option's words, a comma, then a remark that names no other option and takes nothing
    back ("en el centro, baja hasta la cintura" was "not one of these": a tester, 27th session);
    not after a bare yes or no ("no, but I fell off a ladder"), nor with "but" or a denial."""
    joined = re.split(r"\s+(?:and|y)\s+", text, maxsplit=1)  # "male and im diabetic" (33rd);
    exact = {o.replace("_", " ") for o in q.options} | {x.lower() for x in q.options.values()}
    plain = "," not in text and len(joined) == 2 and joined[0] in exact  # an option said whole
    said_apart = ", ".join(joined) if plain else text  # ("tripped and came off my bike": which)
    head, comma, remark = (part.strip() for part in said_apart.partition(","))
    said = set(re.findall(r"[\w']+", remark))
    if not comma or not head or not remark:
        return None
    if another_option_key(remark, len(q.options)):  # "1, 3": two options, read as the first
        return None  # once "1" was no yes (a code reviewer, 28th)
    if {"but", "pero", "though", "aunque", "except", "excepto"} & said or DOUBT.search(remark):
        return None  # the remark takes the option back, or doubts it ("no, maybe")
    if _words().meaning.get(head) == "no" and "none" in q.options and not INJURED & said:
        return "none"  # "no, just woke up with it" at the injury question (a tester)
    if (NEGATIVE & said and not plain) or _words().meaning.get(head) is not None:  # "female and
        # not pregnant" is female: the "not" is of the remark (a regression hunter, 33rd)
        return None  # "fell off a ladder, not high": the remark takes the option back
    try:
        picked = _choice(q, head)
    except Invalid:
        return None
    if picked == "none" and head in ONE_INJURY_DENIED:  # "i didnt fall, i was beaten up"
        return None
    options = list(q.options)
    if decided_option(head, options) == picked != decided_option(text, options):
        return None  # "fell off a ladder, only 2 rungs up": the whole no longer decides it
    others = [o for o in _options_named(q, remark, prefix=False) if o != picked]
    return (
        None if others or decided_option(remark, list(q.options)) not in (None, picked) else picked
    )


def _options_named(q: Question, words: str, prefix: bool) -> list[str]:
    """The options these words may name: the start of a label or id ("g" for gradually; not a
    yes or no word: "s", "sí" in Spanish, was sudden), else words inside a label or people's
    words for an option. An option that begins with a denial ("No injury") only by words that
    deny too."""
    options = list(q.options)
    matches = [
        o
        for o in options
        if q.options[o].lower().startswith(words) or o.replace("_", " ").startswith(words)
    ] * prefix
    if not matches:  # words inside a label, with the words people use for each option too:
        # "a fall" is in "fall from a height" and is also a minor one, so it is asked which
        # (it called an ambulance for a fall at home)
        inside = [
            o
            for o in options
            if len(words) > 3 and all(w in q.options[o].lower() for w in words.split())
        ]
        matches = list(dict.fromkeys([*inside, *matching(words, option_words(q))]))
        if not inside and said_of_either(words, option_words(q)):
            matches = list(q.options)  # "accident at work": "work" matched "working out"
    if not NEGATING & set(re.findall(r"[\w']+", words)):
        matches = [o for o in matches if q.options[o].lower().split()[0] not in NEGATING]
    return matches


def _not_an_option(q: Question, several: bool, which: list[str] | None = None) -> NoReturn:
    hint = (
        t("Sorry, that is not one of these:")
        if not several
        else t("Sorry, that could be more than one of these:")
        if not which  # which ones, when known (a tester was not told)
        else t("Sorry, that could be any of {numbers}:", numbers=" ".join(
            str(n + 1) for n in sorted(list(q.options).index(o) for o in which)))
    )  # fmt: skip
    more = t("type the number (1 to {n}) or the words of an option,", n=len(q.options))
    raise Invalid(f"{hint} {more} {_or_not_sure()}")


def _is_upper_back(text: str) -> bool:
    return text in ("upper back", "my upper back", t("upper back"))
