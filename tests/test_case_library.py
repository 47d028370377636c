"""The case library: clinical vignettes with expected triage levels and causes."""

from __future__ import annotations

from pathlib import Path

import pytest
from caselib import (
    EIGHTEENTH_SET_DIR,
    EIGHTH_SET_DIR,
    ELEVENTH_SET_DIR,
    FIFTEENTH_SET_DIR,
    FIFTH_SET_DIR,
    FOURTEENTH_SET_DIR,
    FOURTH_SET_DIR,
    HELD_APART,
    NINETEENTH_SET_DIR,
    NINTH_SET_DIR,
    PUBLISHED_DIR,
    PUBLISHED_SETS,
    SECOND_SET_DIR,
    SEVENTEENTH_SET_DIR,
    SEVENTH_SET_DIR,
    SIXTEENTH_SET_DIR,
    SIXTH_SET_DIR,
    TENTH_SET_DIR,
    THIRD_SET_DIR,
    THIRTEENTH_SET_DIR,
    TWELFTH_SET_DIR,
    TWENTIETH_SET_DIR,
    TWENTYFIRST_SET_DIR,
    TWENTYFOURTH_SET_DIR,
    TWENTYSECOND_SET_DIR,
    TWENTYTHIRD_SET_DIR,
    Case,
    CaseError,
    Outcome,
    load_cases,
    load_published,
    red_flags_ruled_out,
    run,
    run_cases,
    simple_muscular,
    summary,
)

from tspain.answers import check_answers
from tspain.compiled import compile_table
from tspain.engine import assess
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


def test_every_vignette_triages_as_written(table: RuleTable, cases: list[Case]) -> None:
    """Issue 24: our own vignettes keep their triage, 100% (over-triage too: a table change that
    moves one, as a new emergency sign may, moves the vignette with a comment saying why)."""
    moved = [
        (o.case.id, o.case.level, o.level)
        for o in run_cases(table, cases)
        if o.case.level != o.level
    ]
    assert moved == []


def test_agreement_targets(table: RuleTable, cases: list[Case]) -> None:
    s = summary(run_cases(table, cases))
    assert s["triage_agreement"] >= 0.90, s
    # A serious cause counts where the issue-8 differential shows it: in the top three likely
    # causes or the top three "must not be missed".
    assert s["named"] >= 0.85, s
    assert s["top3"] >= 0.78, s
    assert s["serious_named"] == 1.0, s


def test_named_counts_the_top_three_of_must_not_miss_and_listed_the_whole_list() -> None:
    case = Case("x", "", "urgent", ("spinal_infection",), {}, "x.toml", serious=True)
    fourth = ("heart_attack", "aortic_dissection", "pneumothorax", "spinal_infection")
    likely = ("poor_posture", "muscle_overuse", "myofascial_pain")
    for must, named, listed in (
        (fourth, False, True),
        (fourth[1:], True, True),
        ((), False, False),
    ):
        outcome = Outcome(case, "urgent", likely, must)
        assert (outcome.named, outcome.listed) == (named, listed), must
    s = summary([Outcome(case, "urgent", likely, fourth)])
    assert (s["serious_named"], s["serious_listed"]) == (0.0, 1.0)


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


UNSAYABLE = {
    "pub15_herniated_disc_barrow_nd": {"leg_weakness_or_unsteady": True},
}
"""Published cases whose level rests on a fact the answers could not say when they were
collected, with that fact as the answers say it now. A held-out case is never edited, so it
stays as collected; the test below checks that it is under-triaged only for want of that fact,
and that with it the level is reached. The thoracic disc of the fifteenth set had "slight
numbness in her legs": the brief's emergency sign is numbness in both legs, which no question
asked (only "numbness or tingling in an arm or a leg", urgent) until table 2026.12.05.2."""


@SETS
@pytest.mark.parametrize("mode", MODES)
def test_no_published_case_is_under_triaged(table: RuleTable, folder: object, mode: str) -> None:
    """In any published set (each collected after the one before had been tuned on)."""
    cases = load_published(table, folder)  # type: ignore[arg-type]
    assert cases
    outcomes = run_cases(table, [c for c in cases if c.mode == mode])
    under = [(o.case.id, o.case.level, o.level) for o in outcomes if o.under_triaged]
    unsayable = [u for u in under if u[0] in UNSAYABLE]
    assert [u for u in under if u[0] not in UNSAYABLE] == []
    for o in outcomes:
        if o.case.id in UNSAYABLE:
            said = {**o.case.answers, **UNSAYABLE[o.case.id]}
            assert assess(table, said).triage.level == o.case.level, o.case.id
            assert (o.case.id, o.case.level, o.level) in unsayable, "no longer needed here"


@SETS
def test_published_answers_keep_to_the_scripting_contract(table: RuleTable, folder: object) -> None:
    """Each case's answers are what `tspain check --answers` accepts, unchanged."""
    for case in load_published(table, folder):  # type: ignore[arg-type]
        if case.mode == "stated":
            assert check_answers(table, case.answers) == case.answers, case.id


