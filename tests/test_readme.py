"""The README documents every command's --help, and its set-up commands are the ones CI runs.

Regenerate the help section after changing a command:  TSPAIN_UPDATE_README=1 pytest tests/test_readme.py
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from conftest import make_runner

from tspain.cli import app

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
START, END = "<!-- help:start -->", "<!-- help:end -->"
COMMANDS = [c.name or c.callback.__name__ for c in app.registered_commands if c.callback]
"""Every command the app has, read from it: a new one (`signs`) was missing from a list here."""


def help_section() -> str:
    runner = make_runner()
    parts = []
    for command in [None, *COMMANDS]:
        args = [command, "--help"] if command else ["--help"]
        env = {"NO_COLOR": "1", "COLUMNS": "80"}  # as at an 80-column terminal
        text = runner.invoke(app, args, env=env, prog_name="tspain").output
        title = f"tspain {command} --help" if command else "tspain --help"
        parts.append(f"### `{title}`\n\n```\n{text.rstrip()}\n```\n")
    return "\n".join(parts)


def check_generated_section(start: str, end: str, body: str, what: str) -> None:
    """The README's text between two markers is exactly `body` (or is rewritten to it with
    TSPAIN_UPDATE_README=1)."""
    text = README.read_text(encoding="utf-8")
    expected = f"{start}\n{body}{end}"
    current = re.search(re.escape(start) + ".*?" + re.escape(end), text, re.S)
    assert current is not None, f"README lacks the {what}"
    if os.environ.get("TSPAIN_UPDATE_README"):
        README.write_text(text.replace(current.group(0), expected), encoding="utf-8")
        return
    assert current.group(0) == expected, (
        f"README {what} is out of date: run TSPAIN_UPDATE_README=1 pytest tests/test_readme.py"
    )


def test_every_command_help_is_in_the_readme() -> None:
    check_generated_section(START, END, help_section(), "generated help section")


def test_readme_test_command_is_what_ci_runs() -> None:
    """CI runs the README's install as written, then its test command under coverage (the
    suite runs once, measured): `python -m pytest --cov` is `python -m pytest`, traced."""
    readme = README.read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    commands = re.findall(r"^(python3 -m venv .*)$", readme, re.M)
    assert len(commands) == 2, commands  # install-and-run, and install-and-test
    install, test = commands[1].rsplit(" && ", 1)
    assert test == ".venv/bin/python -m pytest", commands[1]
    assert re.search(rf"^{re.escape(install)}$", ci, re.M), install
    clone = r'(?:\s*cd "\$work/clone" && HYPOTHESIS_PROFILE=ci )?'  # the slow run, in its lane
    runs = re.findall(rf"^{clone}\.venv/bin/python -m pytest (.*?)(?: \\)?$", ci, re.M)
    options = [run.split(" -q")[0] for run in runs]
    # together the runs select every test, once: the README's command with the default selection
    # and its two workers, traced (`--cov`), and the slow ones untraced in the clone's venv,
    # after the sdist's own run (which is in its own venv)
    assert sorted(options) == ["--cov --cov-report=", "-m slow"], runs


EX_START, EX_END = "<!-- example:start -->", "<!-- example:end -->"


def example_session() -> str:
    """A real session, answered in words, as a terminal 80 columns wide shows it."""
    import io

    from rich.console import Console
    from scripting import words_for

    from tspain import render, session
    from tspain.engine import assess
    from tspain.loading import load_table

    table = load_table()
    answers = {
        "age": 34,
        "sex": "female",
        "onset": "gradual",
        "severity": 4,
        "injury": "none",
        "pain_location": "between_shoulder_blades",
        "duration_days": 14,
        "sedentary_or_desk_work": True,
        "worse_with_sitting_or_posture": True,
    }
    all_no = {q: False for q, v in table.questions.items() if v.type == "yesno"}
    typed = iter(words_for(table, {**all_no, **answers}))
    out = Console(file=io.StringIO(), width=80, color_system=None, highlight=False)

    def read(prompt: str) -> str:
        line = next(typed)
        out.print(prompt + line, soft_wrap=True)
        return line

    done = session.interview(table, out, read)
    render.result(out, table, assess(table, done.known()), done.known())
    lines = [line.rstrip() for line in out.file.getvalue().splitlines()]  # type: ignore[attr-defined]
    return "```\n$ tspain check\n" + "\n".join(lines).strip("\n") + "\n```\n"


def test_readme_example_is_what_tspain_prints() -> None:
    check_generated_section(EX_START, EX_END, example_session(), "example session")


def test_no_help_text_is_cut() -> None:
    """Issue 9: `--help` never ends a command's description with "..."."""
    assert "..." not in help_section().replace("[ARGS]...", "").replace("[OPTIONS]", "")


def test_the_readme_names_every_module() -> None:
    """The Development section's list had fallen behind by fourteen modules (a newcomer,
    sixteenth session)."""
    root = Path(__file__).resolve().parent.parent
    text = (root / "README.md").read_text(encoding="utf-8").split("## Development", 1)[1]
    modules = sorted(p.name for p in (root / "src" / "tspain").glob("*.py") if p.stem[0] != "_")
    assert [m for m in modules if f"`{m}`" not in text] == []


def test_every_toml_example_in_the_readme_is_toml() -> None:
    """A maintainer pasted the README's combined-condition row into the table and got a TOML
    syntax error: the example broke an inline table over lines, which TOML does not allow."""
    import tomllib

    blocks = re.findall(r"```toml\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    assert len(blocks) >= 3
    for block in blocks:
        tomllib.loads(block)  # a TOMLDecodeError names the line
