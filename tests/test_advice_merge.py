"""Merging advice lines (issue 12, mutation testing): near-repeats are dropped, different advice
is kept, at the documented edge: 60% of the shorter line's words (without filler words such as
"the", "and", "when"; a plural counts as its singular)."""

from __future__ import annotations

import pytest

from tspain.engine import merge_advice, near_duplicates


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Take frequent breaks when sitting.", "Take frequent breaks from sitting", True),
        ("Do it", "do it ", True),  # only filler words: compared whole, any case
        ("Do it", "Do it now", False),
        ("Stretch daily", "Do it", False),  # one has words, the other none
        ("Do it", "Stretch daily", False),
        # 3 of the shorter line's 5 words: exactly 60%, the same
        ("alpha beta gamma delta epsilon", "alpha beta gamma zeta theta iota", True),
        # 2 of 4: 50%, different
        ("alpha beta gamma delta", "alpha beta zeta theta iota", False),
        ("Use ice packs", "use an ice pack", True),  # plurals and filler words
        ("Walk every day", "Sleep on your back", False),
    ],
)
def test_near_duplicates(a: str, b: str, same: bool) -> None:
    assert near_duplicates(a, b) is same
    assert near_duplicates(b, a) is same


def test_merge_keeps_the_first_wording_and_order() -> None:
    lines = [
        "Take frequent breaks when sitting.",
        "Walk every day.",
        "Take frequent breaks from sitting",
        "walk every day",
        "Sleep on a firm mattress.",
    ]
    assert merge_advice(lines) == [
        "Take frequent breaks when sitting.",
        "Walk every day.",
        "Sleep on a firm mattress.",
    ]
    assert merge_advice([]) == []
