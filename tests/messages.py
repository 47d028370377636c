"""The interface texts the code asks to translate: the literal first argument of every `t(...)`
call in src/tspain, found by reading the source (not by running it)."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "tspain"


def interface_messages() -> dict[str, str]:
    """English text -> where it is first used ("render.py:212")."""
    found: dict[str, str] = {}
    for path in sorted(SRC.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "t"
                and node.args
            ):
                first = node.args[0]
                assert isinstance(first, ast.Constant) and isinstance(first.value, str), (
                    f"{path.name}:{node.lineno}: t() needs a literal English text"
                )
                found.setdefault(first.value, f"{path.name}:{node.lineno}")
    return found
