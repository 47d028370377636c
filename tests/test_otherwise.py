"""With an emergency sign left unanswered, the action says to call an ambulance if any applies,
"Otherwise:" the level's own action, which then goes on the sentence in lower case ("Otherwise:
book an appointment", "Si no: vea a un médico hoy"), on screen and in the JSON."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from tspain.cli import app

CASES = [
    ("en", {"age": 30}, "Otherwise: book an appointment with a doctor"),
    ("en", {"fever": True}, "Otherwise: see a doctor today"),
    ("es", {"age": 30}, "Si no: pida una cita con un médico"),
    ("es", {"fever": True}, "Si no: vea a un médico hoy"),
]


@pytest.mark.parametrize(("lang", "answers", "said"), CASES)
def test_the_action_after_otherwise_is_in_lower_case(
    runner: CliRunner, lang: str, answers: dict[str, object], said: str
) -> None:
    base = ["--lang", lang, "check", "--answers", "-"]
    data = runner.invoke(app, [*base, "--json"], input=json.dumps(answers))
    assert data.exit_code == 0, data.stderr
    assert said in json.loads(data.stdout)["triage"]["action"]
    screen = runner.invoke(app, base, input=json.dumps(answers), env={"NO_COLOR": "1"})
    assert screen.exit_code == 0, screen.stderr
    text = " ".join(screen.stdout.replace("│", " ").split())  # the box's lines joined
    assert said in text, text
