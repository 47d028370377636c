"""What a result shows, in what order, for each triage level: built once, here, and rendered by
the screen (`render.py`), the Markdown report and the HTML report (`report.py`). Pure data.

- emergency: the action, why, what to do while waiting, the serious causes as "cannot be ruled
  out at home" - and nothing else (it fits an 80x24 terminal);
- urgent: the action, why, the causes that must not be missed, what to tell the doctor, what is
  safe until then, and a pointer to `tspain prevent`;
- routine and self-care: the action, why, warning signs not ruled out, causes not to be missed,
  the likely causes with their figures, what helps now, prevention, see a doctor if.
Every result ends with the disclaimer and a one-line recap of the action.

Warning signs left unanswered are one list, of the signs themselves (not the questions), grouped
by what to do if one applies; the action box points to it rather than repeating it. On screen,
such a result keeps to `RESULT_LINES` at 80 columns (`fitting.fit`): the likely causes and
advice give way first, every emergency sign stays named.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from tspain.assessment import Assessment, CauseResult, Reason
from tspain.fitting import Section as Section
from tspain.fitting import fit, group
from tspain.i18n import t
from tspain.levels import pressing
from tspain.limits import EMERGENCY_SERIOUS, RESULT_LINES, SCREEN_WIDTH, SHOWN_SERIOUS
from tspain.shown_causes import likeliest_left_off, likely_to_show, percent, raised_by
from tspain.table import Answer, RuleTable, condition_questions, sign_short
from tspain.triage import level_action
from tspain.wording import lower_first


def sections(
    table: RuleTable,
    assessment: Assessment,
    answers: Mapping[str, Answer] | None = None,
    fit_screen: bool = False,
    lines: int = RESULT_LINES,
) -> list[Section]:
    """The sections of a result, in order. `answers` (the known ones) says which warning signs
    are still open; with `fit_screen`, a result below emergency with warning signs left
    unanswered is cut to `lines` lines at 80 columns (at any width: the same sections), the
    least needed sections giving way first."""
    level = assessment.triage.level
    if level == "emergency":
        return _emergency(table, assessment, answers, fit_screen)
    out = [_action(table, assessment, answers), *_why(table, assessment)]
    out += _not_ruled_out(table, assessment, answers)
    out += _must_not_miss(
        table, assessment, SHOWN_SERIOUS, t("Must not be missed: cannot be ruled out at home")
    )
    out += _urgent(assessment) if level == "urgent" else _at_home(table, assessment)
    out += _closing(assessment, assessment.disclaimer)
    if not fit_screen or not assessment.unanswered_warning_signs:
        return out  # a complete result keeps every section
    return fit(out, SCREEN_WIDTH, lines)


def _emergency(
    table: RuleTable,
    assessment: Assessment,
    answers: Mapping[str, Answer] | None,
    fit_screen: bool = False,
) -> list[Section]:
    """Only what makes it an emergency, and briefly: it fits an 80x24 terminal. The screen
    names only the serious causes that need the ambulance; a saved report, read by the crew or
    a doctor, names the others after them (a broken vertebra at 73% was in no report beside a
    torn aorta: a tester, twenty-sixth session)."""
    triage = assessment.triage
    out = [Section("action", triage.label, "action", [triage.action])]
    said = [r for r in _one_per_fact(table, triage.reasons) if r.level == "emergency"]
    signs = [r for r in said if r.kind == "warning_sign"]  # a cause's own is in "Cannot be
    reasons = [r.message for r in signs or said]  # ruled out" below (a code reviewer, 27th)
    if reasons:  # the screen keeps as many as its height allows (`render`)
        out.append(Section("why", t("Why"), "bullets", reasons))
    if crew := _also_for_the_crew(table, assessment, answers, fit_screen):
        out.append(Section("tell_the_doctor", t("Also tell the ambulance crew"), "bullets", crew))
    out.append(
        Section(
            "while_waiting",
            t("While you wait for the ambulance"),
            "bullets",
            assessment.while_waiting,
        )
    )
    serious = assessment.must_not_miss[: EMERGENCY_SERIOUS if fit_screen else None]
    levels = {s.id: s.level for s in table.warning_signs}
    gravest = [c for c in serious if pressing(c.care, c.flagged_by, levels) == "emergency"]
    shown = (
        (gravest or serious)
        if fit_screen
        else [*gravest, *(c for c in serious if c not in gravest)]
    )
    if shown:  # the others counted, never dropped unsaid (a code reviewer, 28th session)
        left = len(assessment.must_not_miss) - len(shown)
        more = t("; and {n} more (a saved report lists them all)", n=left) if left else ""
        names = "; ".join(c.name for c in shown) + more
        out.append(Section("must_not_miss", t("Cannot be ruled out at home"), "bullets", [names]))
    first_sentence = assessment.disclaimer.split(". ")[0].rstrip(".") + "."
    return out + _closing(assessment, first_sentence)


def _also_for_the_crew(
    table: RuleTable,
    assessment: Assessment,
    answers: Mapping[str, Answer] | None,
    fit_screen: bool,
) -> list[str]:
    """The other warning signs that hold, and the yeses a sign reads (blood thinners first), in
    one line: a fever beside a tearing pain was on no result (testers, twenty-fifth and -sixth
    sessions). On screen, four and how many more: the action stays on 24 lines."""
    if not answers:
        return []
    reasons = assessment.triage.reasons
    said = [r for r in reasons if r.level == "emergency" and r.kind == "warning_sign"]
    shown = {q for r in said for q in r.questions} - set(CREW_FIRST)  # a clot's alert read
    # the pregnancy, and it was left out (a tester, twenty-sixth session)
    held = [
        q
        for r in reasons
        if r.kind == "warning_sign" and r.level != "emergency"
        for q in r.questions
    ]
    read = [
        q
        for s in table.warning_signs
        for q in condition_questions({**s.when, **(s.unless or {})})
        if answers.get(q) is True
    ]
    told = [
        table.questions[q].phrase(answers[q])
        for q in dict.fromkeys([*(q for q in CREW_FIRST if q in read), *held, *read])
        if q not in shown and answers.get(q) is not None and answers.get(q) is not False
    ]
    told = list(dict.fromkeys(told))
    if not told:
        return []
    line = "; ".join(told[:CREW_SHOWN] if fit_screen else told)
    more = len(told) - CREW_SHOWN if fit_screen else 0
    line += t("; and {n} more (a saved report lists them all)", n=more) if more > 0 else ""
    return [line[0].upper() + line[1:] + "."]


CREW_SHOWN = 4
"""How many of the crew's line an emergency screen shows (its action must stay on screen)."""
CREW_FIRST = ("blood_thinners", "hormones_or_pregnancy")  # they change what a crew may give


