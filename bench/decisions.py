"""The clinician's open decisions (docs/clinical-review.md), each as a change to the table, and
what each does to the published cases: so that a decision, once taken, is measured in one
command, and so that a new held-out set can measure every one of them the day it arrives.

    python bench/decisions.py                       every set, facts as stated
    python bench/decisions.py --set sixteenth_set   one set (a folder under tests/cases/published)
    python bench/decisions.py --all-no              unmentioned yes/no questions answered "no"

For each decision it prints the change from the table as shipped, in the figures issue 24
counts (the lines and the alarm a person is shown):

    lines   right cause in the first three lines shown (typical: the typical cases only)
    first   right cause on the first line shown
    named   serious cause named (the lines, or the first three of must-not-miss)
    alarms  benign cases with a must-not-miss alarm (fewer is better)
    led     benign cases whose first line is a serious cause (fewer is better)
    under   cases triaged below their clinician level (must stay 0)

Decision 5b (the clot's breathlessness as PIOPED II's 73%) was adopted in table 2026.12.05.7,
decision 9 (a fracture from 55, not 70) in table 2026.12.05.10, decision 10 (a collapsed
lung's breathlessness as its 64%) in table 2026.12.05.11, and decisions 12 (a collapsed lung is
an illness of days) and 14 (a slipped disc and a pinched nerve as one line) in table
2026.12.05.16; none is tried here.
Decisions 2 (age by decade) and 3 (likely causes on an urgent screen) have no figures to try
yet: the first needs incidence by age from a source, the second is a screen layout. Each change
here is what the review document describes, no more: it is a measurement, not a proposal.
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from caselib import PUBLISHED_DIR, PUBLISHED_SETS, load_published, run, run_cases, set_field

from tspain.loading import load_table
from tspain.table import Cause, Count, Evidence, Frequency, RuleTable

FIGURES = ("lines", "typical", "first", "named", "alarms", "led", "under")

SYMPTOMS = (
    "chest_pain_or_pressure",
    "pain_tearing_or_ripping",
    "shortness_of_breath",
    "coughing_blood",
    "pain_with_exertion",
    "fainting_or_clammy",
    "bladder_or_bowel_problems",
    "saddle_numbness",
    "leg_weakness_or_unsteady",
    "fever",
    "weight_loss",
    "numbness_or_tingling_arms_or_legs",
    "rash",
    "urinary_symptoms",
    "calf_swelling",
    "pain_worse_breathing_in",
    "sweating_nausea",
    "upper_abdominal_pain",
    "cough",
    "night_sweats",
)
"""The 20 symptom questions of decision 6's trial."""


@dataclass(frozen=True)
class Decision:
    number: str
    what: str
    change: Callable[[RuleTable], None]


def _cause(table: RuleTable, cid: str) -> Cause:
    """A copy of one cause, put in the table in its place, to change."""
    changed = copy.copy(table.causes[cid])
    set_field(changed, "evidence", list(changed.evidence))
    set_field(changed, "frequencies", list(changed.frequencies))
    set_field(table, "causes", {**table.causes, cid: changed})
    return changed


def _reads(row: Evidence, *questions: str) -> bool:
    return set(row.when) <= set(questions)


def _one(rows: list[Evidence], test: Callable[[Evidence], bool]) -> int:
    """The index of the one row `test` picks: the table changed under this script if not one."""
    found = [i for i, r in enumerate(rows) if test(r)]
    if len(found) != 1:
        raise SystemExit(f"decisions.py: expected one such row, found {len(found)}: table changed?")
    return found[0]


def deyo_under_50(table: RuleTable) -> None:
    cancer = _cause(table, "spinal_cancer")
    cancer.evidence.append(
        Evidence({"age": {"max": 49}}, 0.32, "Deyo & Diehl 1988: under 50, LR- 0.23/0.71")
    )
    i = _one(cancer.evidence, lambda r: "count" in r.when and r.lr == 0.1)
    cancer.evidence[i] = Evidence(cancer.evidence[i].when, 0.3, "with the under-50 row, 0.1")


def infection_rows_as_frequencies(table: RuleTable) -> None:
    infection = _cause(table, "spinal_infection")
    kept = [r for r in infection.evidence if not _reads(r, "fever", "leg_weakness_or_unsteady")]
    set_field(infection, "evidence", kept)
    infection.frequencies.extend(
        [
            Frequency({"fever": True}, 0.5, "Yusuf et al. 2019: about half"),
            Frequency({"leg_weakness_or_unsteady": True}, 0.33, "Davis et al. 2004: about a third"),
        ]
    )
    cancer = _cause(table, "spinal_cancer")  # its x3 row (decision 4, adopted) as a frequency
    set_field(
        cancer,
        "evidence",
        [r for r in cancer.evidence if not _reads(r, "leg_weakness_or_unsteady")],
    )
    cancer.frequencies.append(
        Frequency({"leg_weakness_or_unsteady": True}, 0.5, "Tse (Medscape) 2018: about half")
    )


