"""The interface texts the code asks to translate: the literal first argument of every `t(...)`
call in src/tspain, found by reading the source (not by running it)."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "tspain"


def _calls(tree: ast.AST) -> list[ast.Call]:
    """Every call in the tree, leaving out the mutated copies of functions that mutation
    testing (bench/mutation.sh) writes beside the originals (named `x_f__mutmut_N`)."""
    found: list[ast.Call] = []
    todo: list[ast.AST] = [tree]
    while todo:
        node = todo.pop()
        if (
            isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
            and "__mutmut_" in node.name
            and not node.name.endswith("__mutmut_orig")
        ):
            continue
        if isinstance(node, ast.Call):
            found.append(node)
        todo.extend(ast.iter_child_nodes(node))
    return found


def interface_messages() -> dict[str, str]:
    """English text -> where it is first used ("render.py:212")."""
    found: dict[str, str] = {}
    for path in sorted(SRC.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in sorted(_calls(tree), key=lambda n: n.lineno):
            # t("...") in the terminal layer, texts.t("...") where the language is a parameter
            named_t = (isinstance(node.func, ast.Name) and node.func.id == "t") or (
                isinstance(node.func, ast.Attribute)
                and node.func.attr == "t"
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "texts"
            )
            if named_t and node.args:
                first = node.args[0]
                assert isinstance(first, ast.Constant) and isinstance(first.value, str), (
                    f"{path.name}:{node.lineno}: t() needs a literal English text"
                )
                found.setdefault(first.value, f"{path.name}:{node.lineno}")
    return found
