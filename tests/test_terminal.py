"""`tspain check` in a real pseudo-terminal (pexpect), as a person would use it."""

from __future__ import annotations

import sys

import pytest
from caselib import Case
from scripting import typed_for, words_for

from tspain.table import RuleTable

pexpect = pytest.importorskip("pexpect")

ENV = {"NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "100", "LINES": "40", "PATH": "/usr/bin:/bin"}


def spawn(**env: str) -> pexpect.spawn:
    child = pexpect.spawn(
        sys.executable,
        ["-m", "tspain", "check"],
        env={**ENV, **env},
        encoding="utf-8",
        timeout=20,
        dimensions=(int(env.get("LINES", ENV["LINES"])), int(env.get("COLUMNS", ENV["COLUMNS"]))),
    )
    child.expect("not a diagnosis")
    return child


def decline_report_and_finish(child: pexpect.spawn, answer: str = "") -> None:
    """Answer no (Enter, or "n") at the report offer; the session must then end cleanly."""
    child.expect(r"Save a report for your doctor\? \[y/N\]")
    child.sendline(answer)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_self_care_session(table: RuleTable, cases: list[Case]) -> None:
    case = next(c for c in cases if c.id == "desk_posture")
    child = spawn()
    for line in typed_for(table, case.answers):
        child.expect("> ")
        child.sendline(line)
    child.expect("SELF-CARE")
    child.expect("Most likely causes")
    child.expect("Muscle and posture strain")  # issue 24: its family line
    child.expect("poor posture")
    decline_report_and_finish(child)


def test_emergency_sign_stops_at_once() -> None:
    child = spawn()
    child.expect("Emergency signs")
    child.expect("> ")
    child.sendline("3")
    child.expect("Stopping the questions")
    child.expect("EMERGENCY")
    child.expect("Call an ambulance now")
    before = child.before
    assert "Question 2" not in before
    decline_report_and_finish(child)


def test_why_and_back_in_a_real_terminal() -> None:
    child = spawn()
    child.expect("> ")
    child.sendline("?")
    child.expect("We ask these first because")
    child.expect("> ")
    child.sendline("0")
    child.expect("Urgent signs")
    child.expect("> ")
    child.sendline("b")
    child.expect("Emergency signs")
    child.expect("> ")
    child.sendline("0")
    child.expect("Urgent signs")
    child.expect("> ")
    child.sendline("0")
    child.expect("Do any of these apply")  # the routine signs, while they could matter
    child.expect("> ")
    child.sendline("0")
    child.expect("Question 4")
    child.expect("> ")
    child.sendline("?")
    child.expect("We ask because")
    child.expect("It is weighing up")
    child.sendcontrol("c")
    child.expect("stopped, nothing saved")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130


def test_the_report_offer_asks_again_after_a_bad_name(tmp_path: object) -> None:
    child = spawn()
    child.expect("> ")
    child.sendline("2")
    child.expect(r"Save a report for your doctor\? \[y/N\]")
    child.sendline("y")
    child.expect(r"File name .*\[tspain-report-\d{4}-\d\d-\d\d\.html\]")
    child.sendline("/nonexistent-folder/r.md")
    child.expect("does not exist")
    child.expect("File name")
    child.sendline(f"{tmp_path}/r.md")
    child.expect("saved report to")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_a_desk_worker_answering_in_words_goes_home(table: RuleTable, cases: list[Case]) -> None:
    """Issue 9: "none", "29 years", "3 weeks", "gradually", "no injury", "between the shoulder
    blades", "yes", "no" are all understood, and "n" at the report offer ends the session."""
    case = next(c for c in cases if c.id == "desk_posture")
    answers = {**case.answers, "duration_days": 21, "age": 29}
    child = spawn()
    for line in words_for(table, answers):
        child.expect("> ")
        child.sendline(line)
    child.expect("SELF-CARE")
    decline_report_and_finish(child, "n")


def test_an_emergency_leaves_the_action_on_an_80_by_24_screen() -> None:
    child = spawn(COLUMNS="80", LINES="24")
    child.expect("> ")
    child.sendline("1")
    child.expect(r"Save a report for your doctor\? \[y/N\]")
    before = child.before.replace("\r", "")
    result = before[before.rindex("What to do") :].splitlines()  # from the action box on
    assert len(result) <= 24
    assert "call an ambulance" in result[-2].lower() or "call an ambulance" in result[-1].lower()
    child.sendline("")
    child.expect(pexpect.EOF)


def test_q_at_the_first_question_leads_with_the_ambulance() -> None:
    child = spawn()
    child.expect("> ")
    child.sendline("q")
    child.expect("Call an ambulance now")
    child.expect("if you have any of")
    decline_report_and_finish(child)


def test_not_sure_at_the_emergency_list_asks_each_sign() -> None:
    child = spawn()
    child.expect("> ")
    child.sendline("not sure")
    child.expect("suddenly and severely")  # first: the torn-aorta story ends in two answers
    child.expect("> ")
    child.sendline("no")
    child.expect("Do you have chest pain")
    child.expect("> ")
    child.sendline("no")
    child.expect("tearing or ripping")
    child.sendcontrol("c")
    child.expect(pexpect.EOF)


def test_the_report_offer_expands_home_and_asks_before_replacing(tmp_path: object) -> None:
    from pathlib import Path

    home = Path(str(tmp_path))
    (home / "r.md").write_text("mine")
    child = spawn(HOME=str(home))
    child.expect("> ")
    child.sendline("2")
    child.expect(r"\[y/N\]")
    child.sendline("yes")
    child.expect("File name")
    child.sendline("~/r.md")
    child.expect("already exists: replace it")
    child.sendline("n")
    child.expect("File name")
    child.sendline("~/r.md")
    child.expect("replace it")
    child.sendline("y")
    child.expect(f"saved report to {home / 'r.md'}")
    child.expect(pexpect.EOF)
    assert "mine" not in (home / "r.md").read_text()
