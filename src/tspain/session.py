"""The interactive `tspain check`: reads what the person types, drives the interview, and hands
everything it shows to `screens`. What was typed is understood by the pure functions of
`understand` and `ticks` (re-exported here)."""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

from tspain import i18n, screens
from tspain.age_beside import AGE, age_beside, age_said
from tspain.i18n import answer_label, t
from tspain.interview import Ask, Checklist, Interview
from tspain.list_answers import read_ticks
from tspain.list_stop import Stopped
from tspain.mentioned import Mentioned, accident_named, signs_beside, signs_named
from tspain.read_valid import Read, read_valid
from tspain.said_apart import as_clauses, plainer, read_plainer
from tspain.said_back import echo
from tspain.so_far import said_so_far
from tspain.table import Answer, Question, RuleTable
from tspain.ticks import PartlyOnList, named_apart, parse_checklist
from tspain.understand import (
    Command,
    Invalid,
    NotOnList,
    Vocabulary,
    parse_answer,
    unit_echo,
    vocabulary,
)
from tspain.words import names_someone_else

if TYPE_CHECKING:
    from rich.console import Console

__all__ = [
    "Command", "Invalid", "Vocabulary", "interview", "parse_answer", "parse_checklist",
    "unit_echo", "vocabulary",
]  # fmt: skip


def interview(
    table: RuleTable, out: Console, read: Read, max_questions: int | None = None
) -> Interview:
    """Ask until the interview is done. KeyboardInterrupt and EOFError pass to the caller; when
    a warning sign already holds, the result so far (its level and action) is shown first."""
    session = Interview(table, max_questions=max_questions)
    read = _noting_a_carer(read, session)
    screens.intro(out, table)
    try:
        _ask_all(table, out, read, session)
    except (KeyboardInterrupt, EOFError):
        said_so_far(table, out, session)
        raise
    except Exception:  # a fault in tspain: a warning sign already said is not thrown away
        try:  # (`cli.main` then says it in one line)
            said_so_far(table, out, session)
        except Exception:  # that failed too: an emergency sign's action, from its conditions
            screens.emergency_fallback(out, table, session.known())
        raise
    if session.emergency():
        screens.emergency_stop(out)
    return session


def _noting_a_carer(read: Read, session: Interview) -> Read:
    """`read`, marking the session as answered for someone else once a line holds a carer's
    word (`Interview.someone_else`)."""

    def reading(prompt: str) -> str:
        typed = read(prompt)
        session.someone_else |= names_someone_else(typed, i18n.current().code)
        return typed

    reading.set_aside = getattr(read, "set_aside", [])  # type: ignore[attr-defined]
    return reading


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
            for rest in plainer(typed, age_apart=bool(age_said(table, typed, session.answers))):
                with contextlib.suppress(NotOnList, PartlyOnList, Invalid):  # "no, im 34" (the
                    return parse_checklist(step, rest, table)  # age taken beside), "i said no"
            named.extend(err.apart)
            raise

    def again() -> None:  # a word that matches nothing: the list again, then what was wrong
        screens.checklist(out, table, step, len(session.history) + 1)

    stop = Stopped()  # "q" at "Did you mean ...?": the list stands, then assess
    with _sure_if_stopped(table, step, session, stop, named):
        typed, ticked, unsure = read_ticks(table, out, read, step, parse, again, stop)
    said = echo(table, step, typed, ticked)
    if said:
        screens.note(out, said)
    if isinstance(ticked, Command):
        signs = [q for q in named if table.questions[q].checklist and not session.answers.get(q)]
        if ticked.kind == "done" and signs:  # "crushing pain in my chest" said at this list,
            _ask_named(table, out, read, session, tuple(dict.fromkeys(signs)))  # then "q" (39th)
        _list_command(table, out, session, step, ticked, earlier if had_earlier else None)
    else:
        session.answer_checklist(step, ticked, unsure)
        _age_taken(out, session, age_said(table, typed, session.answers))
        # what words read as this list's answer name apart ("none of the above i think. ive had
        # fevers" is none): asked after it too (a tester, twenty-fifth session)
        earlier = [q for said in stop.said for q in named_apart(step, said, table)]
        named += [*earlier, *named_apart(step, typed, table)]
        named += accident_named(table, typed, session.answers)
        session.bring_forward([q for q in named if table.questions[q].checklist is None])
        late = [
            q for q in named if table.questions[q].checklist and session.answers.get(q) is not True
        ]
        if late:  # a sign of an earlier list, said late ("actually I do have some chest pain")
            _ask_named(table, out, read, session, tuple(dict.fromkeys(late)))
        if stop.command:
            _move(out, session, stop.command)


