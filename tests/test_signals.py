"""Issue 26 point 6: SIGTERM or SIGHUP at any moment ends tspain with one true line: the
handler imports nothing (a module half imported when the signal came cannot break it), and it
says whether something was saved."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest

HARNESS = """
import builtins, json, os, signal, sys
sys.argv = ["tspain", "check", "--answers", "-"] + json.loads(sys.argv[1])
when = sys.argv.pop() if False else os.environ["SIGNAL_AFTER"]
real_import = builtins.__import__
armed = []

def guarded(name, *args, **kwargs):
    if armed:
        raise ImportError("import of " + name + " inside the signal handler")
    return real_import(name, *args, **kwargs)

builtins.__import__ = guarded

def stop_after(module, name):
    import importlib
    mod = importlib.import_module(module)
    original = getattr(mod, name)
    def wrapper(*args, **kwargs):
        result = original(*args, **kwargs)
        armed.append(True)  # from here on, any import fails: as if one were half done
        os.kill(os.getpid(), int(os.environ["SIGNUM"]))
        return result
    setattr(mod, name, wrapper)

module, name = when.split(":")
stop_after(module, name)
from tspain.cli import main
main()
"""


def run(tmp_path: Path, after: str, signum: int, *args: str) -> tuple[int, str]:
    done = subprocess.run(
        [sys.executable, "-c", HARNESS, json.dumps(list(args))],
        input=json.dumps({"age": 30, "fever": True}).encode(),
        capture_output=True,
        cwd=tmp_path,
        timeout=60,
        env={"SIGNAL_AFTER": after, "SIGNUM": str(int(signum)), "PATH": "/usr/bin:/bin"},
    )
    return done.returncode, done.stderr.decode()


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_signal_before_any_save_says_nothing_saved_and_imports_nothing(
    tmp_path: Path, signum: int
) -> None:
    code, err = run(tmp_path, "tspain.engine:assess", signum, "--save", "r.md")
    assert code == 128 + signum, err
    assert "Traceback" not in err and "Error" not in err, err
    assert err.strip().splitlines()[-1] == "tspain: stopped, nothing saved."
    assert not (tmp_path / "r.md").exists()


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_signal_after_a_save_never_says_nothing_saved(tmp_path: Path, signum: int) -> None:
    # The answers file is saved first (it is kept if the terminal closes at the report offer).
    code, err = run(
        tmp_path, "tspain.saving:save_answers", signum, "--save", "r.md", "--save-answers", "a.json"
    )
    assert code == 128 + signum, err
    assert "Traceback" not in err and "Error" not in err, err
    assert (tmp_path / "a.json").exists() and not (tmp_path / "r.md").exists()
    last = err.strip().splitlines()[-1]
    assert "nothing saved" not in last and str(tmp_path / "a.json") in last, err
