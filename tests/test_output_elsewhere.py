"""`tspain check > out.txt` at a terminal: a tester typed blind (every question went into the
file) and never saw "call an ambulance". The questions, the report offer and what to do now
stay on the screen (standard error); the result goes where it was sent."""

from __future__ import annotations

import pytest
from conftest import make_runner
from scripting import at_a_terminal
from typer.testing import Result

from tspain.cli import app


def redirected(monkeypatch: pytest.MonkeyPatch, lines: list[str]) -> Result:
    at_a_terminal(monkeypatch, stdout_terminal=False)
    return make_runner().invoke(app, ["check"], input="".join(f"{line}\n" for line in lines))


def test_questions_and_what_to_do_stay_on_the_screen(monkeypatch: pytest.MonkeyPatch) -> None:
    result = redirected(monkeypatch, ["2", ""])  # chest pain, then no report
    assert result.exit_code == 0, result.output
    assert "Emergency signs" in result.stderr and "Emergency signs" not in result.stdout
    assert "Save a report for your doctor?" in result.stderr
    assert "Save a report" not in result.stdout
    assert "EMERGENCY" in result.stdout  # the result, where it was sent
    after = result.stderr.split(
        "the result was sent to standard output, which is not this terminal."
    )[1]
    assert after.lstrip().lower().startswith("what to do now: call an ambulance"), after


def test_at_a_terminal_everything_is_on_standard_output(monkeypatch: pytest.MonkeyPatch) -> None:
    at_a_terminal(monkeypatch)
    result = make_runner().invoke(app, ["check"], input="2\n\n")
    assert "Emergency signs" in result.stdout and "Save a report" in result.stdout
    assert "sent to standard output" not in result.stderr


def test_with_json_to_a_file_the_screen_still_says_what_to_do(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`tspain check --json > o.json`: the screen ended at "Stopping the questions" with no
    word of the ambulance."""
    at_a_terminal(monkeypatch, stdout_terminal=False)
    result = make_runner().invoke(app, ["check", "--json"], input="2\n")
    assert result.exit_code == 0, result.output
    assert '"level": "emergency"' in result.stdout
    assert "what to do now: call an ambulance" in result.stderr.lower()
