"""The words that say why a cause moved (issue 12, mutation testing): "about 5x less likely" must
match the rule's likelihood ratio, and a combined condition must say how many of its parts held
and which. References: the documented wording and the rule table's TOML, not the engine."""

from __future__ import annotations

import itertools
import json
import math
import re
from pathlib import Path
from typing import Any

import pytest
from conftest import shipped_toml
from typer.testing import CliRunner

from tspain.cli import app
from tspain.engine import assess
from tspain.paths import default_table_path
from tspain.table import RuleTable

TOML = shipped_toml()


def evidence_of(runner: CliRunner, answers: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    result = runner.invoke(app, ["check", "--answers", "-", "--json"], input=json.dumps(answers))
    assert result.exit_code == 0, result.output
    return {c["id"]: c["evidence"] for c in json.loads(result.stdout)["causes"]}


def expected_times(lr: float) -> str:
    """The documented wording: the factor (lr, or 1/lr when it lowers), whole from 10 up, else
    with one decimal that is dropped when it is 0."""
    factor = lr if lr >= 1 else 1 / lr
    if factor >= 10:
        number = str(round(factor))
    else:
        number = f"{round(factor, 1):.1f}"
        number = number[:-2] if number.endswith(".0") else number
    return f"about {number}x {'more' if lr >= 1 else 'less'} likely"


def count_parts(cause: str, about_start: str) -> int:
    """How many parts a combined condition of a cause has, read from the TOML."""
    for row in TOML["causes"][cause]["evidence"]:
        count = row["when"].get("count")
        if count and count["about"].startswith(about_start):
            return len(count["of"])
    raise AssertionError(f"{cause} has no combined condition about {about_start!r}")


PERSON = {
    "age": 30, "sex": "female", "injury": "none", "chest_pain_or_pressure": False,
    "pain_worse_breathing_in": True, "shortness_of_breath": True, "calf_swelling": False,
    "coughing_blood": False, "previous_blood_clot": False, "recent_surgery_or_immobility": False,
    "hormones_or_pregnancy": False, "tender_knots_in_muscle": True,
}  # fmt: skip


def test_every_sentence_states_its_rules_factor(runner: CliRunner) -> None:
    seen = set()
    for evidence in evidence_of(runner, PERSON).values():
        for item in evidence:
            assert item["sentence"].endswith(expected_times(item["lr"])), item
            assert item["effect"] == ("raises" if item["lr"] > 1 else "lowers")
            seen.add(expected_times(item["lr"]))
    # The cases the wording distinguishes: whole numbers from 10 up, one decimal below, ".0"
    # dropped, raising and lowering.
    assert {"about 6x more likely", "about 5x less likely", "about 2.9x less likely"} <= seen
    assert any(re.fullmatch(r"about \d\dx (more|less) likely", s) for s in seen), seen


def test_a_combined_condition_says_none_of_its_parts(runner: CliRunner) -> None:
    clot = evidence_of(runner, PERSON)["pulmonary_embolism"]
    n = count_parts("pulmonary_embolism", "signs of a blood clot")
    about = "signs of a blood clot and risks for one"  # its members are on its cause page
    said = [item["said"] for item in clot if item["lr"] == 0.5]
    assert said == [f"none of the {n} {about}"]


def test_a_combined_condition_says_how_many_parts_held_and_which(runner: CliRunner) -> None:
    # Pain on breathing in is not among these parts (chest wall pain hurts on a deep breath).
    posture = evidence_of(runner, {**PERSON, "fever": True})["poor_posture"]
    n = count_parts("poor_posture", "features that point away")
    about = "features that point away from the muscles"  # which held, not the whole list
    which = "you are short of breath; you have a fever"
    # Its two tiers ("at least 1", "at least 2") are one entry, their factors multiplied: each
    # had said "about 5x less likely" where together they make 20x (seventeenth session).
    said = [item["said"] for item in posture if item["lr"] == pytest.approx(0.2 * 0.25)]
    assert said == [f"2 of the {n} {about} ({which})"]


def test_a_rule_of_two_answers_names_both(runner: CliRunner) -> None:
    evidence = evidence_of(runner, {"onset": "sudden", "severity": 8})
    # What each answer says alone, from rules that test one answer each.
    sudden = next(i["said"] for i in evidence["heart_attack"] if i["questions"] == ["onset"])
    severe = next(i["said"] for i in evidence["spinal_infection"] if i["questions"] == ["severity"])
    both = [i["said"] for i in evidence["heart_attack"] if i["questions"] == ["onset", "severity"]]
    assert both == [f"{sudden} and {severe}"]


def test_factors_from_ten_up_are_whole_numbers(runner: CliRunner, tmp_path: Path) -> None:
    # A maintainer's table with factors the shipped one lacks: 10.5 and 1/0.07 = 14.3 (rows
    # with both sides given, which stand as written: issue 24).
    text = default_table_path().read_text(encoding="utf-8")
    for when, old, new in (
        ("history_of_cancer = true", "15.0", "10.5"),
        ("fever = false", "0.55", "0.07"),
    ):
        row = f"{{ when = {{ {when} }}, lr = "
        assert text.count(row + old + ",") == 1
        text = text.replace(row + old + ",", row + new + ",")
    rules = tmp_path / "rules.toml"
    rules.write_text(text, encoding="utf-8")
    result = runner.invoke(
        app,
        ["--rules", str(rules), "check", "--answers", "-", "--json"],
        input=json.dumps({"history_of_cancer": True, "fever": False}),
    )
    causes = {c["id"]: c["evidence"] for c in json.loads(result.stdout)["causes"]}
    sentences = [i["sentence"] for c in ("spinal_cancer", "spinal_infection") for i in causes[c]]
    assert any(s.endswith(expected_times(10.5)) for s in sentences), sentences
    assert any(s.endswith(expected_times(0.07)) for s in sentences), sentences
    assert expected_times(10.5) == "about 10x more likely"
    assert expected_times(0.07) == "about 14x less likely"


def questions_in(when: dict[str, Any]) -> set[str]:
    """Every question a TOML condition mentions, parts of a combined condition included."""
    found = set()
    for qid, test in when.items():
        if qid == "count":
            for part in test["of"]:
                found |= questions_in(part)
        else:
            found.add(qid)
    return found


def test_each_evidence_item_says_what_was_answered_and_by_which_rule(runner: CliRunner) -> None:
    """Issue 24: a cause's factors are its rows as `differential.rows` reads them (a frequency
    or a one-sided row gives both sides through the question's background); each has a basis."""
    from tspain.differential import rows
    from tspain.loading import load_table
    from tspain.table import condition_questions

    table = load_table()
    checked = 0
    for cid, evidence in evidence_of(runner, PERSON).items():
        cause = TOML["causes"][cid]
        factors = rows(table, table.causes[cid])
        assert all(r.basis.strip() for r in factors), cid
        for item in evidence:
            assert item["questions"] and item["question"] == item["questions"][0]
            assert item["answers"] == {q: PERSON[q] for q in item["questions"]}
            reading = [
                r for r in factors if set(item["questions"]) <= set(condition_questions(r.when))
            ]
            factors_read = [r.lr for r in reading]
            tiers = {  # the tiers of one combined condition, said once: their product
                math.prod(c) for k in (2, 3) for c in itertools.combinations(factors_read, k)
            }
            assert item["lr"] in factors_read or any(
                item["lr"] == pytest.approx(p) for p in tiers
            ), item
            name = cause["name"][0].lower() + cause["name"][1:]
            times = expected_times(item["lr"])
            assert item["sentence"] == f"you said {item['said']} — makes {name} {times}"
            assert item["effect"] == ("raises" if item["lr"] >= 1 else "lowers")
            checked += 1
    assert checked >= 20


def test_each_assessment_explains_its_own_answers(table: RuleTable) -> None:
    """The same table assessed twice (as a program using the engine would): the second
    explanation speaks of the second person's answers, not the first's."""
    said = []
    for age in (30, 33):
        result = assess(table, {"age": age})
        heart = next(c for c in result.causes if c.id == "heart_attack")
        said.append([e.said for e in heart.evidence if e.questions == ("age",)])
    assert said == [["you are 30"], ["you are 33"]]


def test_what_raised_a_cause_is_said_once_on_screen(runner: CliRunner) -> None:
    # A published woman of 70 with osteoporosis (thirteenth set): two tiers of the strong
    # fracture flags both hold and say the same words. The must-not-miss line said them twice.
    answers = {
        "age": 70, "sex": "female", "duration_days": 7, "osteoporosis_or_steroid_use": True,
        "worse_with_movement": True, "severity": 7,
    }  # fmt: skip
    result = runner.invoke(app, ["check", "--answers", "-"], input=json.dumps(answers))
    assert result.exit_code == 0, result.output
    flat = " ".join(result.stdout.split())
    line = flat.split("Compression fracture (broken vertebra):")[1].split("•")[0]
    assert line.count("strong signs of a fragile or broken spine") == 1, line


def test_a_factor_that_hardly_moves_a_cause_is_no_reason_beside_a_real_one(
    runner: CliRunner,
) -> None:
    """Why a cause is listed, strongest first, as a person reads it: a woman of 75 with pain in
    the middle of the spine has the fracture for her age (x4) before the place (x1.5). A factor
    that hardly moves a cause ("the pain is not worse at night", x1.09) is no reason beside a
    real one: a strain after a minor injury at 58 read "why: the pain is worse with movement;
    it started after a minor injury; the pain is not worse at night"."""

    # Every warning sign answered "no", so that the screen has room for the likely causes
    signs = {q: False for q, x in TOML["questions"].items() if x.get("checklist")}

    def why(answers: dict[str, Any], name: str) -> str:
        answers = {**signs, **answers}
        result = runner.invoke(app, ["check", "--answers", "-"], input=json.dumps(answers))
        assert result.exit_code == 0, result.output
        flat = " ".join(result.stdout.split())
        return flat.split(name)[1].split("why:")[1].split("%")[0]

    fracture = why({"age": 75, "sex": "female", "pain_location": "central"}, "Compression fr")
    assert fracture.index("strong signs of a fragile") < fracture.index("middle of the spine")
    strain = {
        "age": 58, "sex": "male", "injury": "minor", "onset": "sudden", "severity": 5,
        "pain_location": "central", "worse_with_movement": True, "duration_days": 2,
        "worse_at_night_or_rest": False,
    }  # fmt: skip
    muscles = why(strain, "Muscle and posture strain")
    assert "the pain is worse with movement" in muscles, muscles
    assert "not worse at night" not in muscles, muscles


def test_the_tiers_of_one_condition_are_one_evidence_entry_in_json(runner: CliRunner) -> None:
    """A scripter's osteoporosis at 75: `evidence` held two entries equal in every field, each
    "about 4x more likely", where the two tiers together make 16x; a program that showed both,
    or dropped one, was wrong either way (seventeenth session)."""
    answers = {"osteoporosis_or_steroid_use": True, "age": 75}
    result = runner.invoke(app, ["check", "--answers", "-", "--json"], input=json.dumps(answers))
    causes = {c["id"]: c for c in json.loads(result.stdout)["causes"]}
    fracture = causes["compression_fracture"]["evidence"]
    assert len(fracture) == len({e["said"] for e in fracture}) == 1
    assert fracture[0]["lr"] == 16.0 and "about 16x more likely" in fracture[0]["sentence"]
    for cause in causes.values():
        said = [(e["said"], tuple(e["questions"])) for e in cause["evidence"]]
        assert len(said) == len(set(said)), cause["id"]
