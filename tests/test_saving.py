"""Issue 10: saving never replaces what it should not, and never loses a report quietly."""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tspain.cli import app

ANSWERS = json.dumps({"age": 30, "fever": True})


def run(runner: CliRunner, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["check", "--answers", "-", *args], input=ANSWERS)
    return result.exit_code, result.stdout, result.stderr


def test_force_replaces_only_regular_files(runner: CliRunner, tmp_path: Path) -> None:
    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)
    folder = tmp_path / "folder.json"
    folder.mkdir()
    target = tmp_path / "target.json"
    target.write_text("mine")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    for path, kind in ((fifo, "not a regular file"), (folder, "a folder"), (link, "symbolic")):
        code, stdout, stderr = run(runner, "--save-answers", str(path), "--force")
        assert code == 2 and stdout == "" and kind in stderr, (path, stderr)
    assert fifo.exists() and not fifo.is_file() and folder.is_dir() and link.is_symlink()
    assert target.read_text() == "mine"


def test_dev_null_is_never_replaced(runner: CliRunner) -> None:
    code, _, stderr = run(runner, "--save-answers", "/dev/null", "--force")
    assert code == 2 and "not a regular file" in stderr
    assert not Path("/dev/null").is_file()


def test_the_same_path_twice_is_an_input_error(runner: CliRunner, tmp_path: Path) -> None:
    same = str(tmp_path / "x.json")
    code, stdout, stderr = run(runner, "--save", same, "--save-answers", same, "--force")
    assert code == 2 and stdout == "" and "both name" in stderr
    assert not Path(same).exists()


def test_save_paths_are_checked_before_anything_is_printed(
    runner: CliRunner, tmp_path: Path
) -> None:
    code, stdout, stderr = run(runner, "--json", "--save", str(tmp_path / "none" / "r.md"))
    assert code == 2 and stdout == "" and stderr.count("\n") == 1


def test_the_report_is_saved_when_the_reader_goes_away(tmp_path: Path) -> None:
    """`tspain check ... | head -3`: the pipe closes early; the report is still written."""
    report = tmp_path / "r.md"
    tspain = [sys.executable, "-m", "tspain"]
    command = (
        f"printf '%s' '{ANSWERS}' | {' '.join(tspain)} check --answers - "
        f"--save {report} | head -c 10 > /dev/null"
    )
    shell = subprocess.run(
        ["bash", "-o", "pipefail", "-c", command], capture_output=True, text=True, timeout=60
    )
    assert report.exists(), shell.stderr
    assert "saved report to" in shell.stderr
    assert "Traceback" not in shell.stderr


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_signal_leaves_no_temporary_file(tmp_path: Path, signum: int) -> None:
    """A signal during the interview or a save ends cleanly: no .tspain-*.tmp left behind."""
    child = subprocess.Popen(
        [sys.executable, "-m", "tspain", "check", "-i", "--save", str(tmp_path / "r.md")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
    )
    assert child.stdout is not None
    shown = b""
    while not shown.endswith(b"> "):  # the first question, waiting for an answer: no sleep
        ready, _, _ = select.select([child.stdout], [], [], 60)
        chunk = os.read(child.stdout.fileno(), 4096) if ready else b""
        assert chunk, f"no question asked: {shown!r}"
        shown += chunk
    child.send_signal(signum)
    _, err = child.communicate(timeout=30)
    assert child.returncode == 128 + signum
    assert b"stopped, nothing saved" in err and b"Traceback" not in err
    assert list(tmp_path.glob(".tspain-*")) == []