def _list_command(
    table: RuleTable,
    out: Console,
    session: Interview,
    step: Checklist,
    command: Command,
    earlier: list[str] | None,
) -> None:
    """A command typed at a list. "q" where the list's earlier answer is shown (`earlier`, the
    items ticked then) keeps that answer, as Enter would, as at a question."""
    if command.kind == "why":
        screens.checklist_why(out, table, step)
        return
    if command.kind == "done" and earlier is not None:
        unsure = [q for q in step.questions if session.previous.get(q, False) is None]
        session.answer_checklist(step, earlier, unsure)
    _move(out, session, command)


@contextlib.contextmanager
def _sure_if_stopped(
    table: RuleTable, step: Checklist, session: Interview, stop: Stopped, named: list[str]
) -> Iterator[None]:
    """Ctrl-C or Ctrl-D while a list is read: the signs typed surely count for the result so
    far (`Stopped.sure`); those named apart, in words the list then asked again for (`named`),
    are said with what they would mean (they were lost: a person at a terminal, 39th)."""
    try:
        yield
    except (KeyboardInterrupt, EOFError):
        for qid in stop.sure:
            session.answer(qid, True)
        apart = [(q, None) for said in stop.said for q in named_apart(step, said, table)]
        apart += [(q, None) for q in named if not session.answers.get(q)]
        asked = ((stop.asking,) if stop.asking else ()) + tuple(stop.waiting)
        session.unconfirmed = asked + tuple(apart)
        raise  # "no fever but my chest is tight", Ctrl-C at the fever: the chest (a tester)


def _question(table: RuleTable, out: Console, read: Read, session: Interview, step: Ask) -> None:
    q = table.questions[step.question]
    still_open = session.open_questions()
    last = still_open <= 1 and session.is_last(step.question)
    alone = session.one_by_one
    sign = (alone.index(step.question) + 1, len(alone)) if step.question in alone else None
    raised = step.question in session.raised  # named at a list: not "48 questions could ..."
    call = table.levels["emergency"].call if session.emergency() else None
    follow_up = step.question in session.asked_when_due()
    screens.question(
        out,
        q,
        len(session.history) + 1,
        still_open,
        last,
        sign,
        raised=raised,
        call=call,
        follow_up=follow_up,
    )
    had_earlier = step.question in session.previous
    if had_earlier:
        screens.earlier(out, answer_label(q, session.previous[step.question]))

    refused: list[str] = []  # why the answer a sign was said beside was not taken

    def parse(typed: str) -> Answer | Command | Mentioned | None:
        if had_earlier and not typed.strip():
            return session.previous[step.question]
        try:
            return read_plainer(q, typed, age_apart=q.type != "integer")
        except Invalid as err:
            if named := _named_instead(table, session, step.question, typed):
                refused.append(str(err))
                return Mentioned(named)
            raise

    typed, answer = read_valid(out, read, parse)
    if isinstance(answer, Mentioned):  # asked about first; then what comes next is asked
        _ask_named(table, out, read, session, answer.questions, said_at=step.question)
        if step.question not in session.answers and not (session.finished or session.emergency()):
            # asked again, next, and said how to answer it, not "Sorry" as if the answer just
            # given were refused (a person at a terminal, 34th); not when the questions stop
            session.interrupted = step.question  # (another came first: a tester, 33rd)
            why = refused[-1].removeprefix(t("Sorry, that is not one of these:")).strip()
            screens.hint(out, t("Back to the question you were answering: {why}", why=why))
        return
    said = echo(table, q, typed, answer)
    if said:
        screens.note(out, said)
    if isinstance(answer, Command):
        if answer.kind == "why":
            screens.question_why(out, q, session.weighing(step.question))
        else:
            if answer.kind == "done" and had_earlier:  # "q" at "Your earlier answer: No
                session.answer(step.question, session.previous[step.question])  # injury (press
            _move(out, session, answer)  # Enter to keep it)" dropped it (a tester, 32nd)
    else:
        _answered(table, out, read, session, step.question, typed, answer)


def _answered(
    table: RuleTable,
    out: Console,
    read: Read,
    session: Interview,
    qid: str,
    typed: str,
    answer: Answer | None,
) -> None:
    """An answer read: recorded, with an age said beside it, and the signs said beside it
    asked about ("8 and my legs are weak", "no injury. im pregnant": a code reviewer, 29th)."""
    session.answer(qid, answer)
    _age_taken(out, session, age_beside(table, qid, typed, session.answers))
    named = signs_beside(table, qid, as_clauses(typed), session.answers)
    named += accident_named(table, typed, session.answers) * (qid != "injury")
    if _answered_only_plainer(table.questions[qid], typed):  # "no injury. i passed out": the
        named = (  # whole line, as when it was refused
            *named,
            *(x for x in signs_named(table, typed, session.answers) if x not in named),
        )
    if named:
        _ask_named(table, out, read, session, named, beside=qid)