FLOORS = {
    # set: {mode: (serious cause named, right cause in the top three)}, as (cases, of cases).
    # first: after five sessions of tuning on it, once warning signs name their causes;
    # second: after the session that used it for one decision;
    # third and fourth: their first runs, 2026-12-02, before any table change that followed;
    # fifth: its first run, on table 2026.12.02.2 (the first set with the TB, painkiller and
    # heartburn questions available to its collector).
    # Issue 24 (table 2026.12.04.1) changed what "must not be missed" means: no longer every
    # serious cause raised twice by anything, age and sex included (82% of benign cases drew an
    # alarm, 1.8 each), but one whose own evidence beyond age and sex raised it more than 3x,
    # at a probability floor. The "named" floors that counted those demographic alarms are set
    # to the issue-24 figures (first 24->21 and 20->17, second 11->9 and 10->10, third all_no
    # 14->13, fifth 8->5 and 7->6); the third set's all_no top three fell 14->12 with the
    # competing causes, others rose and are ratcheted. test_must_not_miss_means_something
    # holds the other side of the trade.
    PUBLISHED_DIR: {"stated": ((21, 30), (18, 46)), "all_no": ((17, 30), (17, 46))},
    SECOND_SET_DIR: {"stated": ((9, 16), (15, 31)), "all_no": ((10, 16), (17, 31))},
    THIRD_SET_DIR: {"stated": ((13, 17), (13, 24)), "all_no": ((13, 17), (12, 24))},
    FOURTH_SET_DIR: {"stated": ((3, 5), (6, 17)), "all_no": ((2, 5), (7, 17))},
    FIFTH_SET_DIR: {"stated": ((5, 11), (5, 15)), "all_no": ((6, 11), (6, 15))},
    # sixth: first run 2026-12-04 on the old scoring (named 21/22 and 20/22; top three 23/48
    # and 27/48), then its first run on issue 24's differential, which it had never seen:
    # top three up (25, 28), named down to 16 of 22 both ways. Four of the five cases it stopped
    # naming state only age, sex and where the pain is (a compression fracture in a woman of 72):
    # the alarm from demographics alone that issue 24 removes. The floors are the second run's.
    SIXTH_SET_DIR: {"stated": ((16, 22), (25, 48)), "all_no": ((16, 22), (28, 48))},
    # seventh: its first run, 2026-12-04, on table 2026.12.04.2 with the lines as shown.
    SEVENTH_SET_DIR: {"stated": ((2, 3), (3, 6)), "all_no": ((2, 3), (3, 6))},
    # eighth: its first run, 2026-12-04, on table 2026.12.04.2, committed unseen (b3d989e).
    EIGHTH_SET_DIR: {"stated": ((14, 19), (19, 37)), "all_no": ((14, 19), (18, 37))},
    # ninth: its first run, 2026-12-04, on table 2026.12.04.2, committed unseen (786ccbd).
    NINTH_SET_DIR: {"stated": ((17, 22), (31, 53)), "all_no": ((18, 22), (33, 53))},
    # tenth: its first run, 2026-12-04, on table 2026.12.04.3 (the same figures on .2 as stated;
    # with the rest "no", .3 shows one more right line and one fewer serious cause first).
    TENTH_SET_DIR: {"stated": ((5, 5), (11, 17)), "all_no": ((5, 5), (12, 17))},
}
# Table 2026.12.04.3: pain on breathing in no longer counts against the muscle and chest-wall
# causes (it is in their picture: Ronga et al. 2012). Posture, overuse and injury now hold their
# place beside pleurisy and a clot, so this single-cause ranking lists two muscle causes where a
# pneumothorax or a clot stood third: named first 21->20 and sixth 16->14 as stated; top three
# first 18->16 and 17->16, sixth 25->23, eighth (rest "no") 18->17. The lines as shown (one per
# family, the measure) lose none of those and gain: SHOWN_FLOORS, ratcheted.
FLOORS[PUBLISHED_DIR] = {"stated": ((20, 30), (16, 46)), "all_no": ((17, 30), (16, 46))}
FLOORS[SIXTH_SET_DIR] = {"stated": ((14, 22), (23, 48)), "all_no": ((16, 22), (28, 48))}
FLOORS[EIGHTH_SET_DIR] = {"stated": ((14, 19), (19, 37)), "all_no": ((14, 19), (17, 37))}
FLOORS[NINTH_SET_DIR] = {"stated": ((17, 22), (32, 53)), "all_no": ((18, 22), (33, 53))}
# Table 2026.12.04.4: chest pain no longer counts against the same four causes (pain from the
# thoracic spine's joints and muscles is often felt in the front of the chest: Murtagh's General
# Practice). Decided before the eleventh set was collected. The same trade as .3, in this
# single-cause ranking only: a third muscle cause now stands where a serious one stood third.
# Top three: first 16->15 both ways, second 15->14 and 17->16, sixth (rest "no") 28->27, ninth
# 32->31 as stated, tenth (rest "no") 12->10; named: second 9->8 and 10->9. The lines as shown
# lose none and gain (fourth +2, ninth +1): SHOWN_FLOORS, ratcheted.
FLOORS[PUBLISHED_DIR] = {"stated": ((20, 30), (15, 46)), "all_no": ((17, 30), (15, 46))}
FLOORS[SECOND_SET_DIR] = {"stated": ((8, 16), (14, 31)), "all_no": ((9, 16), (16, 31))}
FLOORS[SIXTH_SET_DIR] = {"stated": ((14, 22), (23, 48)), "all_no": ((16, 22), (27, 48))}
FLOORS[NINTH_SET_DIR] = {"stated": ((17, 22), (31, 53)), "all_no": ((18, 22), (33, 53))}
FLOORS[TENTH_SET_DIR] = {"stated": ((5, 5), (11, 17)), "all_no": ((5, 5), (10, 17))}
# eleventh: its first run, 2026-12-04, on table 2026.12.04.4 (decided before the set was
# collected; table .3 gives the same figures on it).
FLOORS[ELEVENTH_SET_DIR] = {"stated": ((19, 20), (21, 29)), "all_no": ((18, 20), (19, 29))}
# twelfth: its first run, 2026-12-04, on table 2026.12.04.5 (no change decided for it).
FLOORS[TWELFTH_SET_DIR] = {"stated": ((14, 17), (26, 37)), "all_no": ((14, 17), (27, 37))}
# thirteenth: its first run, 2026-12-04, on table 2026.12.04.6 (decided before the set was
# collected; table .5 gives the same figures on it).
FLOORS[THIRTEENTH_SET_DIR] = {"stated": ((19, 20), (28, 41)), "all_no": ((18, 20), (27, 41))}
# fourteenth: its first run, 2026-12-05, on table 2026.12.04.6 (no change decided for it; the
# trial of docs/clinical-review.md decision 6 gives the same figures on it as stated).
FLOORS[FOURTEENTH_SET_DIR] = {"stated": ((13, 16), (10, 21)), "all_no": ((12, 16), (9, 21))}
# fifteenth: its first run, 2026-12-05, on table 2026.12.05.1 (no change decided for it; .05.2
# only rewords the leg question, and gives the same figures).
FLOORS[FIFTEENTH_SET_DIR] = {"stated": ((14, 21), (16, 33)), "all_no": ((13, 21), (19, 33))}
# sixteenth: its first run, 2026-12-05, on table 2026.12.05.4 (no change decided for it; table
# .05.3 gives one line fewer each way, as docs/clinical-review.md records).
FLOORS[SIXTEENTH_SET_DIR] = {"stated": ((20, 26), (34, 54)), "all_no": ((21, 26), (39, 54))}
# seventeenth: its first run, 2026-12-05, on table 2026.12.05.5 (its two new questions, made
# while the set was collected, are answered by no case; table .05.4 gives the same figures).
# Ratcheted for table .05.6 (chest pain no longer counts against a broken vertebra): as
# stated, named 20 -> 21, top 3 30 -> 31.
FLOORS[SEVENTEENTH_SET_DIR] = {"stated": ((21, 28), (31, 51)), "all_no": ((21, 28), (31, 51))}
# eighteenth: its first run, 2026-12-05, on table 2026.12.05.6 (decided before the set was
# collected; .05.5 and .05.4 give the same figures on it).
FLOORS[EIGHTEENTH_SET_DIR] = {"stated": ((10, 13), (18, 39)), "all_no": ((9, 13), (22, 39))}
# Table 2026.12.05.7 adopts decision 5b (the clot's breathlessness as PIOPED II's 73%) by the
# rule docs/clinical-review.md wrote before the eighteenth set was read (it lost nothing there).
# The trade that rule named, in this single-cause ranking: the clot rises past a collapsed lung
# and a torn aorta. Top three: first set 15 -> 16 both ways, fifteenth 16 -> 15 as stated (a
# breathless collapsed lung at 25: the clot now second in the JSON, the lung still first on the
# lines), seventeenth 31 -> 32 with the rest "no", eighteenth 18 -> 19 as stated; named:
# seventeenth 21 -> 20 with the rest "no" (a collapsed lung fourth of must-not-miss, behind the
# clot, and on the lines shown). SHOWN_FLOORS: the eleventh loses a line (below).
FLOORS[PUBLISHED_DIR] = {"stated": ((20, 30), (16, 46)), "all_no": ((17, 30), (16, 46))}
FLOORS[FIFTEENTH_SET_DIR] = {"stated": ((14, 21), (15, 33)), "all_no": ((13, 21), (19, 33))}
FLOORS[SEVENTEENTH_SET_DIR] = {"stated": ((21, 28), (31, 51)), "all_no": ((20, 28), (32, 51))}
FLOORS[EIGHTEENTH_SET_DIR] = {"stated": ((10, 13), (19, 39)), "all_no": ((9, 13), (22, 39))}
# nineteenth: its first run, 2026-12-05, on table 2026.12.05.9 (decided before the set was
# collected; .05.10 gives the same figures on it).
FLOORS[NINETEENTH_SET_DIR] = {"stated": ((4, 9), (24, 37)), "all_no": ((5, 9), (27, 37))}
# Ratcheted for table 2026.12.05.10 (decision 9 adopted by the rule docs/clinical-review.md
# wrote before the nineteenth set was read: a minor strain is a sign of a fragile spine from
# 55, Enthoven et al. 2016): sixth named 14 -> 15 and top 3 23 -> 24 as stated; thirteenth
# 19 -> 20 and 28 -> 29 as stated, 18 -> 19 and 27 -> 28 with the rest "no"; sixteenth
# 20 -> 21 and 34 -> 35, 21 -> 22 and 39 -> 40; eighteenth 9 -> 10 and 22 -> 23 with the
# rest "no". No JSON floor falls.
FLOORS[SIXTH_SET_DIR] = {"stated": ((15, 22), (24, 48)), "all_no": ((16, 22), (27, 48))}
FLOORS[THIRTEENTH_SET_DIR] = {"stated": ((20, 20), (29, 41)), "all_no": ((19, 20), (28, 41))}
FLOORS[SIXTEENTH_SET_DIR] = {"stated": ((21, 26), (35, 54)), "all_no": ((22, 26), (40, 54))}
FLOORS[EIGHTEENTH_SET_DIR] = {"stated": ((10, 13), (19, 39)), "all_no": ((10, 13), (23, 39))}
# twentieth: its first run, 2026-12-05, on table 2026.12.05.10 (decided before the set was
# collected).
FLOORS[TWENTIETH_SET_DIR] = {"stated": ((21, 26), (28, 46)), "all_no": ((18, 26), (29, 46))}
# Table 2026.12.05.11 adopts decision 10 (a collapsed lung's breathlessness as its 64%, Daley
# 2020) by the rule docs/clinical-review.md wrote before the twentieth set was read (it gained
# first lines there both ways and lost nothing). The trade that rule weighed on the earlier
# sets, in this single-cause ranking: the sixteenth 35 -> 34 as stated (a pneumonia with chest
# pain and breathlessness: the collapsed lung now third in the JSON, the pneumonia fourth).
# Raised, and ratcheted: ninth 31 -> 33 as stated; fourteenth 9 -> 10 and seventeenth named
# 20 -> 21 and 32 -> 33 with the rest "no"; fifteenth 15 -> 16 as stated; twentieth 28 -> 29
# and 29 -> 31.
FLOORS[NINTH_SET_DIR] = {"stated": ((17, 22), (33, 53)), "all_no": ((18, 22), (33, 53))}
FLOORS[FOURTEENTH_SET_DIR] = {"stated": ((13, 16), (10, 21)), "all_no": ((12, 16), (10, 21))}
FLOORS[FIFTEENTH_SET_DIR] = {"stated": ((14, 21), (16, 33)), "all_no": ((13, 21), (19, 33))}
FLOORS[SIXTEENTH_SET_DIR] = {"stated": ((21, 26), (34, 54)), "all_no": ((22, 26), (40, 54))}
FLOORS[SEVENTEENTH_SET_DIR] = {"stated": ((21, 28), (31, 51)), "all_no": ((21, 28), (33, 51))}
FLOORS[TWENTIETH_SET_DIR] = {"stated": ((21, 26), (29, 46)), "all_no": ((18, 26), (31, 46))}
# twenty-first: its first run, 2026-12-05, on table 2026.12.05.13 (decided before the set was
# collected).
FLOORS[TWENTYFIRST_SET_DIR] = {"stated": ((16, 20), (11, 22)), "all_no": ((16, 20), (12, 22))}
# twenty-second: its first run, 2026-12-05, on table 2026.12.05.15 (decided before the set was
# collected); two cases, both right both ways.
FLOORS[TWENTYSECOND_SET_DIR] = {"stated": ((1, 1), (2, 2)), "all_no": ((1, 1), (2, 2))}
# twenty-third: its first run, 2026-12-06, on table 2026.12.06.56 (decided before the set was
# collected); table .57 (decision 4, adopted by the rule written then) gives the same figures.
FLOORS[TWENTYTHIRD_SET_DIR] = {"stated": ((7, 8), (31, 33)), "all_no": ((7, 8), (28, 33))}
# Table 2026.12.06.57 adopts decision 4 (weak legs and bladder or bowel trouble x3 for cancer in
# the spine, NICE NG234) by the rule docs/clinical-review.md wrote before the twenty-third set was
# collected (it gained a first line there with the rest "no" and lost nothing). The trade that
# rule weighed on the earlier sets, pooled as stated: first lines +2, lines as shown unchanged,
# serious named on the lines -1. In this single-cause ranking: first set named 20 -> 19 and top
# 3 16 -> 15 as stated (cancer now where another cause was), eighth top 3 17 -> 16, eighteenth
# named 10 -> 9 and top 3 23 -> 22 with the rest "no" (a broken vertebra with weak legs, now
# read as cancer). SHOWN_FLOORS below: sets 1-5 84 -> 83 and the eighteenth 26 -> 25 lines and
# 11 -> 10 named as stated; the eighth 25 -> 23 lines with the rest "no".
FLOORS[PUBLISHED_DIR] = {"stated": ((19, 30), (15, 46)), "all_no": ((17, 30), (16, 46))}
FLOORS[EIGHTH_SET_DIR] = {"stated": ((14, 19), (19, 37)), "all_no": ((14, 19), (16, 37))}
FLOORS[EIGHTEENTH_SET_DIR] = {"stated": ((10, 13), (19, 39)), "all_no": ((9, 13), (22, 39))}
# twenty-fourth: its first run, 2026-12-06, on table 2026.12.06.58 (decided before the set was
# collected; five cases move no decision).
FLOORS[TWENTYFOURTH_SET_DIR] = {"stated": ((1, 1), (5, 5)), "all_no": ((1, 1), (4, 5))}


