"""The case library: clinical vignettes with expected triage levels and causes."""

from __future__ import annotations

import pytest
from caselib import (
    PUBLISHED_SETS,
    SECOND_SET_DIR,
    THIRD_SET_DIR,
    Case,
    load_published,
    red_flags_ruled_out,
    run_cases,
    simple_muscular,
    summary,
)

from tspain.answers import check_answers
from tspain.engine import assess, compile_table, sign_holds
from tspain.table import RuleTable

MODES = ("stated", "all_no")


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
    # A serious cause counts where the issue-8 differential shows it: in the top three likely
    # causes or the top three "must not be missed".
    assert s["named"] >= 0.85, s
    assert s["top3"] >= 0.78, s
    assert s["serious_named"] == 1.0, s


# -- the published (held-out) cases: never edited to pass ----------------------------------------


@pytest.fixture(scope="module")
def published(table: RuleTable) -> list[Case]:
    return load_published(table)


def test_published_set_is_large_and_serious_enough(published: list[Case]) -> None:
    stated = [c for c in published if c.mode == "stated"]
    assert len(stated) >= 40
    assert sum(c.serious for c in stated) >= 15


SETS = pytest.mark.parametrize(
    "folder", [f for _, f in PUBLISHED_SETS], ids=[n.split()[0] for n, _ in PUBLISHED_SETS]
)


@SETS
@pytest.mark.parametrize("mode", MODES)
def test_no_published_case_is_under_triaged(table: RuleTable, folder: object, mode: str) -> None:
    """In any published set (each collected after the one before had been tuned on)."""
    cases = load_published(table, folder)  # type: ignore[arg-type]
    assert cases
    under = [
        (o.case.id, o.case.level, o.level)
        for o in run_cases(table, [c for c in cases if c.mode == mode])
        if o.under_triaged
    ]
    assert under == []


@SETS
def test_published_answers_keep_to_the_scripting_contract(table: RuleTable, folder: object) -> None:
    """Each case's answers are what `tspain check --answers` accepts, unchanged."""
    for case in load_published(table, folder):  # type: ignore[arg-type]
        if case.mode == "stated":
            assert check_answers(table, case.answers) == case.answers, case.id


@pytest.mark.parametrize("mode", MODES)
def test_published_figures_do_not_fall(table: RuleTable, published: list[Case], mode: str) -> None:
    """Floors at today's figures (issue 8 note: serious cause named in 24 of 30 serious cases
    as stated, 20 of 30 with the rest "no", once warning signs name their causes; right cause
    in the top three in 17 and 17 of 46);
    the targets it asks for (90% and 80%) are not met and are reported there."""
    s = summary(run_cases(table, [c for c in published if c.mode == mode]))
    assert s["sent_to_emergency"] <= 0.05, s
    assert s["serious_named"] >= {"stated": 24 / 30, "all_no": 20 / 30}[mode] - 1e-9, s
    assert s["top3"] >= {"stated": 17 / 46, "all_no": 17 / 46}[mode] - 1e-9, s


@pytest.mark.parametrize("mode", MODES)
def test_second_set_figures_do_not_fall(table: RuleTable, mode: str) -> None:
    """Floors at the second set's figures after this session (serious cause named in 11 of 16
    as stated, 10 of 16 with the rest "no"; right cause in the top three in 15 and 16 of 31)."""
    cases = [c for c in load_published(table, SECOND_SET_DIR) if c.mode == mode]
    s = summary(run_cases(table, cases))
    assert s["sent_to_emergency"] <= 0.05, s
    assert s["serious_named"] >= {"stated": 11 / 16, "all_no": 10 / 16}[mode] - 1e-9, s
    assert s["top3"] >= {"stated": 15 / 31, "all_no": 16 / 31}[mode] - 1e-9, s


@pytest.mark.parametrize("mode", MODES)
def test_third_set_figures_do_not_fall(table: RuleTable, mode: str) -> None:
    """Floors at the third set's figures on its first run, 2026-12-02 (serious cause named in
    12 of 17 as stated, 14 of 17 with the rest "no"; right cause in the top three in 12 and 14
    of 24)."""
    cases = [c for c in load_published(table, THIRD_SET_DIR) if c.mode == mode]
    s = summary(run_cases(table, cases))
    assert s["sent_to_emergency"] <= 0.05, s
    assert s["serious_named"] >= {"stated": 12 / 17, "all_no": 14 / 17}[mode] - 1e-9, s
    assert s["top3"] >= {"stated": 12 / 24, "all_no": 14 / 24}[mode] - 1e-9, s


def test_simple_muscular_pain_goes_home_once_every_red_flag_is_ruled_out(table: RuleTable) -> None:
    """Issue 8: simple muscle pain with every red flag answered "no" is self-care, whatever
    routine-level questions are left unknown. The published cases of muscle or joint pain in
    which no warning sign holds come out self-care every way their unstated red flags (a
    serious accident, band-like pain, sudden severe pain) can be ruled out."""
    simple = [
        c
        for _, folder in PUBLISHED_SETS
        for c in load_published(table, folder)
        if simple_muscular(table, c)
    ]
    assert len(simple) >= 5
    for case in simple:
        levels = {r.triage.level for r in red_flags_ruled_out(table, case.answers)}
        assert levels == {"self_care"}, (case.id, levels)


def test_every_cause_is_covered(table: RuleTable, cases: list[Case]) -> None:
    expected = {cid for c in cases for cid in c.top3}
    assert set(table.causes) - expected == set()


def test_every_warning_sign_fires_in_some_case(table: RuleTable, cases: list[Case]) -> None:
    fired = {
        sign.id
        for case in cases
        for sign in compile_table(table).signs
        if sign_holds(sign, case.answers)
    }
    assert {s.id for s in table.warning_signs} - fired == set()


@pytest.mark.parametrize("level", ["emergency", "urgent"])
def test_serious_cases_never_advise_self_care(
    table: RuleTable, cases: list[Case], level: str
) -> None:
    for case in cases:
        if case.level == level:
            assert assess(table, case.answers).self_care == [], case.id
