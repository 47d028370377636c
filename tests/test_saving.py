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


def test_one_file_under_two_names_is_refused_before_anything_is_printed(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 26 point 4: --save and --save-answers naming one file under different names (an
    absolute and a relative path, a symlinked folder, a hard link) would leave only the
    answers; it is refused before anything is printed, whatever --force says."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").symlink_to(tmp_path)
    mine = tmp_path / "x.json"
    mine.write_text("mine")
    os.link(mine, tmp_path / "hard.json")
    for report, answers in (
        (str(mine), "x.json"),
        ("sub/x.json", "x.json"),
        ("x.json", "hard.json"),
        ("sub/./x.json", "./x.json"),
    ):
        code, stdout, stderr = run(runner, "--save", report, "--save-answers", answers, "--force")
        assert code == 2 and stdout == "", (report, answers, stdout)
        assert stderr.count("\n") == 1 and "both name" in stderr, stderr
        assert mine.read_text() == "mine"


def test_the_report_offer_refuses_the_answers_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The offer after an interactive session ("Save a report for your doctor?") refuses the
    file the answers are being saved to, and asks again."""
    import builtins

    import typer

    from tspain import cli_save as cli
    from tspain.engine import assess
    from tspain.loading import load_table

    monkeypatch.chdir(tmp_path)
    table = load_table()
    asked = {"age": 30, "fever": True}
    typed = iter(["y", "x.json", "report.json"])
    monkeypatch.setattr(builtins, "input", lambda _prompt="": next(typed))
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    try:
        cli.save_files(table, assess(table, asked), asked, None, "x.json", False, offer=True)
    except typer.Exit as stop:
        raise AssertionError(capsys.readouterr().err) from stop
    assert json.loads((tmp_path / "x.json").read_text()) == asked
    assert (
        json.loads((tmp_path / "report.json").read_text())["assessment"]["triage"]["level"]
        == "urgent"
    )
    assert "both name" in capsys.readouterr().err


@pytest.mark.parametrize("option", ["--save-answers", "--save"])
def test_a_dash_is_no_file_to_save_to(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, option: str
) -> None:
    """A scripter's `--save-answers -` wrote a file named "-" into the working folder."""
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["check", "--answers", "-", option, "-"], input='{"age": 40}')
    assert result.exit_code == 2
    assert "cannot save to -: give a file name" in result.stderr
    assert list(tmp_path.iterdir()) == [] and result.stdout == ""
