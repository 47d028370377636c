"""The advice a result gives, per level (issue 9): none at an emergency (only what to do while
waiting); at urgent, only what is safe until seen for the causes shown (a shingles rash); at
routine and self-care, the leading causes' advice merged with the article's general tips.
Conditional advice ("after an injury ...") only when the answers match.

Lines that say the same thing are merged by their English source, so that a result in any
language has exactly the English result's lines, translated.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tspain.conditions import Answers, compile_condition, holds
from tspain.i18n import ENGLISH_TEXTS
from tspain.levels import RANK, Level

if TYPE_CHECKING:
    from tspain.i18n import Catalogue
    from tspain.table import Advice, RuleTable


@dataclass(frozen=True)
class AdviceLists:
    self_care: tuple[str, ...]
    prevention: tuple[str, ...]
    see_a_doctor_if: tuple[str, ...]
    while_waiting: tuple[str, ...]


def advice_for(
    table: RuleTable,
    level: Level,
    leading: list[str],
    serious: list[str],
    answers: Answers,
    safety_net: list[str],
    texts: Catalogue,
    watch: list[str] | None = None,
) -> AdviceLists:
    """The advice for a result at `level` whose leading causes are `leading` and whose first
    must-not-miss causes are `serious`; `safety_net`: lines from routine signs left unknown;
    `watch`: serious causes shown among the likely lines, whose "see a doctor if" lines join."""
    waiting = list(table.levels[level].while_waiting)
    if level == "emergency":
        return AdviceLists((), (), (), merge_advice(waiting, texts, warnings=True))
    if level == "urgent":
        shown = list(dict.fromkeys([*serious, *leading]))
        waiting += [s for cid in shown for s in _matching(table.causes[cid].meanwhile, answers)]
        return AdviceLists((), (), (), merge_advice(waiting, texts, warnings=True))
    causes = [table.causes[cid] for cid in leading]
    # A serious cause not ruled out at home: what is safe until seen (the causes' `meanwhile`,
    # as at urgent) and the general relief, not the likely causes' exercise and heat, and each
    # serious cause's own "see a doctor if" (a man of 58 with diabetes whose spinal abscess
    # could not be ruled out read "Gentle back-strengthening ..." and "Heat": a clinical
    # reviewer, thirty-fifth session)
    watch = list(dict.fromkeys([*serious, *(watch or ())]))
    own = [c.meanwhile if watch else c.self_care for c in causes]  # a serious cause shown among
    # the likely lines too (a clot at 1% beside a hidden strain's heat: a second review, 35th)
    self_care = [s for lines in own for s in _matching(lines, answers)]
    self_care += _matching(table.advice.relief, answers)
    prevention = table.advice.prevention + [p for c in causes for p in c.prevention]
    # nor a self-care cause's own "see a doctor if", a home plan's ("not better after 2 to 6
    # weeks of better posture and exercise" beside a heart attack not ruled out: a clinical
    # reviewer, thirty-sixth session); another cause's keeps its warnings (a disc's bladder)
    home = [c for c in causes if not (watch and c.care == "self_care")]
    doctor = [d for c in home for d in _matching(c.see_a_doctor_if, answers)]
    doctor += [d for cid in watch for d in _matching(table.causes[cid].see_a_doctor_if, answers)]
    doctor += _matching(table.advice.see_a_doctor_if, answers)
    if RANK[level] <= RANK["routine"]:
        doctor += safety_net
    return AdviceLists(
        merge_advice(self_care, texts),
        merge_advice(prevention, texts),
        merge_advice(doctor, texts, warnings=True),
        merge_advice(waiting, texts, warnings=True),
    )


def advice_text(item: Advice) -> str:
    """A line of advice as written, whatever its condition (a cause shown in full)."""
    return item if isinstance(item, str) else item.text


def _matching(items: Iterable[Advice], answers: Answers) -> list[str]:
    out = []
    for item in items:
        if isinstance(item, str):
            out.append(item)
        elif (not item.when or holds(compile_condition(item.when), answers)) and not (
            item.unless and holds(compile_condition(item.unless), answers)
        ):
            out.append(item.text)
    return out


_STOP_WORDS = frozenset(
    {
        *("a", "an", "and", "at", "all", "as", "be", "by", "do", "for", "from", "if", "in"),
        *("is", "it", "of", "on", "or", "the", "to", "up", "when", "with", "you", "your"),
        *("times", "time", "needed"),
    }
)
"""English words that do not make two lines of advice say the same thing."""


@functools.lru_cache(maxsize=1024)
def _words(text: str) -> frozenset[str]:
    words = "".join(ch if ch.isalnum() else " " for ch in text.lower()).split()
    return frozenset(w.rstrip("s") if len(w) > 3 else w for w in words if w not in _STOP_WORDS)


def near_duplicates(a: str, b: str) -> bool:
    """Two lines of English advice that say the same ("Take frequent breaks when sitting" and
    "Take frequent breaks from sitting"): most of the shorter one's words are in the other."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return a.strip().lower() == b.strip().lower()
    return len(wa & wb) / min(len(wa), len(wb)) >= 0.6


def adds_nothing(a: str, b: str) -> bool:
    """Whether line `a` of English advice says nothing that line `b` does not: every word of
    it is in `b` (filler words such as "the", "when" left out, a plural read as its singular).
    A warning is merged only so: "sharp pain on breathing with a cough or fever (today)"
    shares most words with "sudden breathlessness, coughing blood, or sharp pain on
    breathing: call an ambulance" but does not say to call for coughing blood (a clinical
    reviewer, sixteenth session: `near_duplicates` had made the two one line)."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return a.strip().lower() == b.strip().lower()
    return wa <= wb


ESCALATING = ("ambulance", "today", "A&E", "emergency")
"""Words of a warning that sends a person on the same day or sooner: such a line is merged only
into one that says all it says."""


def _escalates(line: str) -> bool:
    return any(word in line for word in ESCALATING)


def _says(line: str, kept: str, warnings: bool) -> bool:
    """Whether a kept line already says `line`."""
    if warnings and (_escalates(line) or _escalates(kept)):
        return adds_nothing(line, kept)
    return near_duplicates(line, kept)


def merge_advice(
    items: Iterable[str], texts: Catalogue = ENGLISH_TEXTS, warnings: bool = False
) -> tuple[str, ...]:
    """One list in the order first given, without repeats. Tips are merged when they say
    nearly the same (`near_duplicates`; the first wording is kept), and so are `warnings` (when
    to see a doctor, what to do while waiting) that send no one the same day ("not better in 2
    weeks", three ways, was three lines); a warning that does (`ESCALATING`) only when one line
    says all the other does (`adds_nothing`), the fuller taking the first one's place. Lines are
    compared by their English source (`texts.english_of`), so every language merges alike."""
    english = texts.english_of
    kept: list[tuple[str, str]] = []
    for item in items:
        source = english.get(item, item)
        if any(_says(source, k, warnings) for _, k in kept):
            continue
        covered = [
            i
            for i, (_, k) in enumerate(kept)
            if warnings and (_escalates(k) or _escalates(source)) and adds_nothing(k, source)
        ]
        if covered:
            kept[covered[0]] = (item, source)
            kept = [k for i, k in enumerate(kept) if i not in covered[1:]]
        else:
            kept.append((item, source))
    return tuple(item for item, _ in kept)
