"""Which causes a result lists as likely, one line per family, and in what words each is said
to match: the choice behind the "Most likely causes" lines of the screen, the reports and the
JSON's `likely` (`layout.py` places them). Pure functions of an assessment."""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Sequence

from tspain.assessment import Assessment, CauseResult
from tspain.differential import DEMOGRAPHIC
from tspain.i18n import t
from tspain.limits import LIKELY, NOTABLE, SHOWN_CAUSES, SHOWN_LIKELY_ANYWAY
from tspain.wording import lower_first


def causes_to_show(assessment: Assessment) -> list[CauseResult]:
    """The causes a person is shown (`lines_of`, on the assessment's ranked causes)."""
    return lines_of(assessment.causes)


def lines_of(causes: Sequence[CauseResult]) -> list[CauseResult]:
    """The causes a person is shown, of `causes` ranked most likely first: those the answers
    point to, one line per family, in order of the figure each line shows.

    A cause is pointed to when the answers made it more likely than its base rate and what the
    person said about the pain is why: the product of its own rules that read more than age and
    sex is above 1 (`raised_by_rules`). Not when its own rules raised it but others rose more
    (a spinal infection at 0.03% on a self-care screen, diabetes being a risk factor); not when
    its share rose only because the answers lowered the others (an injury nobody mentioned,
    after leg weakness lowered the muscle causes); and not by age or sex alone, which shape
    every figure but, as for "must not be missed" (issue 24), do not alone put a cause forward,
    unless they make it likely in itself (SHOWN_LIKELY_ANYWAY). A cause left off stays in the
    JSON: at an emergency stop, a common cause at its base rate would otherwise head the list
    above the heart attack the chest pain points to. With nothing pointed to, the likeliest show.
    """
    pointed = [
        c
        for c in causes
        if c.probability > c.prior
        and (
            raised_by_rules(c, DEMOGRAPHIC)
            or (c.probability >= SHOWN_LIKELY_ANYWAY and raised_by_rules(c))
        )
    ]
    lines = by_family(pointed or list(causes[:LIKELY]))
    # By the figure each line shows (a family's is its members' sum), so that the list never
    # reads 38% above 43% (osteoarthritis above a muscle strain whose likeliest member is 25%).
    return sorted(lines, key=lambda line: -line.probability)[:SHOWN_CAUSES]


def raised_by_rules(cause: CauseResult, leaving_out: frozenset[str] = frozenset()) -> bool:
    """The cause's own rules raise it (their factors, not its share of the probability), those
    that read only questions of `leaving_out` left out."""
    factor = 1.0
    for effect in cause.evidence:
        if not leaving_out.issuperset(effect.questions):
            factor *= effect.lr
    return factor > 1.0 + 1e-9


def by_family(causes: Sequence[CauseResult]) -> list[CauseResult]:
    """One line per family (issue 24), so that the first three are distinct alternatives: a
    family stands where its likeliest member stands (`causes_to_show` then sorts the lines by
    their figures), with its members' likelihoods summed and
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
        names = ", ".join(lower_first(c.name) for c in group)
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
    """What raised a cause, in the person's words, strongest first: "you are 72; the pain
    began suddenly"; a factor under NOTABLE ("the pain is not worse at night", x1.09) only when
    nothing stronger did. For a serious cause listed only because a warning sign names it, that
    sign (`signs`: its words). Rules reading the same answers are said once, and so is a rule
    whose words another's hold ("it started after a minor injury" beside "the pain began
    suddenly and it started after a minor injury")."""
    raises = [e for e in cause.evidence if e.effect == "raises"]  # the engine's: strongest first
    strong = [e for e in raises if e.lr >= NOTABLE] or raises
    raised = list(dict.fromkeys(e.said for e in strong))
    held = [s for s in raised if not any(s != other and s in other for other in raised)]
    said = _facts_once(held[:most]) or (signs or [])[:most]
    return "; ".join(said) if said else t("how common it is")


def _facts_once(said: list[str]) -> list[str]:
    """Each fact once across the reasons: a combined rule's list of the answers it counted,
    "(you have osteoporosis ...; you are 70)", leaves out those an earlier reason listed, and a
    lone fact already listed is not said again (a tester read osteoporosis and age twice in one
    line about a fracture)."""
    seen: set[str] = set()
    out = []
    for reason in said:
        head, bracket, inside = reason.partition(" (")
        if bracket and inside.endswith(")"):
            facts = inside[:-1].split("; ")
            new = [f for f in facts if f not in seen]
            seen.update(facts)
            reason = f"{head} ({'; '.join(new)})" if new else head  # all said: the rule alone
        elif reason in seen:
            continue
        seen.add(reason)
        out.append(reason)
    return out


def percent(probability: float) -> str:
    """A likelihood as people read it: "65%", or "<1%" rather than a misleading "0%"."""
    return "<1%" if probability < 0.005 else f"{probability:.0%}"


def likeliest_left_off(
    assessment: Assessment, shown: Sequence[CauseResult], serious: Collection[str]
) -> CauseResult | None:
    """The likeliest cause overall, as its family's line, when the lines `shown` do not say it:
    each of them is under 1 in 10 (SHOWN_LIKELY_ANYWAY) while it is 1 in 10 or more. Without it a
    list headed "most likely causes" would read a slipped disc at 1% as the likeliest, while a
    posture strain at 52% that sitting raised and a sudden start lowered goes unsaid (the brief's
    section 5: the probability diagnosis comes first). None when a line shown is likely enough,
    and for a cause of `serious` (the table's serious ids), which this sentence never names with a
    figure: its place is "must not be missed"."""
    if not shown or max(c.probability for c in shown) >= SHOWN_LIKELY_ANYWAY:
        return None
    best = max(by_family(assessment.causes), key=lambda c: c.probability)
    if best.probability < SHOWN_LIKELY_ANYWAY or best.id in serious:
        return None
    return best
