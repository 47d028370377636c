"""bench/decisions.py: each clinician's decision is tried in a copy of the table only, as the
review document describes it, and each one changes what the cases are shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from benchlib import bench_module

from tspain.differential import rows
from tspain.loading import load_table

REPO = Path(__file__).resolve().parent.parent


decisions = bench_module("decisions")
BY_NUMBER = {d.number: d for d in decisions.DECISIONS}


def _factors(table: object, cid: str) -> dict[str, float]:
    """A cause's yes/no factors in the differential, by question, for a "yes"."""
    return {
        next(iter(r.when)): r.lr
        for r in rows(table, table.causes[cid])  # type: ignore[attr-defined]
        if len(r.when) == 1 and next(iter(r.when.values())) is True
    }


def test_each_decision_changes_a_copy_and_leaves_the_shipped_table_alone() -> None:
    table = load_table()
    before = {cid: (list(c.evidence), list(c.frequencies)) for cid, c in table.causes.items()}
    outside = {q: x.outside_picture for q, x in table.questions.items()}
    families = ({cid: c.family for cid, c in table.causes.items()}, dict(table.families))
    for d in decisions.DECISIONS:
        decisions.changed(table, d)
    assert ({cid: c.family for cid, c in table.causes.items()}, dict(table.families)) == families
    assert {
        cid: (list(c.evidence), list(c.frequencies)) for cid, c in table.causes.items()
    } == before
    assert {q: x.outside_picture for q, x in table.questions.items()} == outside


def test_frequencies_become_the_ratios_the_review_document_works_out() -> None:
    # Decision 5: fever in half of spinal infections against a background of 4% is x12.5 (the
    # row says x8); PIOPED II's 73% breathless against 4% is x18 (the row says x5).
    table = load_table()
    infection = _factors(decisions.changed(table, BY_NUMBER["5"]), "spinal_infection")
    assert infection["fever"] == pytest.approx(0.5 / 0.04)
    assert infection["leg_weakness_or_unsteady"] == pytest.approx(0.33 / 0.02)
    # Decision 5b, adopted in table 2026.12.05.7: the shipped table weighs it so itself
    assert _factors(table, "pulmonary_embolism")["shortness_of_breath"] == pytest.approx(
        0.73 / 0.04
    )
    assert "5b" not in BY_NUMBER
    assert "9" not in BY_NUMBER  # adopted in table 2026.12.05.10 (tests/test_differential.py)
    # Decision 10, adopted in table 2026.12.05.11: the collapsed lung's breathlessness as its
    # 64% against the same 4% background
    assert "10" not in BY_NUMBER
    assert _factors(table, "pneumothorax")["shortness_of_breath"] == pytest.approx(0.64 / 0.04)
    assert _factors(table, "spinal_infection")["fever"] == pytest.approx(8.0)


def test_outside_picture_halves_only_causes_without_a_row() -> None:
    table = load_table()
    trial = decisions.changed(table, BY_NUMBER["6"])
    assert _factors(trial, "kidney_infection")["chest_pain_or_pressure"] == 0.5
    assert "chest_pain_or_pressure" not in _factors(table, "kidney_infection")
    assert _factors(trial, "heart_attack")["chest_pain_or_pressure"] == pytest.approx(0.67 / 0.05)


def test_chest_pain_weighs_the_lungs_by_its_frequency() -> None:
    # Decision 11: a collapsed lung's 64% (Daley 2020) and a clot's 39% (Miniati 2012) against
    # the question's background of 5%; the shipped table has no chest-pain row for either
    table = load_table()
    trial = decisions.changed(table, BY_NUMBER["11"])
    assert _factors(trial, "pneumothorax")["chest_pain_or_pressure"] == pytest.approx(0.64 / 0.05)
    assert _factors(trial, "pulmonary_embolism")["chest_pain_or_pressure"] == pytest.approx(
        0.39 / 0.05
    )
    assert "chest_pain_or_pressure" not in _factors(table, "pneumothorax")
    assert "chest_pain_or_pressure" not in _factors(table, "pulmonary_embolism")


