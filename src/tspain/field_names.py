"""A table's type errors in a maintainer's words: where each is, what is wrong, and the field
or word meant (`bais` for `basis`, `serous` for `serious`, `Urgent` for `urgent`). A required
field misspelt is found by what is missing; an optional one by the fields its place allows
(`field_renames` does both)."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import fields
from typing import Any, TypeVar

from tspain import table as t
from tspain.quoting import shown

PLACES: tuple[tuple[tuple[str | None, ...], type], ...] = (
    (("causes", None, "evidence", None), t.Evidence),
    (("causes", None, "frequencies", None), t.Frequency),
    (("causes", None, None, None), t.Conditional),  # self_care or see_a_doctor_if lines
    (("causes", None), t.Cause),
    (("questions", None), t.Question),
    (("warning_signs", None), t.WarningSign),
    (("families", None), t.Family),
    (("levels", None), t.LevelText),
    (("advice", None, None), t.Conditional),
    (("advice",), t.GeneralAdvice),
    ((), t.RuleTable),
)
"""A place in the TOML (None: any key or index) and the model that stands there."""

Model = TypeVar("Model", t.RuleTable, t.Question)


def typed_as(model: type[Model], raw: object) -> Model:
    """`raw` validated as a `model` by pydantic (its ValidationError when it is not one): a
    whole table, or one question checked alone."""
    checked: Model = _checker(model.__name__).validate_python(raw)
    return checked


@functools.cache
def _checker(name: str) -> Any:
    """pydantic's checker for the model of that name in `tspain.table`, built once (by name:
    mypy will not take a class as a cache key): building one took 12 ms, a third of validating
    the whole table, for every table and every question checked alone."""
    from pydantic import TypeAdapter

    return TypeAdapter(getattr(t, name))


def field_hint(loc: Sequence[int | str]) -> str | None:
    """The allowed field an unknown one at `loc` was likely meant to be (None if none near)."""
    from tspain.spelling import near

    parent = tuple(loc[:-1])
    for place, model in PLACES:
        if len(place) == len(parent) and all(
            p is None or p == q for p, q in zip(place, parent, strict=True)
        ):
            found = near(str(loc[-1]), [f.name for f in fields(model)])
            return found[0] if found else None
    return None


UNION_MEMBERS = {"str": "a text", "Conditional": '{ text = "...", when = { ... } }'}
"""How pydantic names the kinds a field may be (an advice line: text, or { text, when }; a
question's `says`: text, or a table of texts, `dict[str,str]`), and those kinds in words."""


def _member(part: int | str) -> str | None:
    """The kind a part of an error's place names, if it names one ("str", "dict[str,str]")."""
    if not isinstance(part, str):
        return None
    if part in UNION_MEMBERS:
        return UNION_MEMBERS[part]
    return "a table of texts" if part.startswith("dict[") else None


def without_union_members(errors: list[Any], raw: Any) -> list[dict[str, Any]]:
    """The errors at the places a maintainer wrote: pydantic tries an advice line as text and
    as `{ text, when }` and reports both (`advice.relief[5].str: Input should be a valid
    string` beside `advice.relief[5].Conditional.wen: unknown field`), as it does a question's
    `says` (`says.str` beside `says.dict[str,str]`). A value written as a table keeps only the
    table's errors, under its own path (`advice.relief[5].wen`, which then gets its "did you
    mean"); a value that is neither kind gets one error saying what it may be."""
    out: list[dict[str, Any]] = []
    neither: dict[Loc, dict[str, Any]] = {}
    for error in errors:
        e = dict(error)
        loc = tuple(e["loc"])
        at = next((i for i, part in enumerate(loc) if i and _member(part)), None)
        if at is None:
            out.append(e)
            continue
        value = _value(raw, loc[:at])
        if isinstance(value, dict):
            if loc[at] != "str":
                out.append({**e, "loc": loc[:at] + loc[at + 1 :]})
        elif loc[:at] in neither:
            neither[loc[:at]]["msg"] += f", or {_member(loc[at])}"
        else:
            neither[loc[:at]] = {
                "type": "union",
                "loc": loc[:at],
                "msg": f"must be {_member(loc[at])}",
                "input": value,
            }
            out.append(neither[loc[:at]])
    return out


def _value(raw: Any, path: Loc) -> Any:
    """What the raw table holds at `path` (None if the path leads nowhere)."""
    for part in path:
        try:
            raw = raw[part]
        except (KeyError, IndexError, TypeError):
            return None
    return raw


UNKNOWN_FIELD = ("extra_forbidden", "unexpected_keyword_argument")
"""Pydantic's error types for a field the format does not have."""
Loc = tuple[int | str, ...]


def field_renames(errors: list[Any], raw: Any = None) -> dict[Loc, str]:
    """Unknown fields that are a field of the same object misspelt: the unknown one's place ->
    the name it was meant to have. A missing required field of the same object first (`LR` for
    `lr`, `basys` for `basis`), else the nearest field the place allows (`serous` for
    `serious`) that the object in `raw` does not already have: validate says "did you mean",
    and its second look reads the table so mended."""
    from tspain.spelling import near

    missing: dict[Loc, list[str]] = {}
    for e in errors:
        if e["type"] == "missing":
            missing.setdefault(tuple(e["loc"][:-1]), []).append(str(e["loc"][-1]))
    out: dict[Loc, str] = {}
    for e in errors:
        loc = tuple(e["loc"])
        if e["type"] not in UNKNOWN_FIELD:
            continue
        key, wanted = str(loc[-1]), missing.get(loc[:-1], [])
        same = [w for w in wanted if w.lower() == key.lower()] or near(key, wanted)
        meant = same[0] if same else field_hint(loc)
        if meant is not None and (same or meant not in _keys(raw, loc[:-1])):
            out[loc] = meant
    return out


def _keys(raw: Any, path: Loc) -> set[str]:
    """The keys of the object at `path` in the raw table (none if the path leads nowhere)."""
    raw = _value(raw, path)
    return set(raw) if isinstance(raw, dict) else set()


def place_words(loc: tuple[int | str, ...]) -> str:
    """A place in the TOML as a path: `causes.spinal_infection.evidence[2].lr`."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def error_words(error: dict[str, Any], renames: dict[Loc, str] | None = None) -> str:
    """A type error in a maintainer's words, with the field or word meant where one is near."""
    kind = error.get("type")
    if kind == "missing":
        return "missing (required)"
    if kind in UNKNOWN_FIELD:
        meant = (renames or {}).get(tuple(error["loc"]))
        hint = f"; did you mean {meant!r}?" if meant else ""
        top = len(error["loc"]) == 1  # a section: [cause.x] beside [causes.y]
        also = field_hint(tuple(error["loc"])) if top and not meant else None
        if also:  # `[cause.shingles]` beside `[causes...]`: the field meant is there already
            return (
                f"unknown field (not part of the rule-table format): did you mean {also!r}, "
                "which is there too? Put this under it"
            )
        return f"unknown field (not part of the rule-table format{hint})"

    if kind == "literal_error":  # a level or type misspelt: "Urgent", "selfcare"
        import re

        from tspain.spelling import near

        allowed = re.findall(r"'([^']*)'", str(error.get("ctx", {}).get("expected", "")))
        typed = str(error.get("input"))
        close = near(typed, allowed)
        if re.match(r"(?:non|not|no)\b|non-?|un", typed.lower()) and close:  # "non-urgent" was
            close = [c for c in close if c.lower() not in typed.lower()]  # offered "urgent": its
        hint = f" (did you mean {close[0]!r}?)" if close else ""  # opposite (a maintainer, 35th)
        return f"must be one of {', '.join(allowed)}, got {shown(error.get('input'))}{hint}"
    if kind == "int_from_float":  # pydantic's "got a number with a fractional part, got 0.5"
        return f"must be a whole number, got {shown(error.get('input'))}"  # (a maintainer, 34th)
    kind_words = KINDS.get(str(kind).removesuffix("_parsing").removesuffix("_type"))
    if kind_words is not None and str(kind).endswith(("_parsing", "_type")):
        return f"must be {kind_words}, got {shown(error.get('input'))}"
    message = str(error.get("msg", "invalid")).removeprefix("Value error, ")
    return f"{message}, got {shown(error.get('input'))}"


KINDS = {
    "float": "a number",
    "int": "a whole number",
    "string": 'a text in quotes ("...")',
    "list": 'a list, such as [ "..." ]',
    "dict": "a table, such as { ... }",
    "bool": "true or false",
}
"""Pydantic's kinds of value in a maintainer's words ("Input should be a valid list" said
neither what a list is nor how to write one: a maintainer, sixteenth session)."""


def second_look(
    raw: dict[str, Any], unknown: list[Loc], renames: dict[Loc, str], reported: list[str]
) -> list[str]:
    """The faults a table's type errors would otherwise hide, when every type error is an
    unknown field (`LR` for `lr`, `basys` for `basis`): the table is checked again as it was
    meant (a misspelt required field under its name, another unknown field left out), and what
    else is wrong (a lowered emergency sign, an unknown family) is listed with them, not after
    they are mended. Nothing when a type error of another kind remains."""
    import copy

    from pydantic import ValidationError

    from tspain.safety import contract_problems
    from tspain.table import RuleTable
    from tspain.table_checks import table_problems

    meant = copy.deepcopy(raw)
    try:
        for loc in unknown:
            parent: Any = meant
            for part in loc[:-1]:
                parent = parent[part]
            value = parent.pop(loc[-1])
            if loc in renames:
                parent[renames[loc]] = value
    except (KeyError, IndexError, TypeError, AttributeError):
        # A place pydantic names through a union's member (an advice line that is text or
        # { text, when }): not a path in the TOML to mend, so no second look.
        return []
    try:
        table = typed_as(RuleTable, meant)
    except ValidationError:
        return []
    seen = {p.split(": ")[0] for p in reported}
    more = [f"{p}: {m}" for p, m in table_problems(table) if p not in seen]
    return more + unless_misplaced(contract_problems(table), raw)


def unless_misplaced(problems: list[str], raw: dict[str, Any]) -> list[str]:
    """The problems less an id said to be missing that is in the table under a misspelt
    section (`[cause.shingles]`: "unknown field" is the fault, not a missing shingles)."""
    known = {f.name for f in fields(t.RuleTable)}
    strays = {k for key, v in raw.items() if key not in known and isinstance(v, dict) for k in v}
    return [
        p
        for p in problems
        if not (": missing:" in p and p.split(": ")[0].split(".")[-1].split(" ")[-1] in strays)
    ]
