"""Triage levels, least to most urgent, and how to compare them."""

from typing import Literal

Level = Literal["self_care", "routine", "urgent", "emergency"]

LEVELS: tuple[Level, ...] = ("self_care", "routine", "urgent", "emergency")
RANK: dict[str, int] = {level: i for i, level in enumerate(LEVELS)}


def most_urgent(a: Level, b: Level) -> Level:
    """The more urgent of two levels."""
    return a if RANK[a] >= RANK[b] else b
