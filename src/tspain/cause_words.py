"""A cause's page in words (`tspain causes ID`): what points to it, with its figures, and
where it comes from. Pure; `pages.cause_detail` prints them."""

from __future__ import annotations

import re
from typing import Any

from tspain.i18n import current, t
from tspain.limits import NOTABLE
from tspain.table import Cause, RuleTable


def raising(table: RuleTable, cause: Cause, words: Any) -> list[str]:
    """What makes a cause more likely, strongest first: every factor the scoring uses, those a
    frequency implies too ("tearing pain" for a torn aorta). Rows counting the same features
    are one line, each count with its overall effect: "2 of the 3 ... (x5); all 3 (x20)"."""
    from tspain.differential import rows as factors
    from tspain.table import Count

    lines: list[tuple[float, str]] = []
    counted: dict[str, list[tuple[int, float, Count]]] = {}
    for ev in factors(table, cause):
        test = next(iter(ev.when.values())) if len(ev.when) == 1 else None
        if isinstance(test, Count) and test.min is not None and test.max is None:
            counted.setdefault(repr(test.of), []).append((test.min, ev.lr, test))
        elif ev.lr >= NOTABLE:
            lines.append((ev.lr, words(table, ev.when, current()) + f" (x{ev.lr:.3g})"))
    for rows in counted.values():
        rows.sort(key=lambda r: r[0])
        overall, parts = 1.0, []
        for k, lr, test in rows:
            overall *= lr
            if overall > 1:
                said = (
                    t("all {n}", n=k)
                    if k == len(test.of)
                    else t("{k} of the {n}", k=k, n=len(test.of))
                )
                parts.append(f"{said} (x{overall:.3g})")
        if parts:
            lines.append((overall, f"{rows[0][2].about}: " + "; ".join(parts)))
    return [text for _, text in sorted(lines, key=lambda line: -line[0])]


def source_words(text: str) -> str:
    """A source as a reader can find it: "brief section 2" is tspain's clinical brief, "brief
    sections 2 and 3" its sections 2 and 3 (in the reader's language; what follows the
    numbers, "(pitfalls)", kept apart from them)."""

    def brief(m: re.Match[str]) -> str:
        numbers = re.findall(r"[0-9]+", m.group(1))
        if len(numbers) == 1:
            where = t("section {n}", n=numbers[0])
        else:
            where = t(
                "sections {first} and {last}", first=", ".join(numbers[:-1]), last=numbers[-1]
            )
        space = m.group(1)[len(m.group(1).rstrip()) :]
        return t("the tspain clinical brief, {where}", where=where) + space

    return re.sub(r"^brief (sections? [0-9][0-9, and]*)", brief, text)
