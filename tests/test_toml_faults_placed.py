"""TOML syntax faults a maintainer-tester made in the thirty-second session, each said at its
line with the right hint: a comma missing between two texts on one line (the hint named the
line above), triple quotes never closed (no line at all), and a NUL byte (the line was only in
the message: the file:line prefix and `--json`'s line were lost)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import make_runner

from tspain.cli import app
from tspain.paths import default_table_path

SHIPPED = re.sub(
    r'(?m)^version = "[0-9.]+"',
    'version = "2099.12.31.1"',
    default_table_path().read_text(encoding="utf-8"),
    count=1,
)
HEADER = "[causes.shingles]\n"
AT = SHIPPED[: SHIPPED.index(HEADER)].count("\n") + 2  # the line after the header


def faults(tmp_path: Path, text: str) -> tuple[list[str], list[int | None]]:
    path = tmp_path / "copy.toml"
    path.write_text(text, encoding="utf-8")
    shown = make_runner().invoke(app, ["validate", str(path)])
    as_json = json.loads(make_runner().invoke(app, ["validate", "--json", str(path)]).stdout)
    assert shown.exit_code == 1
    return shown.stderr.splitlines()[:-1], as_json["lines"]


def test_a_comma_missing_between_two_texts_on_one_line_is_said_on_that_line(
    tmp_path: Path,
) -> None:
    start = SHIPPED.index("sources = [", SHIPPED.index(HEADER))
    comma = SHIPPED.index('",', start) + 1
    line = SHIPPED[:comma].count("\n") + 1
    said, lines = faults(tmp_path, SHIPPED[:comma] + SHIPPED[comma + 1 :])
    assert said[0].startswith(f"{tmp_path / 'copy.toml'}:{line}: TOML syntax error: Unclosed")
    assert "a comma is missing before column" in said[0] and "end of line" not in said[0]
    assert lines == [line]


@pytest.mark.parametrize("quotes", ['"""', "'''"])
def test_triple_quotes_never_closed_are_said_at_their_line(tmp_path: Path, quotes: str) -> None:
    said, lines = faults(tmp_path, SHIPPED.replace(HEADER, f"{HEADER}name2 = {quotes}\n", 1))
    assert len(said) == 1 and said[0].startswith(f"{tmp_path / 'copy.toml'}:{AT}: TOML syntax")
    assert said[0].endswith(
        f"(at end of document): the triple quotes opened on line {AT} are never closed"
    )
    assert lines == [AT]


def test_a_nul_byte_is_said_at_its_line(tmp_path: Path) -> None:
    said, lines = faults(tmp_path, SHIPPED.replace(HEADER, f"{HEADER}\x00\n", 1))
    assert said[0].startswith(f"{tmp_path / 'copy.toml'}:{AT}: TOML syntax error: Invalid")
    assert "\x00" not in said[0] and "\\x00" in said[0]
    assert lines == [AT]


def test_triple_quotes_in_a_comment_are_no_string_left_open(tmp_path: Path) -> None:
    """A code reviewer: a comment's quotes were named as the unclosed string, where an array
    was left open."""
    said, _ = faults(tmp_path, 'a = 1\n# use """ for long text\nb = [1,\n')
    assert "triple quotes" not in said[0]
