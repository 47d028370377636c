"""Reading what a person types at a question until it parses: the hint after each miss, and
the list drawn again when the words matched nothing on it. The terminal is `read`'s."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from tspain import screens
from tspain.i18n import t
from tspain.limits import TYPED_MAX
from tspain.understand import Invalid, NotOnList

if TYPE_CHECKING:
    from rich.console import Console

Read = Callable[[str], str]
"""What asks for a line: the prompt in, what was typed out."""
T = TypeVar("T")


def read_valid(
    out: Console, read: Read, parse: Callable[[str], T], again: Callable[[], None] | None = None
) -> tuple[str, T]:
    """Read until what is typed parses, showing the hint after each miss (after the list
    again, when the words matched nothing on it). Returns what was typed and what it means."""
    while True:
        typed = read("> ")
        if len(typed) > TYPED_MAX:
            screens.hint(out, t("That is too long for an answer: type a number or a few words."))
            continue
        try:
            return typed, parse(typed)
        except NotOnList as err:
            if again is not None:
                again()
            screens.hint(out, str(err))
        except Invalid as err:
            screens.hint(out, str(err))
