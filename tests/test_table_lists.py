"""Named lists of conditions (`[lists]`): a list of findings that several causes count is written
once, and a rule names it in its `of`. The reference for what a name means is the same table
with the list written out by hand in each rule (text replacement here, not the loader's code):
the two must compile to the same table, and every mistake in a list is one precise line."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tspain.assessment import as_json
from tspain.cli import app
from tspain.loading import load_table
from tspain.paths import default_table_path

SHIPPED = default_table_path().read_text(encoding="utf-8")
LISTS = tomllib.loads(SHIPPED)["lists"]


def lists_block(text: str) -> tuple[int, int]:
    """Where the `[lists]` table is in the TOML text (from its header to the next table)."""
    start = text.index("\n[lists]\n") + 1
    return start, text.index("\n[", start) + 1


def written_out(text: str) -> str:
    """The table with each list name in a rule replaced by the list's conditions as TOML text,
    and the `[lists]` table removed."""
    start, end = lists_block(text)
    body = text[:start] + text[end:]
    for name, conditions in LISTS.items():
        inline = ", ".join(
            "{ " + ", ".join(f"{q} = {toml_value(v)}" for q, v in c.items()) + " }"
            for c in conditions
        )
        body = body.replace(f'"{name}"', inline)
    return body


def toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {v}" for k, v in value.items()) + " }"
    return str(value)


def validate_text(tmp_path: Path, runner: CliRunner, text: str) -> tuple[int, list[str]]:
    path = tmp_path / "causes.toml"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["validate", str(path)])
    assert "Traceback" not in result.output
    # the file's name, and its line where one is known ("causes.toml:1119: ...")
    lines = [
        re.sub(rf"^{re.escape(str(path))}(:[0-9]+)?: ", "", ln) for ln in result.stderr.splitlines()
    ]
    return result.exit_code, lines


def test_a_named_list_means_its_conditions_written_out(tmp_path: Path) -> None:
    out = written_out(SHIPPED)
    assert "\n[lists]\n" not in out and not any(f'"{n}"' in out for n in LISTS)
    path = tmp_path / "causes.toml"
    path.write_text(out, encoding="utf-8")
    spliced = load_table(default_table_path(), trust_compiled=False)  # not the compiled form
    assert as_json(load_table(path)) == as_json(spliced)


def test_the_shipped_table_names_its_lists_and_writes_none_out_again() -> None:
    """The drift a list prevents: a rule that writes out a list's conditions by hand could miss
    the next finding added to the list."""
    raw = tomllib.loads(SHIPPED)
    assert len(LISTS) >= 2
    for cid, cause in raw["causes"].items():
        for j, row in enumerate(cause.get("evidence", [])):
            count = row["when"].get("count")
            if not count:
                continue
            inline = [p for p in count["of"] if isinstance(p, dict)]
            for name, conditions in LISTS.items():
                assert not all(c in inline for c in conditions), (cid, j, name)
    uses = sum(SHIPPED.count(f'"{name}"') for name in LISTS)
    assert uses >= 19


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            lambda t: t.replace('"points_elsewhere"', '"points_elswhere"', 1),
            r"causes\.\w+\.evidence\[\d+\]\.when\.count\.of\[0\]: no list named 'points_elswhere' "
            r"\(did you mean 'points_elsewhere'\?\); lists: nerve_or_cord_signs, points_elsewhere",
        ),
        (
            lambda t: t.replace("[lists]\n", "[lists]\nunused = [ { fever = true } ]\n", 1),
            r"lists\.unused: no combined condition uses this list",
        ),
        (
            lambda t: t.replace(
                '"points_elsewhere", "nerve_or_cord_signs"',
                '"points_elsewhere", { fever = true }, "nerve_or_cord_signs"',
                1,
            ),
            r"causes\.\w+\.evidence\[\d+\]\.when\.count\.of\[1\]: counts \{'fever': True\} twice "
            r"\(from list 'points_elsewhere', and written here\)",
        ),
        (
            lambda t: t.replace(
                "nerve_or_cord_signs = [\n", 'nerve_or_cord_signs = [\n  "points_elsewhere",\n', 1
            ),
            r"lists\.nerve_or_cord_signs: holds conditions only",
        ),
        (
            lambda t: t.replace("[lists]\n", "[lists]\nempty = []\n", 1),
            r"lists\.empty: must be a non-empty list of conditions",
        ),
        (
            lambda t: t[: lists_block(t)[0]] + t[lists_block(t)[1] :],
            r"causes\.\w+\.evidence\[\d+\]\.when\.count\.of\[0\]: no list named "
            r"'points_elsewhere'; lists: none",
        ),
    ],
    ids=[
        "unknown name",
        "unused list",
        "counted twice",
        "a name in a list",
        "empty list",
        "no lists at all",
    ],
)
def test_a_mistake_in_a_list_is_one_precise_line(
    tmp_path: Path, runner: CliRunner, edit: object, expected: str
) -> None:
    assert callable(edit)
    code, lines = validate_text(tmp_path, runner, edit(SHIPPED))
    assert code == 1
    assert any(re.fullmatch(expected, ln) or re.match(expected, ln) for ln in lines), lines
    # the fault is said once: a count left short by it is not a second fault
    assert not [ln for ln in lines if ln.endswith("lists at least two conditions")], lines


def test_a_condition_in_a_list_is_checked_like_any_other(tmp_path: Path, runner: CliRunner) -> None:
    text = SHIPPED.replace(
        "{ rash = true }, { pain_with_exertion", "{ rsh = true }, { pain_with_exertion", 1
    )
    code, lines = validate_text(tmp_path, runner, text)
    assert code == 1
    assert any("'rsh'" in ln and "did you mean 'rash'" in ln for ln in lines), lines