@SETS
@pytest.mark.parametrize("mode", MODES)
def test_published_figures_do_not_fall(table: RuleTable, folder: Path, mode: str) -> None:
    """Floors at each set's figures as the issue 8 notes report them; the targets the issue
    asks for (serious cause named in 90%, right cause in the top three in 80%) are not met and
    are reported there."""
    assert set(FLOORS) == {f for _, f in PUBLISHED_SETS}
    (named, of_serious), (top3, of_all) = FLOORS[folder][mode]
    cases = [c for c in load_published(table, folder) if c.mode == mode]
    assert (sum(c.serious for c in cases), len(cases)) == (of_serious, of_all)
    s = summary(run_cases(table, cases))
    assert s["serious_named"] >= named / of_serious - 1e-9, s
    assert s["top3"] >= top3 / of_all - 1e-9, s


SHOWN_FLOORS = {
    # (sets 1-5, sixth, eighth, ninth, tenth, eleventh set): (top 3 lines as shown, serious cause named
    # with those lines), as (cases, of cases). Set on 2026-12-04 when the lines became the causes
    # what was said points to (shown_causes.causes_to_show): sets 1-5 stated 70 -> 76 of 133, sixth
    # 34 -> 36 of 48. The eighth, ninth and tenth sets: their first runs. Ratcheted for table
    # 2026.12.04.3 (pain on breathing in in the muscles' picture): sets 1-5 76 -> 77 as stated,
    # 71 -> 72 with the rest "no"; ninth 34 -> 36 and 31 -> 32; named unchanged. Ratcheted for
    # table 2026.12.04.4 (chest pain in the muscles' picture): sets 1-5 77 -> 79 and 72 -> 73,
    # sixth 33 -> 34 with the rest "no", ninth 36 -> 37 and 32 -> 33; named unchanged. The
    # eleventh set: its first run, on table .4. Ratcheted for table 2026.12.04.5 (Rudwaleit's
    # figure for inflammatory back pain): sets 1-5 79 -> 80 and 73 -> 74, eighth 22 -> 23. The
    # twelfth set: its first run, on table .5. Ratcheted for table 2026.12.04.6 (a kidney
    # infection is an illness of days): sets 1-5 80 -> 81 and named 52 -> 53, eighth 20 -> 21.
    # The thirteenth set: its first run, on table .6. The fourteenth: its first run, on .6.
    # Ratcheted for table 2026.12.05.1 (a sudden start raises an injury only when one is
    # reported): sixth 36 -> 37, eighth 21 -> 22, thirteenth 31 -> 33 as stated. Ratcheted for
    # must-not-miss order (a cause an emergency sign names is as pressing as an emergency
    # cause): named ninth 19 -> 20 as stated, twelfth 15 -> 16 both ways. The fifteenth: its
    # first run, on table .05.1. Ratcheted for table 2026.12.05.4 (a torn aorta's onset and
    # severity weighed apart, brief section 2): as stated, sets 1-5 81 -> 82, eighth 22 -> 23
    # and named 15 -> 16, eleventh 22 -> 24 and named 19 -> 20, twelfth named 16 -> 17,
    # thirteenth 33 -> 34, fifteenth named 16 -> 17; with the rest "no", sets 1-5 74 -> 76 and
    # named 49 -> 50, eighth 23 -> 24, eleventh 20 -> 21. Every change is a torn aorta. The
    # sixteenth: its first run, on table .05.4. The seventeenth: its first run, on table .05.5;
    # ratcheted for table .05.6 (chest pain no longer counts against a broken vertebra, after
    # Patel et al. 1991): 40 -> 41 and named 22 -> 23 as stated. The eighteenth: its first
    # run, on table .05.6. Table .05.7 (decision 5b adopted, above): eleventh 24 -> 23 as stated
    # (a torn aorta at 60 with chest pain and breathlessness: the clot takes the third line; the
    # aorta heads must-not-miss), the trade the adoption rule named; no set's named moves.
    # The nineteenth: its first run, on table .05.9. Table .05.10 (decision 9 adopted, above):
    # the trade its rule weighed on the eighteen sets, written down before the nineteenth was
    # read: the sixth 37 -> 36 and named 20 -> 19 as stated (a cancer at 66 pressing on the
    # cord, stated only as a week of worsening pain after a household chore: the fracture now
    # takes the third line a minor strain at 55 or more earns it); raised, and ratcheted:
    # thirteenth 34 -> 35 and named 19 -> 20 as stated, 30 -> 31 and 19 -> 20 with the rest
    # "no"; sixth 34 -> 35 and 16 -> 17 with the rest "no"; eighteenth 25 -> 26 and 10 -> 11 as
    # stated, 24 -> 25 and 10 -> 11 with the rest "no" (fractures after a minor strain at 65 to
    # 69). The twentieth: its first run, on table .05.10. Table .05.11 (decision 10 adopted,
    # above): the trade its rule weighed, written down before the twentieth was read: the
    # sixteenth 40 -> 39 and named 22 -> 21 as stated (a pneumonia with chest pain and
    # breathlessness: the collapsed lung takes its third line), the seventeenth 41 -> 40 as
    # stated (a torn aorta: the collapsed lung takes its third line; the aorta heads
    # must-not-miss); raised, and ratcheted: the ninth 37 -> 40 as stated and 33 -> 34 with the
    # rest "no", the twelfth 30 -> 31 as stated, the seventeenth 35 -> 37 with the rest "no",
    # the twentieth 27 -> 28 with the rest "no" (collapsed lungs that were read as a clot).
    # The twenty-first: its first run, on table .05.13. The twenty-second: its first run, on
    # table .05.15 (two cases). Ratcheted for table .05.16 (decisions 12 and 14 adopted by the
    # rules written before the twenty-second set was collected; only 14 moves a line: a slipped
    # disc shown within its family with the pinched nerve): as stated, sets 1-5 82 -> 84 and
    # named 53 -> 54, fifteenth 24 -> 25, nineteenth 27 -> 30; with the rest "no", sets 1-5
    # 76 -> 78 and named 50 -> 51, eighth 24 -> 25, ninth 33 -> 34, twelfth 30 -> 31,
    # fifteenth 22 -> 23, nineteenth 26 -> 28. Nothing falls. Table .06.48 (twenty-sixth
    # session): cancer's weight-loss LR from 2.7 to the 2.5 its own basis gives (Deyo & Diehl
    # 1988: 0.15 / 0.06), a slip a clinical reviewer found, not a tuning: the twenty-first set
    # with the rest "no" 17 -> 16 (a myeloma with weight loss and numb legs: its third line
    # goes to a muscle cause; cancer still named as must-not-miss). Written down, not hidden.
    "stated": (
        ((83, 133), (54, 79)),
        ((36, 48), (19, 22)),
        ((23, 37), (16, 19)),
        ((40, 53), (20, 22)),
        ((13, 17), (5, 5)),
        ((23, 29), (20, 20)),
        ((31, 37), (17, 17)),
        ((35, 41), (20, 20)),
        ((14, 21), (13, 16)),
        ((25, 33), (17, 21)),
        ((39, 54), (21, 26)),
        ((40, 51), (23, 28)),
        ((25, 39), (10, 13)),
        ((30, 37), (7, 9)),
        ((38, 46), (22, 26)),
        ((16, 22), (17, 20)),
        ((2, 2), (1, 1)),
        ((32, 33), (7, 8)),
        ((5, 5), (1, 1)),
    ),
    "all_no": (
        ((78, 133), (51, 79)),
        ((35, 48), (17, 22)),
        ((23, 37), (15, 19)),
        ((34, 53), (18, 22)),
        ((13, 17), (5, 5)),
        ((21, 29), (19, 20)),
        ((31, 37), (15, 17)),
        ((31, 41), (20, 20)),
        ((13, 21), (12, 16)),
        ((23, 33), (13, 21)),
        ((40, 54), (22, 26)),
        ((37, 51), (22, 28)),
        ((25, 39), (11, 13)),
        ((28, 37), (5, 9)),
        ((28, 46), (19, 26)),
        ((16, 22), (17, 20)),
        ((2, 2), (1, 1)),
        ((31, 33), (7, 8)),
        ((4, 5), (1, 1)),
    ),
}


