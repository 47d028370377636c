"""Triage levels, least to most urgent, and how to compare them."""

from typing import Literal

Level = Literal["self_care", "routine", "urgent", "emergency"]

LEVELS: tuple[Level, ...] = ("self_care", "routine", "urgent", "emergency")
RANK: dict[str, int] = {level: i for i, level in enumerate(LEVELS)}
