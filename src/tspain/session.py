"""The interactive `tspain check`: reads what the person types, drives the interview, and hands
everything it shows to `screens`. What was typed is understood by the pure functions of
`understand` and `ticks` (re-exported here)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from tspain import i18n, screens
from tspain.guessed import guessed_items, guessing_words
from tspain.i18n import answer_label, key, t
from tspain.interview import Ask, Checklist, Interview
from tspain.limits import TYPED_MAX
from tspain.mentioned import Mentioned, signs_beside, signs_named
from tspain.said_back import echo
from tspain.table import Answer, Question, RuleTable
from tspain.ticks import PartlyOnList, _checklist_hint, parse_checklist
from tspain.typed_words import _normal
from tspain.understand import (
    Command,
    Invalid,
    NotOnList,
    Vocabulary,
    parse_answer,
    unit_echo,
    vocabulary,
)
from tspain.yesno import says_more

if TYPE_CHECKING:
    from rich.console import Console

__all__ = [
    "Command", "Invalid", "Vocabulary", "interview", "parse_answer", "parse_checklist",
    "unit_echo", "vocabulary",
]  # fmt: skip

Read = Callable[[str], str]
T = TypeVar("T")


def interview(
    table: RuleTable, out: Console, read: Read, max_questions: int | None = None
) -> Interview:
    """Ask until the interview is done. KeyboardInterrupt and EOFError pass to the caller; when
    a warning sign already holds, the result so far (its level and action) is shown first."""
    session = Interview(table, max_questions=max_questions)
    screens.intro(out, table)
    try:
        _ask_all(table, out, read, session)
    except (KeyboardInterrupt, EOFError):
        _so_far(table, out, session)
        raise
    if session.emergency():
        screens.emergency_stop(out)
    return session


def _ask_all(table: RuleTable, out: Console, read: Read, session: Interview) -> None:
    while (step := session.next()) is not None:
        if isinstance(step, Checklist):
            _checklist(table, out, read, session, step)
        else:
            _question(table, out, read, session, step)
        ahead: list[str] = getattr(read, "set_aside", [])  # lines typed before a question
        if ahead and (named := signs_named(table, " , ".join(ahead), session.answers)):
            _ask_named(table, out, read, session, named)  # "17\nand my chest feels tight"
        ahead.clear()
    if session.cut_short:
        screens.note(
            out, t("Not sure of several answers in a row: here is what tspain can say so far.")
        )


def _so_far(table: RuleTable, out: Console, session: Interview) -> None:
    """Stopped with a warning sign known: its level and action are not thrown away."""
    from tspain.compiled import compile_table
    from tspain.engine import assess

    known = session.known()
    if not any(sign.holds(known) for sign in compile_table(table).signs):
        return
    screens.stopped_early(out, assess(table, known, i18n.current()))


def _checklist(
    table: RuleTable, out: Console, read: Read, session: Interview, step: Checklist
) -> None:
    screens.checklist(out, table, step, len(session.history) + 1)
    earlier = [q for q in step.questions if session.previous.get(q) is True]
    had_earlier = all(q in session.previous for q in step.questions)
    if had_earlier:
        numbers = [str(step.questions.index(q) + 1) for q in earlier]
        screens.earlier(out, " ".join(numbers) if numbers else t("none of these"))

    named: list[str] = []  # questions asked apart that the words named: asked next

    def parse(typed: str) -> list[str] | Command | None:
        if had_earlier and not typed.strip():
            return earlier
        try:
            return parse_checklist(step, typed, table)
        except (NotOnList, PartlyOnList) as err:
            named.extend(err.apart)
            raise

    def again() -> None:  # a word that matches nothing: the list again, then what was wrong
        screens.checklist(out, table, step, len(session.history) + 1)

    stop = Stopped()  # "q" at "Did you mean ...?": the list stands, then assess
    typed, ticked, unsure = _ticked(table, out, read, step, parse, again, stop)
    said = echo(table, step, typed, ticked)
    if said:
        screens.note(out, said)
    if isinstance(ticked, Command):
        if ticked.kind == "why":
            screens.checklist_why(out, table, step)
        else:
            _move(out, session, ticked)
    else:
        session.answer_checklist(step, ticked, unsure)
        session.bring_forward([q for q in named if table.questions[q].checklist is None])
        late = [
            q for q in named if table.questions[q].checklist and session.answers.get(q) is not True
        ]
        if late:  # a sign of an earlier list, said late ("actually I do have some chest pain")
            _ask_named(table, out, read, session, tuple(dict.fromkeys(late)))
        if stop.command:
            _move(out, session, stop.command)


@dataclass
class Stopped:
    """ "q" typed at "Did you mean ...?": each sign typed is still asked about, then the list is
    kept and the questions end (it threw the list away: a tester, twenty-third session)."""

    command: Command | None = None


def _ticked(
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
        typed, said = _read_valid(out, read, keeping, again)
        unsure: list[str] = []
        ticked: list[str] | Command | None
        if isinstance(said, PartlyOnList):
            typed, ticked, unsure = _and_the_rest(table, out, read, step, parse, said, again)
        else:
            ticked = said
        if not ticked or not isinstance(ticked, list):
            return typed, ticked, unsure
        more: list[str] = []  # "yes and i have a fever" at "Did you mean ...?"
        asked = _confirmed(table, out, read, typed, step, more, stop)
        if isinstance(asked, Command):
            return typed, asked, []  # "b" at "Did you mean ...?" acts as at the list
        kept = [q for q in ticked if q not in asked]
        if more and kept and not stop.command:  # the rest of the list asked for (a misread hunter)
            said_more = PartlyOnList(t('You also said "{words}".', words="; ".join(more)), kept, "")
            added, ticked, unsure = _and_the_rest(table, out, read, step, parse, said_more, again)
            if not isinstance(ticked, list):
                return typed, ticked, unsure
            typed, kept = f"{typed}{added}", [q for q in step.questions if q in ticked]
        if kept or not asked or stop.command:
            if asked:  # "fever, rash", then no to the rash: the fever stays, and it is said
                screens.kept(out, table, step.questions, kept)
            return typed, kept, unsure
        again()  # every guess was a no: the list again, and said why (it was drawn unsaid,
        # and a person typed the same words again: a terminal hunter)
        screens.hint(out, t("Then type the numbers of the signs that apply, or 0 if none does."))


def _and_the_rest(
    table: RuleTable,
    out: Console,
    read: Read,
    step: Checklist,
    parse: Callable[[str], list[str] | Command | None],
    partly: PartlyOnList,
    again: Callable[[], None],
) -> tuple[str, list[str] | Command, list[str]]:
    """Some words ticked items, others matched nothing or said "not sure": the items ticked
    are kept and said. At the emergency list one item is enough. Below it, the list is shown
    again, with what matched nothing ("chemo and fever": the chemotherapy is weak immunity),
    and anything else on it is asked for: Enter or 0 adds nothing, not sure (or a "not sure"
    typed beside the items) leaves the rest unknown, never "no"; "b" goes back."""
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

    def more(typed: str) -> list[str] | Command | None:
        if not typed.strip():  # what matched nothing may be an item: 0 says none, s not sure
            raise Invalid(_checklist_hint())
        return parse(typed)

    typed, added = _read_valid(out, read, more, again)
    if isinstance(added, Command) and added.kind == "back":
        return typed, added, []
    if not isinstance(added, list):  # not sure, "q" or "?": the rest is not known
        return partly.typed, kept, rest
    ticked = [q for q in step.questions if q in {*kept, *added}]
    typed = f"{partly.typed}, {typed}"  # never empty: Enter is asked again
    return typed, ticked, [q for q in rest if q not in ticked] if partly.unsure else []


def _confirmed(
    table: RuleTable,
    out: Console,
    read: Read,
    typed: str,
    step: Checklist,
    more: list[str],
    stop: Stopped,
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
    for qid, denial in guessed:
        q = table.questions[qid]
        number = step.questions.index(qid) + 1
        item = f"{number}. {q.short or q.text}"
        ask = t("Does this apply to you: {item}?", item=item) if denial else None

        def parse(typed: str, q: Question = q, number: int = number) -> Answer | Command | None:
            said = typed.strip().rstrip(".")  # its number is yes; 0, as at the list, is no
            return True if said == str(number) else False if said == "0" else parse_answer(q, typed)

        if qid in named_by:
            screens.note(out, t('You wrote "{words}".', words=named_by[qid]))
        while True:
            said = ask or t("Did you mean {item}?", item=item)
            screens.hint(out, said + f" [{key('yes')}/{key('no')}]")
            typed, meaning = _read_valid(out, read, parse)
            if not isinstance(meaning, Command):
                words = vocabulary(i18n.current().code)  # what follows the yes or no:
                if says_more(_normal(typed), str(number), words.meaning, words.polite):
                    more.append(" ".join(_normal(typed).split()[1:]))
                break
            if meaning.kind == "done":  # answered first: each was typed as a possible sign
                stop.command = meaning
                screens.hint(out, t("The questions end after this list. First answer this one."))
                continue
            if meaning.kind != "why":
                return meaning
            screens.question_why(out, q, [])
        if meaning is False:
            denied.add(qid)
    return denied


def _question(table: RuleTable, out: Console, read: Read, session: Interview, step: Ask) -> None:
    q = table.questions[step.question]
    still_open = session.open_questions()
    last = still_open <= 1 and session.is_last(step.question)
    alone = session.one_by_one
    sign = (alone.index(step.question) + 1, len(alone)) if step.question in alone else None
    screens.question(out, q, len(session.history) + 1, still_open, last, sign)
    had_earlier = step.question in session.previous
    if had_earlier:
        screens.earlier(out, answer_label(q, session.previous[step.question]))

    def parse(typed: str) -> Answer | Command | Mentioned | None:
        if had_earlier and not typed.strip():
            return session.previous[step.question]
        try:
            return parse_answer(q, typed)
        except Invalid:
            if named := signs_named(table, typed, session.answers):
                return Mentioned(named)
            raise

    typed, answer = _read_valid(out, read, parse)
    if isinstance(answer, Mentioned):  # asked about first; then what comes next is asked
        _ask_named(table, out, read, session, answer.questions)
        return
    said = echo(table, q, typed, answer)
    if said:
        screens.note(out, said)
    if isinstance(answer, Command):
        if answer.kind == "why":
            screens.question_why(out, q, session.weighing(step.question))
        else:
            _move(out, session, answer)
    else:
        session.answer(step.question, answer)
        if named := signs_beside(
            table, step.question, typed, session.answers
        ):  # "8 and my legs are weak"
            _ask_named(table, out, read, session, named)


def _ask_named(
    table: RuleTable, out: Console, read: Read, session: Interview, named: tuple[str, ...]
) -> None:
    """Each warning sign named where it was not asked (beside an answer read, too), asked as
    its own question: a yes counts, as at its list (an emergency sign ends the questions)."""
    for qid in named:
        q = table.questions[qid]
        screens.hint(out, t('You mentioned a warning sign: "{item}".', item=q.short or q.text))
        while True:
            screens.question(out, q, len(session.history) + 1, session.open_questions(), False)
            answer = _read_valid(out, read, functools.partial(parse_answer, q))[1]
            if not (isinstance(answer, Command) and answer.kind == "why"):
                break
            screens.question_why(out, q, session.weighing(qid))
        if isinstance(answer, Command):
            _move(out, session, answer)
            return
        session.answer(qid, answer)
        if session.emergency():
            return


def _read_valid(
    out: Console, read: Read, parse: Callable[[str], T], again: Callable[[], None] | None = None
) -> tuple[str, T]:
    """Read until what is typed parses, showing the hint after each miss (after the list
    again, when the words matched nothing on it). Returns what was typed and what it means."""
    while True:
        typed = read("> ")
        if len(typed) > TYPED_MAX:
            screens.hint(out, t("That is too long for an answer: type a number or a few words."))
            continue
        try:
            return typed, parse(typed)
        except NotOnList as err:
            if again is not None:
                again()
            screens.hint(out, str(err))
        except Invalid as err:
            screens.hint(out, str(err))


def _move(out: Console, session: Interview, command: Command) -> None:
    if command.kind == "back":
        if not session.back():
            screens.hint(out, t("This is the first question: there is nothing to go back to."))
    else:
        session.finish()
