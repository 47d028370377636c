"""`tspain compare`: an unknown answer is said in the chosen language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tspain.cli import app

OLD = {"age": 34, "sex": "female", "onset": "gradual"}
NEW = {"age": 35, "onset": "sudden", "fever": True}


@pytest.fixture
def pair(tmp_path: Path) -> list[str]:
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(json.dumps(OLD))
    new.write_text(json.dumps(NEW))
    return [str(old), str(new)]


def compare(runner: CliRunner, lang: str, *args: str) -> str:
    done = runner.invoke(app, ["--lang", lang, "compare", *args])
    assert done.exit_code == 0, done.stderr
    assert done.stderr == ""
    return done.stdout


def test_unknown_is_said_in_spanish(runner: CliRunner, pair: list[str]) -> None:
    text = " ".join(compare(runner, "es", *pair).split())
    assert "unknown" not in text
    assert "desconocido -> sí" in text and "Mujer -> desconocido" in text
    english = " ".join(compare(runner, "en", *pair).split())
    assert "unknown -> yes" in english and "Female -> unknown" in english
