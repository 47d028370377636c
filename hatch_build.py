"""Wheel build hook: the compiled rule table must be the one compiled from data/causes.toml.

tspain trusts its shipped table at run time without validating it again only when the TOML's
SHA-256 matches the one recorded in data/causes.json (written by `python -m tspain.loading`
after the table validated; the test suite checks it too). A wheel that would ship a stale
compiled form is refused here, so a stale one can never reach a user."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CompiledTableCheck(BuildHookInterface):  # type: ignore[misc]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        data = Path(self.root) / "data"
        table = (data / "causes.toml").read_bytes()
        compiled = json.loads((data / "causes.json").read_text(encoding="utf-8"))
        if compiled.get("source_sha256") != hashlib.sha256(table).hexdigest():
            raise RuntimeError(
                "data/causes.json is stale: run `python -m tspain.loading` (it validates "
                "data/causes.toml and compiles it), then build again"
            )
