"""What testers met when saving (fifteenth session): a "~nobody" file name was a traceback and
the report lost; there was no way to say no once a report was asked for; a folder dragged in
was refused; "folder ." named nothing; answers saved to a .md could not be run again; a path
with a new line or an escape code broke the error line or steered the terminal."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from conftest import make_runner
from scripting import at_a_terminal
from typer.testing import Result

from tspain.cli import app

EMERGENCY = ["2", "y"]
"""Chest pain at the emergency list (the interview ends), then yes to the report offer."""


def typed(monkeypatch: pytest.MonkeyPatch, lines: list[str]) -> Result:
    at_a_terminal(monkeypatch)
    return make_runner().invoke(app, ["check"], input="".join(f"{line}\n" for line in lines))


def test_a_home_folder_that_does_not_exist_is_asked_again(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    result = typed(monkeypatch, [*EMERGENCY, "~nosuchuser-tspain/r.html", f"{tmp_path}/r.html"])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output and result.exception is None
    assert "no home folder" in result.stderr
    assert (tmp_path / "r.html").exists()


@pytest.mark.parametrize("said", ["n", "no", "q"])
def test_no_at_the_file_name_saves_no_report(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, said: str
) -> None:
    monkeypatch.chdir(tmp_path)
    result = typed(monkeypatch, [*EMERGENCY, said])
    assert result.exit_code == 0, result.output
    assert "No report saved." in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_file_named_like_a_no_is_still_a_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    result = typed(monkeypatch, [*EMERGENCY, "no.html"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "no.html").exists()


def test_a_folder_given_as_the_name_gets_the_report_inside(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = tmp_path / "My Docs"
    folder.mkdir()
    result = typed(monkeypatch, [*EMERGENCY, f"'{folder}/'"])
    assert result.exit_code == 0, result.output
    saved = list(folder.iterdir())
    assert len(saved) == 1 and saved[0].name.startswith("tspain-report-"), saved
    assert saved[0].suffix == ".html"


def test_a_missing_folder_is_named_in_full(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    result = make_runner().invoke(
        app, ["check", "--answers", "-", "--save", "nodir/r.md"], input="{}"
    )
    assert result.exit_code == 2
    assert f"folder {tmp_path / 'nodir'} does not exist" in result.stderr


@pytest.mark.parametrize("name", ["me.md", "me.HTML"])
def test_answers_are_never_saved_under_a_report_name(tmp_path: Path, name: str) -> None:
    target = tmp_path / name
    result = make_runner().invoke(
        app, ["check", "--answers", "-", "--save-answers", str(target)], input='{"age": 40}'
    )
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "is a report" in result.stderr
    assert not target.exists()


def test_answers_saved_to_json_run_again(tmp_path: Path) -> None:
    target = tmp_path / "me.json"
    runner = make_runner()
    first = runner.invoke(
        app, ["check", "--answers", "-", "--save-answers", str(target), "--json"], input="{}"
    )
    again = runner.invoke(app, ["check", "--answers", str(target), "--json"])
    assert first.exit_code == again.exit_code == 0
    assert json.loads(first.stdout)["triage"] == json.loads(again.stdout)["triage"]


@pytest.mark.parametrize(
    "args",
    [
        ["check", "--answers", "-", "--save", "nodir/x\n\x1b[31mRED.html"],
        ["--rules", "/tmp/no\nsuch\x1b[2J", "questions"],
        ["validate", "/tmp/no\nsuch\x1b[2J"],
    ],
)
def test_a_path_with_control_characters_is_one_escaped_line(args: list[str]) -> None:
    result = make_runner().invoke(app, args, input="{}")
    assert result.exit_code == 2, result.output
    assert result.stderr.count("\n") == 1, result.stderr
    assert "\x1b" not in result.stderr and "\\x1b" in result.stderr


def test_saved_path_line_is_escaped(tmp_path: Path) -> None:
    folder = tmp_path / "a\x1b[2Jb"
    folder.mkdir()
    result = make_runner().invoke(
        app, ["check", "--answers", "-", "--save", os.path.join(folder, "r.md")], input="{}"
    )
    assert result.exit_code == 0, result.output
    assert "saved report to" in result.stderr and "\x1b" not in result.stderr


@pytest.mark.parametrize("name", ["x.md/", "x.md "])
def test_a_report_name_with_a_slash_or_space_is_still_refused_for_answers(
    tmp_path: Path, name: str
) -> None:
    result = make_runner().invoke(
        app, ["check", "--answers", "-", "--save-answers", str(tmp_path / name)], input="{}"
    )
    assert result.exit_code == 2 and "is a report" in result.stderr


@pytest.mark.parametrize("said", ["ninguno", "no, gracias", "cancelar"])
def test_spanish_no_at_the_file_name_saves_no_report(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, said: str
) -> None:
    """A Spanish reviewer typed "ninguno" at "o n para no guardar ninguno" and read "no se puede
    guardar en ninguno: un informe debe terminar en ..."."""
    monkeypatch.chdir(tmp_path)
    at_a_terminal(monkeypatch)
    result = make_runner().invoke(app, ["--lang", "es", "check"], input=f"2\ns\n{said}\n")
    assert result.exit_code == 0, result.output
    assert "No se guardó ningún informe." in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_an_existing_report_named_for_answers_is_refused_for_its_kind_first(
    tmp_path: Path,
) -> None:
    """`--save-answers r.md` with r.md there said "already exists: add --force", and with
    --force then "a .md file is a report" (a scripter, twenty-third session): the kind of file
    is said first, and --force is never suggested for a file it would not write."""
    target = tmp_path / "r.md"
    target.write_text("my report\n", encoding="utf-8")
    result = make_runner().invoke(
        app, ["check", "--answers", "-", "--save-answers", str(target)], input="{}"
    )
    assert result.exit_code == 2 and "is a report" in result.stderr
    assert "--force" not in result.stderr and target.read_text(encoding="utf-8") == "my report\n"


@pytest.mark.parametrize("said", ["i said no", "I already told you no"])
def test_no_said_again_at_the_offer_or_the_file_name_saves_no_report(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, said: str
) -> None:
    """ "i said no" at the report offer was asked again, and at the file name was read as a
    file name ("cannot save to i said no": a tester, twenty-ninth session)."""
    monkeypatch.chdir(tmp_path)
    at_the_offer = typed(monkeypatch, ["2", said])
    assert at_the_offer.exit_code == 0 and "Answer y to save" not in at_the_offer.stderr
    at_the_name = typed(monkeypatch, [*EMERGENCY, said])
    assert at_the_name.exit_code == 0, at_the_name.output
    assert "No report saved." in at_the_name.stderr and "cannot save" not in at_the_name.stderr
    assert list(tmp_path.iterdir()) == []
