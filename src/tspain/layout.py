"""What a result shows, in what order, for each triage level: built once, here, and rendered by
the screen (`render.py`), the Markdown report and the HTML report (`report.py`). Pure data.

- emergency: the action, why, what to do while waiting, the serious causes as "cannot be ruled
  out at home" - and nothing else (it fits an 80x24 terminal);
- urgent: the action, why, the causes that must not be missed, what to tell the doctor, what is
  safe until then, and a pointer to `tspain prevent`;
- routine and self-care: the action, why, warning signs not ruled out, causes not to be missed,
  the likely causes with their figures, what helps now, prevention, see a doctor if.
Every result ends with the disclaimer and a one-line recap of the action.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from tspain.assessment import (
    SHOWN_SERIOUS,
    Assessment,
    CauseResult,
    likely_to_show,
    raised_by,
)
from tspain.i18n import t
from tspain.levels import pressing
from tspain.table import RuleTable, sign_short

Kind = Literal["action", "bullets", "causes", "note", "recap"]

EMERGENCY_SERIOUS = 3
"""At an emergency, the serious causes listed (the screen must fit 24 lines)."""


@dataclass
class Section:
    key: str
    """A stable name: action, why, while_waiting, must_not_miss, not_ruled_out, likely,
    tell_the_doctor, self_care, prevention, see_a_doctor_if, disclaimer, recap."""
    title: str
    kind: Kind
    items: list[str] = field(default_factory=list)
    causes: list[CauseResult] = field(default_factory=list)
    """For `likely`: the causes with their figures (items hold why each matched)."""


def sections(table: RuleTable, assessment: Assessment) -> list[Section]:
    triage = assessment.triage
    level = triage.level
    out = [Section("action", triage.label, "action", [triage.action])]
    reasons = [r for r in triage.reasons if r.kind != "unanswered"]
    if level == "emergency":  # only what makes it an emergency, and briefly
        reasons = [r for r in reasons if r.level == "emergency"][:2]
    if reasons:
        out.append(Section("why", t("Why"), "bullets", [r.message for r in reasons]))
    serious = assessment.must_not_miss[
        : EMERGENCY_SERIOUS if level == "emergency" else SHOWN_SERIOUS
    ]
    shorts = {s.id: _lower_first(sign_short(table, s)) for s in table.warning_signs}
    serious_items = [
        f"{c.name}: {raised_by(c, signs=[shorts[s] for s in c.flagged_by])}" for c in serious
    ]
    if level == "emergency":
        waiting = assessment.while_waiting
        out.append(
            Section("while_waiting", t("While you wait for the ambulance"), "bullets", waiting)
        )
        levels = {s.id: s.level for s in table.warning_signs}
        gravest = [
            c for c in serious if pressing(c.care, c.flagged_by, levels) == "emergency"
        ] or serious
        if gravest:
            names = "; ".join(c.name for c in gravest)
            out.append(
                Section("must_not_miss", t("Cannot be ruled out at home"), "bullets", [names])
            )
        first_sentence = assessment.disclaimer.split(". ")[0].rstrip(".") + "."
        out.append(Section("disclaimer", "", "note", [first_sentence]))
        out.append(Section("recap", "", "recap", [assessment.recap]))
        return out
    if assessment.unanswered_warning_signs and level in ("routine", "self_care"):
        questions = table.questions
        out.append(
            Section(
                "not_ruled_out",
                t("Not ruled out (you did not answer these warning signs)"),
                "bullets",
                [
                    questions[q].short or questions[q].text
                    for q in assessment.unanswered_warning_signs
                ],
            )
        )
    if serious_items:
        out.append(
            Section(
                "must_not_miss",
                t("Must not be missed: cannot be ruled out at home"),
                "bullets",
                serious_items,
            )
        )
    if level == "urgent":
        if assessment.tell_the_doctor:
            out.append(
                Section(
                    "tell_the_doctor", t("Tell the doctor"), "bullets", assessment.tell_the_doctor
                )
            )
        out.append(
            Section("while_waiting", t("Until you are seen"), "bullets", assessment.while_waiting)
        )
        out.append(
            Section(
                "prevention",
                "",
                "note",
                [
                    t(
                        "For preventing back pain later, see `tspain prevent` "
                        "once you have been seen."
                    )
                ],
            )
        )
    else:
        likely = likely_to_show(assessment)
        if likely:
            out.append(
                Section(
                    "likely",
                    t("Most likely causes: what your answers point to (not a diagnosis)"),
                    "causes",
                    [raised_by(c) for c in likely],
                    likely,
                )
            )
        out.append(
            Section(
                "self_care",
                t("What helps now"),
                "bullets",
                assessment.self_care
                or [t("See a doctor as above; until then, keep gently active.")],
            )
        )
        if assessment.prevention:
            out.append(Section("prevention", t("Prevention"), "bullets", assessment.prevention))
        if assessment.see_a_doctor_if:
            out.append(
                Section(
                    "see_a_doctor_if", t("See a doctor if"), "bullets", assessment.see_a_doctor_if
                )
            )
    out.append(Section("disclaimer", "", "note", [assessment.disclaimer]))
    out.append(Section("recap", "", "recap", [assessment.recap]))
    return out


def _lower_first(text: str) -> str:
    """A sign's short as part of a sentence: "pain that came on suddenly ..."."""
    return text[:1].lower() + text[1:]
