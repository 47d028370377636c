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


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (b'version = "1"\x00\n', "not a text file: a NUL byte (0x00) at line 1"),
        (b"\x7fELF\x02\x01\x01" + b"\x00" * 9 + b"\x03\x00>\x00", "not a text file"),
        ('version = "1"\n'.encode("utf-16-le"), "the file is saved as UTF-16"),
        ('version = "1"\n'.encode("utf-16-be"), "the file is saved as UTF-16"),
    ],
)
def test_a_nul_byte_at_the_start_is_no_text_or_utf16_as_it_is(
    tmp_path: Path, data: bytes, said: str
) -> None:
    """A valid UTF-8 file with a stray NUL, and a program, were each "the file is saved as
    UTF-16" (a scripter, thirty-seventh session): UTF-16 is said only of text that is."""
    from tspain.toml_text import NotToml, utf8_text

    with pytest.raises(NotToml, match=re.escape(said)):
        utf8_text(data)
