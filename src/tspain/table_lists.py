"""Named lists of conditions in a rule table: written once under `[lists]`, spliced by name into
the combined conditions (`count = { of = [...] }`) that use them, before the table is read.

Several causes count the same findings ("features that point away from the muscles": seventeen
conditions, in six rows). Written out in each row, a finding added to one copy and not the others
is a silent difference between causes. With a list, a row says
`count = { of = ["outside_the_muscles", { chest_pain_or_pressure = true }], min = 1, ... }`: a
string in `of` stands for every condition of the list of that name, in order, and any inline
condition beside it is counted too. Lists hold conditions only (no names of other lists), so
nothing can refer to itself. Everything after this step sees plain conditions, as if written out.
"""

from __future__ import annotations

import copy
import json
from typing import TYPE_CHECKING, Any

from tspain.spelling import near

if TYPE_CHECKING:
    from tspain.table import Question

LISTS = "lists"
Problems = list[tuple[str, str]]


def splice_lists(raw: dict[str, Any]) -> tuple[dict[str, Any], Problems]:
    """The table with `[lists]` taken out and every list name in a combined condition replaced by
    the list's conditions, and what was wrong (unknown names, a list that is not a list of
    conditions, a list no condition uses, a condition counted twice), as (path, fault) pairs.
    `raw` is not changed."""
    out = dict(raw)
    lists = out.pop(LISTS, {})  # none: a name in `of` is still reported, as unknown
    problems: Problems = []
    if not isinstance(lists, dict):
        return out, [(LISTS, "must be a table of named lists: [lists] name = [ {...}, {...} ]")]
    good: dict[str, list[dict[str, Any]]] = {}
    for name, items in lists.items():
        if not isinstance(items, list) or not items:
            problems.append((f"{LISTS}.{name}", "must be a non-empty list of conditions"))
        elif not all(isinstance(item, dict) for item in items):
            problems.append(
                (f"{LISTS}.{name}", "holds conditions only ({ question = answer }), not names")
            )
        else:
            good[name] = items
    used: set[str] = set()
    for path, when in _conditions(out):
        count = when.get("count")
        if isinstance(count, dict) and isinstance(count.get("of"), list):
            count_path = f"{path}.count.of"
            spliced = _splice(count["of"], good, set(lists), count_path, used, problems)
            when["count"] = {**count, "of": spliced}
    for name in good.keys() - used:
        problems.append((f"{LISTS}.{name}", "no combined condition uses this list"))
    return out, problems


def _splice(
    parts: list[Any],
    lists: dict[str, list[dict[str, Any]]],
    names: set[str],
    path: str,
    used: set[str],
    problems: Problems,
) -> list[Any]:
    spliced: list[Any] = []
    seen: dict[str, str] = {}
    for k, part in enumerate(parts):
        if not isinstance(part, str):
            items, source = [part], "written here"
        elif part in lists:
            used.add(part)
            items, source = copy.deepcopy(lists[part]), f"from list {part!r}"
        else:
            if part not in names:
                close = near(part, names)
                hint = f" (did you mean {close[0]!r}?)" if close else ""
                known = ", ".join(sorted(names)) or "none"
                problems.append((f"{path}[{k}]", f"no list named {part!r}{hint}; lists: {known}"))
            continue
        for item in items:
            key = json.dumps(item, sort_keys=True, default=str)
            if key in seen:
                problems.append(
                    (f"{path}[{k}]", f"counts {item!r} twice ({seen[key]}, and {source})")
                )
                continue
            seen[key] = source
            spliced.append(item)
    return spliced


def _conditions(table: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Every `when` of the table (warning signs, causes' evidence and frequencies) that can hold
    a combined condition, with its path, as copies placed back in `table` so that splicing into
    them leaves the caller's data as it was."""
    found: list[tuple[str, dict[str, Any]]] = []
    signs = table.get("warning_signs")
    if isinstance(signs, list):
        table["warning_signs"] = signs = [dict(s) if isinstance(s, dict) else s for s in signs]
        for i, sign in enumerate(signs):
            if isinstance(sign, dict) and isinstance(sign.get("when"), dict):
                sign["when"] = dict(sign["when"])
                found.append((f"warning_signs[{i}].when", sign["when"]))
    causes = table.get("causes")
    if isinstance(causes, dict):
        table["causes"] = causes = {
            cid: dict(c) if isinstance(c, dict) else c for cid, c in causes.items()
        }
        for cid, cause in causes.items():
            if not isinstance(cause, dict):
                continue
            for key in ("evidence", "frequencies"):
                rows = cause.get(key)
                if not isinstance(rows, list):
                    continue
                cause[key] = rows = [dict(r) if isinstance(r, dict) else r for r in rows]
                for j, row in enumerate(rows):
                    if isinstance(row, dict) and isinstance(row.get("when"), dict):
                        row["when"] = dict(row["when"])
                        found.append((f"causes.{cid}.{key}[{j}].when", row["when"]))
    return found


def at_their_lists(
    problems: list[str],
    lists: object,
    questions: dict[str, Question],
    broken: set[str] | frozenset[str] = frozenset(),
) -> list[str]:
    """The faults of a named list's conditions said once, at the list ("lists.points_elsewhere
    [11].night_sweats: unknown question"), not at every combined condition the list is
    spliced into (a renamed question gave 23 lines, none at the place to mend it: a
    maintainer, sixteenth session)."""
    from tspain.condition_checks import check_condition

    if not isinstance(lists, dict) or not questions:
        return problems
    own: Problems = []
    for name, items in lists.items():
        for k, item in enumerate(items if isinstance(items, list) else []):
            if isinstance(item, dict):
                check_condition(questions, item, f"{LISTS}.{name}[{k}]", own)
    # a question with faults of its own (`broken`) is not also "unknown" where it is used
    own = [(path, msg) for path, msg in own if not any(f"question {b!r}" in msg for b in broken)]
    said = {msg for _, msg in own}
    kept = [
        p
        for p in problems
        if not (".count.of[" in p.split(": ", 1)[0] and p.split(": ", 1)[-1] in said)
    ]
    return list(dict.fromkeys([f"{path}: {msg}" for path, msg in own] + kept))
