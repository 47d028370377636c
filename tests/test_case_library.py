"""The case library: clinical vignettes with expected triage levels and causes."""

from __future__ import annotations

import pytest
from caselib import Case, run_cases, summary

from tspain.engine import assess, compile_table, holds
from tspain.table import RuleTable


def test_library_is_large_enough(cases: list[Case]) -> None:
    assert len(cases) >= 40
    assert {c.level for c in cases} == {"emergency", "urgent", "routine", "self_care"}


def test_no_emergency_is_under_triaged(table: RuleTable, cases: list[Case]) -> None:
    missed = [
        (o.case.id, o.level)
        for o in run_cases(table, cases)
        if o.case.level == "emergency" and o.level != "emergency"
    ]
    assert missed == []


def test_agreement_targets(table: RuleTable, cases: list[Case]) -> None:
    s = summary(run_cases(table, cases))
    assert s["triage_agreement"] >= 0.90, s
    assert s["top3"] >= 0.85, s


def test_every_cause_is_covered(table: RuleTable, cases: list[Case]) -> None:
    expected = {cid for c in cases for cid in c.top3}
    assert set(table.causes) - expected == set()


def test_every_warning_sign_fires_in_some_case(table: RuleTable, cases: list[Case]) -> None:
    fired = {
        sign.id
        for case in cases
        for sign in compile_table(table).signs
        if holds(sign.clauses, case.answers)
    }
    assert {s.id for s in table.warning_signs} - fired == set()


@pytest.mark.parametrize("level", ["emergency", "urgent"])
def test_serious_cases_never_advise_self_care(
    table: RuleTable, cases: list[Case], level: str
) -> None:
    for case in cases:
        if case.level == level:
            assert assess(table, case.answers).self_care == [], case.id
