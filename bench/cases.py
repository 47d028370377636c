"""Run the case library and print every case: expected vs. got. For whoever edits the table.

Our own vignettes and the published (held-out) cases are reported apart; each published case
runs twice: with only what it states, and with every unmentioned yes/no answered "no".

python bench/cases.py            # all cases
python bench/cases.py --failing  # only those that disagree
python bench/cases.py --vignettes  # our vignettes only: a first look after an edit (1 s)
python bench/cases.py --ceiling  # published cases outside the top three: how far their facts
                                 # raise the diagnosis, and how much more it would need; and
                                 # serious cases by how far facts beyond age and sex raise them
python bench/cases.py --allow-unsafe-table  # a copy that fails the safety check (TSPAIN_RULES):
                                 # to see what a weakened sign does to the cases (a maintainer
                                 # could not, as tspain refuses such a table)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from caselib import (
    BEYOND_BANDS,
    MUSCULAR,
    PUBLISHED_SETS,
    Case,
    Outcome,
    beyond_band,
    describe,
    load_cases,
    load_published,
    red_flags_ruled_out,
    run,
    run_cases,
    simple_muscular,
    summary,
)

from tspain.engine import assess
from tspain.loading import TableError, load_table, table_path
from tspain.safety import contract_problems
from tspain.scoring import probabilities
from tspain.table import RuleTable

LEGEND = (
    "marks: ok; UNDER triage below the case's level; OVER above it; CAUSE a cause the case "
    "expects is not in the top three (a mark may be two, as OVER+CAUSE). mnm: the first three "
    '"must not be missed" causes'
)


def mark(o: Outcome) -> str:
    """What is wrong with one case's outcome, in words a search can find: over-triage and a
    cause missed were both "DIFF" (a maintainer-tester, thirty-ninth session)."""
    level = "UNDER" if o.under_triaged else ("OVER" if not o.level_ok else "")
    return "+".join(m for m in (level, "" if o.top3_ok else "CAUSE") if m) or "ok"


def report(title: str, table: object, cases: list[Case], failing_only: bool) -> None:
    outcomes = run_cases(table, cases)  # type: ignore[arg-type]
    print(f"== {title}")
    for o in outcomes:
        if failing_only and mark(o) == "ok":
            continue
        mnm = ",".join(o.must_not_miss[:3]) or "-"
        print(
            f"{mark(o):11} {o.case.id:34} want {o.case.level:9} got {o.level:9} "
            f"want {','.join(o.case.top3) or '-':22} got {','.join(o.top3)}  mnm {mnm}"
        )
    print(describe(summary(outcomes)) + "\n")


def self_care_share(table: RuleTable, cases: list[Case]) -> None:
    """Simple muscular pain with every red flag ruled out: how often it is sent home. A red
    flag that a choice or number question tests (a serious accident, band-like pain, sudden
    severe pain) is ruled out every way it can be; each way counts."""
    simple = [c for c in cases if simple_muscular(table, c)]
    ways = {c.id: [r.triage.level for r in red_flags_ruled_out(table, c.answers)] for c in simple}
    home = [cid for cid, levels in ways.items() if levels and set(levels) == {"self_care"}]
    muscular = sum(c.mode == "all_no" and c.top3[0] in MUSCULAR for c in cases)
    print(
        f"simple muscular pain (of {muscular} muscular cases, {len(simple)} in which no warning "
        f"sign holds with the rest 'no'): self-care whichever way each red flag is ruled out in "
        f"{len(home)}/{len(simple)}; not: {sorted(set(ways) - set(home))}\n"
    )


def _odds(p: float) -> float:
    return p / (1.0 - p)


def ceiling(table: object, cases: list[Case], title: str) -> None:
    """For each published case whose diagnosis is outside the top three: how many times the
    case's own facts multiply its odds against its base rate, and how many times more it would
    need to reach the top three. A case whose facts raise its diagnosis less than 2x holds
    almost nothing that points to it: only an untruthful table would rank it higher."""
    for mode in ("stated", "all_no"):
        rows = []
        for case in (c for c in cases if c.mode == mode):
            probs = probabilities(table, case.answers)  # type: ignore[arg-type]
            want = case.top3[0]
            ranked = sorted(probs, key=lambda c: -probs[c])
            if ranked.index(want) < 3:
                continue
            prior = table.causes[want].prior  # type: ignore[attr-defined]
            raised = _odds(probs[want]) / _odds(prior)
            third = probs[[c for c in ranked if c != want][2]]
            rows.append(
                (raised, case.id, want, ranked.index(want) + 1, _odds(third) / _odds(probs[want]))
            )
        poor = sum(r[0] < 2 for r in rows)
        print(
            f"== {title}, {mode}: {len(rows)} cases outside the top three; in {poor} of "
            "them the facts raise the diagnosis less than 2x"
        )
        for raised, cid, want, rank, need in sorted(rows):
            print(
                f"  {cid:34} {want:24} rank {rank:2}  raised x{raised:<7.2f} needs x{need:.1f} more"
            )
        print()


def named_ceiling(table: RuleTable, cases: list[Case], title: str) -> None:
    """Serious cases (stated facts), by how far what they state beyond age and sex raises their
    diagnosis (its own odds with every answer, over its own odds from age and sex alone), and
    how many tspain names in each band (the first three lines shown, or the first three
    must-not-miss). A rule that never raises an alarm on age or sex alone (issue 24 item 3) can
    name a case of the first band only through the likely lines: this is what bounds "serious
    cause named", whatever the thresholds."""
    serious = [c for c in cases if c.mode == "stated" and c.serious]
    outcomes = {o.case.id: o for o in run_cases(table, serious)}
    bands: dict[str, list[bool]] = {label: [] for _, label in BEYOND_BANDS}
    for case in serious:
        bands[beyond_band(table, case)].append(outcomes[case.id].shown_named)
    parts = [f"{label}: {sum(b)}/{len(b)} named" for label, b in bands.items()]
    print(
        f"== {title}: {len(serious)} serious cases; facts beyond age and sex raise the "
        f"diagnosis {'; '.join(parts)}"
    )


