"""`tspain check` in a real pseudo-terminal (pexpect), as a person would use it."""

from __future__ import annotations

import sys

import pytest
from caselib import Case
from scripting import typed_for

from tspain.table import RuleTable

pexpect = pytest.importorskip("pexpect")

ENV = {"NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "100", "LINES": "40", "PATH": "/usr/bin:/bin"}


def spawn() -> pexpect.spawn:
    child = pexpect.spawn(
        sys.executable, ["-m", "tspain", "check"], env=ENV, encoding="utf-8", timeout=20
    )
    child.expect("not a diagnosis")
    return child


def decline_report_and_finish(child: pexpect.spawn) -> None:
    """Press Enter at the report offer; the session must then end cleanly."""
    child.sendline("")
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
    child.expect("Poor posture")
    child.expect("Save a report for your doctor")
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
    child.expect("Save a report")
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
    child.expect("Save a report")
    child.sendline("/nonexistent-folder/r.md")
    child.expect("does not exist")
    child.expect("Save a report")
    child.sendline(f"{tmp_path}/r.md")
    child.expect("saved report to")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
