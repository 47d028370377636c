"""Upper tummy pain through to the back: an inflamed pancreas or gallstones? The two share one
picture, and the published cases' typical first line read pancreatitis as the gallbladder 16
times, while their collectors wrote "alcohol has no question" beside case after case. The NHS
pages the table cites tell them apart by what a doctor asks: heavy drinking (about a quarter of
acute pancreatitis) and pain eased by leaning forward or curling up (table 2026.12.05.5).

The references are the NHS's words and the TOML's own numbers, read here with `tomllib`, not the
engine's arithmetic."""

from __future__ import annotations

import json
import math
import tomllib
from pathlib import Path

import pytest
from conftest import make_runner

from tspain.cli import app
from tspain.interview import Ask, Checklist, Interview
from tspain.paths import default_table_path
from tspain.scoring import probabilities
from tspain.table import Answer, RuleTable

RAW = tomllib.loads(default_table_path().read_text(encoding="utf-8"))
TUMMY_TO_BACK: dict[str, Answer] = {
    "age": 45,
    "sex": "male",
    "pain_location": "central",
    "upper_abdominal_pain": True,
    "severity": 6,
    "sweating_nausea": True,
}
NEW = ("heavy_drinking", "eased_leaning_forward")


def likely(answers: dict[str, Answer], tmp_path: Path) -> list[str]:
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(answers), encoding="utf-8")
    run = make_runner().invoke(app, ["check", "--answers", str(path), "--json"])
    assert run.exit_code == 0, run.output
    out: list[str] = json.loads(run.stdout)["likely"]
    return out


def test_drinking_and_leaning_forward_put_the_pancreas_first(tmp_path: Path) -> None:
    yes = likely({**TUMMY_TO_BACK, **dict.fromkeys(NEW, True)}, tmp_path)
    no = likely({**TUMMY_TO_BACK, **dict.fromkeys(NEW, False)}, tmp_path)
    assert yes[0] == "pancreatitis", yes
    assert no[0] == "gallbladder", no
    assert "gallbladder" in yes and "pancreatitis" in no  # each stays in view


@pytest.mark.parametrize("qid", NEW)
def test_each_answer_moves_the_pair_by_its_frequency_over_the_background(
    table: RuleTable, qid: str
) -> None:
    """A yes multiplies the odds of the pancreas against the gallbladder by p / background, a no
    by (1 - p) / (1 - background): the differential's documented rule, with the TOML's numbers."""
    rows = [f for f in RAW["causes"]["pancreatitis"]["frequencies"] if qid in f["when"]]
    assert len(rows) == 1
    p, background = rows[0]["p"], RAW["questions"][qid]["background"]
    assert not any(
        qid in str(RAW["causes"]["gallbladder"].get(k, "")) for k in RAW["causes"]["gallbladder"]
    )

    def odds(answers: dict[str, Answer]) -> float:
        probs = probabilities(table, answers)
        return probs["pancreatitis"] / probs["gallbladder"]

    before = odds(TUMMY_TO_BACK)
    assert odds({**TUMMY_TO_BACK, qid: True}) / before == pytest.approx(p / background)
    assert odds({**TUMMY_TO_BACK, qid: False}) / before == pytest.approx((1 - p) / (1 - background))
    assert p / background > 2 and not math.isclose(p, background)


def test_the_interview_asks_what_tells_them_apart(table: RuleTable) -> None:
    """A woman whose upper tummy pain goes through to her back: pancreas and gallbladder are
    both open, so one of the questions that tells them apart is asked before the interview
    stops."""
    person: dict[str, Answer] = {
        "age": 45,
        "sex": "female",
        "upper_abdominal_pain": True,
        "severity": 6,
        "pain_location": "one_side",
        "onset": "gradual",
        "duration_days": 1,
    }
    session = Interview(table)
    asked = []
    while (step := session.next()) is not None:
        if isinstance(step, Checklist):
            session.answer_checklist(step, [q for q in step.questions if person.get(q) is True])
            continue
        assert isinstance(step, Ask)
        asked.append(step.question)
        answer = person.get(step.question)
        if answer is None and table.questions[step.question].type == "yesno":
            answer = False
        session.answer(step.question, answer)
    assert set(NEW) & set(asked), asked
