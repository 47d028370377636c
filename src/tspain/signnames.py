"""Rule-table problems as a maintainer reads them: each warning sign named by its id."""

from __future__ import annotations

import re
from typing import Any


def signs_by_id(problems: list[str], raw: dict[str, Any]) -> list[str]:
    """Problems with each warning sign named by its id ("warning_signs.major_trauma.when"),
    not by its place in the file ("warning_signs[13].when"); a sign without an id keeps it."""
    signs = raw.get("warning_signs")
    ids = {
        i: sign["id"]
        for i, sign in enumerate(signs if isinstance(signs, list) else [])
        if isinstance(sign, dict) and isinstance(sign.get("id"), str)
    }

    def named(match: re.Match[str]) -> str:
        i = int(match.group(1))
        return f"warning_signs.{ids[i]}" if i in ids else match.group(0)

    return [re.sub(r"warning_signs\[(\d+)\]", named, p) for p in problems]
