"""Triage levels, least to most urgent, and how to compare them."""

from collections.abc import Iterable, Mapping
from typing import Literal

Level = Literal["self_care", "routine", "urgent", "emergency"]
SignLevel = Literal["routine", "urgent", "emergency"]
"""The levels a warning sign or a checklist can raise a result to: self-care is where a result
starts, so a sign "at self-care" would say a person needs nothing (a maintainer wrote one)."""

LEVELS: tuple[Level, ...] = ("self_care", "routine", "urgent", "emergency")
RANK: dict[str, int] = {level: i for i, level in enumerate(LEVELS)}


def pressing(care: Level, signs: Iterable[str], sign_levels: Mapping[str, Level]) -> Level:
    """How urgent a serious cause is now: its care level, or the level of a warning sign that
    holds and names it (`signs`, by id), whichever is higher. A growth squeezing the cord is
    urgent care, but with new leg weakness it is the emergency the person is calling about."""
    return max([care, *(sign_levels[s] for s in signs)], key=RANK.__getitem__)
