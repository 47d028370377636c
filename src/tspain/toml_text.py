"""A maintainer's TOML file (the rule table, a translation catalogue) read as text, with what
is wrong said in plain words at its line: bytes that are not UTF-8, as an editor writes a file
saved as UTF-16 or Windows-1252, and tomllib's syntax errors with their usual cause (a
maintainer-tester got "not UTF-8 (invalid start byte)" with no line, and the Spanish catalogue
gave Python's own words: twenty-fourth session)."""

from __future__ import annotations

import codecs
import functools
import re
from typing import Any


class NotToml(ValueError):
    """What is wrong with a file's text or syntax, in one line, and the line it is on."""

    def __init__(self, message: str, line: int | None) -> None:
        super().__init__(message)
        self.line = line


def utf8_text(data: bytes) -> str:
    """The file's text, a UTF-8 byte order mark (as Windows editors write one) read past;
    NotToml says why it is not UTF-8, and where."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or utf16_unmarked(data[:200]):
        raise NotToml("not UTF-8: the file is saved as UTF-16; save it as UTF-8", None)
    if (at := data.find(b"\x00", 0, 200)) >= 0:  # a stray NUL, or a program, was UTF-16
        line = data.count(b"\n", 0, at) + 1  # (a scripter, thirty-seventh session)
        raise NotToml(f"not a text file: a NUL byte (0x00) at line {line}", line)
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as err:
        start = data.rfind(b"\n", 0, err.start) + 1
        line = data.count(b"\n", 0, err.start) + 1
        column = len(data[start : err.start].decode("utf-8", errors="replace")) + 1
        byte = data[err.start]
        seen = bytes([byte]).decode("cp1252", errors="replace")
        as_1252 = f" ({seen} in Windows-1252)" if seen.isprintable() and seen != "\ufffd" else ""
        raise NotToml(
            f"not UTF-8: byte 0x{byte:02X}{as_1252} at line {line}, column {column}: "
            "save the file as UTF-8",
            line,
        ) from None


def utf16_unmarked(start: bytes) -> bool:
    """Whether text begins as UTF-16 without its byte order mark does: one NUL in every two
    bytes, at the even places or the odd ones."""
    for nuls, chars in ((start[0::2], start[1::2]), (start[1::2], start[0::2])):
        if nuls and nuls.count(0) >= 0.8 * len(nuls) and chars.count(0) <= 0.1 * len(chars):
            return True  # not a program's header, where NULs are everywhere
    return False


def parsed(data: bytes) -> tuple[str, dict[str, Any]]:
    """The file's text and its TOML document; NotToml in plain words otherwise."""
    import re
    import tomllib

    text = utf8_text(data)
    try:
        return text, _copied(_document(text))  # a copy: the caller may change its own
    except tomllib.TOMLDecodeError as err:
        said = f"TOML syntax error: {toml_words(str(err), text)}"
        # the line tomllib names, though the words above say it otherwise ("set twice (line 5)")
        line = re.search(r"\(at line ([0-9]+),", at_end(str(err), text))
        unclosed = str(err).startswith(("Unterminated string", 'Expected "'))
        if line is None and unclosed and (opened := _unclosed_triple(text)):  # "at end of
            said += f": the triple quotes opened on line {opened} are never closed"  # document"
            raise NotToml(said, opened) from None
        raise NotToml(said, int(line.group(1)) if line else None) from None
    except RecursionError:
        raise NotToml("TOML nested too deeply", None) from None


def _copied(value: Any) -> Any:
    """A deep copy of a TOML document: its tables and arrays copied, the rest (text, numbers,
    dates) immutable and shared. A third of `copy.deepcopy`'s time, which asks of every value
    how to copy it."""
    if type(value) is dict:
        return {key: _copied(item) for key, item in value.items()}
    if type(value) is list:
        return [_copied(item) for item in value]
    return value


TRIPLE_QUOTES = re.compile("\"\"\"|'''")


