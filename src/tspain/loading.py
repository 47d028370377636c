"""Finding, reading and validating a rule table file, with errors that name file, path and fault."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

from pydantic import ValidationError

from tspain.table import RuleTable, table_problems

RULES_ENV = "TSPAIN_RULES"


class TableError(Exception):
    """A rule table that cannot be used; `problems` holds one line per fault, all of them."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        super().__init__("\n".join(f"{path}: {p}" for p in problems))


def default_table_path() -> Path:
    """The shipped table: inside the installed package, or at the top of a source checkout."""
    here = Path(__file__).resolve().parent
    packaged = here / "data" / "causes.toml"
    if packaged.is_file():
        return packaged
    return here.parent.parent / "data" / "causes.toml"


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


def _what(error: dict[str, object]) -> str:
    kind = error.get("type")
    if kind == "missing":
        return "missing (required)"
    if kind == "extra_forbidden":
        return "unknown field (not part of the rule-table format)"
    message = str(error.get("msg", "invalid")).removeprefix("Value error, ")
    return f"{message}, got {error.get('input')!r}"


def load_table(path: str | os.PathLike[str] | None = None) -> RuleTable:
    """Read and validate a rule table; raise TableError listing every fault."""
    where = table_path(path)
    try:
        raw = tomllib.loads(where.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise TableError(where, ["no such file"]) from None
    except (OSError, UnicodeDecodeError) as err:
        raise TableError(where, [f"cannot read: {err}"]) from None
    except tomllib.TOMLDecodeError as err:
        raise TableError(where, [f"TOML syntax error: {err}"]) from None
    try:
        table = RuleTable.model_validate(raw)
    except ValidationError as err:
        problems = [f"{_where(e['loc'])}: {_what(dict(e))}" for e in err.errors()]
        raise TableError(where, problems) from None
    found = table_problems(table)
    if found:
        raise TableError(where, [f"{p}: {msg}" for p, msg in found])
    return table
