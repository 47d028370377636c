"""How a cause's own evidence becomes a triage reason (triage.cause_alerts): the alert fires at
its probability and not below it, and names only the answers that raised the cause; and how far
it was raised, which orders the causes that must not be missed (scoring._raise)."""

from __future__ import annotations

import math
from pathlib import Path

from caselib import Case

from tspain.compiled import compile_table
from tspain.conditions import states
from tspain.engine import assess
from tspain.loading import load_table
from tspain.paths import default_table_path
from tspain.scoring import score

SHIPPED = default_table_path().read_text(encoding="utf-8")
SCOLIOSIS = 'care = "routine"\nalert = 0.5\nprior = 0.01\n'
CURVE = {"age": 15, "visible_curve_or_uneven_shoulders": True, "family_history_scoliosis": True}


def _with_scoliosis(tmp_path: Path, name: str, alert: float, row: str = "") -> Path:
    assert SHIPPED.count(SCOLIOSIS) == 1
    text = SHIPPED.replace(SCOLIOSIS, SCOLIOSIS.replace("alert = 0.5", f"alert = {alert!r}"))
    if row:
        start = text.index("[causes.scoliosis]")
        at = text.index("evidence = [\n", start) + len("evidence = [\n")
        text = text[:at] + f"  {row},\n" + text[at:]
    path = tmp_path / f"{name}.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _alerts(path: Path, answers: dict[str, object]) -> list[tuple[str, ...]]:
    result = assess(load_table(path), answers)  # type: ignore[arg-type]
    return [r.questions for r in result.triage.reasons if r.kind == "cause" and r.id == "scoliosis"]


def test_a_cause_alerts_at_its_alert_probability_not_only_above_it(tmp_path: Path) -> None:
    """ "At or above its alert": the cause's own-odds probability exactly at `alert` raises the
    level; the next float above it does not."""
    compiled = compile_table(load_table())
    alone = next(
        s.alone
        for s in score(compiled, states(compiled.clauses, CURVE))
        if s.cause.id == "scoliosis"
    )
    assert 0.5 < alone < 1
    assert _alerts(_with_scoliosis(tmp_path, "at", alone), CURVE)
    assert not _alerts(_with_scoliosis(tmp_path, "above", math.nextafter(alone, 1.0)), CURVE)


def test_an_alert_names_what_raised_the_cause_not_what_lowered_it(tmp_path: Path) -> None:
    """The reason (and so "Tell the doctor") names the answers whose rows raised the cause, not
    one that lowered it a little on the way. (A row of factor exactly 1 never fires: the table's
    rows are compiled without it, differential.rows.)"""
    path = _with_scoliosis(tmp_path, "lowered", 0.5, "{ when = { smoker = true }, lr = 0.9 }")
    (questions,) = _alerts(path, {**CURVE, "smoker": True})
    assert "visible_curve_or_uneven_shoulders" in questions
    assert "smoker" not in questions


def test_how_far_a_cause_was_raised_is_its_odds_ratio_in_logs() -> None:
    """Serious causes of one care level are listed most raised first: "raised" is the log of
    the odds the answers give it over the odds of its base rate, whatever the probability
    (checked here by hand, up to 0.999, where an error in the odds would show most)."""
    from tspain.scoring import _raise

    cause = next(c for c in compile_table(load_table()).causes if c.id == "heart_attack")
    prior = load_table().causes["heart_attack"].prior
    for p in (0.001, 0.2, 0.5, 0.9, 0.999):
        want = math.log((p / (1 - p)) / (prior / (1 - prior)))
        assert math.isclose(_raise(cause, p), want, rel_tol=1e-9), p


def test_each_cause_s_own_odds_from_the_shared_probabilities_match_scoring_again(
    cases: list[Case],
) -> None:
    """must_not_miss reads each cause's own-odds probability back from the shared ones
    (scoring._alone_from) rather than scoring again: on every vignette it equals scoring again
    (scoring._alone), to rounding."""
    from tspain.scoring import _alone, _alone_from

    compiled = compile_table(load_table())
    for case in cases:
        found = states(compiled.clauses, case.answers)
        shared = {s.cause.id: s.probability for s in score(compiled, found)}
        again = _alone(compiled, found)
        back = _alone_from(compiled, shared)
        assert back is not None
        for cid, p in again.items():
            assert math.isclose(back[cid], p, rel_tol=1e-9, abs_tol=1e-15), (case.id, cid)
