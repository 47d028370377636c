"""Finding, reading and validating a rule table file, with errors that name file, path and fault.

Validating takes pydantic and the TOML parser about 0.1 s, most of a command's start-up. So a
table that validated is kept, as the objects it became, in a private cache
(`$XDG_CACHE_HOME/tspain`, or `~/.cache/tspain`; `TSPAIN_CACHE_DIR` to move it, `off` to turn
it off), keyed by a hash of the table's bytes and of the code that reads it: any edit to the
table, or a new tspain, validates afresh. The cache holds only the rule table, never answers.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from pathlib import Path
from typing import Any

from tspain import __version__
from tspain.table import Question, RuleTable, raw_condition_problems, table_problems

RULES_ENV = "TSPAIN_RULES"
CACHE_ENV = "TSPAIN_CACHE_DIR"


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

    try:
        table = TypeAdapter(RuleTable).validate_python(raw)
    except ValidationError as err:
        problems = [f"{_where(e['loc'])}: {_what(dict(e))}" for e in err.errors()]
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
    found = table_problems(table)
    if found:
        raise TableError(where, [f"{p}: {msg}" for p, msg in found])
    return table


def load_table(path: str | os.PathLike[str] | None = None, use_cache: bool = True) -> RuleTable:
    """Read and validate a rule table (or take it from the cache); TableError lists faults."""
    where = table_path(path)
    try:
        data = where.read_bytes()
    except FileNotFoundError:
        raise TableError(where, ["no such file"]) from None
    except OSError as err:
        raise TableError(where, [f"cannot read: {err.strerror}"]) from None
    cache = _cache_file(data) if use_cache else None
    if cache is not None:
        cached = _read_cache(cache)
        if cached is not None:
            return cached
    import tomllib

    try:
        raw = tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError as err:
        raise TableError(where, [f"cannot read: not UTF-8 ({err.reason})"]) from None
    except tomllib.TOMLDecodeError as err:
        raise TableError(where, [f"TOML syntax error: {err}"]) from None
    table = validate(where, raw)
    if cache is not None:
        _write_cache(cache, table)
    return table


def _cache_dir() -> Path | None:
    setting = os.environ.get(CACHE_ENV)
    if setting:
        return None if setting == "off" else Path(setting)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "tspain"


def _cache_file(data: bytes) -> Path | None:
    folder = _cache_dir()
    if folder is None:
        return None
    key = hashlib.sha256(data)
    key.update(f"{__version__} {sys.version}".encode())
    key.update(Path(__file__).with_name("table.py").read_bytes())
    return folder / f"table-{key.hexdigest()[:32]}.pickle"


def _read_cache(cache: Path) -> RuleTable | None:
    try:
        with cache.open("rb") as handle:
            table = pickle.load(handle)  # our own private file, written below
    except Exception:  # missing, unreadable or stale: validate afresh
        return None
    return table if isinstance(table, RuleTable) else None


def _write_cache(cache: Path, table: RuleTable) -> None:
    try:
        cache.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(table, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, cache)
    except OSError:
        pass  # a cache that cannot be written only costs time
