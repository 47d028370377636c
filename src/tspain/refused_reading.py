"""The answers of a file refused while being read (an answer given twice, a saved report's
`answers` mixed with top-level answers, `answers` that is not an object, broken JSON, bytes
that are not UTF-8), read leniently so
that an emergency sign among them is still said before the refusal: a file with chest pain and
one id written twice said nothing of the ambulance (a code reviewer, thirty-eighth session; a
scripter, thirty-ninth). An answer given with two values is left out: which one was meant is
not known, and nothing is guessed."""

from __future__ import annotations

import codecs
import contextlib
import json
import re

from tspain.toml_text import utf16_unmarked

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


MULTILINE = re.compile(r"""\s*(?:[\w.-]+|"[^"]*"|'[^']*')\s*=\s*(\"\"\"|''')""")
"""A key whose string goes on over several lines, and its quotes."""


def _toml_lines(text: str) -> dict[str, object]:
    """A TOML file read line by line (tomllib refuses the whole document for one key set
    twice): its top-level lines and those under `[answers]` (a saved report's shape), not
    those under another table, whose lines are not answers."""
    import tomllib

    pairs: list[tuple[str, object]] = []
    answers = True
    quoted = ""  # the quotes of a string over several lines the reading is in, if any
    for line in text.splitlines():
        if quoted:  # a line of such a string: text, not an answer (a scripter's notes =
            quoted = "" if quoted in line else quoted  # """ ... """ called an ambulance, 40th)
            continue
        if (opened := MULTILINE.match(line)) and line.count(opened.group(1)) == 1:
            quoted = opened.group(1)  # not a comment's or a one-line string's quotes (a
            continue  # code reviewer, fortieth session)
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


_JSON_PAIR = re.compile(
    r'("(?:[^"\\]|\\.)*")\s*:\s*(true|false|-?\d{1,30}(?![\d.eE])|"(?:[^"\\]|\\.)*")'
)
"""A key and a plain value (a string, a whole number, true or false) in JSON text."""


COMMENT = re.compile(r'"(?:[^"\\]|\\.)*"|//[^\n]*|/\*.*?\*/', re.S)
"""A string (kept), or a comment JSON does not have but editors allow: a commented-out answer
is no answer (it called an ambulance: a code reviewer, fortieth session)."""


def _json_pairs(text: str) -> dict[str, object]:
    """Broken JSON read pair by pair (a trailing comma refused the whole file, and chest pain
    plain in it was not said: a scripter, fortieth session); strings are read whole, so a pair
    written inside one is not read."""
    pairs: list[tuple[str, object]] = []
    text = COMMENT.sub(lambda m: m.group(0) if m.group(0).startswith('"') else " ", text)
    for key, value in _JSON_PAIR.findall(text):
        with contextlib.suppress(ValueError):
            pairs.append((json.loads(key), json.loads(value)))
    return _agreeing(pairs)


def _text(data: bytes) -> str:
    """The bytes as text for this reading: UTF-16 by its byte-order mark (as PowerShell 5's
    `>` writes), else UTF-8 with any byte that is not read as a stand-in character."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    if utf16_unmarked(data[:200]):  # with no mark (a code reviewer, fortieth session)
        order = "utf-16-le" if data[1:200:2].count(0) > data[0:200:2].count(0) else "utf-16-be"
        return data.decode(order, errors="replace")
    return data.decode("utf-8", errors="replace").removeprefix("\ufeff")


def answers_in_refused(data: bytes, is_toml: bool) -> dict[str, object]:
    """The answers in the bytes of a file refused while being read (see the module), as given:
    a saved report's `answers` beside any top-level ones. Broken JSON, text that is not UTF-8
    and a file over 1 MB (its first megabyte) are read pair by pair or line by line."""
    text = _text(data)
    try:
        raw = (
            _toml_lines(text)
            if is_toml
            else json.loads(text, object_pairs_hook=_agreeing, parse_int=_small_int)
        )
    except RecursionError:
        return {}
    except ValueError:
        raw = _json_pairs(text)
    if not isinstance(raw, dict):
        return {}
    inner = raw.get("answers")
    pairs = [(k, v) for k, v in raw.items() if k not in _REPORT_KEYS]
    if isinstance(inner, dict):
        pairs += list(inner.items())
    return _agreeing(pairs)
