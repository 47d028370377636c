"""Importing the CLI stays light: `tspain --help` must not pay for what it does not use."""

from __future__ import annotations

import subprocess
import sys

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
