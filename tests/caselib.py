"""The case library: clinical vignettes in tests/cases/*.toml with expected triage and causes.

Used by the tests and by the bench scripts (bench/cases.py prints every case for a clinician)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from tspain.engine import assess
from tspain.levels import RANK
from tspain.table import Answer, RuleTable

CASES_DIR = Path(__file__).parent / "cases"


@dataclass(frozen=True)
class Case:
    id: str
    story: str
    level: str
    top3: tuple[str, ...]
    answers: dict[str, Answer]
    file: str


def load_cases(table: RuleTable, folder: Path = CASES_DIR) -> list[Case]:
    """Every case; `rest = "no"` answers every yes/no question not listed with "no"."""
    cases = []
    for path in sorted(folder.glob("*.toml")):
        for raw in tomllib.loads(path.read_text(encoding="utf-8"))["cases"]:
            answers: dict[str, Answer] = dict(raw["answers"])
            if raw.get("rest") == "no":
                for qid, q in table.questions.items():
                    if q.type == "yesno":
                        answers.setdefault(qid, False)
            cases.append(
                Case(
                    id=raw["id"],
                    story=raw["story"],
                    level=raw["level"],
                    top3=tuple(raw.get("top3", ())),
                    answers=answers,
                    file=path.name,
                )
            )
    return cases


@dataclass(frozen=True)
class Outcome:
    case: Case
    level: str
    top3: tuple[str, ...]

    @property
    def level_ok(self) -> bool:
        return self.level == self.case.level

    @property
    def under_triaged(self) -> bool:
        return RANK[self.level] < RANK[self.case.level]

    @property
    def top3_ok(self) -> bool:
        return all(c in self.top3 for c in self.case.top3)

    @property
    def top1_ok(self) -> bool:
        return bool(self.case.top3) and self.top3[0] == self.case.top3[0]


def run_cases(table: RuleTable, cases: list[Case]) -> list[Outcome]:
    outcomes = []
    for case in cases:
        result = assess(table, case.answers)
        outcomes.append(Outcome(case, result.triage.level, tuple(c.id for c in result.causes[:3])))
    return outcomes


def summary(outcomes: list[Outcome]) -> dict[str, float]:
    with_causes = [o for o in outcomes if o.case.top3]
    return {
        "cases": len(outcomes),
        "triage_agreement": sum(o.level_ok for o in outcomes) / len(outcomes),
        "top1": sum(o.top1_ok for o in with_causes) / len(with_causes),
        "top3": sum(o.top3_ok for o in with_causes) / len(with_causes),
        "under_triaged_emergencies": sum(
            o.under_triaged for o in outcomes if o.case.level == "emergency"
        ),
    }
