"""Answers files (interface.md "Answers in"): reading them and checking them against the table."""

from __future__ import annotations

import difflib
import json
import sys
import tomllib
from collections.abc import Mapping
from pathlib import Path

from tspain.table import Answer, RuleTable


class AnswersError(Exception):
    """Input that is not a valid answer set; the message is one line for the person."""


def check_answers(table: RuleTable, raw: Mapping[str, object]) -> dict[str, Answer]:
    """The known answers, validated. Absent or null answers are unknown and left out."""
    known: dict[str, Answer] = {}
    for qid, value in raw.items():
        question = table.questions.get(qid)
        if question is None:
            close = difflib.get_close_matches(qid, list(table.questions), n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise AnswersError(f"unknown question id {qid!r}{hint}; `tspain questions` lists them")
        if value is None:
            continue
        if question.type == "yesno":
            if not isinstance(value, bool):
                raise AnswersError(f"{qid}: got {value!r}, expected true or false")
        elif question.type == "integer":
            if isinstance(value, bool) or not isinstance(value, int):
                raise AnswersError(f"{qid}: got {value!r}, expected a whole number")
            low, high = question.min, question.max
            if (low is not None and value < low) or (high is not None and value > high):
                raise AnswersError(f"{qid}: got {value!r}, expected a number from {low} to {high}")
        else:
            if not isinstance(value, str) or value not in question.options:
                close = difflib.get_close_matches(str(value), list(question.options), n=1)
                hint = f" (did you mean {close[0]!r}?)" if close else ""
                options = ", ".join(question.options)
                raise AnswersError(f"{qid}: got {value!r}, expected one of {options}{hint}")
        known[qid] = value
    return known


def read_answers(table: RuleTable, source: str) -> dict[str, Answer]:
    """Read an answers file (JSON, or TOML by extension) or `-` for JSON on standard input."""
    if source == "-":
        text = sys.stdin.read()
        name = "standard input"
        is_toml = False
    else:
        path = Path(source)
        name = source
        is_toml = path.suffix.lower() == ".toml"
        if path.suffix.lower() in (".md", ".html"):
            raise AnswersError(
                f"{source}: a {path.suffix} report is for reading; use the .json report "
                "or a --save-answers file"
            )
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise AnswersError(f"{source}: no such file") from None
        except IsADirectoryError:
            raise AnswersError(f"{source}: is a directory, not an answers file") from None
        except (OSError, UnicodeDecodeError) as err:
            raise AnswersError(f"{source}: cannot read ({err})") from None
    try:
        raw: object = tomllib.loads(text) if is_toml else json.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise AnswersError(f"{name}: not valid TOML: {err}") from None
    except json.JSONDecodeError as err:
        raise AnswersError(
            f"{name}: not valid JSON: {err.msg} (line {err.lineno}, column {err.colno})"
        ) from None
    if not isinstance(raw, dict):
        raise AnswersError(f"{name}: expected a JSON object of question id -> answer")
    if isinstance(raw.get("answers"), dict):
        raw = raw["answers"]  # a saved JSON report carries its answers under "answers"
        assert isinstance(raw, dict)
    return check_answers(table, raw)
