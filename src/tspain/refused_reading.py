"""The answers of a file refused while being read (an answer given twice, a saved report's
`answers` mixed with top-level answers, `answers` that is not an object), read leniently so
that an emergency sign among them is still said before the refusal: a file with chest pain and
one id written twice said nothing of the ambulance (a code reviewer, thirty-eighth session; a
scripter, thirty-ninth). An answer given with two values is left out: which one was meant is
not known, and nothing is guessed."""

from __future__ import annotations

import json

_TWO_VALUES = object()
"""Stands for an answer given with two different values, dropped when the reading ends."""
_REPORT_KEYS = ("answers", "assessment", "date")
"""A saved JSON report's own keys, beside which answers are not looked for."""


def _agreeing(pairs: list[tuple[str, object]]) -> dict[str, object]:
    out: dict[str, object] = {}
    for key, value in pairs:
        if key in out and out[key] != value:
            value = _TWO_VALUES
        out[key] = value
    return {key: value for key, value in out.items() if value is not _TWO_VALUES}


def _small_int(digits: str) -> int | None:
    """A JSON integer, or None (not an answer) for one far too long to be read as a number."""
    return int(digits) if len(digits) <= 30 else None


def _toml_lines(text: str) -> dict[str, object]:
    """A TOML file read line by line (tomllib refuses the whole document for one key set
    twice): its top-level lines and those under `[answers]` (a saved report's shape), not
    those under another table, whose lines are not answers."""
    import tomllib

    pairs: list[tuple[str, object]] = []
    answers = True
    for line in text.splitlines():
        if line.lstrip().startswith("["):
            answers = line.split("#")[0].strip() == "[answers]"
            continue
        if not answers:
            continue
        try:
            pairs.extend(tomllib.loads(line).items())
        except tomllib.TOMLDecodeError:
            continue  # a value over several lines, or a fault of its own: not read
    return _agreeing(pairs)


def answers_in_refused(data: bytes, is_toml: bool) -> dict[str, object]:
    """The answers in the bytes of a file refused while being read (see the module), as given:
    a saved report's `answers` beside any top-level ones. Nothing when the file cannot be read
    this way (not UTF-8, not JSON or TOML at all)."""
    try:
        text = data.decode("utf-8").removeprefix("\ufeff")
        raw = (
            _toml_lines(text)
            if is_toml
            else json.loads(text, object_pairs_hook=_agreeing, parse_int=_small_int)
        )
    except (ValueError, RecursionError):
        return {}
    if not isinstance(raw, dict):
        return {}
    inner = raw.get("answers")
    pairs = [(k, v) for k, v in raw.items() if k not in _REPORT_KEYS]
    if isinstance(inner, dict):
        pairs += list(inner.items())
    return _agreeing(pairs)
