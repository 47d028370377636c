"""Answers files (docs/interface.md "Answers in"): reading one, from a regular file, a pipe or
standard input, into the answers `answers.check_answers` then checks. Nothing is silently
dropped or guessed: a key given twice, a saved report's `answers` mixed with top-level answers,
a file over 1 MB, input nested deeper than answers ever are, bytes that are not UTF-8 (a leading
UTF-8 byte-order mark is allowed), or a path that is neither a regular file nor a pipe is an
input error."""

from __future__ import annotations

import codecs
import json
import os
import stat
import sys
from pathlib import Path

from tspain.answers import (
    MAX_BYTES,
    MAX_DEPTH,
    AnswersError,
    check_answers,
    meant_as_yes,
    readable,
)
from tspain.i18n import t
from tspain.quoting import shown
from tspain.refused_reading import answers_in_refused
from tspain.table import Answer, RuleTable
from tspain.toml_text import utf16_unmarked


def _no_duplicates(pairs: list[tuple[str, object]]) -> dict[str, object]:
    out: dict[str, object] = {}
    for key, value in pairs:
        if key in out:
            raise AnswersError(
                t("{question} is given twice: give each answer once", question=shown(key)), key
            )
        out[key] = value
    return out


def _depth(value: object, level: int = 1) -> int:
    if level > MAX_DEPTH:
        return level
    if isinstance(value, dict):
        return max((_depth(v, level + 1) for v in value.values()), default=level)
    if isinstance(value, list):
        return max((_depth(v, level + 1) for v in value), default=level)
    return level