def _fingerprint(where: Path) -> str:
    import hashlib

    return hashlib.sha256(where.read_bytes()).hexdigest()[:12]


OPTIONS = ("--failing", "--vignettes", "--ceiling", "--allow-unsafe-table")


def main() -> None:
    unknown = [a for a in sys.argv[1:] if a not in OPTIONS]
    if unknown:  # "--vignetes" ran the whole library and exited 0 (a maintainer)
        sys.exit(f"bench/cases.py: unknown option {unknown[0]!r} (options: {', '.join(OPTIONS)})")
    unsafe = "--allow-unsafe-table" in sys.argv
    try:
        table = load_table(allow_unsafe=unsafe)
    except TableError as err:  # a copy named by TSPAIN_RULES: its faults at their lines, as
        # validate says them (they had no lines: a maintainer-tester, thirty-third session)
        sys.exit(str(err))
    # Which table ran: a maintainer trying a copy sets TSPAIN_RULES (README), and a misspelt
    # variable would silently run the shipped one.
    # With its bytes' fingerprint: a copy keeps the shipped version while it is edited, and a
    # run before and after an edit had the same header (a maintainer-tester, 39th session).
    where = table_path()
    print(f"rule table: {where} (version {table.version}, sha256 {_fingerprint(where)})")
    print(LEGEND)
    if unsafe and (broken := contract_problems(table)):
        print(f"WARNING: this table fails tspain's safety check (problems: {len(broken)})")
    sets = [(name, load_published(table, folder)) for name, folder in PUBLISHED_SETS]
    if "--ceiling" in sys.argv:
        for name, published in sets:
            ceiling(table, published, name)
        pooled_cases = [c for name, cases in sets if name != "sixth published set" for c in cases]
        named_ceiling(table, pooled_cases, "published sets 1-5")
        for name, published in sets:
            named_ceiling(table, published, name)
        return
    failing_only = "--failing" in sys.argv
    report("our vignettes", table, load_cases(table), failing_only)
    if "--vignettes" in sys.argv:
        return
    for name, published in sets:
        for mode, how in (
            ("stated", "only what each states"),
            ("all_no", "every unmentioned yes/no answered no"),
        ):
            cases = [c for c in published if c.mode == mode]
            report(f"{name}, {how}", table, cases, failing_only)
        self_care_share(table, published)
    pooled(table, [case for _, published in sets for case in published])


def pooled(table: RuleTable, cases: list[Case]) -> None:
    """Every published set together, serious and other diagnoses apart: the figures the issue's
    targets are stated in. Then typical and atypical presentations apart (each collector's
    call, made before tspain saw the case): case reports are published because they are
    unusual, so how the set splits weighs on the pooled figure."""
    outcomes = run_cases(table, cases)
    print("== all published sets together")
    for mode in ("stated", "all_no"):
        for label, keep in (("all", None), ("serious", True), ("not serious", False)):
            chosen = [o for o in outcomes if o.case.mode == mode and keep in (None, o.case.serious)]
            print(f"{mode:6} {label:11} " + describe(summary(chosen)))
        for label, atypical in (("typical", False), ("atypical", True)):
            chosen = [o for o in outcomes if o.case.mode == mode and o.case.atypical is atypical]
            print(f"{mode:6} {label:11} " + describe(summary(chosen)))
        benign_alarms(table, [c for c in cases if c.mode == mode and not c.serious], mode)


def benign_alarms(table: RuleTable, benign: list[Case], mode: str) -> None:
    """Benign cases with a must-not-miss alarm, by where the alarm comes from: a warning sign
    that holds and names the cause (the brief's red flags: the floor any rule must keep), or
    the numbers alone (issue 24's rule: own evidence beyond age and sex, over a floor)."""
    by_sign = by_numbers = 0
    for case in benign:
        listed = assess(table, case.answers).must_not_miss
        if any(not c.flagged_by for c in listed):
            by_numbers += 1
        elif listed:
            by_sign += 1
    print(
        f"{mode:6} benign cases with an alarm: {by_sign + by_numbers} of {len(benign)}; "
        f"{by_sign} only from warning signs that hold, {by_numbers} with one from the numbers"
    )


if __name__ == "__main__":
    run(main)