@pytest.mark.parametrize("mode", MODES)
def test_the_lines_a_person_is_shown_do_not_fall(table: RuleTable, mode: str) -> None:
    """What a person reads: the first three cause lines (one per family) and must-not-miss.
    The measure bench/reader.py sets beside the blinded readers (readers scored the same way)."""
    apart = (
        *(SIXTH_SET_DIR, EIGHTH_SET_DIR, NINTH_SET_DIR, TENTH_SET_DIR, ELEVENTH_SET_DIR),
        *(TWELFTH_SET_DIR, THIRTEENTH_SET_DIR, FOURTEENTH_SET_DIR, FIFTEENTH_SET_DIR),
        *(SIXTEENTH_SET_DIR, SEVENTEENTH_SET_DIR, EIGHTEENTH_SET_DIR, NINETEENTH_SET_DIR),
        *(TWENTIETH_SET_DIR, TWENTYFIRST_SET_DIR, TWENTYSECOND_SET_DIR, TWENTYTHIRD_SET_DIR),
        TWENTYFOURTH_SET_DIR,
    )
    sets = (
        [c for _, f in PUBLISHED_SETS if f not in HELD_APART for c in load_published(table, f)],
        *(load_published(table, folder) for folder in apart),
    )
    names = ["the sets not held apart", *(folder.name for folder in apart)]
    floors = SHOWN_FLOORS[mode]
    for where, cases, ((top3, of_all), (named, of_serious)) in zip(
        names, sets, floors, strict=True
    ):
        outcomes = run_cases(table, [c for c in cases if c.mode == mode])
        serious = [o for o in outcomes if o.case.serious]
        assert (len(outcomes), len(serious)) == (of_all, of_serious), where
        # which set, and which cases: "assert 30 >= 31" alone sent a maintainer hunting (a
        # maintainer-tester, thirty-fourth session); `bench/cases.py` before and after says more
        missed = [o.case.id for o in outcomes if not o.shown_top3_ok]
        said = f"{where}: the right line in {sum(o.shown_top3_ok for o in outcomes)}, floor {top3}"
        assert sum(o.shown_top3_ok for o in outcomes) >= top3, f"{said}; missed: {missed}"
        unnamed = [o.case.id for o in serious if not o.shown_named]
        said = f"{where}: serious named {sum(o.shown_named for o in serious)}, floor {named}"
        assert sum(o.shown_named for o in serious) >= named, f"{said}; not named: {unnamed}"


