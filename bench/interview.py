"""Replay the case library through the adaptive interview and compare with all questions.

Each case is answered from its own answers ("not sure" where it has none). A checklist counts as
one question asked (one prompt); the questions it covers are reported separately.

    python bench/interview.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from caselib import load_cases, run

from tspain.engine import assess
from tspain.interview import Ask, Checklist, Interview
from tspain.levels import RANK
from tspain.loading import load_table


def main() -> None:
    table = load_table()
    cases = load_cases(table)
    asked, covered, emergency_asked, seconds = [], [], [], []
    non_emergency = ne_top1_in_top3 = 0
    same_level = same_top3 = top1_in_top3 = expected_ok = with_expected = never_lower = 0
    same_mnm = same_top1 = named_ok = full_named_ok = 0
    for case in cases:
        start = time.perf_counter()
        session = Interview(table)
        while (step := session.next()) is not None:
            if isinstance(step, Checklist):
                ticked = [q for q in step.questions if case.answers.get(q) is True]
                if any(q in case.answers for q in step.questions):
                    session.answer_checklist(step, ticked)
                else:
                    session.answer_checklist(step, None)
            else:
                assert isinstance(step, Ask)
                session.answer(step.question, case.answers.get(step.question))
        seconds.append((time.perf_counter() - start) / max(1, len(session.history)))
        adaptive = assess(table, session.known())
        full = assess(table, case.answers)
        asked.append(len(session.history))
        covered.append(len(session.answers))
        if case.level == "emergency":
            emergency_asked.append(len(session.history))
        same_level += adaptive.triage.level == full.triage.level
        same_mnm += {c.id for c in adaptive.must_not_miss} == {c.id for c in full.must_not_miss}
        same_top1 += adaptive.causes[0].id == full.causes[0].id
        never_lower += RANK[adaptive.triage.level] >= RANK[full.triage.level]
        adaptive_top3 = [c.id for c in adaptive.causes[:3]]
        if case.level != "emergency":
            non_emergency += 1
            ne_top1_in_top3 += full.causes[0].id in adaptive_top3
        same_top3 += set(adaptive_top3) == {c.id for c in full.causes[:3]}
        top1_in_top3 += full.causes[0].id in adaptive_top3
        if case.top3:
            with_expected += 1
            expected_ok += all(c in adaptive_top3 for c in case.top3)
            shown = set(adaptive_top3) | {c.id for c in adaptive.must_not_miss[:3]}
            full_shown = {c.id for c in full.causes[:3]} | {c.id for c in full.must_not_miss[:3]}
            named_ok += all(c in shown for c in case.top3)
            full_named_ok += all(c in full_shown for c in case.top3)
    n = len(cases)
    print(f"cases: {n}; questions in the table: {len(table.questions)}")
    print(f"median questions asked: {statistics.median(asked):g}")
    print(f"max questions asked: {max(asked)}")
    print(
        f"median questions answered (checklist items counted one by one): "
        f"{statistics.median(covered):g}"
    )
    print(f"triage equal to the all-questions result: {same_level}/{n} = {same_level / n:.0%}")
    print(f"triage never lower than the all-questions result: {never_lower}/{n}")
    print(f"must-not-miss list equal to the all-questions list: {same_mnm}/{n}")
    print(f"most likely cause equal to the all-questions one: {same_top1}/{n}")
    print(
        f"top-3 agreement (the all-questions top cause is in the adaptive top 3): "
        f"{top1_in_top3}/{n} = {top1_in_top3 / n:.0%}"
    )
    print(
        f"  the same, leaving out emergency cases (they stop at the first sign, by design): "
        f"{ne_top1_in_top3}/{non_emergency} = {ne_top1_in_top3 / non_emergency:.0%}"
    )
    print(
        f"top-3 identical as a set to the all-questions top 3: {same_top3}/{n} "
        f"= {same_top3 / n:.0%}"
    )
    print(
        f"case library's expected causes in the adaptive top 3: {expected_ok}/{with_expected} = "
        f"{expected_ok / with_expected:.0%}"
    )
    print(
        f"expected causes named (top 3 likely or top 3 must-not-miss): adaptive "
        f"{named_ok}/{with_expected} = {named_ok / with_expected:.0%}, all questions "
        f"{full_named_ok}/{with_expected} = {full_named_ok / with_expected:.0%}"
    )
    print(f"median questions asked, emergency cases: {statistics.median(emergency_asked):g}")
    print(f"median time to choose a question: {statistics.median(seconds) * 1000:.1f} ms")


if __name__ == "__main__":
    run(main)
