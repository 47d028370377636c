"""Finding, reading and validating a rule table file, with errors that name file, path and fault.

Validating takes pydantic and the TOML parser about 0.1 s, most of a command's start-up. So the
shipped table comes with a compiled form, `causes.json` beside it: the validated table as plain
JSON data, with the exact TOML text it was compiled from (and its SHA-256, for the wheel build
to check without parsing). At run time the shipped table is taken from it only if the TOML is
byte for byte the one that was validated; any other table
(an edited one, `--rules`, `TSPAIN_RULES`) is validated in full. Nothing is cached per user and
nothing loaded can run code: the compiled form is data, read with `json`.

`python -m tspain.loading` rewrites the compiled form after the shipped table is edited (the
tests fail until it is in step; the wheel build refuses a compiled form that is not).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

from tspain.paths import default_table_path
from tspain.table import (
    Cause,
    Conditional,
    Evidence,
    Family,
    Frequency,
    GeneralAdvice,
    LevelText,
    Question,
    RuleTable,
    WarningSign,
)
from tspain.table_checks import raw_condition_problems, raw_type_problems, table_problems

RULES_ENV = "TSPAIN_RULES"
COMPILED_FORMAT = 2
"""Bump when the shape of the compiled form changes: an older one is then ignored."""
MAX_TABLE_BYTES = 4 * 1024 * 1024
"""A rule table larger than this is refused unread (the shipped one is under 100 KB)."""


class TableError(Exception):
    """A rule table that cannot be used; `problems` holds one line per fault, all of them."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        super().__init__("\n".join(f"{path}: {p}" for p in problems))


def compiled_path(table: Path) -> Path:
    return table.with_suffix(".json")


def table_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """`--rules PATH` if given, else $TSPAIN_RULES, else the shipped table."""
    if explicit:
        return Path(explicit)
    env = os.environ.get(RULES_ENV)
    return Path(env) if env else default_table_path()


