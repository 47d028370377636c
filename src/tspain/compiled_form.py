"""The shipped table's compiled form, `causes.json` beside `causes.toml`: the validated table
as plain JSON data with the TOML it was compiled from, bound to it by a digest; read at run time
only while it holds those TOML bytes and its digest matches (`tspain.loading` compiles it, and
reads the TOML whenever this gives nothing)."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from tspain.table import (
    ADVICE_LINES,
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

COMPILED_FORMAT = 3
"""Bump when the shape of the compiled form changes: an older one is then ignored."""


def binding_digest(source: bytes, table: Any) -> str:
    """The SHA-256 that ties a compiled table to the TOML it was compiled from: over the TOML's
    bytes and the compiled table's compact JSON together, so that editing either one alone
    (a warning sign's level in causes.json, say) breaks it. Its keys in their own order: the
    questions' order is the order they are asked in, so a reordered form is another table.
    hatch_build.py computes the same."""
    import hashlib
    import json

    canonical = json.dumps(table, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(source + b"\n\x00" + canonical.encode("utf-8")).hexdigest()


def compiled_path(table: Path) -> Path:
    return table.with_suffix(".json")


def unbumped(where: Path, data: bytes, version: str) -> str | None:
    """For the shipped table at `where` edited since its compiled form was made (`data`, its
    bytes, no longer those compiled), what is wrong with its version: its results would name
    the compiled table's version. Nothing when the compiled form is not a genuine one (its
    digest does not bind its TOML and table: it was edited, and the TOML is simply used)."""
    import json

    try:
        doc = json.loads(compiled_path(where).read_bytes())
        bound = binding_digest(str(doc["source"]).encode("utf-8"), doc["table"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return (
        version_problem(where, version, data.decode("utf-8"))
        if doc.get("digest") == bound
        else None
    )


def read_compiled(where: Path, data: bytes) -> tuple[RuleTable, str | None] | None:
    """The compiled table, with the fingerprint of the safety contract it was checked against
    when compiled (`CONTRACT_CHECKED`; None if it was not), or None: validate the TOML."""
    try:
        compiled = compiled_path(where).read_bytes()
    except OSError:
        return None  # missing or unreadable: validate the TOML instead
    return _from_compiled(compiled, data)


@functools.lru_cache(maxsize=4)
def _from_compiled(compiled: bytes, data: bytes) -> tuple[RuleTable, str | None] | None:
    """`read_compiled` of these very bytes, made once for each a process reads: the table is
    never changed once made, and a test run read the same files some 1,500 times (7 ms each,
    a tenth of the default run)."""
    import json

    try:
        doc = json.loads(compiled)
        if doc.get("format") != COMPILED_FORMAT or doc.get("source", "").encode("utf-8") != data:
            return None
        if doc.get("digest") != binding_digest(data, doc["table"]):
            return None  # the table part was edited after compiling: not what the TOML says
        checked = doc["table"].get(CONTRACT_CHECKED)
        return table_from_plain(doc["table"]), checked if isinstance(checked, str) else None
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None  # missing, unreadable or not the shape compiled: validate the TOML instead


CONTRACT_CHECKED = "contract_checked"
"""The compiled table's key for the fingerprint of the safety contract's code it passed when
compiled (`safety.contract_fingerprint`), inside the digest: while the code is the same, a
run need not check the contract again (15 ms of every command's start)."""


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
        causes={k: _cause(c) for k, c in raw["causes"].items()},
        families={k: Family(**v) for k, v in raw.get("families", {}).items()},
    )


def _cause(c: dict[str, Any]) -> Cause:
    lines = {k: [_advice_line(x) for x in c.get(k, [])] for k in ADVICE_LINES}
    rows = {
        "evidence": [Evidence(**e) for e in c["evidence"]],
        "frequencies": [Frequency(**f) for f in c.get("frequencies", [])],
    }
    return Cause(**{**c, **lines, **rows})


def _advice_line(item: str | dict[str, Any]) -> str | Conditional:
    return Conditional(**item) if isinstance(item, dict) else item


def dated_after_today(version: str) -> str:
    """Said of a version dated after today: every correctly dated version after it was then
    refused as older (a maintainer-tester, thirty-fourth session)."""
    return (
        f"version: {version} is dated after today: give it the edit's date, then a number "
        "(a later edit's version would be refused as older than it)"
    )


def after_today(version: str) -> bool:
    """Whether a version's date (YYYY.MM.DD.N) is later than tomorrow, by this machine's clock."""
    import datetime

    try:
        year, month, day = (int(p) for p in version.split(".")[:3])
        dated = datetime.date(year, month, day)
    except ValueError:
        return False  # said by the table's own check
    return dated > datetime.date.today() + datetime.timedelta(days=1)


def version_problem(where: Path, version: str, source: str) -> str | None:
    """What is wrong with the version of a table (`source`, its TOML) against the compiled form
    beside it: unchanged though the table changed (a result's `rules_version` would name two
    tables: a maintainer changed one `lr` and compiled, or ran it uncompiled), or older
    (sixteenth session). None when there is nothing to compare or nothing wrong."""
    import json

    try:
        before = json.loads(compiled_path(where).read_text(encoding="utf-8"))
        old = str(before["table"]["version"])
        changed = before["source"] != source
        newer = [int(p) for p in version.split(".")] >= [int(p) for p in old.split(".")]
    except (OSError, ValueError, KeyError, TypeError):
        return None  # no readable compiled form: nothing to compare
    if changed and version == old:
        return (
            f"version: the table changed since {version} was compiled: give it a new version "
            "(the edit's date, then a number), then run `python -m tspain.loading`"
        )
    if changed and after_today(version):
        return dated_after_today(version)
    if changed and not newer:
        return (
            f"version: {version} is older than {old}, the version last compiled (an edit undone "
            f"with git? restore {compiled_path(where).name} beside it too, or give a newer version)"
        )
    return None
