"""A table fault is named at its line ("causes.toml:1195: causes.x.evidence[1].lr: ..."), as
editors and compilers name one: a maintainer searched a 1,500-line file for a path
(eighteenth session's note). The expected line is found here by the edit's own text, not by
the code under test."""

from __future__ import annotations

import json
import pickle
import re
from pathlib import Path

import pytest
from test_table import broken
from typer.testing import CliRunner

from tspain.cli import app
from tspain.loading import TableError, load_table
from tspain.paths import default_table_path


def _line_of(path: Path, text: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, start=1) if text in line)


@pytest.mark.parametrize(
    ("old", "new", "marker", "place"),
    [
        (  # a question's field
            'short = "Taking blood thinners"',
            "short = 5",
            "short = 5",
            "questions.blood_thinners.short",
        ),
        (  # a warning sign, found by its id among the [[warning_signs]]
            'short = "Sudden severe pain while taking blood thinners"',
            "short = 6",
            "short = 6",
            "warning_signs.blood_thinners_sudden_severe.short",
        ),
        (  # the second row of a cause's evidence
            '  { when = { injury = "minor" }, lr = 5.0 },',
            '  { when = { injury = "minor" }, lr = "5" },',
            'lr = "5"',
            "causes.traumatic_injury.evidence[1].lr",
        ),
        (  # a cause's own field
            'prior_basis = "estimate: the article lists injury among the common causes"',
            "prior_basis = 7",
            "prior_basis = 7",
            "causes.traumatic_injury.prior_basis",
        ),
    ],
)
def test_a_fault_is_named_at_its_line(
    tmp_path: Path, runner: CliRunner, old: str, new: str, marker: str, place: str
) -> None:
    path = broken(tmp_path, old, new)
    at = _line_of(path, marker)
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 1
    assert f"{path}:{at}: {place}" in result.stderr, result.stderr
    checked = runner.invoke(app, ["--rules", str(path), "check", "--answers", "-"], input="{}")
    assert checked.stderr.startswith(f"tspain: error: {path}:{at}: {place}"), checked.stderr
    listed = json.loads(runner.invoke(app, ["validate", "--json", str(path)]).stdout)
    assert listed["lines"] == [at] and listed["problems"][0].startswith(place)


def test_a_field_left_out_is_said_at_its_sections_header(tmp_path: Path, runner: CliRunner) -> None:
    """A required field left out was on no line, the file's name alone: a maintainer-tester
    (twenty-fourth session) had to search for the cause. It is said at its section's header,
    where it is to be added; never at another line."""
    # "why" left out, and "says" misspelt beside it (a misspelt required field is one problem,
    # at its own line: twenty-fourth session)
    path = broken(
        tmp_path,
        'why = "We ask because on blood thinners, sudden severe back pain can be bleeding near the spine."\n',
        "",
    )
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            'says = { yes = "you take blood thinners"', 'sayz = { yes = "you take blood thinners"'
        ),
        encoding="utf-8",
    )
    with pytest.raises(TableError) as err:
        load_table(path)
    missing = [p for p in err.value.problems if p.startswith("questions.blood_thinners.why:")]
    header = _line_of(path, "[questions.blood_thinners]")
    assert missing and err.value.where(missing[0]) == f"{path}:{header}"
    misspelt = [p for p in err.value.problems if p.startswith("questions.blood_thinners.sayz")]
    assert misspelt and err.value.where(misspelt[0]) == f"{path}:{_line_of(path, 'sayz = ')}"


def test_the_lines_travel_with_the_error(tmp_path: Path) -> None:
    path = broken(tmp_path, 'short = "Taking blood thinners"', "short = 5")
    with pytest.raises(TableError) as err:
        load_table(path)
    again = pickle.loads(pickle.dumps(err.value))
    assert again.lines == err.value.lines and again.lines


def test_a_toml_syntax_error_has_its_line_in_json_too(tmp_path: Path, runner: CliRunner) -> None:
    """A scripter's audit (twentieth session): the message said "at line 2" and `lines` was
    [null]."""
    path = tmp_path / "bad.toml"
    path.write_text('version = "2026.12.05.1"\n[questions\nx = 1\n', encoding="utf-8")
    listed = json.loads(runner.invoke(app, ["validate", "--json", str(path)]).stdout)
    assert listed["lines"] == [2] and "(at line 2, column" in listed["problems"][0]
    assert f"{path}:2: TOML syntax error" in runner.invoke(app, ["validate", str(path)]).stderr


