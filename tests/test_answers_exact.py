"""Answers files, to the letter (issue 12, mutation testing): every fault an answers file can
have gives this exact one-line message, and what is accepted is exactly what the file says.
The expected texts are written out here, not taken from the code."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest

from tspain.answers import MAX_BYTES, AnswersError, check_answers, shown
from tspain.answers_file import parse_answers_text, read_answers
from tspain.table import RuleTable


def error_of(table: RuleTable, tmp_path: Path, content: bytes, name: str = "a.json") -> str:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(AnswersError) as err:
        read_answers(table, str(path))
    return str(err.value).replace(shown(str(path)), "FILE")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            b'{"fevr": true}',
            "FILE: unknown question id 'fevr' (did you mean 'fever'?); `tspain questions` lists them",
        ),
        (b'{"zzzzzz": true}', "FILE: unknown question id 'zzzzzz'; `tspain questions` lists them"),
        (b'{"fever": "yes"}', "FILE: fever: got 'yes', expected true or false"),
        (b'{"fever": 1}', "FILE: fever: got 1, expected true or false"),
        (b'{"age": "40"}', "FILE: age: got '40', expected a whole number"),
        (b'{"age": true}', "FILE: age: got true, expected a whole number"),  # as the file writes it
        (
            b'{"injury": null, "age": [false, null]}',
            "FILE: age: got [false, null], expected a whole number",
        ),
        (b'{"age": 4.5}', "FILE: age: got 4.5, expected a whole number"),
        (b'{"age": 121}', "FILE: age: got 121, expected a number from 0 to 120"),
        (b'{"age": -1}', "FILE: age: got -1, expected a number from 0 to 120"),
        (b'{"severity": 11}', "FILE: severity: got 11, expected a number from 0 to 10"),
        (
            b'{"onset": "suddenly"}',
            "FILE: onset: got 'suddenly', expected one of sudden, gradual (did you mean 'sudden'?)",
        ),
        (b'{"onset": "xyz"}', "FILE: onset: got 'xyz', expected one of sudden, gradual"),
        (b'{"onset": 1}', "FILE: onset: got 1, expected one of sudden, gradual"),
        (b'{"age": 40, "age": 41}', "FILE: 'age' is given twice: give each answer once"),
        (b"[1, 2]", "FILE: expected a JSON object of question id -> answer"),
        (b'"fever"', "FILE: expected a JSON object of question id -> answer"),
        (
            b"{",
            "FILE: not valid JSON: Expecting property name enclosed in double quotes (line 1, column 2)",
        ),
        (b'{"fever": tru}', "FILE: not valid JSON: Expecting value (line 1, column 11)"),
        (
            b'{"age": NaN}',
            "FILE: not valid JSON: NaN is not a JSON value",
        ),  # Python's reader took it
        (b'{"age": -Infinity}', "FILE: not valid JSON: -Infinity is not a JSON value"),
        (b"\xff\xfe{}", "FILE: not UTF-8: the file is saved as UTF-16; save it as UTF-8"),
        (b"{\xe9}", "FILE: not UTF-8 text (byte 1)"),
        (
            '{"age": 30}'.encode("utf-16-le"),
            "FILE: not UTF-8: the file is saved as UTF-16; save it as UTF-8",
        ),
        (b'{"a": ' * 9 + b"1" + b"}" * 9, "FILE: nested deeper than answers ever are"),
        (
            b'{"a": ' + b"[" * 8 + b"1" + b"]" * 8 + b"}",
            "FILE: nested deeper than answers ever are",
        ),
        (b"[" * 100000 + b"]" * 100000, "FILE: nested far deeper than answers ever are"),
        # Named by its question (it was "FILE: a number far too long to be an answer").
        (
            b'{"age": ' + b"9" * 5000 + b"}",
            "FILE: age: got a number with more than 18 digits, expected a number from 0 to 120",
        ),
        (b"  \n", "FILE: is empty; `tspain questions` shows what an answers file holds"),
        (b'{"answers": [1]}', "FILE: 'answers' must be an object of question id -> answer"),
        (
            b'{"answers": {"fever": false}, "chest_pain_or_pressure": true, "a": 1, "b": 2, "c": 3}',
            "FILE: a saved report's 'answers' and top-level answers "
            "('chest_pain_or_pressure', 'a', 'b') are mixed: use one or the other",
        ),
    ],
)
def test_json_faults_to_the_letter(
    table: RuleTable, tmp_path: Path, content: bytes, expected: str
) -> None:
    assert error_of(table, tmp_path, content) == expected


def test_toml_faults_to_the_letter(table: RuleTable, tmp_path: Path) -> None:
    assert error_of(table, tmp_path, b"fever = maybe\n", "a.toml") == (
        "FILE: not valid TOML: Invalid value (at line 1, column 9)"
    )
    # A TOML date is said back as TOML writes it, not as datetime.date(1979, 5, 27).
    assert error_of(table, tmp_path, b"age = 1979-05-27\n", "a.toml") == (
        "FILE: age: got 1979-05-27, expected a whole number"
    )
    assert error_of(table, tmp_path, b"fever = 07:32:00\n", "a.toml") == (
        "FILE: fever: got 07:32:00, expected true or false"
    )
    assert error_of(table, tmp_path, b'age = "x"\n', "a.toml") == (
        "FILE: age: got 'x', expected a whole number"
    )
    # a key given twice, as the JSON reader says it (tomllib's "Cannot overwrite a value (at
    # line 2, column 11)": a scripter, twenty-fourth session)
    assert error_of(table, tmp_path, b'age = 34\n"age" = 35\n', "a.toml") == (
        "FILE: 'age' is given twice: give each answer once"
    )
    # on the last line, with no line break after it: "Cannot overwrite a value (at end of
    # document)", no key (a scripter, thirty-eighth session)
    assert error_of(table, tmp_path, b"fever = true\nfever = false", "a.toml") == (
        "FILE: 'fever' is given twice: give each answer once"
    )


def test_reports_for_reading_are_refused(table: RuleTable, tmp_path: Path) -> None:
    for suffix in (".md", ".html", ".HTML"):
        path = tmp_path / f"r{suffix}"
        path.write_text("{}")
        with pytest.raises(AnswersError) as err:
            read_answers(table, str(path))
        assert str(err.value) == (
            f"{shown(str(path))}: a {suffix.lower()} report is for reading; use the .json report "
            "or a --save-answers file"
        )


def test_what_check_json_prints_is_refused_as_answers(tmp_path: Path) -> None:
    """A tester fed `check --json` output back as answers and read "unknown question id
    'triage' (did you mean 'age'?)": that output holds no answers, and the error says so."""
    from conftest import make_runner

    from tspain.cli import app

    runner = make_runner()
    printed = runner.invoke(app, ["check", "--answers", "-", "--json"], input='{"age": 40}')
    path = tmp_path / "result.json"
    path.write_text(printed.stdout, encoding="utf-8")
    for command in (["check", "--answers", str(path)], ["compare", str(path), str(path)]):
        result = runner.invoke(app, command)
        assert result.exit_code == 2
        assert result.stderr == (
            f"tspain: error: {shown(str(path))}: this is what `tspain check --json` prints, "
            "which holds no answers; save them with --save-answers FILE to reuse them\n"
        )


