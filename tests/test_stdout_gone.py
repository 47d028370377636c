"""Issue 26 point 5: standard output closed (`>&-`) or full (`> /dev/full`) is one line on
stderr and a non-zero exit, never a traceback, and the report asked for is still saved."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ANSWERS = json.dumps({"age": 30, "fever": True})


def _close_stdout() -> None:
    os.close(1)


def run(args: list[str], how: str, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    if how == "closed":
        return subprocess.run(
            [sys.executable, "-m", "tspain", *args],
            input=ANSWERS.encode(),
            stderr=subprocess.PIPE,
            preexec_fn=_close_stdout,
            cwd=cwd,
            timeout=60,
        )
    with open("/dev/full", "w") as full:
        return subprocess.run(
            [sys.executable, "-m", "tspain", *args],
            input=ANSWERS.encode(),
            stdout=full,
            stderr=subprocess.PIPE,
            cwd=cwd,
            timeout=60,
        )


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("how", ["closed", "full"])
@pytest.mark.parametrize("json_out", [False, True])
def test_the_report_is_saved_and_the_error_is_one_line(
    tmp_path: Path, how: str, json_out: bool
) -> None:
    report = tmp_path / "r.md"
    args = ["check", "--answers", "-", "--save", str(report)] + (["--json"] if json_out else [])
    done = run(args, how, tmp_path)
    err = done.stderr.decode()
    assert done.returncode == 1, err
    assert "Traceback" not in err and "Exception ignored" not in err, err
    errors = [line for line in err.splitlines() if line.startswith("tspain: error:")]
    assert len(errors) == 1 and "standard output" in errors[0], err
    assert "saved report" in err
    assert "URGENT" in report.read_text(encoding="utf-8")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("how", ["closed", "full"])
@pytest.mark.parametrize("args", [["causes"], ["causes", "--json"], ["questions"]])
def test_a_listing_to_nowhere_is_one_line(tmp_path: Path, how: str, args: list[str]) -> None:
    done = run(args, how, tmp_path)
    err = done.stderr.decode()
    assert done.returncode == 1, err
    assert "Traceback" not in err and "Exception ignored" not in err, err
    assert err.count("\n") == 1 and err.startswith("tspain: error:") and "standard output" in err


@pytest.mark.slow  # two child processes a second each (the default run stood at a minute, 36th)
@pytest.mark.parametrize("unbuffered", ["", "1"])
def test_a_short_listing_read_one_line_exits_0(tmp_path: Path, unbuffered: str) -> None:
    """The README: a short output is written whole first, so `tspain prevent | head -1` exits 0.
    A scripter saw exit 1 most times: a heading and its list were two writes, and `head` left
    between them (always so with PYTHONUNBUFFERED set, as the scripter's shell had it)."""
    env = {**os.environ, "PYTHONUNBUFFERED": unbuffered}
    codes = []
    for _ in range(8):
        child = subprocess.Popen(
            [sys.executable, "-m", "tspain", "prevent"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            cwd=tmp_path,
        )
        assert child.stdout is not None
        child.stdout.readline()
        child.stdout.close()  # as `head -1` does, once it has its line
        child.wait(timeout=60)
        codes.append(child.returncode)
    assert codes == [0] * 8


MANY_SIGNS = json.dumps(
    {
        "age": 70, "sex": "male", "fever": True, "history_of_cancer": True, "weight_loss": True,
        "chest_pain_or_pressure": True, "pain_tearing_or_ripping": True,
        "shortness_of_breath": True, "pain_worse_breathing_in": True, "calf_swelling": True,
        "rash": True, "upper_abdominal_pain": True, "urinary_symptoms": True,
        "osteoporosis_or_steroid_use": True, "diabetes": True, "smoker": True,
        "high_blood_pressure": True,
    }
)  # fmt: skip
"""Answers whose JSON result is longer than a pipe holds (64 KiB on Linux)."""


def test_a_reader_that_leaves_mid_json_is_exit_1() -> None:
    """A scripter's audit (twentieth session): `tspain check --json | head -1` on a result
    longer than the pipe holds exited 0, the rest dropped: CPython took the partial write to a
    pipe whose reader had gone as done. It is exit 1, as the interface promises."""
    child = subprocess.Popen(
        [sys.executable, "-m", "tspain", "check", "--answers", "-", "--json"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert child.stdin is not None and child.stdout is not None and child.stderr is not None
    child.stdin.write(MANY_SIGNS.encode())
    child.stdin.close()
    assert child.stdout.read(10) == b'{\n  "triag'  # the writing has begun; the reader leaves
    child.stdout.close()
    err = child.stderr.read().decode()
    child.stderr.close()
    assert child.wait(timeout=60) == 1, err
    assert "Traceback" not in err and "Exception ignored" not in err, err


def test_json_to_a_pipe_is_utf8_whatever_the_output_encoding() -> None:
    """RFC 8259: JSON between programs is UTF-8. With a cp1252 output (Windows' default for a
    redirected stream) the em dash of "makes ... likely" was written as byte 0x97."""
    done = subprocess.run(
        [sys.executable, "-m", "tspain", "check", "--answers", "-", "--json"],
        input=ANSWERS.encode(),
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": "cp1252"},
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "\u2014" in json.dumps(json.loads(done.stdout.decode("utf-8")), ensure_ascii=False)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("how", ["closed", "full"])
def test_an_emergency_result_that_cannot_be_written_is_said_on_stderr(
    tmp_path: Path, how: str
) -> None:
    """Chest pain with standard output closed or full said only "cannot write to standard
    output" (a scripter, thirty-ninth session), where a fault says the ambulance first: the
    result was not given, so the emergency's action and sign come first on stderr."""
    answers = tmp_path / "a.json"
    answers.write_text(json.dumps({"chest_pain_or_pressure": True}), encoding="utf-8")
    done = run(["check", "--answers", str(answers)], how, tmp_path)
    err = done.stderr.decode().splitlines()
    assert done.returncode == 1, err
    assert err[0].startswith("EMERGENCY: Call an ambulance now") and err[1].startswith("  - Chest")
    assert err[-1].startswith("tspain: error: cannot write to standard output") and len(err) == 3