def test_a_benign_pain_seldom_reads_a_serious_cause_first(table: RuleTable) -> None:
    """The first cause line of a benign case, every published set pooled, as stated: a serious
    cause there 14 times in 101 (2026-12-04), the blinded readers 4 times in 101 (A to H). Held
    as a ceiling: ordering the lines by how strongly the answers point to each cause, rather than
    by how likely each is, names the serious cause more often in serious cases (top 3 lines
    60% -> 65%) but puts one first in 38 of the 101 benign cases (bench/reader.py compare shows
    both sides). The ninth set, on its first run, added 8 of its 31 (readers I and J: 5 each), so
    9 of 132 for the readers and 22 for tspain. Table 2026.12.04.3 (pain on breathing in in the
    muscles' picture) brought tspain to 18 of 132; the tenth set, on its first run, added 1 of
    its 12. Table 2026.12.04.4 (chest pain in the muscles' picture) brought it to 14 of 144;
    the eleventh set, on its first run, added 2 of its 9 (a scoliosis and a disc case whose
    only pointer is pain on one side: the kidney leads). The twelfth, on its first run, added 2
    of its 20 (a shingles and a disc case). Table 2026.12.04.6 (a kidney infection is an illness
    of days) brought it to 17 of 173; the thirteenth, on its first run, added 1 of its 21, and the
    fourteenth none of its 5, the fifteenth none of its 12, the sixteenth none of its 28, the
    seventeenth none of its 23, the eighteenth 2 of its 26 (reflux with exertional chest pain and
    breathlessness, read as the heart; a gallbladder attack stated only as two days of pain on
    one side, read as the kidney), so 20 of 288; the nineteenth 1 of its 28, so 21 of 316; the
    twentieth none of its 20, so 21 of 336; the twenty-first 1 of its 2 (a rhomboid strain felt
    as chest pain through to the back, read as the heart first), so 22 of 338; the twenty-second
    none of its 1, so 22 of 339; the twenty-third none of its 25, so 22 of 364; the twenty-fourth
    none of its 4, so 22 of 368."""
    cases = [
        c
        for _, folder in PUBLISHED_SETS
        for c in load_published(table, folder)
        if c.mode == "stated" and not c.serious
    ]
    outcomes = run_cases(table, cases)
    assert len(outcomes) == 368
    assert sum(o.serious_first for o in outcomes) <= 22


