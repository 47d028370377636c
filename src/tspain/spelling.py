"""Suggestions for mistyped names: the one place tspain says "did you mean ...?"."""

from __future__ import annotations

from collections.abc import Iterable


def near(name: str, known: Iterable[str], n: int = 1, cutoff: float = 0.6) -> list[str]:
    """The known names closest to a mistyped one (none if nothing is close), closest first."""
    import difflib

    return difflib.get_close_matches(name, list(known), n=n, cutoff=cutoff)
