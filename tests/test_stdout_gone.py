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