def test_what_is_not_a_readable_file(table: RuleTable, tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.json")
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (MAX_BYTES + 1))
    for source, expected in (
        (missing, f"{shown(missing)}: no such file"),
        (str(tmp_path), f"{shown(str(tmp_path))}: is a directory, not an answers file"),
        ("/dev/null", f"{shown('/dev/null')}: not a regular file (a device is not read)"),
        (str(big), f"{shown(str(big))}: larger than 1 MB; answers files are small"),
    ):
        with pytest.raises(AnswersError) as err:
            read_answers(table, source)
        assert str(err.value) == expected
    long_name = str(tmp_path / ("x" * 300))
    with pytest.raises(AnswersError) as err:
        read_answers(table, long_name)
    assert str(err.value) == f"{shown(long_name)}: cannot read (File name too long)"


def _written_to_a_pipe(tmp_path: Path, data: bytes) -> tuple[Path, threading.Thread]:
    """A named pipe and the thread that writes `data` into it and closes it, as a shell's
    `<(...)` does."""
    fifo = tmp_path / "answers.pipe"
    os.mkfifo(fifo)

    def write() -> None:
        with fifo.open("wb") as handle:
            handle.write(data)

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    return fifo, writer


def test_answers_from_a_pipe_named_by_a_path_are_read_to_its_end(
    table: RuleTable, tmp_path: Path
) -> None:
    """`tspain check --answers <(make-answers)` (a scripter, thirtieth session: it was refused
    as "not a regular file"): the shell names a pipe, read as standard input is."""
    from conftest import make_runner

    from tspain.cli import app

    fifo, writer = _written_to_a_pipe(tmp_path, b'{"age": 34, "chest_pain_or_pressure": true}')
    result = make_runner().invoke(app, ["check", "--answers", str(fifo), "--json"])
    writer.join(timeout=5)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["triage"]["level"] == "emergency"
    fifo.unlink()
    fifo, writer = _written_to_a_pipe(tmp_path, b" " * (MAX_BYTES + 1))
    with pytest.raises(AnswersError) as err:
        read_answers(table, str(fifo))
    writer.join(timeout=5)
    assert str(err.value) == f"{shown(str(fifo))}: larger than 1 MB; answers files are small"


