"""`tspain questions` and `tspain signs`: what a script can list without reading the TOML (a
scripter, seventeenth session: warning sign ids were named nowhere but the table, and which
questions are emergency or urgent signs was not in `questions --json`). The reference is the
shipped TOML read with tomllib, not the code under test."""

from __future__ import annotations

import json

import pytest
from conftest import shipped_toml
from tests_support import make_runner

from tspain.cli import app

TOML = shipped_toml()


def _json(*args: str) -> dict[str, dict[str, object]]:
    result = make_runner().invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    listed: dict[str, dict[str, object]] = json.loads(result.stdout)
    return listed


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_warning_sign_is_listed_with_its_level(language: str) -> None:
    listed = _json("--lang", language, "signs")
    signs = TOML["warning_signs"]
    assert list(listed) == [s["id"] for s in signs]
    for sign in signs:
        shown = listed[sign["id"]]
        assert shown["level"] == sign["level"]
        assert set(sign["when"]) - {"count"} <= set(shown["questions"])  # type: ignore[arg-type]
        assert set(sign.get("unless", {})) - {"count"} <= set(shown["questions"])  # type: ignore[arg-type]


def test_each_question_says_its_list_and_the_signs_that_read_it() -> None:
    listed = _json("questions")
    for qid, question in TOML["questions"].items():
        assert listed[qid]["checklist"] == question.get("checklist"), qid
        assert listed[qid]["unit"] == question.get("unit"), qid
    assert "chest_pain" in listed["chest_pain_or_pressure"]["signs"]  # type: ignore[operator]
    assert listed["age"]["checklist"] is None


def test_signs_as_text_name_every_sign() -> None:
    result = make_runner().invoke(app, ["signs"])
    assert result.exit_code == 0, result.output
    for sign in TOML["warning_signs"]:
        assert sign["id"] in result.stdout
    assert "chest_pain  emergency: chest_pain_or_pressure" in result.stdout
