"""Importing the CLI stays light: `tspain --help` must not pay for what it does not use."""

from __future__ import annotations

import subprocess
import sys

import pytest

HEAVY = (
    "rich",
    "pydantic",
    "tspain.engine",
    "tspain.table",
    "tspain.render",
    "tspain.interview",
    "tspain.report",
    "tomllib",
    "json",
)


def test_importing_the_cli_does_not_import_heavy_modules() -> None:
    code = (
        f"import sys; import tspain.cli; print(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_help_does_not_load_the_rule_table() -> None:
    code = (
        "import sys\nfrom typer.testing import CliRunner\nfrom tspain.cli import app\n"
        "CliRunner().invoke(app, ['--help'])\n"
        "print(' '.join(m for m in ('tspain.table', 'tspain.engine', 'pydantic.main') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_output_to_a_pipe_does_not_start_rich() -> None:
    """Issue 10: a result or a listing written to a pipe or a file uses no Rich at all (the
    start-up budget); a terminal still gets Rich's colours."""
    code = (
        "import sys, io\n"
        "sys.argv = ['tspain', 'check', '--answers', '-']\n"
        "sys.stdin = io.TextIOWrapper(io.BytesIO(b'{\"age\": 40}'))\n"
        "from tspain.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "sys.stderr.write(' '.join(m for m in sys.modules if m.startswith('rich')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "What to do" in out.stdout
    assert out.stderr.strip() == ""


def test_the_shipped_table_loads_without_the_table_checks() -> None:
    """The compiled form is the validated table: reading it needs neither pydantic nor the
    checks that validate a TOML (they were imported at start-up, about 7 ms, for nothing)."""
    checks = ("pydantic", "tspain.table_checks", "tspain.field_names", "tspain.table_lists")
    code = (
        "import sys; from tspain.loading import load_table; load_table(); "
        f"print(' '.join(m for m in {checks!r} if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_ctrl_c_while_the_command_line_loads_is_one_line_and_exit_130(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Thirty-sixth session (a scripter): Ctrl-C in the tenth of a second the command line
    takes to load (Typer, the command modules) was a Python traceback and a death by signal,
    before `cli.main` could catch it. The `tspain` script loads it where Ctrl-C is caught."""
    import importlib.abc

    from tspain.__main__ import run

    class Interrupted(importlib.abc.MetaPathFinder):
        def find_spec(self, name: str, *_: object) -> None:
            if name == "tspain.cli":
                raise KeyboardInterrupt

    monkeypatch.delitem(sys.modules, "tspain.cli", raising=False)
    monkeypatch.setattr(sys, "meta_path", [Interrupted(), *sys.meta_path])
    with pytest.raises(SystemExit) as stopped:
        run()
    assert stopped.value.code == 130
    assert capsys.readouterr().err == "\ntspain: stopped, nothing saved.\n"


def test_the_tspain_script_runs_the_guarded_entry_point() -> None:
    """The script's entry point is the one that catches Ctrl-C while the command line loads."""
    import tomllib
    from pathlib import Path

    project = tomllib.loads((Path(__file__).parent.parent / "pyproject.toml").read_text())
    assert project["project"]["scripts"]["tspain"] == "tspain.__main__:run"
