"""How an error repeats a value it was given: as the file wrote it, cut short, escaped."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tspain.i18n import Catalogue

SHOWN = 60
"""How many characters of a value an error message repeats."""
DEPTH = 8
"""Nesting past this is shown as "…" (answers files refuse deeper nesting anyway)."""


def shown(value: object, texts: Catalogue | None = None) -> str:
    """A value as an error repeats it: as the file wrote it, cut to about 60 characters, with
    control characters escaped (repr escapes them in strings), so an error line can never
    flood or steer the terminal."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > 10**18:
        from tspain.i18n import current

        texts = texts or current()
        return texts.t("a number with more than 18 digits")
    text = _written(value, DEPTH)
    return text if len(text) <= SHOWN else text[: SHOWN - 1] + "…"


def _written(value: object, depth: int) -> str:
    """A value as an answers file writes it, not as Python would (`true`, not `True`; a TOML
    date as `1979-05-27`, not `datetime.date(1979, 5, 27)`); strings keep repr's quotes and
    escapes. Nesting past `depth` is "…" (nothing deeper is ever shown)."""
    if depth <= 0:
        return "…"
    if isinstance(value, bool) or value is None:
        return {True: "true", False: "false", None: "null"}[value]
    if isinstance(value, (dt.date, dt.time)):  # datetime is a date
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_written(v, depth - 1) for v in value[:SHOWN]) + "]"
    if isinstance(value, dict):
        pairs = list(value.items())[:SHOWN]
        return (
            "{" + ", ".join(f"{_written(k, 1)}: {_written(v, depth - 1)}" for k, v in pairs) + "}"
        )
    return repr(value)
