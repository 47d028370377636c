"""Ctrl-Z (stop) and `fg` (resume) while an answer is half typed: line editing kept the typed
"1" without showing it, so a tester's "2" after `fg` was read as item 12 of the urgent list (a
cold sweat, a warning sign never chosen). A resumed question starts from an empty line."""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from pathlib import Path

import pytest
from conftest import as_at_a_terminal

pexpect = pytest.importorskip("pexpect")

ENV = {"NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "100", "LINES": "40", "PATH": "/usr/bin:/bin"}


@pytest.mark.slow  # a real terminal, a second (the default run stood at a minute, 36th)
def test_a_resumed_question_forgets_what_was_typed_before_the_stop(tmp_path: Path) -> None:
    saved = tmp_path / "answers.json"
    child = pexpect.spawn(
        sys.executable,
        ["-m", "tspain", "check", "--save-answers", str(saved)],
        env=ENV,
        encoding="utf-8",
        timeout=60,
        dimensions=(40, 100),
        preexec_fn=as_at_a_terminal,
    )
    child.expect("> ")
    child.sendline("0")  # no emergency sign
    child.expect("Urgent signs")
    child.expect("> ")
    child.send("1")  # half typed: no Enter
    child.expect_exact("1")  # echoed: the "1" is in the line being edited, not still in transit
    time.sleep(0.2)
    os.kill(child.pid, signal.SIGSTOP)  # as Ctrl-Z stops it
    time.sleep(0.2)
    os.kill(child.pid, signal.SIGCONT)  # as `fg` resumes it
    child.expect("> ", timeout=15)  # asked again (before, nothing was shown)
    child.sendline("2")
    child.expect("> ")
    child.sendline("q")
    child.expect(r"\[y/N\] ")
    child.sendline("")
    child.expect(pexpect.EOF)
    child.close()
    answers = json.loads(saved.read_text(encoding="utf-8"))
    assert answers["history_of_cancer"] is True, answers  # item 2
    assert answers.get("sweating_nausea") is not True  # not item 12