def outside_picture_halves(table: RuleTable) -> None:
    set_field(table, "questions", {**table.questions})
    for q in SYMPTOMS:
        changed = copy.copy(table.questions[q])
        set_field(changed, "outside_picture", 0.5)
        set_field(changed, "outside_picture_basis", "estimate (decision 6 trial)")
        table.questions[q] = changed


def strain_against_a_torn_aorta(table: RuleTable) -> None:
    aorta = _cause(table, "aortic_dissection")
    aorta.evidence.append(
        Evidence({"injury": ["minor", "major"]}, 0.3, "as the heart attack's row (estimate)")
    )


def fracture_referred_pain(table: RuleTable) -> None:
    fracture = _cause(table, "compression_fracture")
    referred = ({"upper_abdominal_pain": True}, {"sweating_nausea": True})
    for i, row in enumerate(fracture.evidence):
        count = row.when.get("count")
        if isinstance(count, Count) and all(part in count.of for part in referred):
            kept = tuple(part for part in count.of if part not in referred)
            when = {**row.when, "count": dataclasses.replace(count, of=kept)}
            fracture.evidence[i] = dataclasses.replace(row, when=when)


def chest_pain_in_the_lungs(table: RuleTable) -> None:
    lung = _cause(table, "pneumothorax")
    lung.frequencies.append(
        Frequency({"chest_pain_or_pressure": True}, 0.64, "Daley (Medscape) 2020: 64-85%")
    )
    clot = _cause(table, "pulmonary_embolism")
    clot.frequencies.append(
        Frequency({"chest_pain_or_pressure": True}, 0.39, "Miniati et al. 2012: 39-56%")
    )


DECISIONS = (
    Decision(
        "1", "Deyo's under-50 row for spinal cancer (x0.32; no flags 0.1 -> 0.3)", deyo_under_50
    ),
    Decision(
        "5",
        "spinal infection fever 50%, weak legs 33% (joint row gone); cancer weak legs 50%",
        infection_rows_as_frequencies,
    ),
    Decision("6", "a 'yes' outside a cause's rows x0.5, for 20 symptoms", outside_picture_halves),
    Decision("7", "a reported strain or injury x0.3 for a torn aorta", strain_against_a_torn_aorta),
    Decision(
        "8",
        "a fracture neutral on upper tummy pain and nausea (Patel 1991)",
        fracture_referred_pain,
    ),
    Decision(
        "11",
        "chest pain as a frequency: collapsed lung 64% (Daley 2020), clot 39% (Miniati 2012)",
        chest_pain_in_the_lungs,
    ),
)


def figures(table: RuleTable, folders: Sequence[Path], mode: str) -> dict[str, int]:
    cases = [c for f in folders for c in load_published(table, f) if c.mode == mode]
    o = run_cases(table, cases)
    benign = [x for x in o if not x.case.serious]
    return {
        "lines": sum(x.shown_top3_ok for x in o),
        "typical": sum(x.shown_top3_ok for x in o if not x.case.atypical),
        "first": sum(x.shown_top1_ok for x in o),
        "named": sum(x.shown_named for x in o if x.case.serious),
        "alarms": sum(bool(x.must_not_miss) for x in benign),
        "led": sum(x.serious_first for x in benign),
        "under": sum(x.under_triaged for x in o),
        "cases": len(o),
        "serious": sum(x.case.serious for x in o),
        "typical cases": sum(not x.case.atypical for x in o),
    }


def changed(table: RuleTable, decision: Decision) -> RuleTable:
    """A copy of the table with the decision's change, compiled anew."""
    copied = copy.copy(table)
    vars(copied).pop("_tspain_compiled", None)
    set_field(copied, "families", dict(table.families))
    decision.change(copied)
    return copied


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", action="append", default=[], help="a folder of published cases")
    parser.add_argument("--all-no", action="store_true", help="the rest answered 'no'")
    args = parser.parse_args(argv)
    folders = [PUBLISHED_DIR / s for s in args.set] or [f for _, f in PUBLISHED_SETS]
    missing = [str(f) for f in folders if not f.is_dir()]
    if missing:
        parser.error(f"no such set: {', '.join(missing)}")
    mode = "all_no" if args.all_no else "stated"
    table = load_table()
    base = figures(table, folders, mode)
    print(
        f"table {table.version}, {base['cases']} cases ({base['typical cases']} typical, "
        f"{base['serious']} serious), {mode}: " + ", ".join(f"{k} {base[k]}" for k in FIGURES)
    )
    for d in DECISIONS:
        now = figures(changed(table, d), folders, mode)
        shown = "  ".join(f"{k} {now[k] - base[k]:+d}" for k in FIGURES)
        print(f"decision {d.number:3} {shown}   {d.what}")
    return 0


if __name__ == "__main__":
    run(main)
