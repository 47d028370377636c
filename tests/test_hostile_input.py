"""Issue 10: input that could be dropped, blow up or flood the terminal gets one line and exit 2.

Each case is an attack from the adversarial review, run as written."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from tspain.cli import app


def check(runner: CliRunner, data: bytes | str, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["check", "--answers", "-", "--json", *args], input=data)
    return result.exit_code, result.stdout, result.stderr


def one_error_line(code: int, stdout: str, stderr: str) -> str:
    assert code == 2, (code, stdout, stderr)
    assert stdout == ""
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("tspain: error: "), stderr
    assert "Traceback" not in stderr
    return lines[0]


@pytest.mark.parametrize(
    ("data", "says"),
    [
        # (with an emergency sign the ambulance is said first: test_faults_keep_the_ambulance)
        ('{"answers": {}, "fever": true}', "are mixed"),
        ('{"fever": false, "fever": true}', "given twice"),
        ('{"age": ' + "9" * 5000 + "}", "age: got a number with more than 18 digits"),
        ("", "is empty"),
        ("[" * 100_000 + "]" * 100_000, "nested"),
        ('{"a": {"b": {"c": {"d": {"e": {"f": {"g": {"h": {"i": 1}}}}}}}}}', "nested deeper"),
        (b'{"age": "\xff\xfe"}', "not UTF-8"),
        ('{"age": 1000}', "expected a number from 0 to 120"),
    ],
)
def test_bad_answers_give_one_line_and_exit_2(runner: CliRunner, data: str, says: str) -> None:
    line = one_error_line(*check(runner, data))
    assert says in line, line


def test_the_emergency_in_a_mixed_object_is_not_dropped(runner: CliRunner) -> None:
    """The attack: top-level answers beside a report's `answers` used to be ignored
    (emergency -> routine). Now the mix is refused, never silently scored without them."""
    code, stdout, stderr = check(runner, '{"answers": {}, "chest_pain_or_pressure": true}')
    assert code == 2 and stdout == ""
    assert stderr.startswith("EMERGENCY: Call an ambulance now")  # said, not scored (39th)


def test_values_in_errors_are_cut_and_escaped(runner: CliRunner) -> None:
    long = "x" * 50_000_000
    line = one_error_line(*check(runner, json.dumps({"onset": long})))
    assert "larger than 1 MB" in line
    line = one_error_line(*check(runner, json.dumps({"onset": "\x1b[31m" + "y" * 500})))
    assert "\x1b" not in line and "\\x1b" in line
    assert len(line) < 200


def test_a_device_is_not_read_and_a_named_pipe_is_read_once_written(
    runner: CliRunner, tmp_path: Path
) -> None:
    """A pipe is read since the thirtieth session (`--answers <(...)`); a named pipe is waited
    on, as `cat` waits, until something writes to it: read at once, a writer that came a
    moment later was read as an empty file."""
    device = runner.invoke(app, ["check", "--answers", "/dev/zero", "--json"])
    line = one_error_line(device.exit_code, device.stdout, device.stderr)
    assert "not a regular file (a device is not read)" in line
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    results: list[Result] = []
    reading = threading.Thread(
        target=lambda: results.append(runner.invoke(app, ["check", "--answers", str(fifo)])),
        daemon=True,
    )
    reading.start()
    reading.join(timeout=0.5)
    assert reading.is_alive() and not results  # waiting for a writer, not read as empty
    fifo.write_text('{"age": 34, "chest_pain_or_pressure": true}', encoding="utf-8")
    reading.join(timeout=20)
    assert results and results[0].exit_code == 0, results
    assert "EMERGENCY" in results[0].stdout


def test_a_big_file_is_refused_unread(runner: CliRunner, tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    big.write_text('{"age": 30, "x": "' + "a" * 2_000_000 + '"}')
    result = runner.invoke(app, ["check", "--answers", str(big)])
    assert "larger than 1 MB" in one_error_line(result.exit_code, result.stdout, result.stderr)


@pytest.mark.parametrize(
    "args",
    [
        ["check", "--bogus"],
        ["check", "--max-questions", "0"],
        ["causes", "a", "b"],
        ["nosuchcommand"],
        ["validate", "--what"],
    ],
)
def test_usage_errors_are_one_line_and_exit_2(runner: CliRunner, args: list[str]) -> None:
    result = runner.invoke(app, args)
    one_error_line(result.exit_code, result.stdout, result.stderr)


def test_deep_nesting_in_compare_and_rules_is_one_line(runner: CliRunner, tmp_path: Path) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    ok = tmp_path / "ok.json"
    ok.write_text('{"age": 40}')
    result = runner.invoke(app, ["compare", str(deep), str(ok)])
    assert "nested" in one_error_line(result.exit_code, result.stdout, result.stderr)
    table = tmp_path / "deep.toml"
    table.write_text("x = " + "[" * 100_000 + "]" * 100_000 + "\n")
    result = runner.invoke(app, ["--rules", str(table), "causes"])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert result.stderr.count("\n") == 1 and "nested" in result.stderr
