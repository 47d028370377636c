"""Standard input or standard error closed (`<&-`, `2>&-`) or full (`2>/dev/full`): bad input is
still exit 2, with one `tspain: error:` line where there is a stderr to write it to, never a
traceback. (Standard output closed or full is tests/test_stdout_gone.py.) These need a real
closed file descriptor, so they run tspain as a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import IO

import pytest


def _close(fd: int) -> Callable[[], None]:
    def close() -> None:
        os.close(fd)

    return close


def tspain(
    args: list[str],
    cwd: Path,
    closed: int | None = None,
    stdin: bytes | None = None,
    stderr: IO[bytes] | int = subprocess.PIPE,
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "tspain", *args],
        input=stdin,
        stdout=subprocess.PIPE,
        stderr=stderr,
        preexec_fn=None if closed is None else _close(closed),
        cwd=cwd,
        timeout=60,
    )


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["check", "--answers", "-", "--json"], "standard input is closed"),
        (["check", "--answers", "-"], "standard input is closed"),
        (["check"], "standard input is closed, so no questions can be asked"),
        (["check", "--interactive"], "standard input is closed, so no questions can be asked"),
        (["--lang", "es", "check", "--answers", "-"], "la entrada estándar está cerrada"),
    ],
)
def test_a_closed_stdin_is_one_line_and_exit_2(tmp_path: Path, args: list[str], said: str) -> None:
    done = tspain(args, tmp_path, closed=0)
    err = done.stderr.decode()
    assert done.returncode == 2, err
    assert err.count("\n") == 1 and err.startswith("tspain: error: ") and said in err, err
    assert done.stdout == b""


@pytest.mark.parametrize(
    "args",
    [
        ["check", "--answers", "missing.json", "--json"],
        ["check", "--answers", "-", "--json"],
        ["check", "--no-such-option"],
        ["causes", "no_such_cause"],
    ],
)
def test_bad_input_with_stderr_closed_is_still_exit_2(tmp_path: Path, args: list[str]) -> None:
    done = tspain(args, tmp_path, closed=2, stdin=b'{"fever": "yes"}')
    assert done.returncode == 2
    assert done.stdout == b""


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_bad_input_with_stderr_full_is_still_exit_2(tmp_path: Path) -> None:
    with open("/dev/full", "wb") as full:
        done = tspain(["check", "--answers", "missing.json", "--json"], tmp_path, stderr=full)
    assert done.returncode == 2
    assert done.stdout == b""


@pytest.mark.parametrize(
    "args",
    [
        ["check", "--answers", "missing.json"],
        ["causes", "no_such_cause", "--json"],
        ["check", "--answers", "-", "--json"],
    ],
)
def test_bad_input_with_stdout_closed_is_still_exit_2_and_one_line(
    tmp_path: Path, args: list[str]
) -> None:
    """A scripter: with `>&-`, bad input exited 1 and said a second line, "cannot write to
    standard output": the exit status is all a script with stderr closed too has."""
    done = tspain(args, tmp_path, closed=1, stdin=b'{"fevr": true}')
    err = done.stderr.decode()
    assert done.returncode == 2, err
    assert err.count("\n") == 1 and err.startswith("tspain: error: "), err
