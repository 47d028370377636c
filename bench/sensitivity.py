"""Which estimated numbers the published figures hinge on: a review list for a clinician.

Every likelihood ratio whose basis is an estimate (its own `basis` begins "estimate", or it has
none and its cause's `evidence_basis` calls its rows estimates) is made weaker (its logarithm
halved: x4 becomes x2, x0.25 becomes x0.5) and stronger (its logarithm times 1.5: x4 becomes
x8), and every estimated prior is halved and doubled, one number at a time. The published cases
(every set, the facts as stated) are run again each time, and the change in what a person is
shown is printed, the numbers that move it most first:

    lines   right cause in the first three lines shown
    first   right cause on the first line
    named   serious cause named (those lines, or the first three of must-not-miss)
    alarms  benign cases with a must-not-miss alarm (fewer is better)
    under   cases triaged below their clinician level (must stay 0)

This is a list of what to review first, not a tuning tool: the cases it runs have all been seen,
so a change chosen because it moves these figures is fitted to them. A number should change for a
clinical reason with a source; this says which numbers deserve that attention first.

Usage: python bench/sensitivity.py [--cause ID ...] [--top N]
"""

from __future__ import annotations

import argparse
import copy
import math
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from caselib import PUBLISHED_SETS, load_published, run, run_cases, set_field

from tspain.loading import load_table, table_path
from tspain.table import RuleTable
from tspain.wording import condition_words

FIGURES = ("lines", "first", "named", "alarms", "under")


@dataclass(frozen=True)
class Knob:
    """One estimated number and how to set it in a copy of the table."""

    cause: str
    what: str
    value: float
    set: Callable[[RuleTable, float], None]


def is_estimate(basis: str) -> bool:
    return basis.strip().lower().startswith("estimate")


def knobs(table: RuleTable, causes: Sequence[str] = ()) -> list[Knob]:
    """The estimated numbers: likelihood ratios, then priors, in table order."""
    from tspain.i18n import ENGLISH, load

    texts = load(ENGLISH)
    out = []
    for cid, cause in table.causes.items():
        if causes and cid not in causes:
            continue
        for i, row in enumerate(cause.evidence):
            if (
                row.basis is None
            ):  # the cause's basis speaks for it ("... other rows are estimates")
                if "estimate" not in cause.evidence_basis.lower():
                    continue
            elif not is_estimate(row.basis):
                continue

            def set_lr(t: RuleTable, v: float, cid: str = cid, i: int = i) -> None:
                changed = copy.copy(t.causes[cid].evidence[i])
                set_field(changed, "lr", v)
                set_field(t.causes[cid], "evidence", [*t.causes[cid].evidence])
                t.causes[cid].evidence[i] = changed

            words = condition_words(table, row.when, texts)
            out.append(Knob(cid, f"{words} x{row.lr:g}", row.lr, set_lr))
        if is_estimate(cause.prior_basis):

            def set_prior(t: RuleTable, v: float, cid: str = cid) -> None:
                set_field(t.causes[cid], "prior", v)

            out.append(Knob(cid, f"prior {cause.prior:g}", cause.prior, set_prior))
    return out


def figures(table: RuleTable, folders: Sequence[Path] | None = None) -> dict[str, int]:
    """What a person is shown, counted over the published sets (`folders`: some of them)."""
    chosen = [folder for _, folder in PUBLISHED_SETS] if folders is None else folders
    cases = [c for folder in chosen for c in load_published(table, folder) if c.mode == "stated"]
    o = run_cases(table, cases)
    return {
        "lines": sum(x.shown_top3_ok for x in o),
        "first": sum(x.shown_top1_ok for x in o),
        "named": sum(x.shown_named for x in o if x.case.serious),
        "alarms": sum(bool(x.must_not_miss) for x in o if not x.case.serious),
        "under": sum(x.under_triaged for x in o),
    }


def variants(knob: Knob) -> tuple[tuple[str, float], tuple[str, float]]:
    """(label, value) weaker and stronger: a likelihood ratio's log halved and times 1.5; a
    prior halved and doubled."""
    if knob.what.startswith("prior "):
        return ("half", knob.value / 2), ("double", min(0.9, knob.value * 2))
    log = math.log(knob.value)
    return ("weaker", math.exp(log / 2)), ("stronger", math.exp(log * 1.5))


def moved(
    table: RuleTable,
    knob: Knob,
    value: float,
    base: dict[str, int],
    folders: Sequence[Path] | None = None,
) -> dict[str, int]:
    changed = copy.copy(table)  # shares everything but the changed cause, compiled anew
    vars(changed).pop("_tspain_compiled", None)
    set_field(changed, "causes", {**table.causes, knob.cause: copy.copy(table.causes[knob.cause])})
    knob.set(changed, value)
    now = figures(changed, folders)
    return {k: now[k] - base[k] for k in FIGURES}


def weight(delta: dict[str, int]) -> int:
    """How much a change moves what a person is shown; under-triage counts tenfold."""
    return sum(abs(delta[k]) for k in FIGURES) + 9 * abs(delta["under"])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cause", action="append", default=[], help="only this cause's numbers")
    parser.add_argument("--top", type=int, default=30, help="how many numbers to list")
    args = parser.parse_args(argv)
    table = load_table()
    # which table ran, as bench/cases.py says it: a misspelt TSPAIN_RULES runs the shipped one
    print(f"rule table: {table_path()} (version {table.version})", flush=True)
    unknown = [c for c in args.cause if c not in table.causes]
    if unknown:
        parser.error(f"unknown cause: {', '.join(unknown)}")
    base = figures(table)
    found = knobs(table, args.cause)
    rows = []
    counting = sys.stderr.isatty()  # a count in place on a terminal; to a file, nothing
    for n, knob in enumerate(found, 1):
        if counting:
            print(f"\r{n}/{len(found)} (a few minutes in all)", end="", file=sys.stderr, flush=True)
        deltas = [
            (label, value, moved(table, knob, value, base)) for label, value in variants(knob)
        ]
        rows.append((max(weight(d) for _, _, d in deltas), knob, deltas))
    if counting:
        print(file=sys.stderr)
    print(
        "published cases as stated: "
        + ", ".join(f"{k} {v}" for k, v in base.items())
        + f"; {len(found)} estimated numbers, each made weaker and stronger"
    )
    under = [k.what for _, k, deltas in rows if any(d["under"] > 0 for _, _, d in deltas)]
    print(
        f"numbers whose change triages a case below its level: {len(under)}"
        + (f" ({'; '.join(under)})" if under else "")
    )
    rows.sort(key=lambda r: -r[0])
    for _, knob, deltas in rows[: args.top]:
        print(f"\n{knob.cause}: {knob.what}")
        for label, value, d in deltas:
            shown = "  ".join(f"{k} {d[k]:+d}" for k in FIGURES)
            print(f"  {label:8} ({value:.3g})  {shown}")
    return 0


if __name__ == "__main__":
    run(main)