def test_a_collapsed_lung_of_six_weeks_is_lowered_only_then() -> None:
    """Decision 12, adopted in table 2026.12.05.16 by its rule: a collapsed lung is an illness
    of days, so pain for 6 weeks or more weighs x0.2 on it, and 41 days nothing."""
    from tspain.engine import assess

    assert "12" not in BY_NUMBER
    table = load_table()
    base = {"age": 30, "sex": "male", "onset": "sudden", "pain_location": "one_side"}
    for days, factor in ((41, None), (42, 0.2), (400, 0.2)):
        lung = next(
            c
            for c in assess(table, {**base, "duration_days": days}).causes
            if c.id == "pneumothorax"
        )
        said = [e.lr for e in lung.evidence if e.questions == ("duration_days",)]
        assert said == ([] if factor is None else [pytest.approx(factor)]), days


def test_deyo_under_50_lowers_cancer_under_50_only() -> None:
    table = load_table()
    trial = decisions.changed(table, BY_NUMBER["1"])
    cancer = [r for r in trial.causes["spinal_cancer"].evidence if set(r.when) == {"age"}]
    assert [(r.when["age"].max, r.lr) for r in cancer if r.when["age"].max is not None] == [
        (49, 0.32)
    ]


def test_a_strain_counts_against_a_torn_aorta_only_when_one_is_reported() -> None:
    from tspain.scoring import probabilities

    table = load_table()
    trial = decisions.changed(table, BY_NUMBER["7"])
    base = {"age": 40, "onset": "sudden", "pain_location": "between_shoulder_blades"}
    for injury, factor in (("minor", 0.3), ("major", 0.3), ("none", 1.0)):
        answers = {**base, "injury": injury}
        shipped, tried = probabilities(table, answers), probabilities(trial, answers)
        own = tried["aortic_dissection"] / shipped["aortic_dissection"]
        rest = tried["heart_attack"] / shipped["heart_attack"]  # the shares move with the whole
        assert own / rest == pytest.approx(factor), injury


def test_the_script_prints_every_decision_for_one_set(capsys: pytest.CaptureFixture[str]) -> None:
    assert decisions.main(["--set", "fourteenth_set"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("table ") and "21 cases" in out[0]
    assert [line.split()[1] for line in out[1:]] == [d.number for d in decisions.DECISIONS]


def test_an_unknown_set_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        decisions.main(["--set", "no_such_set"])
    assert stop.value.code == 2
    assert "no such set" in capsys.readouterr().err


def test_decision_8_leaves_the_fracture_neutral_on_referred_pain_only() -> None:
    """Patel et al. 1991: abdominal pain and nausea come with a broken vertebra; the other
    features its row counts against a spine cause stay counted."""
    table = load_table()
    trial = decisions.changed(table, BY_NUMBER["8"])

    def counted(t: object) -> set[str]:
        cause = t.causes["compression_fracture"]  # type: ignore[attr-defined]
        return {
            q
            for r in cause.evidence
            if "count" in r.when
            for part in r.when["count"].of
            for q in part
        }

    assert counted(table) - counted(trial) == {"upper_abdominal_pain", "sweating_nausea"}
    assert "fever" in counted(trial) and "chest_pain_or_pressure" not in counted(table)


def test_decision_14_shows_the_disc_and_the_nerve_as_one_line() -> None:
    """Decision 14, adopted in table 2026.12.05.16 by its rule: a person with numbness in an
    arm read a pinched nerve and not the slipped disc the table says pinches it; as one family,
    the line counts for both."""
    from caselib import Case, run_cases

    assert "14" not in BY_NUMBER
    table = load_table()
    family = {cid: table.causes[cid].family for cid in ("herniated_disc", "pinched_nerve")}
    assert family == {"herniated_disc": "disc_or_nerve", "pinched_nerve": "disc_or_nerve"}
    answers = {
        "age": 30,
        "sex": "female",
        "numbness_or_tingling_arms_or_legs": True,
        "worse_with_movement": True,
    }
    case = Case("arm_numbness", "", "urgent", ("herniated_disc",), answers, "none")
    (outcome,) = run_cases(table, [case])
    assert outcome.shown_top3_ok and "pinched_nerve" not in outcome.shown