def test_exactly_one_megabyte_is_read(table: RuleTable, tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    body = b'{"age": 40'  # the closing brace is the last byte: a short read would break it
    path.write_bytes(body + b" " * (MAX_BYTES - len(body) - 1) + b"}")
    assert read_answers(table, str(path)) == {"age": 40}
    assert parse_answers_text(b"{}" + b" " * (MAX_BYTES - 2), "x", False) == {}
    with pytest.raises(AnswersError) as err:
        parse_answers_text(b"{}" + b" " * (MAX_BYTES - 1), "x", False)
    assert str(err.value) == "x: larger than 1 MB; answers files are small"


def test_eight_levels_of_nesting_are_allowed_nine_are_not() -> None:
    eight = b'{"a": ' * 7 + b"1" + b"}" * 7
    assert parse_answers_text(eight, "x", False)["a"] is not None
    with pytest.raises(AnswersError):
        parse_answers_text(b"[" + eight + b"]", "x", False)


def test_what_is_accepted_is_exactly_what_was_given(table: RuleTable, tmp_path: Path) -> None:
    raw = {
        "rash": None,  # unknown, first: the answers after it still count
        "age": 0,
        "severity": 10,
        "fever": False,
        "chest_pain_or_pressure": True,
        "onset": "gradual",
        "injury": None,  # unknown: left out
    }
    assert check_answers(table, raw) == {
        "age": 0,
        "severity": 10,
        "fever": False,
        "chest_pain_or_pressure": True,
        "onset": "gradual",
    }
    report = tmp_path / "r.json"
    report.write_text('{"date": "x", "assessment": {}, "answers": {"age": 120, "fever": null}}')
    assert read_answers(table, str(report)) == {"age": 120}
    toml = tmp_path / "a.TOML"
    toml.write_text('age = 33\nonset = "sudden"\n')
    assert read_answers(table, str(toml)) == {"age": 33, "onset": "sudden"}


def test_shown_cuts_long_values_and_giant_numbers() -> None:
    assert shown("a" * 58) == repr("a" * 58)  # 60 characters with quotes: as it is
    assert shown("a" * 59) == repr("a" * 59)[:59] + "…"
    assert len(shown("a" * 500)) == 60
    assert shown(10**18) == "1000000000000000000"
    assert shown(10**18 + 1) == "a number with more than 18 digits"
    assert shown(-(10**18) - 1) == "a number with more than 18 digits"
    assert shown(True) == "true"  # as an answers file writes it (a tester read "got True")
    assert shown("\x1b[31m") == "'\\x1b[31m'"
    assert shown({"\x1b[2J": ["\u202e"]}) == "{'\\x1b[2J': ['\\u202e']}"  # escaped when nested
    assert shown([[[[[[[[[[1]]]]]]]]]]) == "[[[[[[[[…]]]]]]]]"


def test_a_file_that_cannot_be_opened(
    table: RuleTable, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.json"
    path.write_text("{}")

    def refuse(*args: object, **kwargs: object) -> int:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(AnswersError) as err:
        read_answers(table, str(path))
    assert str(err.value) == f"{shown(str(path))}: cannot read (Permission denied)"


def test_an_empty_toml_is_a_valid_document_with_no_answers(
    table: RuleTable, tmp_path: Path
) -> None:
    """An empty TOML document is valid TOML: no answers, every question unknown, as the
    scripting contract reads an absent question (an empty JSON file is not JSON: "is empty")."""
    from tspain.answers_file import read_answers

    empty = tmp_path / "a.toml"
    empty.write_bytes(b"")
    assert read_answers(table, str(empty)) == {}
