"""A program that embeds the command line (and the test suite) runs it more than once in one
process: a code reviewer found the second run's stop message naming the first run's file."""

from __future__ import annotations

from pathlib import Path

from conftest import make_runner

from tspain.cli import app
from tspain.cli_base import stop_message


def test_a_second_run_does_not_claim_the_first_runs_files(tmp_path: Path) -> None:
    from tspain import saving

    runner = make_runner()
    first = tmp_path / "one.json"
    runner.invoke(app, ["check", "--answers", "-", "--save-answers", str(first)], input="{}")
    assert saving.saved == [str(first.resolve())] or saving.saved == [str(first)]
    runner.invoke(app, ["check", "--answers", "-"], input="{}")
    assert saving.saved == []
    assert str(first) not in stop_message(saving)
