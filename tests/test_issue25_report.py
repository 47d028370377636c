"""Issue 25, point 9: the report reads as a history for the doctor. Failed before its fix."""

from __future__ import annotations

from datetime import UTC, datetime

from caselib import Case

from tspain.engine import assess
from tspain.report import html_report, markdown_report
from tspain.table import RuleTable

WHEN = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)


def kidney(table: RuleTable, cases: list[Case]) -> tuple[str, str]:
    case = next(c for c in cases if c.id == "kidney_infection")
    answers = {**case.answers, "night_sweats": None, "sedentary_or_desk_work": False}
    result = assess(table, case.answers)
    return (
        markdown_report(table, result, answers, WHEN),
        html_report(table, result, answers, WHEN),
    )


def test_who_where_and_how_long_come_first(table: RuleTable, cases: list[Case]) -> None:
    md, html = kidney(table, cases)
    first = md.index("## About the pain")
    assert first < md.index("## Result")
    about = md[first : md.index("## Result")]
    for part in ("Age: 30 years", "Sex: female", "Where: on one side", "How long: 2 days"):
        assert part in about, part
    assert "About the pain" in html and "2 days" in html


def test_answers_read_as_a_history_without_questions_ids_or_backticks(
    table: RuleTable, cases: list[Case]
) -> None:
    md, html = kidney(table, cases)
    answers = md[md.index("## Warning signs asked about") :]
    assert "?" not in answers  # not the patient's questions
    assert "Long hours sitting" in answers
    assert "\\`" not in md and "`" not in html
    assert "marked: central" not in html


def test_the_emergency_report_keeps_age_and_where(table: RuleTable) -> None:
    answers = {"chest_pain_or_pressure": True, "age": 67, "pain_location": "central"}
    md = markdown_report(table, assess(table, answers), answers, WHEN)
    html = html_report(table, assess(table, answers), answers, WHEN)
    assert "Age: 67 years" in md and "Where: in the middle of the spine" in md
    assert "marked: in the middle of the spine" in html


def test_the_readme_says_how_to_run_tspain_after_install() -> None:
    """Point 10: later examples use bare `tspain`: the set-up says how that works."""
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    setup = readme[readme.index("## Set up") : readme.index("$ tspain check")]
    assert "source .venv/bin/activate" in setup
    assert "`.venv/bin/tspain`" in setup