def test_untranslated_texts_are_notes_in_json_too(tmp_path: Path, runner: CliRunner) -> None:
    """They were `note:` lines on stderr, and nothing in `validate --json`."""
    path = broken(tmp_path, '"Warm up before exercise."', '"Warm up well before exercise."')
    own = re.sub(r'(?m)^version = ".*"$', 'version = "2026.01.01.1"', path.read_text("utf-8"))
    path.write_text(own, encoding="utf-8")  # its own version: a copy keeping the shipped one
    listed = json.loads(  # is a note too (test_a_changed_copy_keeping_the_shipped_version)
        runner.invoke(app, ["--lang", "es", "validate", "--json", str(path)]).stdout
    )
    assert listed["valid"] is True
    assert listed["notes"] == ["no translation, shown in English: Warm up well before exercise."]
    english = json.loads(runner.invoke(app, ["validate", "--json", str(path)]).stdout)
    assert english["notes"] == []


def test_a_changed_copy_keeping_the_shipped_version_is_told_to_give_its_own(
    tmp_path: Path, runner: CliRunner
) -> None:
    """A table maintainer (twenty-first session) reworded a line of a copy and kept the
    version: "valid", and its reports named the shipped table's version."""
    path = broken(tmp_path, '"Warm up before exercise."', '"Warm up well before exercise."')
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 0
    assert "note: version: " in result.stderr and "is the shipped table's, but" in result.stderr
    same = tmp_path / "same.toml"
    same.write_text(default_table_path().read_text("utf-8"), encoding="utf-8")
    assert runner.invoke(app, ["validate", str(same)]).stderr == ""
    assert runner.invoke(app, ["validate"]).stderr == ""
    # Every command says it, on stderr: a scripter's results named the shipped table's version
    # with nothing said (twenty-sixth session). The unchanged copy says nothing.
    for table, said in ((path, True), (same, False)):
        checked = runner.invoke(
            app, ["--rules", str(table), "check", "--answers", "-", "--json"], input="{}"
        )
        assert checked.exit_code == 0, checked.output
        assert ("is the shipped table's, but" in checked.stderr) is said, checked.stderr


@pytest.mark.parametrize(
    "markup", ["[bold]Warm up[/bold]", "[bold red]Warm up[/]", "[link=x]Warm up"]
)
def test_markup_in_a_text_is_a_note(tmp_path: Path, runner: CliRunner, markup: str) -> None:
    """A maintainer-tester's "[bold]Warm up[/bold]" validated with nothing said, and a person
    read the brackets (text is shown as typed: test_terminal_robustness)."""
    path = broken(tmp_path, "Warm up before exercise", f"{markup} before exercise")
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 0
    assert "looks like markup; text is shown as typed, brackets and all" in result.stderr
    plain = broken(tmp_path, "Warm up before exercise", "Warm up [5 minutes] before exercise")
    assert "markup" not in runner.invoke(app, ["validate", str(plain)]).stderr


@pytest.mark.parametrize(
    ("old", "new", "fault"),
    [
        ('version = "2026.', 'version = "2026-', "version: "),
        (
            'disclaimer = "tspain is not a diagnosis',
            'disclaimer = "tspain is a diagnosis',
            "safety: disclaimer must say",
        ),
        (
            "{ sweating_nausea = true }, { shortness_of_breath = true },",
            "{ sweating_nausea = true }, { shortnes_of_breath = true },",
            "lists.points_elsewhere[4].shortnes_of_breath",
        ),
        # a section misnamed had no line (a maintainer-tester, thirty-third session)
        (
            '[[warning_signs]]\nid = "chest_pain"',
            '[[warning_sign]]\nid = "chest_pain"',
            "warning_sign:",
        ),
    ],
)
def test_a_top_level_key_and_a_named_list_s_item_are_placed_at_their_line(
    tmp_path: Path, old: str, new: str, fault: str
) -> None:
    """`version`, the disclaimer and the fourth item of a `[lists]` line had no line, and
    `validate --json` gave null (a maintainer-tester, twenty-fifth session); a misnamed section
    had none either (thirty-fourth session)."""
    shipped = default_table_path().read_text(encoding="utf-8")
    line = shipped[: shipped.index(old)].count("\n") + 1
    with pytest.raises(TableError) as err:
        load_table(broken(tmp_path, old, new))
    placed = {p: n for p, n in err.value.lines.items() if p.startswith(fault)}
    assert list(placed.values()) == [line], (err.value.problems, err.value.lines)
