"""Every text of a rule table, wherever it stands: not empty, no control characters (text is
shown as text), and no line of a list said twice."""

from __future__ import annotations

import re
from typing import Any

from tspain.table import CONTROL

Problems = list[tuple[str, str]]
REPEATING = re.compile(r"(?:^|\.)(?:when|unless|lists|picture)(?:\.|\[|$)")
"""Lists whose items may repeat: an option listed twice in a condition is said apart, and a
drawing's rows may repeat (a taller back was refused: a code reviewer, thirty-fourth session)."""


def table_text_problems(value: object, path: str, problems: list[tuple[str, str]]) -> None:
    """Every string of the table: not empty, no control characters (text is shown as text)."""
    if isinstance(value, str):
        if not value.strip():
            problems.append((path, "must not be empty"))
        elif CONTROL.search(value):
            problems.append((path, f"control character {CONTROL.search(value)[0]!r} in text"))  # type: ignore[index]
    elif isinstance(value, dict):
        for key, item in value.items():
            table_text_problems(item, f"{path}.{key}" if path else str(key), problems)
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            table_text_problems(item, f"{path}[{i}]", problems)
        if not REPEATING.search(path):
            _repeated_lines(value, path, problems)
    elif hasattr(value, "__dataclass_fields__"):
        for name in value.__dataclass_fields__:
            table_text_problems(getattr(value, name), f"{path}.{name}" if path else name, problems)


def _repeated_lines(items: list[Any] | tuple[Any, ...], path: str, problems: Problems) -> None:
    """A line of a list said again, word for word: a person read it twice (a repeated advice
    line validated and was printed twice: a maintainer-tester, thirty-third session). Two lines
    with the same text and each its own condition are left: they may be meant for different
    people."""
    first: dict[str, int] = {}
    for i, item in enumerate(items):
        text = item if isinstance(item, str) else getattr(item, "text", None)
        if not isinstance(text, str) or not text.strip():
            continue
        key = " ".join(text.split()).casefold()
        if key in first and (isinstance(item, str) or isinstance(items[first[key]], str)):
            said = f"the same line as {path}[{first[key]}]: it would be said twice; keep one"
            problems.append((f"{path}[{i}]", said))
        first.setdefault(key, i)
