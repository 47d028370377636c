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

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from tspain.assessment import Assessment, CauseResult
from tspain.i18n import t
from tspain.levels import pressing
from tspain.limits import EMERGENCY_SERIOUS, LIKELY, SHOWN_CAUSES, SHOWN_SERIOUS
from tspain.table import RuleTable, sign_short

Kind = Literal["action", "bullets", "causes", "note", "recap"]


def causes_to_show(assessment: Assessment) -> list[CauseResult]:
    """The causes a person is shown: those the answers made more likely, most likely first.

    A cause the answers did not raise above its base rate is left off the screen and reports
    (it stays in the JSON): at an emergency stop, a common cause at its base rate would
    otherwise head the list above the heart attack the chest pain points to, and a self-care
    result would list a heart attack at 0%. With nothing raised, the commonest show.
    """
    pointed = [c for c in assessment.causes if c.probability > c.prior]
    return by_family(pointed or list(assessment.causes[:LIKELY]))[:SHOWN_CAUSES]


def by_family(causes: Sequence[CauseResult]) -> list[CauseResult]:
    """One line per family (issue 24), so that the first three are distinct alternatives: a
    family stands where its likeliest member stands, with its members' likelihoods summed and
    their names within ("Muscle and posture strain (poor posture ..., muscle overuse ...)");
    the reasons shown are the likeliest member's."""
    members: dict[str, list[CauseResult]] = {}
    for c in causes:
        members.setdefault(c.family or c.id, []).append(c)
    out = []
    for group in members.values():
        lead = group[0]
        if len(group) == 1 and lead.family_name in ("", lead.name):
            out.append(lead)
            continue
        names = ", ".join(c.name[:1].lower() + c.name[1:] for c in group)
        out.append(
            dataclasses.replace(
                lead,
                name=f"{lead.family_name} ({names})",
                probability=round(sum(c.probability for c in group), 4),
                prior=sum(c.prior for c in group),
            )
        )
    return out


def likely_to_show(assessment: Assessment) -> list[CauseResult]:
    """The likely causes with their figures: those shown, less the ones listed as must-not-miss
    (a serious cause reads "cannot be ruled out at home", never a reassuring "2%")."""
    serious = {c.id for c in assessment.must_not_miss}
    return [c for c in causes_to_show(assessment) if c.id not in serious]


def raised_by(cause: CauseResult, most: int = 3, signs: list[str] | None = None) -> str:
    """What raised a cause, in the person's words: "you are 72; the pain began suddenly"; for a
    serious cause listed only because a warning sign names it, that sign (`signs`: its words)."""
    said = [e.said for e in cause.evidence if e.effect == "raises"][:most] or (signs or [])[:most]
    return "; ".join(said) if said else t("how common it is")


def percent(probability: float) -> str:
    """A likelihood as people read it: "65%", or "<1%" rather than a misleading "0%"."""
    return "<1%" if probability < 0.005 else f"{probability:.0%}"


@dataclass
class Section:
    key: str
    """A stable name: action, why, while_waiting, must_not_miss, not_ruled_out, likely,
    tell_the_doctor, self_care, prevention, see_a_doctor_if, disclaimer, recap."""
    title: str
    kind: Kind
    items: Sequence[str] = ()
    causes: Sequence[CauseResult] = ()
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
