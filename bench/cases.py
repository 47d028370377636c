"""Run the case library and print every case: expected vs. got. For whoever edits the table.

python bench/cases.py            # all cases
python bench/cases.py --failing  # only those that disagree
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from caselib import load_cases, run_cases, summary

from tspain.loading import load_table


def main() -> None:
    table = load_table()
    outcomes = run_cases(table, load_cases(table))
    failing_only = "--failing" in sys.argv
    for o in outcomes:
        ok = o.level_ok and o.top3_ok
        if failing_only and ok:
            continue
        mark = "ok  " if ok else ("UNDER" if o.under_triaged else "DIFF")
        print(
            f"{mark} {o.case.id:38} want {o.case.level:9} got {o.level:9} "
            f"want top3 {','.join(o.case.top3) or '-':32} got {','.join(o.top3)}"
        )
    s = summary(outcomes)
    print(
        f"\n{s['cases']:.0f} cases: triage agreement {s['triage_agreement']:.0%}, "
        f"top-1 {s['top1']:.0%}, top-3 {s['top3']:.0%}, "
        f"under-triaged emergencies {s['under_triaged_emergencies']:.0f}"
    )


if __name__ == "__main__":
    main()
