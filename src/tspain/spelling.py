"""Suggestions for mistyped names: the one place tspain says "did you mean ...?"."""

from __future__ import annotations

from collections.abc import Iterable


def near(name: str, known: Iterable[str], n: int = 1, cutoff: float = 0.6) -> list[str]:
    """The known names closest to a mistyped one (none if nothing is close), closest first.
    Letter case does not count ("FEVER" is near "fever"): names are compared in lower case."""
    import difflib

    names = list(known)
    lower: dict[str, str] = {}
    for known_name in names:
        lower.setdefault(known_name.lower(), known_name)
    found = difflib.get_close_matches(name.lower(), list(lower), n=n, cutoff=cutoff)
    return [lower[f] for f in found]