def _unclosed_triple(text: str) -> int | None:
    """The line of a multi-line string's opening quotes that are never closed (tomllib says
    only "at end of document": a maintainer-tester, thirty-second session), or None."""
    opened: tuple[str, int] | None = None
    for number, line in enumerate(text.splitlines(), 1):
        if opened is None and line.lstrip().startswith("#"):
            continue  # a comment's quotes open nothing (a code reviewer)
        for quotes in TRIPLE_QUOTES.findall(line):
            if opened is None:
                opened = (quotes, number)
            elif quotes == opened[0]:
                opened = None
    return opened[1] if opened else None


@functools.lru_cache(maxsize=16)
def _document(text: str) -> dict[str, Any]:
    """The TOML document of a text, parsed once for each text a process reads: parsing the
    rule table takes 23 ms, and the test suite read the same few files some 400 times."""
    import tomllib

    return tomllib.loads(text)


TOML_HINTS = (
    ("Illegal character '\\n'", ": a text's closing quote is missing"),
    ("Unterminated string", ": a text's closing quote is missing"),
    (
        "Invalid value",
        ': a value is a number, true or false, a "quoted text", [a list] or { a table }',
    ),
    ("Expected '=' after a key", ": a key is followed by = and its value"),
)
"""tomllib's commonest messages, and what is usually wrong at the place they name."""


def key_set_twice(message: str, text: str) -> str | None:
    """The key on the line tomllib's "Cannot overwrite a value (at line 2, column 11)" names,
    or None: the rule table's and an answers file's messages both name it."""
    import re

    at = re.match(r"Cannot overwrite a value \(at line (\d+), column \d+\)", at_end(message, text))
    lines = text.splitlines()
    line = lines[int(at.group(1)) - 1] if at and 0 < int(at.group(1)) <= len(lines) else ""
    return line.split("=", 1)[0].strip().strip("\"'") or None if "=" in line else None


def at_end(message: str, text: str) -> str:
    """tomllib's "Cannot overwrite a value (at end of document)", said of a key set twice on
    the last line with no line break after it, as the line it is ("fever = false" last named
    no key, where a line break after it named it: a scripter, thirty-eighth session)."""
    end = "Cannot overwrite a value (at end of document)"
    last = f"(at line {max(len(text.splitlines()), 1)}, column 1)"
    return message.replace("(at end of document)", last) if message.startswith(end) else message


def toml_words(message: str, text: str) -> str:
    """tomllib's message with the key it is about: "Cannot overwrite a value (at line 5,
    column 4)" names no key, so the key written on that line is named ("'lr' is set twice in
    the same table"); other messages name theirs already."""
    import re

    message = at_end(message, text)
    at = re.search(r"\(at line (\d+), column \d+\)$", message)
    if at is None:
        return message
    lines = text.splitlines()
    number = int(at.group(1))
    line = lines[number - 1] if 0 < number <= len(lines) else ""
    key = key_set_twice(message, text) or ""
    entry = re.fullmatch(r"\s*\[\[\s*([\w.]+)\s*\]\]\s*(?:#.*)?", line)
    if message.startswith("Cannot overwrite a value") and entry:  # "[warning_signs]" for
        single = f"[{entry.group(1)}]"  # "[[warning_signs]]" above (a maintainer-tester)
        first = next((n for n, ln in enumerate(lines, 1) if ln.strip() == single), None)
        if first is not None:
            return (
                f"{single} (at line {first}, column 1) is one table: each entry is written "
                f"[{single}], as on line {number}"
            )
    if message.startswith("Cannot overwrite a value") and key:
        return f"{_shown(key)} is set twice in the same table (line {number}): keep one"
    if twice := re.match(r"Cannot declare \((.*)\) twice", message):  # a header written twice
        header = ".".join(k.strip(" '\"") for k in twice.group(1).split(","))
        first = next((n for n, ln in enumerate(lines, 1) if ln.strip() == f"[{header}]"), None)
        lines_said = f"on line {first} and again on line {number}" if first else "twice"
        return f"[{header}] is declared {lines_said}: keep one"
    # Any other: what is usually wrong, and the line itself (a maintainer read only "Invalid
    # value (at line 351, column 8)" and had to count lines).
    hint = next((h for start, h in TOML_HINTS if message.startswith(start)), "")
    if re.search(r"=\s*-?[0-9]+,[0-9]", line):  # "lr = 2,5": a decimal comma (a physio)
        hint = ": a decimal is written with a point (2.5, not 2,5)"
    elif re.search("[\u201c\u201d\u2018\u2019]", line):  # pasted from a word processor
        hint = ': quotes must be straight ("), not curly (\u201c \u201d) as in a word processor'
    hint = _comma_or_brace(message, lines, number) or hint
    opened = _still_open(lines[: number - 1])
    a_header = re.fullmatch(r"\s*\[\[?\s*[A-Za-z_][\w.]*\s*\]\]?\s*(?:#.*)?", line)
    if opened is not None and (a_header or re.match(r"\s*[\w\"'.-]+\s*=", line)):
        # A key inside a list or table left open: the fault is the missing ] or } above (a
        # maintainer was shown the next line, which was right); a section's header too (a
        # one-line list's ] left off was "a comma is missing": a scripter, 38th session).
        bracket, where = opened
        hint = f": the {bracket} opened on line {where} is not closed before this line"
    said = line.strip() if len(line.strip()) <= 80 else line.strip()[:77] + "..."
    return f"{message}{hint}; line {number} reads: {said}" if said else message + hint


