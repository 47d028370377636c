"""The texts of a rule table a person reads: which fields hold them (not citations, ids or
conditions), a walk that rebuilds a table with each of them changed (a translation), and the
list of them (what a catalogue must translate, what the contract reads for a dose)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tspain.table import RuleTable

TEXT_FIELDS = frozenset(
    {
        "disclaimer", "label", "action", "recap", "while_waiting", "prevention", "relief",
        "see_a_doctor_if", "text", "why", "says", "short", "options", "picture", "message",
        "name", "description", "self_care", "meanwhile", "about", "call",
    }
)  # fmt: skip
"""Fields of the rule table a person reads. Citations (`source`, `sources`, `basis`) and ids
stay as written: a reference is cited in its own language."""
CONDITION_FIELDS = frozenset({"when", "unless"})
"""Fields that hold conditions, read by the engine, not by a person: inside an advice line (a
text field) too, an option id such as "minor" stays as written, or the line's condition would
test an answer no one can give (a maintainer, sixteenth session). A combined condition's
`about`, which a person reads, is translated wherever it stands."""


def walk(value: Any, change: Any, reading: bool) -> Any:
    """Rebuild `value` with `change` applied to each readable string in it (`reading`: inside a
    text field). Dataclasses are copied, never changed in place."""
    if isinstance(value, str):
        return change(value) if reading else value
    if isinstance(value, list):
        return [walk(v, change, reading) for v in value]
    if isinstance(value, dict):
        return {k: walk(v, change, reading) for k, v in value.items()}
    fields = getattr(value, "__dataclass_fields__", None)
    if fields is None:
        return value
    copy = object.__new__(type(value))
    for name in fields:
        item = getattr(value, name)
        inside = (reading or name in TEXT_FIELDS) and name not in CONDITION_FIELDS
        object.__setattr__(copy, name, walk(item, change, inside))
    return copy


def table_texts(table: RuleTable) -> list[str]:
    """Every text of the rule table a person reads, once each, in table order (read as `walk`
    reads them, without rebuilding the table: the safety contract lists them at each check)."""
    seen: dict[str, None] = {}

    def visit(value: Any, reading: bool) -> None:
        if isinstance(value, str):
            if reading:
                seen.setdefault(value, None)
        elif isinstance(value, list | dict):
            for item in value.values() if isinstance(value, dict) else value:
                visit(item, reading)
        else:
            for name in getattr(value, "__dataclass_fields__", ()):
                inside = (reading or name in TEXT_FIELDS) and name not in CONDITION_FIELDS
                visit(getattr(value, name), inside)

    visit(table, False)
    return list(seen)
