"""A result's sections, how many lines each takes on screen, and cutting a result to a screen's
height (`fit`): the likely causes and advice give way first, every emergency sign stays named.
`layout.py` builds the sections; `render.py` and `report.py` show them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal

from tspain.i18n import t
from tspain.wording import lower_first

if TYPE_CHECKING:
    from tspain.assessment import CauseResult

Kind = Literal["action", "bullets", "causes", "note", "recap"]


@dataclass
class Section:
    key: str
    """A stable name: action, why, while_waiting, must_not_miss, not_ruled_out, likely,
    tell_the_doctor, self_care, prevention, see_a_doctor_if, disclaimer, recap."""
    title: str
    kind: Kind
    items: Sequence[str] = ()
    causes: Sequence[CauseResult] = ()
    """For `likely`: the causes with their figures (items hold why each matched)."""
    groups: Sequence[tuple[str, Sequence[str]]] = ()
    """For `not_ruled_out`: each group's heading and signs (items hold them joined)."""
    after: str = ""
    """For `likely`: a sentence after the causes (`shown_causes.likeliest_left_off`)."""


def group(head: str, shorts: Sequence[str], keep: int | None = None) -> str:
    """A group of signs in one item: "Urgent signs (...): fever ...; a rash ...". With `keep`,
    only the first ones, how many more and where they all are (a Spanish screen named 8 of 19
    urgent signs, and the painful rash of shingles was not among them: a GP's review)."""
    shown = [lower_first(s) for s in shorts[:keep]]
    more = len(shorts) - len(shown)
    tail = t("; and {n} more (a saved report lists them all)", n=more) if more else ""
    return head + "; ".join(shown) + tail + "."


GIVE_WAY = ("prevention", "self_care", "see_a_doctor_if", "likely")
"""What gives way when a result is too long, first first (never action, why or the signs).
When to see a doctor, the safety net, stays longer than what helps: it went before the
painkillers (a tester of older people, thirty-third session)."""


def fit(out: list[Section], width: int, limit: int) -> list[Section]:
    """The sections, less those that give way (in `GIVE_WAY` order) until the result fits
    `limit` lines at `width` columns; a note then names what more answers would bring (never
    what is still shown). If that is not enough, the disclaimer is cut to its first sentence
    (and the note joins it), then the urgent signs not ruled out are named in part ("and 6
    more"). Every emergency sign stays named."""
    dropped: set[str] = set()
    for key in GIVE_WAY:
        if height(out, width) <= limit:
            break
        kept = [s for s in out if s.key != key or s.kind == "note"]
        if len(kept) < len(out):
            dropped.add(key)
        out = kept
    if dropped:
        if "likely" in dropped and "see_a_doctor_if" in dropped:  # all of it (a code reviewer)
            rest = t(
                "Left out to fit: the likely causes, what helps and when to see a doctor. A saved "
                "report has them."
            )
        elif "likely" in dropped:
            rest = t("Left out to fit: the likely causes and what helps. A saved report has them.")
        elif "see_a_doctor_if" in dropped:
            rest = t(
                "Left out to fit: what helps, how to prevent it and when to see a doctor. A "
                "saved report has them."
            )
        elif "self_care" in dropped:
            rest = t("Left out to fit: what helps and how to prevent it. A saved report has them.")
        else:
            rest = t("Left out to fit: how to prevent it. A saved report has it.")
        out.insert(-2, Section("more", "", "note", [rest]))
    if height(out, width) > limit:
        out = [_first_sentence(s) if s.key == "disclaimer" else s for s in out]
    if height(out, width) > limit and dropped:  # the note on what was left out joins it
        more = next(s.items[0] for s in out if s.key == "more")
        out = [
            replace(s, items=[f"{s.items[0]} {more}"]) if s.key == "disclaimer" else s
            for s in out
            if s.key != "more"
        ]
    return _fewer_urgent_signs(out, width, limit)


def _first_sentence(section: Section) -> Section:
    first = section.items[0].split(". ")[0].rstrip(".") + "."
    return Section(section.key, section.title, section.kind, [first])


def _fewer_urgent_signs(out: list[Section], width: int, limit: int) -> list[Section]:
    """The last group of signs (the urgent ones, after the emergency ones) named in part, as
    many as fit."""
    at = next((i for i, s in enumerate(out) if s.key == "not_ruled_out" and s.groups), None)
    if at is None or len(out[at].groups) < 2:
        return out
    section = out[at]
    head, shorts = section.groups[-1]
    for keep in range(len(shorts) - 1, 0, -1):
        if height(out, width) <= limit:
            break
        items = [*section.items[:-1], group(head, shorts, keep)]
        out = [*out[:at], replace(section, items=items), *out[at + 1 :]]
    return out


def height(out: list[Section], width: int) -> int:
    """How many lines the screen (`render.result`) takes for these sections."""
    import textwrap

    def wrapped(text: str, indent: int) -> int:
        return len(textwrap.wrap(text, max(width - 1 - indent, 8), break_on_hyphens=False)) or 1

    lines = 0
    for section in out:
        if section.kind == "action":
            lines += 1 + 3 + wrapped(section.items[0], 3)
            continue
        if section.title:
            lines += 1 + wrapped(section.title, 0)
        if section.kind == "bullets":
            lines += sum(wrapped(item, 4) for item in section.items)
        elif section.kind == "causes":
            lines += sum(1 + wrapped(why, 11) for why in section.items)
            lines += wrapped(section.after, 2) if section.after else 0
        elif section.kind == "note":
            lines += 1 + wrapped(section.items[0], 0)
        else:
            lines += wrapped(section.items[0], 0)
    return lines