def _still_open(lines: list[str]) -> tuple[str, int] | None:
    """The [ or { still open after these lines, and its line number, outside texts and
    comments; None when all are closed."""
    opened: list[tuple[str, int]] = []
    quote = ""  # the quote of a text being read: " ' \"\"\" or \'\'\'
    for number, line in enumerate(lines, start=1):
        i = 0
        while i < len(line):
            ch = line[i]
            if quote:
                if ch == "\\" and quote[0] == '"':
                    i += 2
                    continue
                if line.startswith(quote, i):
                    i += len(quote)
                    quote = ""
                    continue
            elif ch == "#":
                break
            elif ch in "\"'":
                quote = ch * 3 if line.startswith(ch * 3, i) else ch
                i += len(quote)
                continue
            elif ch in "[{":
                opened.append((ch, number))
            elif ch in "]}" and opened:
                opened.pop()
            i += 1
        if len(quote) == 1:
            quote = ""  # a one-line text left open is tomllib's own error
    return opened[-1] if opened else None


def _shown(key: str) -> str:
    """A key as a message repeats it: quoted, control characters escaped, cut to 60."""
    text = repr(key)
    return text if len(text) <= 60 else text[:59] + "…"


def _comma_or_brace(message: str, lines: list[str], number: int) -> str:
    """The usual slip behind tomllib's words for a list of rows: a comma missing at the end of
    the row above ("Unclosed array" at the next row), one before a row's closing } ("Invalid
    initial character for a key part"), or a row's { never closed (a maintainer-tester,
    twenty-fifth session). Empty when none fits."""
    import re

    line = lines[number - 1] if 0 < number <= len(lines) else ""
    above = next(
        ((n, ln) for n, ln in reversed(list(enumerate(lines[: number - 1], 1))) if ln.strip()),
        (0, ""),
    )
    code = re.sub(r"\s+#.*$", "", above[1]).rstrip()
    at = re.search(r"column (\d+)\)$", message)
    column = int(at.group(1)) if at else 0
    before = line[: column - 1].rstrip()
    if message.startswith("Unclosed array") and "[" in before and not before.endswith((",", "[")):
        return f": a comma is missing before column {column} of this line"  # ["a" "b"]: it
        # said the line above (a maintainer-tester, thirty-second session)
    if message.startswith("Unclosed array") and code and not code.endswith((",", "[")):
        return f": a comma is missing at the end of line {above[0]}"
    key_part = message.startswith("Invalid initial character for a key part")
    closing = line[column - 1 : column] == "}"
    if key_part and closing and line[: column - 1].rstrip().endswith(","):
        return ": no comma before the } that closes a { ... } row"
    unclosed = key_part or message.startswith("Unclosed inline table")
    if unclosed and line.count("{") > line.count("}") and column > len(line.rstrip()):
        return ": the { on this line is not closed: a { ... } row ends with } on its line"
    return ""