def _where(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def _what(error: dict[str, Any]) -> str:
    kind = error.get("type")
    if kind == "missing":
        return "missing (required)"
    if kind in ("extra_forbidden", "unexpected_keyword_argument"):
        return "unknown field (not part of the rule-table format)"
    message = str(error.get("msg", "invalid")).removeprefix("Value error, ")
    return f"{message}, got {error.get('input')!r}"


def validate(where: Path, raw: dict[str, Any]) -> RuleTable:
    """The table `raw` describes, or TableError listing every fault."""
    from pydantic import TypeAdapter, ValidationError

    typed = [f"{path}: {msg}" for path, msg in raw_type_problems(raw)]
    try:
        table = TypeAdapter(RuleTable).validate_python(raw)
    except ValidationError as err:
        problems = [f"{_where(e['loc'])}: {_what(dict(e))}" for e in err.errors()]
        problems += [
            p for p in typed if p.split(": ")[0] not in {q.split(": ")[0] for q in problems}
        ]
        try:  # with the questions intact, the conditions can be checked now too
            questions = TypeAdapter(dict[str, Question]).validate_python(raw.get("questions"))
        except ValidationError:
            questions = None
        if questions:
            reported = {p.split(": ")[0] for p in problems}
            problems += [
                f"{path}: {msg}"
                for path, msg in raw_condition_problems(questions, raw)
                if path not in reported
            ]
        raise TableError(where, problems) from None
    found = typed + [f"{p}: {msg}" for p, msg in table_problems(table)]
    if found:
        raise TableError(where, found)
    return table


def read_table_bytes(where: Path) -> bytes:
    """The file's bytes, or TableError: only a regular file, and not a huge one, is read."""
    try:
        info = where.stat()
    except FileNotFoundError:
        raise TableError(where, ["no such file"]) from None
    except OSError as err:
        raise TableError(where, [f"cannot read: {err.strerror}"]) from None
    if not stat.S_ISREG(info.st_mode):
        raise TableError(where, ["not a regular file"])
    if info.st_size > MAX_TABLE_BYTES:
        raise TableError(where, [f"larger than {MAX_TABLE_BYTES // 1024 // 1024} MB"])
    try:
        with where.open("rb") as handle:
            data = handle.read(MAX_TABLE_BYTES + 1)
    except OSError as err:
        raise TableError(where, [f"cannot read: {err.strerror}"]) from None
    if len(data) > MAX_TABLE_BYTES:
        raise TableError(where, [f"larger than {MAX_TABLE_BYTES // 1024 // 1024} MB"])
    return data


def parse_toml(where: Path, data: bytes) -> dict[str, Any]:
    import tomllib

    try:
        return tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError as err:
        raise TableError(where, [f"cannot read: not UTF-8 ({err.reason})"]) from None
    except tomllib.TOMLDecodeError as err:
        raise TableError(where, [f"TOML syntax error: {err}"]) from None
    except RecursionError:
        raise TableError(where, ["TOML nested too deeply"]) from None


def load_table(
    path: str | os.PathLike[str] | None = None, trust_compiled: bool = True
) -> RuleTable:
    """Read and validate a rule table (the shipped one from its compiled form when that was
    compiled from exactly these bytes, unless `trust_compiled` is off, as for `tspain
    validate`); TableError lists every fault."""
    where = table_path(path)
    data = read_table_bytes(where)
    if trust_compiled and where == default_table_path():
        compiled = _read_compiled(where, data)
        if compiled is not None:
            return compiled
    return validate(where, parse_toml(where, data))


def _read_compiled(where: Path, data: bytes) -> RuleTable | None:
    import json

    try:
        doc = json.loads(compiled_path(where).read_bytes())
        if doc.get("format") != COMPILED_FORMAT or doc.get("source", "").encode("utf-8") != data:
            return None
        return table_from_plain(doc["table"])
    except Exception:  # missing, stale or unreadable: validate the TOML instead
        return None


def table_from_plain(raw: dict[str, Any]) -> RuleTable:
    """The table from the plain data of a compiled form (already validated when compiled)."""
    return RuleTable(
        version=raw["version"],
        disclaimer=raw["disclaimer"],
        levels={k: LevelText(**v) for k, v in raw["levels"].items()},
        advice=GeneralAdvice(
            prevention=raw["advice"]["prevention"],
            relief=[_advice_line(x) for x in raw["advice"]["relief"]],
            see_a_doctor_if=[_advice_line(x) for x in raw["advice"]["see_a_doctor_if"]],
            sources=raw["advice"]["sources"],
        ),
        questions={k: Question(**v) for k, v in raw["questions"].items()},
        warning_signs=[WarningSign(**w) for w in raw["warning_signs"]],
        causes={
            k: Cause(
                **{
                    **c,
                    "evidence": [Evidence(**e) for e in c["evidence"]],
                    "frequencies": [Frequency(**f) for f in c.get("frequencies", [])],
                }
            )
            for k, c in raw["causes"].items()
        },
        families={k: Family(**v) for k, v in raw.get("families", {}).items()},
    )


def _advice_line(item: str | dict[str, Any]) -> str | Conditional:
    return Conditional(**item) if isinstance(item, dict) else item


def compiled_text(where: Path) -> str:
    """The compiled form of the table at `where`, validated now (TableError if it is not valid)."""
    import hashlib
    import json

    from tspain.assessment import as_json

    data = read_table_bytes(where)
    table = validate(where, parse_toml(where, data))
    doc = {
        "format": COMPILED_FORMAT,
        "source_sha256": hashlib.sha256(data).hexdigest(),
        "source": data.decode("utf-8"),
        "note": "Generated by `python -m tspain.loading` from causes.toml; do not edit.",
        "table": as_json(table),
    }
    return json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def main() -> None:
    """Validate the shipped table and rewrite its compiled form."""
    where = default_table_path()
    text = compiled_text(where)
    compiled_path(where).write_text(text, encoding="utf-8")
    print(f"{compiled_path(where)}: compiled from {where}")


if __name__ == "__main__":
    main()