def parse_answers_text(data: bytes, name: str, is_toml: bool) -> dict[str, object]:
    """The answers object in a file's bytes, with every structural fault as AnswersError."""
    if len(data) > MAX_BYTES:
        raise AnswersError(t("{file}: larger than 1 MB; answers files are small", file=name))
    # PowerShell 5's `>`, or UTF-16 with no mark, said as a table's is (a scripter and a code
    # reviewer, fortieth session: it was "not UTF-8 text (byte 0)", or a JSON error)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or utf16_unmarked(data[:200]):
        raise AnswersError(
            t("{file}: not UTF-8: the file is saved as UTF-16; save it as UTF-8", file=name)
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise AnswersError(
            t("{file}: not UTF-8 text (byte {byte})", file=name, byte=err.start)
        ) from None
    # A byte-order mark, as Windows editors and PowerShell 5 write UTF-8: not part of the text.
    # (Other encodings are still "not UTF-8 text" above.)
    text = text.removeprefix("\ufeff")
    if not text.strip() and not is_toml:  # JSON's own words: "Expecting value (line 1, ...)"
        # (an empty TOML document is valid: no answers, every question unknown, as the
        # scripting contract reads an absent question)
        raise AnswersError(
            t("{file}: is empty; `tspain questions` shows what an answers file holds", file=name)
        )
    raw = _parse(text, name, is_toml)
    if not isinstance(raw, dict):
        raise AnswersError(t("{file}: expected a JSON object of question id -> answer", file=name))
    if _depth(raw) > MAX_DEPTH:
        raise AnswersError(t("{file}: nested deeper than answers ever are", file=name))
    if "answers" not in raw and {"triage", "rules_version"} <= raw.keys():
        # What `check --json` prints: the result, without the answers that gave it.
        raise AnswersError(
            t(
                "{file}: this is what `tspain check --json` prints, which holds no answers; "
                "save them with --save-answers FILE to reuse them",
                file=name,
            )
        )
    return _unwrapped_report(raw, name) if "answers" in raw else raw


def _integer(digits: str) -> int:
    """A JSON integer; one of thousands of digits stands as 10**19 (still "a number with more
    than 18 digits" when shown), so that its error names the question it answers (int() of it
    fails before the key is known)."""
    if len(digits) <= 30:
        return int(digits)
    return -(10**19) if digits.startswith("-") else 10**19


def _not_json(constant: str) -> object:
    """NaN and Infinity: Python's JSON reader takes them; JSON has no such values."""
    raise ValueError(f"{constant} is not a JSON value")


def _parse(text: str, name: str, is_toml: bool) -> object:
    """The JSON or TOML document, or AnswersError naming where it is broken."""
    try:
        if is_toml:
            import tomllib

            return tomllib.loads(text)
        return json.loads(
            text, object_pairs_hook=_no_duplicates, parse_constant=_not_json, parse_int=_integer
        )
    except AnswersError as err:  # a key given twice, from the JSON reader's hook
        raise AnswersError(f"{name}: {err}", err.question) from None
    except RecursionError:
        raise AnswersError(
            t("{file}: nested far deeper than answers ever are", file=name)
        ) from None
    except json.JSONDecodeError as err:
        raise AnswersError(
            t(
                "{file}: not valid JSON: {reason} (line {line}, column {column})",
                file=name,
                reason=err.msg,
                line=err.lineno,
                column=err.colno,
            )
        ) from None
    except ValueError as err:  # tomllib's errors; JSON's giant integers
        from tspain.toml_text import key_set_twice  # only on this error

        if is_toml and (twice := key_set_twice(str(err), text)):  # as the JSON reader says it
            raise AnswersError(
                f"{name}: "
                + t("{question} is given twice: give each answer once", question=shown(twice)),
                twice,
            ) from None
        if "integer string conversion" in str(err):
            raise AnswersError(
                t("{file}: a number far too long to be an answer", file=name)
            ) from None
        raise AnswersError(
            t(
                "{file}: not valid {format}: {reason}",
                file=name,
                format="TOML" if is_toml else "JSON",
                reason=err,
            )
        ) from None


def _unwrapped_report(raw: dict[str, object], name: str) -> dict[str, object]:
    """A saved JSON report carries its answers under "answers": those, alone."""
    report = raw["answers"]
    others = [k for k in raw if k not in ("answers", "assessment", "date")]
    if not isinstance(report, dict):
        raise AnswersError(
            t("{file}: 'answers' must be an object of question id -> answer", file=name)
        )
    if others:
        raise AnswersError(
            t(
                "{file}: a saved report's 'answers' and top-level answers "
                "({keys}) are mixed: use one or the other",
                file=name,
                keys=", ".join(shown(k) for k in others[:3]),
            )
        )
    return report


def read_answers(table: RuleTable, source: str) -> dict[str, Answer]:
    """Read an answers file (JSON, or TOML by extension) or `-` for JSON on standard input.
    Every fault names the file, an answer's too: a person with two answers files, or a script
    with many, is told which one holds the fault (a scripter, twentieth session)."""
    name = t("standard input") if source == "-" else shown(source)
    suffix = "" if source == "-" else Path(source).suffix.lower()
    if suffix in (".md", ".html"):
        raise AnswersError(
            t(
                "{file}: a {suffix} report is for reading; use the .json report "
                "or a --save-answers file",
                file=name,
                suffix=suffix,
            )
        )
    data = read_limited(source)
    try:
        raw = parse_answers_text(data, name, suffix == ".toml")
    except AnswersError as err:  # an answer given twice, a report's answers mixed ...
        given = answers_in_refused(data, suffix == ".toml")
        raise AnswersError(
            str(err), err.question, readable(table, given), meant_as_yes(table, given)
        ) from None
    try:
        return check_answers(table, raw)
    except AnswersError as err:
        raise AnswersError(f"{name}: {err}", err.question, err.readable, err.meant_yes) from None


def read_limited(source: str) -> bytes:
    """At most MAX_BYTES + 1 bytes of a regular file, or of standard input."""
    if source == "-":
        if sys.stdin is None:  # `<&-`: standard input closed
            raise AnswersError(t("standard input is closed: nothing to read answers from"))
        try:
            return sys.stdin.buffer.read(MAX_BYTES + 1)
        except OSError as err:
            raise AnswersError(
                t("{file}: cannot read ({reason})", file=t("standard input"), reason=err.strerror)
            ) from None
    if not source:  # Path("") is the current folder: "is a directory" (a scripter)
        raise AnswersError(
            t("cannot read an empty name: give a file name, or - for standard input")
        )
    path = Path(source)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise AnswersError(t("{file}: no such file", file=shown(source))) from None
    except OSError as err:
        raise AnswersError(
            t("{file}: cannot read ({reason})", file=shown(source), reason=err.strerror)
        ) from None
    if stat.S_ISDIR(info.st_mode):
        raise AnswersError(t("{file}: is a directory, not an answers file", file=shown(source)))
    if stat.S_ISFIFO(info.st_mode):  # `--answers <(make-answers)`: read to its end, as `-` is
        return read_pipe(path, source)
    if not stat.S_ISREG(info.st_mode):
        raise AnswersError(
            t("{file}: not a regular file (a device is not read)", file=shown(source))
        )
    try:  # a file over 1 MB is read to 1 MB and refused, its first megabyte read for an
        # emergency sign as a broken file's is (a scripter, thirty-ninth and fortieth sessions)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            return handle.read(MAX_BYTES + 1)
    except OSError as err:
        raise AnswersError(
            t("{file}: cannot read ({reason})", file=shown(source), reason=err.strerror)
        ) from None


def read_pipe(path: Path, source: str) -> bytes:
    """At most MAX_BYTES + 1 bytes of a pipe named by a path (a shell's process substitution, a
    named pipe): it is read, as standard input is, until its writer closes it. A named pipe is
    waited on until something opens it to write, as `cat` waits (read at once, one opened by a
    writer a moment later read as empty: a race)."""
    try:
        with path.open("rb") as handle:
            return handle.read(MAX_BYTES + 1)
    except OSError as err:
        raise AnswersError(
            t("{file}: cannot read ({reason})", file=shown(source), reason=err.strerror)
        ) from None
