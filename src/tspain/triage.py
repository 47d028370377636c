"""Triage: the level from the warning signs that hold, the causes at or above their alert, and
what is still unknown; the action, recap and what to tell the doctor.

The level is the most urgent of: every warning sign that holds, the care level of each cause at
or above its alert probability (on the cause's own odds: `differential.py`), and `routine` while
any emergency or urgent warning sign is unknown. A routine-level sign left unknown does not block
self-care: it becomes a line in "see a doctor if". Pure: answers and scores in, words in the
catalogue's language out.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tspain.assessment import Reason
from tspain.conditions import Answers, State, compile_condition, held_questions, holds
from tspain.levels import RANK, Level
from tspain.limits import UNANSWERED_NAMED
from tspain.required_questions import DURATION, ONSET, SEVERITY
from tspain.wording import lower_first

if TYPE_CHECKING:
    from tspain.compiled import Compiled, CompiledSign
    from tspain.i18n import Catalogue
    from tspain.scoring import Scored
    from tspain.table import RuleTable


@dataclass
class SignsRead:
    """What the warning signs say for these answers."""

    reasons: list[Reason] = field(default_factory=list)
    unanswered: list[str] = field(default_factory=list)
    """Questions of emergency and urgent signs still unknown, once each, in table order."""
    unknown_emergency: list[CompiledSign] = field(default_factory=list)
    safety_net: list[str] = field(default_factory=list)
    """"See a doctor if" lines of routine signs left unknown."""


def read_signs(compiled: Compiled, found: list[State], answers: Answers) -> SignsRead:
    read = SignsRead()
    for sign in compiled.signs:
        state = sign.state(found)
        if state:
            read.reasons.append(
                Reason(
                    "warning_sign",
                    sign.id,
                    sign.level,
                    sign.message,
                    held_questions(sign.clauses, answers),
                )
            )
        elif state is None:
            if sign.level == "routine":
                if sign.see_a_doctor_if:
                    read.safety_net.append(sign.see_a_doctor_if)
                continue
            read.unanswered.extend(q for q in sign.questions if answers.get(q) is None)
            if sign.level == "emergency":
                read.unknown_emergency.append(sign)
    read.unanswered = unique(read.unanswered)
    return read


def cause_alerts(ranked: Sequence[Scored], texts: Catalogue) -> list[Reason]:
    """A reason for each cause at or above its alert probability, most likely first."""
    return [
        _cause_reason(s, s.cause.care, texts)
        for s in ranked
        if s.cause.alert is not None and s.alarm >= s.cause.alert
    ]


def raised_alarms(ranked: Sequence[Scored], ids: Collection[str], texts: Catalogue) -> list[Reason]:
    """A routine reason for each serious cause in `ids` (listed as not to be missed, on the
    numbers alone) where the level would otherwise be self-care: a doctor rules it out."""
    return [_cause_reason(s, "routine", texts) for s in ranked if s.cause.id in ids]


def _cause_reason(s: Scored, level: Level, texts: Catalogue) -> Reason:
    cause = s.cause
    # "Cannot be ruled out" is said of a serious cause; of fibromyalgia at 79% it would read as
    # a danger where the point is a doctor's care.
    name = lower_first(cause.name)
    message = (
        texts.t("From what you said, {cause} cannot be ruled out at home.", cause=name)
        if cause.serious
        else texts.t(
            "From what you said, this could be {cause}: a doctor should check.", cause=name
        )
    )
    # What raised it (a factor above 1), not every answer its rows read.
    questions = tuple(unique(q for r in s.fired if r.lr > 1.0 for q in r.questions))
    return Reason("cause", cause.id, level, message, questions)


def unanswered_reason(table: RuleTable, unanswered: list[str], texts: Catalogue) -> Reason:
    """Why an unknown emergency or urgent sign keeps the level at least routine."""
    questions = table.questions
    shown = unanswered[:UNANSWERED_NAMED]
    names = "; ".join(questions[q].short or questions[q].text for q in shown)
    extra = len(unanswered) - len(shown)
    more = texts.t("; and {n} more", n=extra) if extra > 0 else ""
    message = texts.t(
        "Some warning signs could not be ruled out ({names}), "
        "so tspain cannot say this is safe to manage at home.",
        names=names + more,
    )
    return Reason("unanswered", "unanswered_warning_signs", "routine", message, tuple(unanswered))


def level_of(reasons: Sequence[Reason]) -> Level:
    """The most urgent level any reason sets (self-care with none)."""
    level: Level = "self_care"
    for reason in reasons:
        level = higher(level, reason.level)
    return level


def action_and_recap(
    table: RuleTable,
    level: Level,
    unknown_emergency: Sequence[CompiledSign],
    texts: Catalogue,
    reasons: Sequence[Reason] = (),
) -> tuple[str, str]:
    """The action and the recap line: the level's, or the own action of the first sign among
    `reasons` that holds at this level and has one (pre-eclampsia's midwife). Below emergency
    with an emergency sign still unknown, both first say to call an ambulance if any of those
    signs applies."""
    action, recap = level_action(table, level, reasons), table.levels[level].recap
    if action != table.levels[level].action:  # a sign's own: the last line says it too (the
        # box said "contact your midwife", the last line "see a doctor today": testers, 27th)
        recap = texts.t("What to do: {action}", action=lower_first(action))
    if not unknown_emergency or level == "emergency":
        return action, recap
    from tspain.compiled import said_apart

    # Each sign as the middle of the sentence: "... any of: chest pain ...; pain after ...".
    shorts = "; ".join(
        unique(lower_first(s.short) for s in said_apart(table, list(unknown_emergency)))
    )
    action = texts.t(
        "{call} if you have any of: {signs}. Otherwise: {action}",
        call=table.levels["emergency"].call,
        signs=shorts,
        action=lower_first(action),  # "Otherwise: book an appointment ..."
    )
    prefix = texts.t("If any emergency sign listed above applies: call an ambulance now. ")
    return action, prefix + recap


def level_action(table: RuleTable, level: Level, reasons: Sequence[Reason]) -> str:
    """The level's action, or the own action of the first sign (in table order) that holds at
    this level and has one."""
    held = {r.id for r in reasons if r.kind == "warning_sign" and r.level == level}
    return next(
        (s.action for s in table.warning_signs if s.id in held and s.action is not None),
        table.levels[level].action,
    )


def tell_the_doctor(
    table: RuleTable, reasons: Sequence[Reason], answers: Answers, also: Sequence[str] = ()
) -> list[str]:
    """What the person said that set the level, in their words, for the doctor they will see
    (the reason that lists unanswered warning signs holds only unknown answers: nothing to say),
    then the answers of `also` (what raised a cause not to be missed: a birth two weeks ago for
    a clot, diabetes for the heart), then how long, how it began and how bad."""
    said = []
    for reason in sorted(reasons, key=lambda r: -RANK[r.level]):
        for qid in reason.questions:
            means = table.questions[qid].yes_means or {}
            if (
                means
                and all(answers.get(q) is not None for q in means)
                and (answers.get(qid) is not True or holds(compile_condition(means), answers))
            ):
                # "Sudden, severe pain?" stands for how it began and how bad it is: with those
                # answered, they say it (a "no" beside "began suddenly, 8 out of 10" reads as a
                # contradiction to the doctor). But a "yes" they do not bear out is told: it
                # called the ambulance, and "began gradually, 3 out of 10" alone hid why (a
                # clinical reviewer, sixteenth session).
                continue
            if answers.get(qid) is not None:
                said.append(table.questions[qid].phrase(answers[qid]))
    said += [table.questions[q].phrase(answers[q]) for q in also if answers.get(q) is not None]
    for qid in (DURATION, ONSET, SEVERITY):
        if answers.get(qid) is not None:
            said.append(table.questions[qid].phrase(answers[qid]))
    return unique(s[0].upper() + s[1:] for s in said)


def higher(a: Level, b: Level) -> Level:
    return b if RANK[b] > RANK[a] else a


def unique(items: object) -> list[str]:
    return list(dict.fromkeys(items))  # type: ignore[call-overload]


def emergency_fallback(table: RuleTable, answers: Answers) -> tuple[str, str, list[str]] | None:
    """What a fault after these answers must still say: the emergency level's label and
    action and each emergency sign that holds, read from the signs' conditions alone (no
    scoring, no wording); None when none holds. A fault between an emergency sign's tick and
    its result said only "if you feel in danger, call an emergency number" (a code reviewer,
    thirty-sixth session)."""
    from tspain.compiled import compile_table

    held = [
        sign.message
        for sign in compile_table(table).signs
        if sign.level == "emergency" and sign.holds(answers) is True
    ]
    level = table.levels["emergency"]
    return (level.label, level.action, held) if held else None
