"""bench/sensitivity.py: each estimated number is changed in a copy of the table only, by the
stated amounts, and a number set to its own value moves nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from benchlib import bench_module

from tspain.loading import load_table

REPO = Path(__file__).resolve().parent.parent


sensitivity = bench_module("sensitivity")


def test_weaker_and_stronger_are_the_stated_changes() -> None:
    table = load_table()
    knobs = {k.what: k for k in sensitivity.knobs(table, ["scoliosis"])}
    curve = knobs["you have a visible curve or uneven shoulders x15"]
    (weak, w), (strong, s) = sensitivity.variants(curve)
    assert (weak, strong) == ("weaker", "stronger")
    assert w == pytest.approx(15**0.5) and s == pytest.approx(15**1.5)
    prior = next(k for k in knobs.values() if k.what.startswith("prior "))
    assert sensitivity.variants(prior) == (("half", prior.value / 2), ("double", prior.value * 2))


def test_only_estimates_are_changed() -> None:
    # Cancer's rows: Deyo & Diehl's figures are cited, smoking is an estimate, and the rows
    # without a basis of their own are estimates by the cause's evidence_basis.
    table = load_table()
    rows = {k.what for k in sensitivity.knobs(table, ["spinal_cancer"])}
    assert "you smoke or have smoked x1.5" in rows
    assert "you have night sweats x2" in rows
    assert not any("cancer before" in r or "weight" in r for r in rows), rows


def test_a_change_is_made_in_a_copy_and_its_own_value_moves_nothing() -> None:
    # On the first five sets (133 cases): the mechanics are the same on every set, and the whole
    # library four times over cost 11 s of CI's traced run.
    from caselib import PUBLISHED_SETS

    first = [folder for _, folder in PUBLISHED_SETS[:5]]
    table = load_table()
    base = sensitivity.figures(table, first)
    knob = next(k for k in sensitivity.knobs(table, ["fibromyalgia"]) if k.what.startswith("prior"))
    still = sensitivity.moved(table, knob, knob.value, base, first)
    assert still == dict.fromkeys(sensitivity.FIGURES, 0)
    doubled = sensitivity.moved(table, knob, knob.value * 2, base, first)
    assert doubled != dict.fromkeys(sensitivity.FIGURES, 0)
    assert table.causes["fibromyalgia"].prior == knob.value  # the shipped table is untouched
    assert sensitivity.figures(table, first) == base
