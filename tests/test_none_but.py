""" "None but ...", "nothing but ...", "0 but ..." at a list: what follows the "but" is said,
as after "no but ..." (a tester, thirtieth session: "0 but chest pain" was told to type 0
alone, and "none but my chest hurts" at the urgent list could not match; each ended
SELF-CARE with the sign said)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import make_runner

from tspain.cli import app


@pytest.mark.parametrize(
    ("lang", "lists_before", "said", "then", "sign", "level"),
    [
        ("en", 0, "none but my chest hurts", [], "chest_pain_or_pressure", "EMERGENCY"),
        ("en", 0, "0 but chest pain", ["y"], "chest_pain_or_pressure", "EMERGENCY"),
        ("en", 1, "none but my chest hurts", ["0", "y"], "chest_pain_or_pressure", "EMERGENCY"),
        ("en", 1, "0 but chest pain", ["0", "y"], "chest_pain_or_pressure", "EMERGENCY"),
        ("en", 1, "none but cant breathe properly", ["0", "y"], "shortness_of_breath", "EMERGENCY"),
        ("en", 2, "nothing but i did faint", ["0", "y"], "fainting_or_clammy", "EMERGENCY"),
        (
            "en",
            2,
            "none but ive been vomiting and sweating a lot",
            ["0", "y"],
            "sweating_nausea",
            "URGENT",
        ),
        ("es", 1, "0 pero me duele el pecho", ["0", "s"], "chest_pain_or_pressure", "EMERGENCIA"),
        ("es", 2, "ninguna pero vomito y sudo frio", ["0", "s"], "sweating_nausea", "URGENTE"),
        # what follows the but in negative words, or doubted, is a sign all the same (a code
        # reviewer, thirtieth session: each was none, unsaid)
        (
            "en",
            0,
            "0 but no control of my bladder",
            ["y"],
            "bladder_or_bowel_problems",
            "EMERGENCY",
        ),
        ("en", 0, "none but maybe numb groin", ["9"], "saddle_numbness", "EMERGENCY"),
        ("es", 0, "cero pero no puedo orinar", ["s"], "bladder_or_bowel_problems", "EMERGENCIA"),
    ],
)
def test_a_sign_said_after_none_but_is_asked_and_counts(
    tmp_path: Path,
    lang: str,
    lists_before: int,
    said: str,
    then: list[str],
    sign: str,
    level: str,
) -> None:
    saved = tmp_path / "answers.json"
    done = make_runner().invoke(
        app,
        ["--lang", lang, "check", "--interactive", "--save-answers", str(saved)],
        input="\n".join(["0"] * lists_before + [said, *then, "q"]) + "\n",
    )
    assert done.exit_code == 0, done.output
    assert json.loads(saved.read_text(encoding="utf-8"))[sign] is True, done.output
    assert f" {level} " in done.stdout, done.output
