"""What a stop at a warning-sign list keeps: the signs typed surely, those guessed and still
to be asked about, what was typed, and, after "q" at "Did you mean ...?", which items were never
answered. Used by `list_answers` and `session`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Collection

    from tspain.interview import Checklist
    from tspain.understand import Command


@dataclass
class Stopped:
    """ "q" typed at "Did you mean ...?": each sign typed is still asked about, then the list is
    kept and the questions end (it threw the list away: a tester, twenty-third session). And
    the items typed surely, kept for a result if the person stops (Ctrl-D) while one guessed is
    asked about: "8, I've got a rash on one side" then Ctrl-D at "Did you mean ...?" gave no
    advice at all (a tester, twenty-fourth session)."""

    command: Command | None = None
    sure: list[str] = field(default_factory=list)
    asking: tuple[str, str | None] | None = None
    """The item guessed from words whose "Did you mean ...?" is on the screen, and the words
    (None when they deny it): Ctrl-D there after "my chest feels heavy" said only "stopped,
    nothing saved" (a tester, thirty-first session)."""
    waiting: list[tuple[str, str | None]] = field(default_factory=list)
    """The items guessed from the same words still to be asked about, with their words: a stop
    at the first "Did you mean ...?" lost the fever queued behind injecting drugs (a tester)."""
    said: list[str] = field(default_factory=list)
    """What was typed at the list before its items were asked about: the signs of other lists
    it names are asked after the list, or said on a stop, even when every guess was a no ("my
    leg went numb", then no to both legs: the one-limb item was never asked, a tester)."""


def left_unknown(
    step: Checklist, stop: Stopped, kept: list[str], denied: Collection[str], unsure: list[str]
) -> list[str]:
    """The items not sure of; and after "q" at "Did you mean ...?" with no item kept, every item
    not said there: the list was never answered, and "my chest feels heavy", "q", "no" saved
    every emergency sign as "no" (a person at a terminal, thirty-ninth session). Items kept are
    the answer, as without "q" ("fever, rash", "q": the rest is no)."""
    if not stop.command or kept:
        return unsure
    return unsure + [q for q in step.questions if q not in {*denied, *unsure}]