def _action(
    table: RuleTable, assessment: Assessment, answers: Mapping[str, Answer] | None
) -> Section:
    """The action; with emergency signs still open, named once in the list below the box."""
    triage = assessment.triage
    action = triage.action
    if assessment.unanswered_emergency_signs and answers is not None:
        action = t(
            "{call} if any emergency sign below applies. Otherwise: {action}",
            call=table.levels["emergency"].call,
            action=lower_first(level_action(table, triage.level, triage.reasons)),  # "book ..."
        )
    return Section("action", triage.label, "action", [action])


def _why(table: RuleTable, assessment: Assessment) -> list[Section]:
    reasons = [
        r.message for r in _one_per_fact(table, assessment.triage.reasons) if r.kind != "unanswered"
    ]
    return [Section("why", t("Why"), "bullets", reasons)] if reasons else []


def _one_per_fact(table: RuleTable, reasons: Sequence[Reason]) -> list[Reason]:
    """The reasons less a warning sign's that says the fact an earlier one said (two signs of
    sudden severe pain, one of them with its exceptions, read as the same point twice and took
    both lines an emergency shows). Signs are the same fact when their short wording is."""
    shorts = {s.id: sign_short(table, s) for s in table.warning_signs}
    seen: set[str] = set()
    out = []
    for reason in reasons:
        fact = shorts.get(reason.id) if reason.kind == "warning_sign" else None
        if fact is not None and fact in seen:
            continue
        if fact is not None:
            seen.add(fact)
        out.append(reason)
    return out


