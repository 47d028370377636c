"""The hazard log names the tests that prove each control: every one of them must exist."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOG = ROOT / "docs" / "safety" / "hazard-log.md"


def test_every_test_the_hazard_log_names_exists() -> None:
    text = LOG.read_text(encoding="utf-8")
    named = set(re.findall(r"`(tests/[\w/]+\.py)::(\w+)`", text))
    assert len(named) >= 20
    missing = []
    for file, name in sorted(named):
        path = ROOT / file
        defined = (
            {
                n.name
                for n in ast.walk(ast.parse(path.read_text()))
                if isinstance(n, ast.FunctionDef)
            }
            if path.exists()
            else set()
        )
        if name not in defined:
            missing.append(f"{file}::{name}")
    assert missing == []


def test_the_log_has_at_least_ten_hazards() -> None:
    rows = re.findall(r"^\| H\d+ \|", LOG.read_text(encoding="utf-8"), re.M)
    assert len(rows) >= 10
