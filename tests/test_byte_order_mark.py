"""A UTF-8 answers file that begins with a byte-order mark (Windows editors and PowerShell 5
write one) reads as the same answers, from a file (JSON or TOML), from standard input, and as a
saved JSON report read back; other encodings are still refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tspain.cli import app

BOM = b"\xef\xbb\xbf"
ANSWERS = {"age": 34, "sex": "female", "onset": "gradual", "fever": False}
TOML = 'age = 34\nsex = "female"\nonset = "gradual"\nfever = false\n'


def result_of(runner: CliRunner, *args: str, stdin: bytes | None = None) -> dict[str, object]:
    done = runner.invoke(app, ["check", "--answers", *args, "--json"], input=stdin)
    assert done.exit_code == 0, done.stderr
    assert done.stderr == ""
    data = json.loads(done.stdout)
    assert isinstance(data, dict)
    return data


@pytest.mark.parametrize(("suffix", "text"), [(".json", json.dumps(ANSWERS)), (".toml", TOML)])
def test_a_file_with_a_bom_reads_as_without(
    runner: CliRunner, tmp_path: Path, suffix: str, text: str
) -> None:
    plain, marked = tmp_path / f"plain{suffix}", tmp_path / f"marked{suffix}"
    plain.write_bytes(text.encode())
    marked.write_bytes(BOM + text.encode())
    assert result_of(runner, str(marked)) == result_of(runner, str(plain))


def test_stdin_with_a_bom_reads_as_without(runner: CliRunner) -> None:
    text = json.dumps(ANSWERS).encode()
    assert result_of(runner, "-", stdin=BOM + text) == result_of(runner, "-", stdin=text)


def test_a_saved_report_with_a_bom_reads_back_and_compares(
    runner: CliRunner, tmp_path: Path
) -> None:
    report = tmp_path / "report.json"
    (tmp_path / "a.json").write_text(json.dumps(ANSWERS))
    done = runner.invoke(
        app, ["check", "--answers", str(tmp_path / "a.json"), "--save", str(report), "--json"]
    )
    assert done.exit_code == 0, done.stderr
    marked = tmp_path / "marked.json"
    marked.write_bytes(BOM + report.read_bytes())
    assert result_of(runner, str(marked))["triage"] == result_of(runner, str(report))["triage"]
    done = runner.invoke(app, ["compare", str(report), str(marked), "--json"])
    assert done.exit_code == 0, done.stderr
    assert json.loads(done.stdout)["answers"] == []


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (json.dumps(ANSWERS).encode("utf-16"), "is saved as UTF-16"),  # with its own BOM
        (BOM + BOM + json.dumps(ANSWERS).encode(), "not valid JSON"),  # one mark, not two
    ],
)
def test_other_encodings_are_still_refused(runner: CliRunner, data: bytes, says: str) -> None:
    done = runner.invoke(app, ["check", "--answers", "-", "--json"], input=data)
    assert done.exit_code == 2
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1 and says in done.stderr, done.stderr
