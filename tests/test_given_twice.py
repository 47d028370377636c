"""An option that takes one value, given twice, is refused in one line with exit 2, as a key
given twice in an answers file is ("nothing is silently dropped"): click alone keeps the last
value, so `--answers a.json --answers b.json` ran b.json and never said a.json was dropped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tspain.cli import app


@pytest.fixture
def files(tmp_path: Path) -> dict[str, str]:
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    a.write_text(json.dumps({"chest_pain_or_pressure": True}))
    b.write_text(json.dumps({"age": 30}))
    return {"a": str(a), "b": str(b), "r1": str(tmp_path / "r1.md"), "r2": str(tmp_path / "r2.md")}


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (["check", "--answers", "{a}", "--answers", "{b}", "--json"], "--answers"),
        (["check", "-a", "{a}", "--answers", "{b}", "--json"], "--answers"),
        (["check", "-a", "{a}", "-a", "{a}", "--json"], "--answers"),
        (["check", "-a", "{a}", "--save", "{r1}", "--save", "{r2}"], "--save"),
        (
            ["check", "-a", "{a}", "--save-answers", "{r1}", "--save-answers", "{r2}"],
            "--save-answers",
        ),
        (["check", "--max-questions", "3", "--max-questions", "5"], "--max-questions"),
        (["--lang", "es", "--lang", "en", "causes"], "--lang"),
        (["--rules", "{a}", "--rules", "{b}", "causes"], "--rules"),
        (["prevent", "--cause", "shingles", "--cause", "poor_posture"], "--cause"),
        (["validate", "--rules", "{a}", "--rules", "{b}"], "--rules"),
    ],
)
def test_a_value_option_given_twice_is_one_line_and_exit_2(
    runner: CliRunner, files: dict[str, str], args: list[str], option: str
) -> None:
    done = runner.invoke(app, [arg.format(**files) for arg in args])
    assert done.exit_code == 2, done.stdout
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1, done.stderr
    assert done.stderr.startswith(f"tspain: error: {option} is given twice: give it once")
    assert not Path(files["r1"]).exists() and not Path(files["r2"]).exists()


def test_in_spanish_too(runner: CliRunner, files: dict[str, str]) -> None:
    done = runner.invoke(app, ["--lang", "es", "check", "-a", files["a"], "-a", files["b"]])
    assert done.exit_code == 2
    assert done.stderr.startswith("tspain: error: --answers se ha dado dos veces"), done.stderr


def test_a_flag_given_twice_means_the_same_and_is_fine(
    runner: CliRunner, files: dict[str, str]
) -> None:
    once = runner.invoke(app, ["check", "-a", files["a"], "--json"])
    twice = runner.invoke(  # --force alone is refused with --answers: it saves something
        app,
        [
            "check",
            "-a",
            files["a"],
            "--json",
            "--json",
            "--save",
            files["r1"],
            "--force",
            "--force",
        ],
    )
    assert twice.exit_code == once.exit_code == 0, twice.stderr
    assert twice.stdout == once.stdout


@pytest.mark.parametrize(
    ("option", "name"),
    [
        ("--save", ".json"),
        ("--save-answers", ".json"),
        ("--save-answers", ".toml"),
        ("--save", "..md"),
        ("--save", "...HTML"),
    ],
)
def test_a_file_name_that_is_only_an_ending_is_refused_with_what_to_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, option: str, name: str
) -> None:
    """`--save .json` said "a report ends in .md, .html or .json", of a name ending so; and
    `--save-answers .json` wrote a hidden file named ".json" (a scripter, twenty-fourth
    session); so did `--save ..md` (a maintainer-tester, twenty-fourth session)."""
    monkeypatch.chdir(tmp_path)
    answers = tmp_path / "a.json"
    answers.write_text("{}", encoding="utf-8")
    done = CliRunner().invoke(app, ["check", "--answers", str(answers), option, name])
    assert done.exit_code == 2
    assert done.stderr == (
        f"tspain: error: cannot save to {name}: give the file a name before its ending, "
        f"e.g. report.{name.lstrip('.').lower()}\n"
    )
    assert not (tmp_path / name).exists()
