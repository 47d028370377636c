"""A fact counts the same whichever question it came through: "did the pain come on suddenly
and severely?" (the first emergency list) says what "how did the pain begin?" and "how bad is
it?" ask apart (`yes_means`), and the causes' rows read it where those are unanswered. Before,
no row read it: a man of 60 who ticked it had osteoarthritis as his likeliest cause in the JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import examples, make_runner
from hypothesis import given, settings
from hypothesis import strategies as st
from test_competing_causes import _with_question
from test_engine import TABLE, answer_sets

from tspain.cli import app
from tspain.engine import assess
from tspain.loading import TableError
from tspain.scoring import probabilities
from tspain.table import Answer, RuleTable

SUDDEN_SEVERE = {"sudden_severe_onset": True}


def test_a_script_gets_the_heart_and_the_aorta_from_the_checklist_answer(tmp_path: Path) -> None:
    answers = {"age": 60, "sex": "male", "pain_location": "between_shoulder_blades"}
    ticked, apart = tmp_path / "ticked.json", tmp_path / "apart.json"
    ticked.write_text(json.dumps({**answers, **SUDDEN_SEVERE}), encoding="utf-8")
    apart.write_text(json.dumps({**answers, "onset": "sudden", "severity": 8}), encoding="utf-8")
    results = []
    for path in (ticked, apart):
        run = make_runner().invoke(app, ["check", "--answers", str(path), "--json"])
        assert run.exit_code == 0, run.output
        results.append(json.loads(run.stdout))
    assert results[0]["triage"]["level"] == "emergency"
    assert results[0]["likely"] == results[1]["likely"]
    assert results[0]["likely"][:2] == ["heart_attack", "aortic_dissection"]
    assert "osteoarthritis" not in results[0]["likely"]


@settings(max_examples=examples(150), deadline=None)
@given(answer_sets, st.integers(7, 10))
def test_a_yes_weighs_on_the_causes_as_sudden_pain_of_7_or_more_does(
    answers: dict[str, Answer], severity: int
) -> None:
    """The reference is the same person giving the two answers apart: no cause's row tells 7
    from 10, so every severity from 7 gives the same numbers."""
    base = {q: a for q, a in answers.items() if q not in ("onset", "severity")}
    base.update(SUDDEN_SEVERE)
    apart = {**base, "onset": "sudden", "severity": severity}
    assert probabilities(TABLE, base) == pytest.approx(probabilities(TABLE, apart), rel=1e-12)


def test_an_answer_given_apart_comes_first(table: RuleTable) -> None:
    # Contradictory answers: the question asked apart is the more precise, so it is read.
    answers: dict[str, Answer] = {"age": 35, "onset": "gradual", "severity": 3}
    with_tick = probabilities(table, {**answers, **SUDDEN_SEVERE})
    assert with_tick == pytest.approx(probabilities(table, answers), rel=1e-12)


def test_the_why_says_the_fact_once_in_the_persons_words(table: RuleTable) -> None:
    result = assess(table, {"age": 60, "sex": "male", **SUDDEN_SEVERE})
    aorta = next(c for c in result.causes if c.id == "aortic_dissection")
    said = [e.said for e in aorta.evidence if e.questions == ("sudden_severe_onset",)]
    assert said, [e.said for e in aorta.evidence]
    for words in said:
        assert words.count("the pain came on suddenly and severely") == 1, words
        assert "out of 10" not in words.split("(")[-1], words  # no severity was given


@pytest.mark.parametrize(
    ("qid", "yes_means", "problem"),
    [
        ("severity", {"onset": "sudden"}, "only a yes/no question"),
        ("sudden_severe_onset", {"onsett": "sudden"}, "unknown question 'onsett'"),
        ("sudden_severe_onset", {"onset": "slow"}, "has no option 'slow'"),
        ("sudden_severe_onset", {"severity": {"min": 11}}, "no answer to 'severity'"),
        ("sudden_severe_onset", {"sudden_severe_onset": True}, "cannot stand for itself"),
        ("fever", {"sudden_severe_onset": True}, "no chains"),
    ],
)
def test_a_wrong_yes_means_is_one_precise_line(qid: str, yes_means: object, problem: str) -> None:
    with pytest.raises(TableError) as err:
        _with_question(qid, yes_means=yes_means)
    found = [p for p in err.value.problems if f"questions.{qid}.yes_means" in p]
    assert found and problem in found[0], err.value.problems
