"""Wheel build hook: the compiled rule table must be the one compiled from data/causes.toml.

tspain trusts its shipped table at run time without validating it again only when the TOML is
the text recorded in data/causes.json and the compiled table is bound to it by `digest` (a
SHA-256 over both; written by `python -m tspain.loading` after the table validated; the test
suite and `tspain validate` recompile and compare). A wheel that would ship a stale or edited
compiled form is refused here, so one can never reach a user. The build environment has no
pydantic, so this checks the hashes; it does not recompile."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def compiled_problem(data: Path) -> str | None:
    """Why data/causes.json cannot ship with data/causes.toml, or None."""
    table = (data / "causes.toml").read_bytes()
    try:
        compiled = json.loads((data / "causes.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        return f"data/causes.json cannot be read ({err})"
    if compiled.get("source_sha256") != hashlib.sha256(table).hexdigest():
        return "data/causes.json is stale"
    if compiled.get("source", "").encode("utf-8") != table:
        return "data/causes.json holds another TOML text"
    # The same formula as tspain.compiled_form.binding_digest (tests/test_table.py checks both
    # agree).
    canonical = json.dumps(compiled.get("table"), ensure_ascii=False, separators=(",", ":"))
    digest = hashlib.sha256(table + b"\n\x00" + canonical.encode("utf-8")).hexdigest()
    if compiled.get("digest") != digest:
        return "data/causes.json's table is not bound to data/causes.toml (edited after compiling?)"
    return None


class CompiledTableCheck(BuildHookInterface):  # type: ignore[misc]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        problem = compiled_problem(Path(self.root) / "data")
        if problem:
            raise RuntimeError(
                f"{problem}: run `python -m tspain.loading` (it validates data/causes.toml and "
                "compiles it), then build again"
            )
