"""The README documents every command's --help, and its set-up commands are the ones CI runs.

Regenerate the help section after changing a command:  TSPAIN_UPDATE_README=1 pytest tests/test_readme.py
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from typer.testing import CliRunner

from tspain.cli import app

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
START, END = "<!-- help:start -->", "<!-- help:end -->"
COMMANDS = ["check", "causes", "prevent", "questions", "validate", "compare"]


def help_section() -> str:
    runner = CliRunner()
    parts = []
    for command in [None, *COMMANDS]:
        args = [command, "--help"] if command else ["--help"]
        text = runner.invoke(app, args, env={"NO_COLOR": "1"}, prog_name="tspain").output
        title = f"tspain {command} --help" if command else "tspain --help"
        parts.append(f"### `{title}`\n\n```\n{text.rstrip()}\n```\n")
    return "\n".join(parts)


def test_every_command_help_is_in_the_readme() -> None:
    text = README.read_text(encoding="utf-8")
    expected = f"{START}\n{help_section()}{END}"
    current = re.search(re.escape(START) + ".*?" + re.escape(END), text, re.S)
    assert current is not None, "README lacks the generated help section"
    if os.environ.get("TSPAIN_UPDATE_README"):
        README.write_text(text.replace(current.group(0), expected), encoding="utf-8")
        return
    assert current.group(0) == expected, (
        "README help is out of date: run TSPAIN_UPDATE_README=1 pytest tests/test_readme.py"
    )


def test_readme_test_command_is_what_ci_runs() -> None:
    readme = README.read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    commands = re.findall(r"^(python3 -m venv .*)$", readme, re.M)
    assert len(commands) == 2, commands  # install-and-run, and install-and-test
    assert commands[1] in ci