BENIGN_ALARM_CEILINGS = {
    # Benign cases alarmed in each held-out set, as stated, on its first run: a ceiling both
    # ways (the rest "no" alarms as many or fewer).
    # The sixth, never seen while building the differential: 11 of 26 (10 with the rest "no").
    SIXTH_SET_DIR: (11, 26),
    # The eighth: 7 of 18 (4 with the rest "no").
    EIGHTH_SET_DIR: (7, 18),
    # The ninth: 20 of 31 (18): 7 of its benign cases state chest pain, an emergency sign that
    # names the heart and the aorta.
    # Table .05.16 (decision 12: a collapsed lung is an illness of days) takes one: a strain of
    # weeks no longer reads "a collapsed lung cannot be ruled out"; ratcheted 20 -> 19.
    NINTH_SET_DIR: (19, 31),
    # The tenth: 7 of 12 both ways (two of them state chest pain).
    TENTH_SET_DIR: (7, 12),
    # The eleventh: 3 of 9 both ways.
    ELEVENTH_SET_DIR: (3, 9),
    # The twelfth: 14 of 20 (12): 12 of its 20 benign cases are urgent or emergency by the
    # brief's signs, five after a car crash.
    TWELFTH_SET_DIR: (14, 20),
    # The thirteenth: 9 of 21 both ways.
    THIRTEENTH_SET_DIR: (9, 21),
    # The fourteenth: none of its 5 both ways.
    FOURTEENTH_SET_DIR: (0, 5),
    # The fifteenth: 1 of its 12 (none with the rest "no").
    FIFTEENTH_SET_DIR: (1, 12),
    # The sixteenth: 15 of its 28 (10 with the rest "no"): 11 of its 28 benign cases are urgent
    # or emergency by the brief's signs (chest pain, breathlessness, two car crashes). Table
    # .05.4's aorta rows add one: a strain after a minor injury, sudden, between the shoulder
    # blades (docs/clinical-review.md).
    SIXTEENTH_SET_DIR: (15, 28),
    # The seventeenth: 11 of its 23 (9 with the rest "no").
    SEVENTEENTH_SET_DIR: (11, 23),
    # The eighteenth: 12 of its 26 both ways: 15 of its 26 benign cases are urgent or emergency
    # by the brief's signs.
    EIGHTEENTH_SET_DIR: (14, 26),
    # Table .05.10 (decision 9, adopted by its rule) adds one to the eighteenth: a man of 65
    # with pain the day after helping put up tents (a minor strain) now reads "a broken
    # vertebra cannot be ruled out", the alarm Enthoven et al.'s 25% for an injury over 55
    # calls for; the trade the rule weighed before the nineteenth set was read.
    # The twenty-first session counts one more, not a new alarm: a woman of 70 with a minor
    # strain (pub18_poor_posture_nakaishihunched_nd) was URGENT with "a broken vertebra cannot
    # be ruled out at home" as the level's reason, under a must-not-miss list without it; the
    # list now holds every serious cause whose alert sets the level (13 -> 14 counted; the
    # screen said it before and after).
    # The nineteenth: 12 of its 28 (9 with the rest "no").
    NINETEENTH_SET_DIR: (12, 28),
    # The twentieth: 6 of its 20 (4 with the rest "no").
    TWENTIETH_SET_DIR: (6, 20),
    # The twenty-first: both of its 2 (1 with the rest "no"): a strain felt as chest pain (an
    # emergency sign naming the heart and the aorta), and a strain at 55 days after reaching
    # over, read as a possible collapsed lung (a sudden one-sided pain in a man).
    # Table .05.16 (decision 12) takes the second: ratcheted 2 -> 1.
    TWENTYFIRST_SET_DIR: (1, 2),
    # The twenty-second: none of its 1 (a myofascial pain of eight years).
    TWENTYSECOND_SET_DIR: (0, 1),
    # The twenty-third: 10 of its 25 (9 with the rest "no"): 7 of its 25 benign cases are
    # urgent or emergency by the brief's signs (pain on breathing in, two car crashes).
    TWENTYTHIRD_SET_DIR: (10, 25),
    # The twenty-fourth: 1 of its 4 both ways (a strain felt as chest pain, an emergency sign).
    TWENTYFOURTH_SET_DIR: (1, 4),
}