def _named_instead(table: RuleTable, session: Interview, qid: str, typed: str) -> tuple[str, ...]:
    """The signs named by words that are no answer to `qid`, asked in its place. The question's
    own words left out too: "my left leg is swollen ..., calf is sore" at the both-legs question
    named no sign by "leg" (a tester, twenty-fourth session). A sign just answered on its own is
    not asked again for the same words at the same question: "in a band round my chest on the
    right" asked chest pain, then where it hurts, without end (a person at a terminal,
    thirty-second session)."""
    said = (qid, " ".join(typed.lower().split()))
    if said in session.named_at:  # the same words again: what they named was just asked (a
        return ()  # sign answered no is asked again for other words: a code reviewer, 32nd)
    named = signs_named(table, typed, session.answers)
    named = named or signs_beside(table, qid, typed, session.answers)
    named += accident_named(table, typed, session.answers)
    if named:
        session.named_at.add(said)
    return named


def _age_taken(out: Console, session: Interview, beside: tuple[str, int] | None) -> None:
    """An age said beside an answer ("no, I'm 74"), taken and said back."""
    if beside:
        screens.note(out, t('Taken as your age: "{said}" = {n}.', said=beside[0], n=beside[1]))
        session.answer_beside(AGE, beside[1])


def _ask_named(
    table: RuleTable,
    out: Console,
    read: Read,
    session: Interview,
    named: tuple[str, ...],
    said_at: str | None = None,
    beside: str | None = None,
) -> None:
    """Each warning sign named where it was not asked (beside an answer read, too), asked as
    its own question: a yes counts, as at its list. An emergency ends the other questions,
    not these: the person said them, and each is for the ambulance crew ("ive had a fever of
    39 and lost a stone" beside a ripping pain: only the fever was asked, a tester). Signs
    named at one of them are asked after it ("had prostate cancer 5 years ago. lost weight
    too" at the numbness question was refused, and the cancer lost to the crew: 29th)."""
    queue = list(named)
    for qid in queue:
        q = table.questions[qid]
        sign = t('You mentioned a warning sign: "{item}".', item=q.short or q.text)
        screens.hint(out, t("You mentioned an accident.") if qid == "injury" else sign)
        if session.someone_else:
            screens.hint(out, t("Answer for the person with the back pain."))
        while True:
            call = table.levels["emergency"].call if session.emergency() else None
            screens.question(out, q, len(session.history) + 1, 0, False, mentioned=True, call=call)
            parse = functools.partial(_named_answer, table, q, session.answers)
            try:
                typed, answer = read_valid(out, read, parse)
            except (KeyboardInterrupt, EOFError):  # what to do if one applies (a tester)
                left = queue[queue.index(qid) :]
                session.unconfirmed = tuple(
                    (x, None) for x in left if session.answers.get(x) is not True
                )
                raise
            if isinstance(answer, Mentioned):
                queue += [x for x in answer.questions if x not in queue]  # asked after this one
                screens.hint(out, t("tspain asks about that after this question."))
                continue
            if not (isinstance(answer, Command) and answer.kind == "why"):
                break
            screens.question_why(out, q, session.weighing(qid))
        if isinstance(answer, Command):  # "q" or "b" at a sign said: not sure of it, not
            unsaid = [x for x in queue[queue.index(qid) :] if session.answers.get(x) is not True]
            if answer.kind == "back" and said_at is None:  # its list's no (people, 31st:
                _move(out, session, answer)  # SELF-CARE), and "b" goes back to where it was
                session.interrupted = beside or session.interrupted  # ("80 and her jaw ...")
            for x in unsaid:  # said, the sign kept as not ruled out: it was forgotten (the
                session.answer(x, None)  # same people)
            if answer.kind != "back":
                _move(out, session, answer)
            elif said_at is not None:  # the answer it was said beside was refused: asked next
                session.bring_forward([said_at])
            return
        session.answer(qid, answer)
        said = signs_beside(table, qid, as_clauses(typed), session.answers)  # not one said yes
        queue += [x for x in said if x not in queue]  # to already (a code reviewer, 29th)


def _answered_only_plainer(q: Question, typed: str) -> bool:
    """Whether the line was an answer only once read plainer (`said_apart`): its other words
    are then looked at whole for signs, as they were when it was refused."""
    try:
        parse_answer(q, typed)
    except Invalid:
        return True
    return False


def _named_answer(
    table: RuleTable, q: Question, answers: Mapping[str, Answer | None], typed: str
) -> Answer | Command | Mentioned | None:
    """The answer to a sign asked because it was mentioned, read as a question's is; words that
    are no answer but name other signs are those signs, to ask next."""
    try:
        return read_plainer(q, typed, age_apart=False)
    except Invalid:
        if named := tuple(
            x for x in signs_named(table, typed, answers) if table.questions[x] is not q
        ):
            return Mentioned(named)
        raise


def _move(out: Console, session: Interview, command: Command) -> None:
    if command.kind == "back":
        if not session.back():
            screens.hint(out, t("This is the first question: there is nothing to go back to."))
    else:
        session.finish()