def _not_ruled_out(
    table: RuleTable, assessment: Assessment, answers: Mapping[str, Answer] | None
) -> list[Section]:
    """One list of the warning signs still open, grouped by what to do if one applies."""
    if not assessment.unanswered_warning_signs:
        return []
    groups: list[tuple[str, Sequence[str]]] = []
    if answers is None:  # no answers to test the signs with: the questions, as the JSON has them
        questions = table.questions
        items = [
            questions[q].short or questions[q].text for q in assessment.unanswered_warning_signs
        ]
    else:
        from tspain.open_signs import open_signs

        found = open_signs(table, answers)
        if assessment.triage.level == "urgent":
            found["urgent"] = []
        heads = {
            "emergency": t("Call an ambulance if you have any of: "),
            "urgent": t("See a doctor today if you have any of: "),
        }
        groups = [(heads[level], shorts) for level, shorts in found.items() if shorts]
        items = [group(head, shorts) for head, shorts in groups]
    if not items:
        return []
    title = t("Not ruled out (answers about these warning signs are missing)")
    return [Section("not_ruled_out", title, "bullets", items, groups=groups)]


def _must_not_miss(
    table: RuleTable, assessment: Assessment, most: int, title: str
) -> list[Section]:
    shorts = {s.id: lower_first(sign_short(table, s)) for s in table.warning_signs}
    items = [
        f"{c.name}: {raised_by(c, signs=[shorts[s] for s in c.flagged_by])}"
        for c in assessment.must_not_miss[:most]
    ]
    if rest := [c.name for c in assessment.must_not_miss[most:]]:  # by name, never unsaid
        items.append(t("Also not ruled out: {names}.", names="; ".join(rest)))
    return [Section("must_not_miss", title, "bullets", items)] if items else []


def _urgent(assessment: Assessment) -> list[Section]:
    out = []
    if assessment.tell_the_doctor:
        out.append(
            Section("tell_the_doctor", t("Tell the doctor"), "bullets", assessment.tell_the_doctor)
        )
    out.append(
        Section("while_waiting", t("Until you are seen"), "bullets", assessment.while_waiting)
    )
    later = t("For preventing back pain later, see `tspain prevent` once you have been seen.")
    out.append(Section("prevention", "", "note", [later]))
    return out


def _at_home(table: RuleTable, assessment: Assessment) -> list[Section]:
    """Routine and self-care: the likely causes, what helps, prevention, see a doctor if."""
    out = []
    likely = likely_to_show(assessment)
    if likely:
        why = [raised_by(c) for c in likely]
        after = _likeliest_said(table, assessment, likely)
        title = (  # "Most likely causes" over a line at 2% read oddly (a person, 39th session)
            t("What your answers point to (not a diagnosis)")
            if after
            else t("Most likely causes: what your answers point to (not a diagnosis)")
        )
        out.append(Section("likely", title, "causes", why, likely, after=after))
    helps = assessment.self_care or [t("See a doctor as above; until then, keep gently active.")]
    out.append(Section("self_care", t("What helps now"), "bullets", helps))
    if assessment.prevention:
        out.append(Section("prevention", t("Prevention"), "bullets", assessment.prevention))
    if assessment.see_a_doctor_if:
        out.append(
            Section("see_a_doctor_if", t("See a doctor if"), "bullets", assessment.see_a_doctor_if)
        )
    return out


def _likeliest_said(table: RuleTable, assessment: Assessment, likely: Sequence[CauseResult]) -> str:
    """The likeliest cause overall, when every line shown is unlikely (`likeliest_left_off`)."""
    serious = {cid for cid, cause in table.causes.items() if cause.serious}
    best = likeliest_left_off(assessment, likely, serious)
    if best is None:
        return ""
    said = {
        "name": lower_first(best.family_name or best.name),
        "figure": percent(best.probability),
    }
    if len(likely) > 1:
        return t(
            "Each of these is unlikely: the likeliest cause overall is {name} ({figure}).", **said
        )
    return t("This is unlikely: the likeliest cause overall is {name} ({figure}).", **said)


def _closing(assessment: Assessment, disclaimer: str) -> list[Section]:
    return [
        Section("disclaimer", "", "note", [disclaimer]),
        Section("recap", "", "recap", [assessment.recap]),
    ]
