"""The question screens of `tspain check`: the opening panel, the warning-sign lists, one
question, why we ask, hints and notes. Built with `render`'s pieces (plain `Text`, wrapped by
words: table text is never read as Rich markup)."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from tspain.i18n import key, t
from tspain.render import LEVEL_STYLE, Out, Text, action_box, bullets, plain, symbols, wrap
from tspain.table import Answer, Question, RuleTable

if TYPE_CHECKING:
    from collections.abc import Mapping

    from rich.console import Console

    from tspain.assessment import Assessment
    from tspain.interview import Checklist


def intro(out: Console, table: RuleTable) -> None:
    from rich.markup import escape
    from rich.panel import Panel

    keys = t(
        "Answer with the number or letter shown. At any question: {why} why we ask, "
        "{back} go back, {not_sure} not sure, {done} that's all (assess now).",
        **{k: "\x00" + key(k) + "\x01" for k in ("why", "back", "not_sure", "done")},
    )
    # Wrapped here, by words, a key never apart from its word ("? por qué" stays together).
    inner = max(out.width - 4, 20)
    keys = wrap(keys.replace("\x01 ", "\x01\u00a0"), inner + 1, "", "").replace("\u00a0", " ")
    text = wrap(table.disclaimer, inner + 1, "", "")
    if plain() or out.width < 30:  # no box to be read aloud, or too narrow for one
        plain_keys = keys.replace("\x00", "").replace("\x01", "")
        out.print(Text("tspain check", style="bold") + Text(f"\n{text}\n\n{plain_keys}"))
        return
    out.print(
        Panel(
            f"{escape(text)}\n\n" + escape(keys).replace("\x00", "[bold]").replace("\x01", "[/]"),
            title="tspain check",
            title_align="left",
        )
    )


def checklist(out: Console, table: RuleTable, step: Checklist, number: int) -> None:
    title = {
        "emergency": t(
            "Emergency signs: do any of these apply to you now, or since the pain began?"
        ),
        "urgent": t("Urgent signs: do any of these apply?"),
        "routine": t("Do any of these apply?"),
    }[step.level]
    out.print(Text("\n" + t("Question {n}.", n=number) + f" {title}", style="bold"))
    for i, qid in enumerate(step.questions, start=1):
        item = table.questions[qid].short or qid
        out.print(Text(wrap(item, out.width, f"  {i:>2}. ", "      ")), soft_wrap=True)
    out.print("   0. " + t("None of these"))
    groups = [t("the numbers that apply, e.g. 2 5"), f"0 {t('none')}"]
    groups += [f"{key('not_sure')} {t('not sure')}", f"{key('why')} {t('why')}"]
    _how(out, groups)


def _how(out: Console, groups: list[str]) -> None:
    """The line saying how to answer, wrapped between its parts, never inside one ("? why"
    stays together)."""
    dot = symbols(out)["dot"]
    room = out.width - 3  # a part longer than a line is not glued: it would be cut mid-word
    glued = (", " if dot == "," else f" {dot} ").join(
        g.replace(" ", "\u00a0") if len(g) <= room else g for g in groups
    )
    text = wrap(glued, out.width, "  ", "  ").replace("\u00a0", " ")
    out.print(Text(text, style="dim"), soft_wrap=True)


def checklist_why(out: Console, table: RuleTable, step: Checklist) -> None:
    out.print(
        Text(
            {
                "emergency": t("We ask these first because any one of them needs help now."),
                "urgent": t("We ask these early because any one of them needs help today."),
                "routine": t(
                    "We ask these because any one of them should be checked by a doctor "
                    "or physiotherapist in the coming days."
                ),
            }[step.level]
        )
    )
    for i, qid in enumerate(step.questions, start=1):
        why = table.questions[qid].why
        out.print(Text(wrap(why, out.width, f"  {i:>2}. ", "      ")), soft_wrap=True)


def question(
    out: Console,
    q: Question,
    number: int,
    open_questions: int,
    last: bool | None = None,
    sign: tuple[int, int] | None = None,
    mentioned: bool = False,
    raised: bool = False,
    call: str | None = None,
    follow_up: bool = False,
) -> None:
    """One question. `last`: whether no answer to it could lead to another question (None:
    not known, taken as true when at most one question is open). `sign`: which of the
    emergency signs asked one by one this is, said instead of how many questions are open
    ("58 questions could still change the result", after "not sure" at the list, daunted).
    `mentioned`: a sign the person named elsewhere, asked before the lists are done (it said
    "48 questions could still change the result": testers, twenty-fifth session). `raised`: a
    question the person brought up at a list ("0, but i have night sweats"). `call`: an
    emergency already holds and this question is for the ambulance crew: the call is said
    first ("Call an ambulance now" waited behind seven questions: a tester, twenty-sixth).
    `follow_up`: asked because an earlier answer makes the table ask it (`asked_when`), not
    because it could change the result (pre-eclampsia's signs said "4 questions could still
    change the result": testers, twenty-sixth session)."""
    if call is not None:
        out.print(Text("\n" + t("{call}, if you have not yet.", call=call), style="bold red"))
        out.print(Text(t("For the ambulance crew: answer, or type q to see the result.")))
    if sign is not None:
        settle = t("emergency sign {k} of {n}", k=sign[0], n=sign[1])
    elif mentioned:
        settle = t("a sign you mentioned")
    elif raised:
        settle = t("something you mentioned")
    elif follow_up:
        settle = t("asked because of an earlier answer")
    elif open_questions > 1:
        settle = t("{n} questions could still change the result", n=open_questions)
    elif last is False:
        settle = t("nearly done")
    else:
        settle = t("the last question that could change the result")
    out.print(
        Text("\n" + t("Question {n}", n=number), style="bold") + Text(f"  ({settle})", style="dim")
    )
    out.print(Text(q.text))
    if q.checklist == "emergency":  # as the list asks: "no" to chest pain this morning was no
        out.print(Text(t("Now, or at any time since the pain began."), style="dim"))
    if q.type == "choice":
        options = [f"  {i}. {label}" for i, label in enumerate(q.options.values(), start=1)]
        picture = [] if plain() else q.picture  # a drawing is no help read aloud
        out.print(Text("\n".join(_beside(picture, options, out.width))), soft_wrap=True)
        how = [f"1-{len(q.options)}"]
    elif q.type == "yesno":
        how = [f"{key('yes')} {t('yes')}", f"{key('no')} {t('no')}"]
    else:
        how = [t("a number from {min} to {max}", min=q.min, max=q.max)]
    _how(out, [*how, f"{key('not_sure')} {t('not sure')}", f"{key('why')} {t('why')}"])


def _beside(picture: list[str], lines: list[str], width: int) -> list[str]:
    """A drawing to the left of the lines when both fit the width, else the drawing above."""
    if not picture:  # each option wrapped by words, under its own text
        return [wrap(line, width, "", "     ") for line in lines]
    left = max(len(p) for p in picture) + 2
    if left + max(len(line) for line in lines) > width:
        wrapped = [wrap(line, width, "", "     ") for line in lines]
        return [*picture, *wrapped]
    rows = max(len(picture), len(lines))
    pad = picture + [""] * (rows - len(picture))
    right = lines + [""] * (rows - len(lines))
    return [f"{p.ljust(left)}{r}".rstrip() for p, r in zip(pad, right, strict=True)]


def question_why(out: Console, q: Question, weighing: list[str]) -> None:
    out.print(Text(q.why, style="italic"))
    if weighing:
        out.print(Text(t("It is weighing up: ") + ", ".join(weighing) + ".", style="italic"))


def earlier(out: Console, label: str) -> None:
    said = t("Your earlier answer: {label} (press Enter to keep it)", label=label)
    _indented(out, said, "cyan")


def numbered(table: RuleTable, questions: tuple[str, ...], qids: list[str]) -> str:
    """Items of a list by their numbers and short names: "2. Chest pain ...; 5. ..."."""
    return "; ".join(f"{questions.index(q) + 1}. {table.questions[q].short or q}" for q in qids)


def kept(out: Console, table: RuleTable, questions: tuple[str, ...], qids: list[str]) -> None:
    note(out, t("Kept: {items}", items=numbered(table, questions, qids)))


def note(out: Console, text: str) -> None:
    _indented(out, text, "dim")


def _indented(out: Console, text: str, style: str) -> None:
    """Two spaces in, on every line it wraps to (a tester's wrapped "Your earlier answer"
    went on at column 0)."""
    out.print(Text(wrap(text, out.width, "  ", "  "), style=style))


def hint(out: Console, text: str) -> None:
    out.print(Text(text, style="yellow"))


def emergency_stop(out: Console) -> None:
    out.print(
        Text(
            "\n" + t("Stopping the questions: one of your answers needs help now."),
            style="bold red",
        )
    )


def if_it_applies(
    out: Out, words: str | None, item: str, assessment: Assessment, every: bool = False
) -> None:
    """Stopped before a sign the person's words named was answered: the level and action if
    it applies (`words`: what they wrote, when it was said back); `every`: if all of several
    apply (`item` names them)."""
    said = (
        t("If all of these apply: {items}", items=item)
        if every
        else t('You wrote "{words}". If that is: {item}', words=words, item=item)
        if words
        else t("You mentioned: {item}. If it applies:", item=item)
    )
    out.print(Text("\n" + said, style="bold"))
    triage = assessment.triage
    action_box(out, triage.label, LEVEL_STYLE[triage.level], triage.action)
    out.print(Text(assessment.disclaimer.split(". ")[0].rstrip(".") + ".", style="dim"))


def stopped_early(out: Out, assessment: Assessment) -> None:
    """The result so far, when the questions were stopped after a warning sign: the level,
    its action and why."""
    out.print(Text("\n" + t("Stopped. From what you said so far:"), style="bold"))
    triage = assessment.triage
    action_box(out, triage.label, LEVEL_STYLE[triage.level], triage.action)
    reasons = [r.message for r in triage.reasons if r.kind == "warning_sign"]
    bullets(out, reasons[:3])
    out.print(Text(assessment.disclaimer.split(". ")[0].rstrip(".") + ".", style="dim"))


def emergency_fallback(out: Out, table: RuleTable, answers: Mapping[str, Answer]) -> None:
    """A fault left no result: if an emergency sign holds, the level's label and action in its
    box, then the signs (`triage.emergency_fallback`). Says nothing if this fails too."""
    with contextlib.suppress(Exception):
        from tspain.triage import emergency_fallback

        if said := emergency_fallback(table, answers):
            action_box(out, said[0], LEVEL_STYLE["emergency"], said[1])
            bullets(out, said[2])