@pytest.mark.parametrize("mode", MODES)
def test_must_not_miss_means_something(table: RuleTable, mode: str) -> None:
    """Issue 24, all published sets pooled: about a third of the benign cases at most draw a
    must-not-miss alarm (82% before), no self-care result shows one, and at most 5% of non-emergencies are
    sent to emergency (pooled, as the issue states it: one 72-year-old with sudden severe pain
    after a minor strain and her blood pressure unstated is an emergency now, by the
    refinement after Hatzaras et al. 2007, and she is 1 of the third set's 15)."""
    tuned = [
        c
        for _, folder in PUBLISHED_SETS
        if folder not in HELD_APART
        for c in load_published(table, folder)
        if c.mode == mode
    ]
    s = summary(run_cases(table, tuned))
    # The target is 35%: met with the rest answered "no" (33%), missed by one case as
    # stated (19 of 54, 35.2%) on the five sets the differential was built beside; this
    # ceiling keeps it from growing.
    assert s["benign_alarmed"] <= 19 / 54 + 1e-9, s
    for folder, (alarmed, of) in BENIGN_ALARM_CEILINGS.items():
        cases = [c for c in load_published(table, folder) if c.mode == mode]
        assert summary(run_cases(table, cases))["benign_alarmed"] <= alarmed / of + 1e-9, folder
    unseen = [c for c in load_published(table, SIXTH_SET_DIR) if c.mode == mode]
    later = [c for f in HELD_APART if f != SIXTH_SET_DIR for c in load_published(table, f)]
    # A case under-triaged for want of a fact its answers could not say is held to its own test
    # (UNSAYABLE, test_no_published_case_is_under_triaged).
    cases = tuned + unseen + [c for c in later if c.mode == mode and c.id not in UNSAYABLE]
    s = summary(run_cases(table, cases))
    assert s["self_care_alarmed"] == 0, s
    assert s["sent_to_emergency"] <= 0.05, s
    assert s["under_triaged"] == 0, s


@pytest.mark.slow  # every published case of muscle pain, every way its red flags can be ruled
# out (2 s: the default run stood at a minute, thirty-fifth session)
def test_simple_muscular_pain_goes_home_once_every_red_flag_is_ruled_out(table: RuleTable) -> None:
    """Issue 8: simple muscle pain with every red flag answered "no" is self-care, whatever
    routine-level questions are left unknown. The published cases of muscle or joint pain in
    which no warning sign holds come out self-care every way their unstated red flags (a
    serious accident, band-like pain, sudden severe pain) can be ruled out. A way that makes a
    routine sign hold is routine, and only for that sign: since table 2026.12.05.17, pain of 7
    or more after a minor injury (the article: after trauma, see a doctor); since table
    2026.12.07.6, where the case states no trigger at all and its rest "no" denies every one
    (no strain, sitting, posture, repeated movement or pain on moving), `no_clear_trigger`
    (brief section 1: self-care is for muscle pain "with a clear trigger"): four of the 56
    cases, each stating an age and little else. Every case that states a trigger goes home.
    Since table 2026.12.07.15 a trigger is how the pain behaves (worse with posture or moving,
    tender knots), not desk work or repeated lifting, what a person does (a clinical reviewer,
    thirty-sixth session): a desk worker of 45 whose gradual flare-up states nothing else
    (pub_vm_illing2021, clinician level routine) is routine when its rest is "no"."""
    triggers = ("worse_with_sitting_or_posture", "worse_with_movement", "tender_knots_in_muscle")
    simple = [
        c
        for _, folder in PUBLISHED_SETS
        for c in load_published(table, folder)
        if simple_muscular(table, c)
    ]
    assert len(simple) >= 5
    for case in simple:
        for result in red_flags_ruled_out(table, case.answers):
            held = [r.id for r in result.triage.reasons if r.kind == "warning_sign"]
            expected = "routine" if held else "self_care"
            assert result.triage.level == expected, (case.id, held, result.triage.level)
            stated = any(case.answers.get(q) is True for q in triggers)
            allowed = {"severe_after_injury", *(() if stated else ("no_clear_trigger",))}
            assert set(held) <= allowed, (case.id, held)


def test_every_cause_is_covered(table: RuleTable, cases: list[Case]) -> None:
    expected = {cid for c in cases for cid in c.top3}
    assert set(table.causes) - expected == set()


def test_every_warning_sign_fires_in_some_case(table: RuleTable, cases: list[Case]) -> None:
    fired = {
        sign.id for case in cases for sign in compile_table(table).signs if sign.holds(case.answers)
    }
    assert {s.id for s in table.warning_signs} - fired == set()


@pytest.mark.parametrize("level", ["emergency", "urgent"])
def test_serious_cases_never_advise_self_care(
    table: RuleTable, cases: list[Case], level: str
) -> None:
    for case in cases:
        if case.level == level:
            assert assess(table, case.answers).self_care == (), case.id


@pytest.mark.parametrize(
    ("answers", "more", "fault"),
    [
        ("sedentry_or_desk_work = true", "", "unknown question id 'sedentry_or_desk_work'"),
        ('onset = "gradualy"', "", "onset: got 'gradualy'"),
        ("age = 200", "", "age: got 200"),
        ("age = 30", 'rest = "nope"\n', "rest must be \"no\", not 'nope'"),
        ("age = 30", 'levl = "routine"\n', "unknown key 'levl'"),
    ],
)
def test_a_vignette_the_library_cannot_run_is_one_line_naming_it(
    table: RuleTable, tmp_path: Path, answers: str, more: str, fault: str
) -> None:
    """A misspelt id was dropped, and `rest = "no"` then answered the real question "no": the
    case passed as written (a maintainer, sixteenth session); "gradualy" failed only a Spanish
    test elsewhere; a misspelt level or cause was a traceback in bench/cases.py."""
    (tmp_path / "mine.toml").write_text(
        f'[[cases]]\nid = "desk"\nstory = "a desk worker"\nlevel = "self_care"\n{more}'
        f"answers = {{ {answers} }}\n",
        encoding="utf-8",
    )
    with pytest.raises(CaseError) as err:
        load_cases(table, tmp_path)
    assert str(err.value).startswith("mine.toml: case 'desk': "), err.value
    assert fault in str(err.value), err.value


