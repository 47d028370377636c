"""Where a fault is in the TOML a maintainer edits: the line a path such as
`causes.traumatic_injury.evidence[1].lr` is written on. A validation fault gave the path alone,
and a maintainer searched a 1,500-line file for it (eighteenth session's note). Found by reading
the text as the rule table is laid out (sections, `[[warning_signs]]` with their ids, one list
item per line); a path it cannot place gets no line rather than a wrong one."""

from __future__ import annotations

import re

_PART = re.compile(r"([^.\[\]]+)|\[(\d+)\]")
_HEADER = re.compile(r"^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$")


def problem_line(problem: str, text: str) -> int | None:
    """The line of the TOML `text` that a problem ("path: message") is about, when its path
    can be placed."""
    path, sep, message = problem.partition(": ")
    if path == "safety":  # "safety: warning sign chest_pain ...", "safety: levels.x.action ..."
        path, message = _safety_path(message), ""
    if not sep or not path or " " in path:
        return None
    # A duplicate id is the later one: the sign just added (it pointed at the first: a table
    # maintainer, twenty-first session).
    return line_of(path, text.splitlines(), last=message.startswith("duplicate"))


def _safety_path(message: str) -> str:
    """The table path a safety problem is about, from its first words: a path itself, "warning
    sign ID" or "question ID" (each had no line: a maintainer-tester, twenty-third session)."""
    first = message.split(" ", 1)[0]
    if "." in first and first.split(".", 1)[0] in (
        "levels",
        "warning_signs",
        "questions",
        "advice",
        "causes",  # a cause's fixed name had no line (a maintainer-tester, thirty-ninth)
    ):
        return first
    if first in ("disclaimer", "version"):
        return first
    if m := re.match(r"warning sign [a-z0-9_]+ \(([a-z0-9_]+)\b.*?; a case of the safety", message):
        return f"questions.{m.group(1)}"  # no sign of the table: its first question (40th)
    if m := re.match(r"(warning sign|question) ([a-z0-9_]+)\b", message):
        return f"{'warning_signs' if m.group(1) == 'warning sign' else 'questions'}.{m.group(2)}"
    return ""


def line_of(path: str, lines: list[str], last: bool = False) -> int | None:
    """The 1-based line `path` is written on, or None; `last`: of a `[[x]]` named by an id that
    several have, the last."""
    parts = [name if name else int(index) for name, index in _PART.findall(path)]
    if len(parts) == 1 and isinstance(parts[0], str):  # "version", "disclaimer": above any
        top = next((i for i, ln in enumerate(lines) if _HEADER.match(ln)), len(lines))
        key = next((i + 1 for i in range(top) if _is_key(lines[i], parts[0])), None)
        return key or _first_header(parts[0], lines)
    if len(parts) < 2 or not isinstance(parts[0], str):
        return None
    start = _section(parts, lines, last)
    if start is None:
        return None
    found, used = start
    rest = parts[used:]
    end = next((i for i in range(found + 1, len(lines)) if _HEADER.match(lines[i])), len(lines))
    if not rest:
        return found + 1
    key = rest[0]
    if not isinstance(key, str):
        return None
    at = next((i for i in range(found + 1, end) if _is_key(lines[i], key)), None)
    if at is None:  # a field missing, or one the section should have: said at its header
        return found + 1  # ("causes.x.sources: missing" had no line: a maintainer-tester)
    if len(rest) > 1 and isinstance(rest[1], int):
        item = _item(lines, at, end, rest[1])
        return None if item is None else item + 1
    return at + 1


def _first_header(name: str, lines: list[str]) -> int | None:
    """The 1-based line of the first `[name]`, `[[name]]` or `[name.x]` header: a section
    misnamed (`[[warning_sign]]` had no line: a maintainer-tester, thirty-third session)."""
    for i, line in enumerate(lines):
        m = _HEADER.match(line)
        if m and (m.group(1) == name or m.group(1).startswith(name + ".")):
            return i + 1
    return None


def _section(parts: list[str | int], lines: list[str], last: bool) -> tuple[int, int] | None:
    """The line index of the section the path is in, and how many parts its header took:
    `[causes.x]` (2), `[[warning_signs]]` with `id = "x"` (2), or the n-th `[[x]]` (2)."""
    for size in range(len(parts), 0, -1):
        names = parts[:size]
        if not all(isinstance(n, str) for n in names):
            continue
        header = ".".join(str(n) for n in names)
        for i, line in enumerate(lines):
            m = _HEADER.match(line)
            if m and m.group(1) == header and not line.lstrip().startswith("[["):
                return i, size
    name, which = parts[0], parts[1]
    starts = [
        i
        for i, line in enumerate(lines)
        if re.match(rf"^\s*\[\[\s*{re.escape(str(name))}\s*\]\]", line)
    ]
    if isinstance(which, int):
        return (starts[which], 2) if which < len(starts) else None
    for i in reversed(starts) if last else starts:
        end = next((j for j in range(i + 1, len(lines)) if _HEADER.match(lines[j])), len(lines))
        if any(
            re.match(rf"^\s*id\s*=\s*[\"']{re.escape(which)}[\"']", lines[j])
            for j in range(i + 1, end)
        ):
            return i, 2
    return None


def _is_key(line: str, key: str) -> bool:
    return re.match(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=", line) is not None


def _item(lines: list[str], at: int, end: int, index: int) -> int | None:
    """The line of item `index` of the list whose key is on line `at`: items of { ... } are
    counted wherever they stand, several to a line as in `[lists]` ("lists.x[3]" had no line:
    a maintainer-tester, twenty-fifth session); a text item is one to a line."""
    value = lines[at].split("=", 1)[1].strip()
    if not value.startswith("["):
        return None
    if value.rstrip().endswith("]") and value.count("[") == value.count("]") and "{" not in value:
        return at  # a list of texts on one line
    count, depth = -1, 0
    for i in range(at, end):
        text = value[1:] if i == at else lines[i].split("#", 1)[0]
        if i > at and text.strip().startswith("]") and depth == 0:
            return None
        if depth == 0 and text.strip().startswith(('"', "'")):
            count += 1
            if count == index:
                return i
            continue
        for ch in re.sub(r'"(?:[^"\\]|\\.)*"', '""', text):
            if ch == "{":
                depth += 1
                count += depth == 1
                if depth == 1 and count == index:
                    return i
            elif ch == "}":
                depth -= 1
    return None
