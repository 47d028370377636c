"""An answer at a warning-sign list, read: what it ticks, each item guessed from words asked
about first ("Did you mean ...?"), what was said beyond a yes or no there read as well, and the
rest of the list asked for when some words matched nothing. Used by `session`."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from tspain import i18n, screens
from tspain.guessed import guessed_items, guessing_words
from tspain.i18n import answer_label, key, t
from tspain.interview import Checklist
from tspain.item_reply import after_answer, item_answer, restates
from tspain.list_doubts import doubted_numbers, taken_back
from tspain.list_stop import Stopped, left_unknown
from tspain.read_valid import Read, read_valid
from tspain.table import Answer, Question, RuleTable
from tspain.typed_words import PartlyOnList, _normal, checklist_hint
from tspain.understand import Command, Invalid, vocabulary
from tspain.words import names_someone_else
from tspain.yesno import says_more

if TYPE_CHECKING:
    from rich.console import Console


def read_ticks(
    table: RuleTable,
    out: Console,
    read: Read,
    step: Checklist,
    parse: Callable[[str], list[str] | Command | None],
    again: Callable[[], None],
    stop: Stopped,
) -> tuple[str, list[str] | Command | None, list[str]]:
    """What was typed at a list, what it ticks (the items guessed from words asked about), and
    the items the person is not sure of. "q" at "Did you mean ...?" ends the questions once each
    sign typed is answered there (`Stopped`): a sign left unanswered was lost or guessed."""

    def keeping(typed: str) -> list[str] | Command | PartlyOnList | None:
        try:
            return parse(typed)
        except PartlyOnList as partly:
            return partly

    while True:
        typed, said = read_valid(out, read, keeping, again)
        stop.said.append(typed)
        unsure: list[str] = []
        ticked: list[str] | Command | None
        rest_asked = _rest_asked(step, said)
        if isinstance(said, PartlyOnList):
            typed, ticked, unsure = _and_the_rest(
                table, out, read, step, (parse, stop), said, again
            )
        else:
            ticked = said
        if not ticked or not isinstance(ticked, list):
            return typed, ticked, unsure
        guessed = {q for q, _ in guessed_items(step, typed, table)}
        stop.sure = [q for q in ticked if q not in guessed]
        more: list[str] = []  # "yes and i have a fever" at "Did you mean ...?"
        doubted: list[str] = []  # a denied item then "not sure": not known, never a yes
        quoted = isinstance(said, PartlyOnList)  # beside words set apart: say which ones
        asked = _confirmed(table, out, read, typed, step, more, stop, None, doubted, quoted)
        if isinstance(asked, Command):
            return typed, asked, []  # "b" at "Did you mean ...?" acts as at the list
        kept = [q for q in ticked if q not in asked and q not in doubted]
        unsure = [*unsure, *doubted]
        read_more = _with_more(table, out, read, step, keeping, (typed, kept, more), stop, ticked)
        if isinstance(read_more, Command):
            return typed, read_more, []  # "b" there, as at the first "Did you mean ...?"
        typed, kept, more = read_more
        if more and kept and not stop.command:  # the rest of the list asked for (a misread hunter)
            said_more = PartlyOnList(t('You also said "{words}".', words="; ".join(more)), kept, "")
            reading = (parse, stop)
            added, ticked, unsure = _and_the_rest(table, out, read, step, reading, said_more, again)
            if not isinstance(ticked, list):
                return typed, ticked, unsure
            typed, kept = f"{typed}{added}", [q for q in step.questions if q in ticked]
            asked = set()  # what is kept was said there ("Kept: 3" was said twice: a tester)
        if kept or not asked or stop.command or rest_asked or _none_beside(typed):
            if asked and (kept or not stop.command):  # "fever, rash", then no to the rash:
                _say_kept(table, out, step, kept)  # the fever stays, and it is said (not "none"
                # of a list "q" left unanswered: a code reviewer, thirty-ninth session)
            return typed, kept, left_unknown(step, stop, kept, asked, unsure)
        again()  # every guess was a no: the list again, and said why (it was drawn unsaid,
        # and a person typed the same words again: a terminal hunter)
        screens.hint(out, t("Then type the numbers of the signs that apply, or 0 if none does."))


def _none_beside(typed: str) -> bool:
    """Whether the answer also said "none" ("no chest pain, none of those"): every guess then
    answered no is none, not the list again (testers, twenty-seventh session)."""
    from tspain.list_parts import list_parts
    from tspain.none_said import none_among

    return none_among([p.strip() for p in list_parts(_normal(typed)) if p.strip()])


def _rest_asked(step: Checklist, said: object) -> bool:
    """Whether the rest of the list is asked for ("anything else on this list?"): then every
    guess answered no is none, not the list a third time (a tester typed 0 there, said no to
    four guesses, and was shown the list again: twenty-fifth session)."""
    return isinstance(said, PartlyOnList) and step.level != "emergency" and bool(str(said))


def _say_kept(table: RuleTable, out: Console, step: Checklist, kept: list[str]) -> None:
    if kept:
        screens.kept(out, table, step.questions, kept)
    else:
        screens.note(out, t("Kept: {items}", items=t("none of these")))


def _with_more(
    table: RuleTable,
    out: Console,
    read: Read,
    step: Checklist,
    keeping: Callable[[str], list[str] | Command | PartlyOnList | None],
    said: tuple[str, list[str], list[str]],
    stop: Stopped,
    ticked: list[str],
) -> tuple[str, list[str], list[str]] | Command:
    """What was typed, kept and said beyond a yes or no, once what was said beyond has been
    read at the list (`_also`): the items it names added, and nothing left to say back; or
    the command typed while they were asked about."""
    typed, kept, more = said
    if not more:
        return said
    also = _also(table, out, read, step, keeping, "; ".join(more), stop, set(ticked))
    if also is None or isinstance(also, Command):
        return also or said
    return f"{typed}; {'; '.join(more)}", [q for q in step.questions if q in {*kept, *also}], []


def _also(
    table: RuleTable,
    out: Console,
    read: Read,
    step: Checklist,
    keeping: Callable[[str], list[str] | Command | PartlyOnList | None],
    said: str,
    stop: Stopped,
    already: set[str],
) -> list[str] | Command | None:
    """The items of this list named by what was said beyond a yes or no at "Did you mean
    ...?", each guessed one asked about first: "no es dolor, es que me falta el aire" and "I'm
    not sure, sometimes I can't get a full breath" were said back ("You also said") and lost
    at the emergency list (a tester, twenty-fourth session). A sign of an earlier list is
    asked after the list, as when typed at it. None when the words name no item of this list
    (the rest of the list is then asked for, with them said). Not an item already ticked or
    asked about, nor one the words deny: "no its the skin on my side not when i wee" asked
    about yellow skin and burning urine again, each just answered (a tester)."""
    try:
        found = keeping(said)
    except Invalid:
        return None
    items, typed = (found.kept, found.typed) if isinstance(found, PartlyOnList) else (found, said)
    if not isinstance(items, list):
        return None
    denied = {q for q, denial in guessed_items(step, typed, table) if denial}
    items = [q for q in items if q not in already | denied]
    if not items:
        return None
    left_out = _confirmed(table, out, read, typed, step, [], stop, set(items))
    return left_out if isinstance(left_out, Command) else [q for q in items if q not in left_out]


def _and_the_rest(
    table: RuleTable,
    out: Console,
    read: Read,
    step: Checklist,
    reading: tuple[Callable[[str], list[str] | Command | None], Stopped],
    partly: PartlyOnList,
    again: Callable[[], None],
) -> tuple[str, list[str] | Command, list[str]]:
    """Some words ticked items, others matched nothing or said "not sure": the items ticked
    are kept and said. At the emergency list one item is enough. Below it, the list is shown
    again, with what matched nothing ("chemo and fever": the chemotherapy is weak immunity),
    and anything else on it is asked for: Enter or 0 adds nothing, not sure (or a "not sure"
    typed beside the items) leaves the rest unknown, never "no"; "b" goes back."""
    parse, stop = reading
    kept = partly.kept
    # Items still to be asked about ("Does this apply to you?") are not said as kept yet: a
    # tester read "Kept: 8" for an item then asked about, which she had not said.
    pending = {q for q, _ in guessed_items(step, partly.typed, table)}
    sure = [q for q in kept if q not in pending]
    note = t("Kept: {items}", items=screens.numbered(table, step.questions, sure)) if sure else ""
    rest = [q for q in step.questions if q not in kept]
    if step.level == "emergency" or not str(partly):
        if str(partly):
            screens.hint(out, str(partly))
        if note:
            screens.note(out, note)
        return partly.typed, kept, rest if partly.unsure else []
    again()
    screens.hint(out, str(partly))
    if note:
        screens.note(out, note)
    screens.hint(
        out,
        t(
            "Type the numbers of anything else on this list that applies, 0 if nothing "
            "else, or {key} if you are not sure.",
            key=key("not_sure"),
        ),
    )

    stop.sure += [q for q in sure if q not in stop.sure]  # held if the person stops here:
    # "el 1 y el 4, y otra cosa", then Ctrl-D, gave no result at all (a tester, 35th session)
    typed, added, taken = _anything_else(table, out, read, step, parse, kept, again)
    if taken:
        kept = [q for q in kept if q not in taken]
        rest = [q for q in step.questions if q not in kept]
    if isinstance(added, Command) and added.kind == "back":
        return typed, added, []
    if not isinstance(added, list):  # not sure or "q": the rest is not known
        if isinstance(added, Command) and added.kind == "done":  # and "q" ends the questions
            stop.command = added  # once the items typed are asked about (it was forgotten,
        return partly.typed, kept, rest  # and the questions went on: a person at a terminal)
    ticked = [q for q in step.questions if q in {*kept, *added}]
    # "0" is not said back as one of the items ("pill, 0 = 17"); Enter alone is asked again
    typed = f"{partly.typed}, {typed}" if added or not partly.typed else partly.typed
    return typed, ticked, [q for q in rest if q not in ticked] if partly.unsure else []


def _anything_else(
    table: RuleTable,
    out: Console,
    read: Read,
    step: Checklist,
    parse: Callable[[str], list[str] | Command | None],
    kept: list[str],
    again: Callable[[], None],
) -> tuple[str, list[str] | Command | None, set[str]]:
    """What was typed at "anything else on this list?", what it adds, and the kept items it
    took back ("oops not 2"); "?" says why and asks again (it left the rest not known)."""
    taken: set[str] = set()

    def more(typed: str) -> list[str] | Command | None:
        if not typed.strip():  # what matched nothing may be an item: 0 says none, s not sure
            raise Invalid(checklist_hint())
        back, rest_typed = taken_back(step, kept, typed)
        if not back:
            return parse(typed)
        added = parse(rest_typed) if rest_typed else []
        taken.update(back)  # once what follows was read: asked again, it is typed again
        return added

    typed, added = read_valid(out, read, more, again)
    while isinstance(added, Command) and added.kind == "why":
        screens.checklist_why(out, table, step)
        typed, added = read_valid(out, read, more, again)
    return typed, added, taken


def _say_back_reply(
    out: Console,
    q: Question,
    number: int,
    reply: str,
    meaning: Answer | Command | None,
    denied: bool,
) -> None:
    """What a reply at "Did you mean ...?" was read as, when that is not plain: the item's
    number or 0 (0 was a silent no: people, 28th session), and a not sure, which keeps the
    item (it was said back as if a yes: a person at a terminal, fortieth session)."""
    if (bare := reply.strip().rstrip(".")) in (str(number), "0"):
        screens.note(out, f"{bare} = {answer_label(q, bare != '0')}")
    if meaning is None and not denied:  # a denied guess's not sure is left not sure
        screens.note(out, t("Not sure: counted as a yes, to be safe."))


def _confirmed(
    table: RuleTable,
    out: Console,
    read: Read,
    typed: str,
    step: Checklist,
    more: list[str],
    stop: Stopped,
    among: set[str] | None = None,
    doubted: list[str] | None = None,
    quoted: bool = False,
) -> set[str] | Command:
    """The items ticked by one word, or by words that deny, are asked about before they count:
    "neck" alone is not chest pain (it called an ambulance), "weak" is not weak immunity (a
    result made urgent). Yes, the item's number, or not sure keeps one (a sign the person may
    have stays ticked); no leaves it out (the others stay). A denial is asked as a plain
    question ("Does this apply to you?"): a yes to "Did you mean ...?" after "not worse at
    night" ticked night pain. Returns the items left out, or the command typed ("b", "q").
    An answer that says more than yes or no ("yes and i have a fever") is added to `more`:
    the rest of the list is asked for after. "q" ends the asking (`stop`). The words that
    named an item among others are said ("my jaw aches a bit", beside "no chest pain")."""
    denied: set[str] = set()
    guessed, named_by = guessed_items(step, typed, table), guessing_words(step, typed, table)
    by_number = doubted_numbers(step, typed)  # "4 not sure": not sure keeps it
    asking = [(q, d) for q, d in guessed if among is None or q in among]
    for n, (qid, denial) in enumerate(asking):
        stop.waiting = [(q, None if d else named_by.get(q)) for q, d in asking[n + 1 :]]
        q = table.questions[qid]
        number = step.questions.index(qid) + 1
        item = f"{number}. {q.short or q.text}"
        ask = t("Does this apply to you: {item}?", item=item) if denial else None
        if names_someone_else(" ".join([*stop.said, typed]), i18n.current().code):  # (37th)
            ask = t("Does this apply to the person with the back pain: {item}?", item=item)

        heard: list[str] = []  # a sign named instead of an answer, read after it
        parse = functools.partial(item_answer, table, q, number, heard)

        said_by = named_by.get(qid) or (typed.strip() if quoted else None)
        if said_by and not re.fullmatch(r"[0-9]{1,2}\?", said_by):  # the question names it:
            # no "You wrote "2?"" of "2 but its not really chest pain" (a tester, 33rd session)
            screens.note(out, t('You wrote "{words}".', words=said_by))  # "i cant catch my
            # breath" after "could not match it hurts to breathe": no words, and said no (28th)
        while True:
            said = ask or t("Did you mean {item}?", item=item)
            screens.hint(out, said + f" [{key('yes')}/{key('no')}]")
            stop.asking = (qid, None if denial else said_by)  # "no puedo respirar bien"
            reply, meaning = read_valid(out, read, parse)  # not `typed`: the list's answer, whose
            stop.asking = None  # words named the next item ('You wrote "yes"': 32nd session)
            _say_back_reply(out, q, number, reply, meaning, denial)
            if not isinstance(meaning, Command):
                words = vocabulary(i18n.current().code)  # what follows the yes or no:
                rest = after_answer(_normal(reply), words.meaning)
                if says_more(_normal(reply), str(number), words.meaning, words.polite) and not (
                    meaning is False and restates(q, rest)
                ):
                    more.append(rest)
                more.extend(heard)
                break
            if meaning.kind == "done":  # answered first: each was typed as a possible sign
                stop.command = meaning
                screens.hint(out, t("The questions end after this list. First answer this one."))
                continue
            if meaning.kind != "why":
                return meaning
            screens.question_why(out, q, [])
        stop.sure += [qid] * (meaning is True and qid not in stop.sure)  # kept if the person
        # stops at the next guess (a yes to chest pain was lost: thirty-second session)
        if meaning is False:
            denied.add(qid)
        elif meaning is None and denial and doubted is not None and qid not in by_number:
            doubted.append(qid)  # "no chest pain", then "not sure": it was an ambulance, the
            # denial said back as the sign (a tester, twenty-seventh session)
    stop.waiting = []
    return denied