def test_a_bench_script_says_such_a_case_in_one_line() -> None:
    def main() -> int:
        raise CaseError("mine.toml: case 'desk': unknown cause 'posture'")

    with pytest.raises(SystemExit) as stopped:
        run(main)
    assert str(stopped.value.code).endswith(": mine.toml: case 'desk': unknown cause 'posture'")


def test_a_bench_script_takes_help_and_a_reader_that_goes_away() -> None:
    """`python bench/cases.py --help` ran the whole report, and `| head -2` ended in a
    BrokenPipeError traceback (a newcomer, sixteenth session)."""
    import subprocess
    import sys

    script = str(Path(__file__).parent.parent / "bench" / "cases.py")
    helped = subprocess.run(
        [sys.executable, script, "--help"], capture_output=True, text=True, timeout=60
    )
    assert helped.returncode == 0 and helped.stdout.startswith("Run the case library")
    with subprocess.Popen(
        [sys.executable, script], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as child:
        assert child.stdout is not None and child.stderr is not None
        child.stdout.readline()
        child.stdout.close()
        assert child.wait(timeout=120) == 0
        assert "Traceback" not in child.stderr.read()


@pytest.mark.slow  # the case script over every case, on an unsafe copy (a second: the default run stood at a minute)
def test_the_case_script_runs_an_unsafe_copy_when_asked(tmp_path: Path) -> None:
    """A maintainer could not see what lowering a sign does to the cases: `bench/cases.py`
    refused the table, as tspain does. `--allow-unsafe-table` runs it, and says it is unsafe."""
    import os
    import subprocess
    import sys

    from tspain.paths import default_table_path

    text = default_table_path().read_text(encoding="utf-8")
    unsafe = tmp_path / "unsafe.toml"
    unsafe.write_text(
        text.replace(
            'id = "weight_loss"\nlevel = "urgent"',
            'id = "weight_loss"\nlevel = "routine"\nsee_a_doctor_if = "you lose weight"',
            1,
        ),
        encoding="utf-8",
    )
    script = str(Path(__file__).parent.parent / "bench" / "cases.py")
    env = {**os.environ, "TSPAIN_RULES": str(unsafe)}
    refused = subprocess.run(
        [sys.executable, script, "--failing"], capture_output=True, text=True, env=env, timeout=120
    )
    assert refused.returncode != 0 and "weight_loss" in refused.stderr
    ran = subprocess.run(
        [sys.executable, script, "--failing", "--vignettes", "--allow-unsafe-table"],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    assert "WARNING: this table fails tspain's safety check (problems: 1)" in ran.stdout


def test_the_case_script_refuses_an_option_it_does_not_know() -> None:
    """`bench/cases.py --vignetes` (a typo) ran the whole library and exited 0: a maintainer
    read the full run as the quick one (twenty-third session)."""
    import subprocess
    import sys

    script = str(Path(__file__).parent.parent / "bench" / "cases.py")
    done = subprocess.run(
        [sys.executable, script, "--vignetes"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode != 0 and "unknown option '--vignetes'" in done.stderr
    assert done.stdout == ""


def test_the_case_script_says_a_copy_s_faults_at_their_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`bench/cases.py` on a broken copy printed its faults without lines, where validate gives
    them (a maintainer-tester, thirty-third session)."""
    from benchlib import bench_module
    from test_table import broken

    path = broken(tmp_path, 'short = "Taking blood thinners"', "short = 5")
    line = next(n for n, text in enumerate(path.read_text().splitlines(), 1) if "short = 5" in text)
    monkeypatch.setenv("TSPAIN_RULES", str(path))
    monkeypatch.setattr("sys.argv", ["cases.py", "--vignettes"])
    with pytest.raises(SystemExit) as stopped:
        bench_module("cases").main()
    assert str(stopped.value.code).startswith(f"{path}:{line}: questions.blood_thinners.short")


def test_the_case_script_marks_over_triage_and_a_missed_cause_apart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`bench/cases.py` marked an over-triaged case and one whose cause was not in the top three
    both "DIFF", never explained "mnm", and a copy edited under the shipped version printed
    the same header before and after the edit (a maintainer-tester, thirty-ninth session)."""
    from benchlib import bench_module

    from tspain.paths import default_table_path

    mine = tmp_path / "mine.toml"
    mine.write_text(
        '[[cases]]\nid = "desk"\nstory = "a desk worker"\nlevel = "self_care"\n'
        'top3 = ["scoliosis"]\nrest = "no"\n'
        'answers = { age = 30, sex = "female", fever = true, sedentary_or_desk_work = true }\n',
        encoding="utf-8",
    )
    from tspain.loading import load_table

    cases = bench_module("cases")
    table = load_table()
    folder = tmp_path / "mine"
    folder.mkdir()
    mine.rename(folder / "mine.toml")
    cases.report("mine", table, load_cases(table, folder), failing_only=True)
    shown = capsys.readouterr().out.splitlines()
    assert shown[1].startswith("OVER+CAUSE ") and "want self_care got urgent" in shown[1]
    copy = tmp_path / "copy.toml"
    copy.write_bytes(default_table_path().read_bytes())
    monkeypatch.setenv("TSPAIN_RULES", str(copy))
    monkeypatch.setattr("sys.argv", ["cases.py", "--vignettes", "--failing"])
    cases.main()
    before = capsys.readouterr().out.splitlines()
    copy.write_bytes(copy.read_bytes().replace(b"prior = 0.30", b"prior = 0.31", 1))
    cases.main()
    after = capsys.readouterr().out.splitlines()
    assert before[0] != after[0] and before[0].split(", sha256")[0] == after[0].split(", sha")[0]
    assert "mnm: the first three" in before[1]
