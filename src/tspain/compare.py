"""Comparing two sessions (saved answer files or JSON reports): what changed in the answers,
the triage level and the ranking of causes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from tspain.assessment import CauseResult
from tspain.engine import assess
from tspain.i18n import ENGLISH_TEXTS, Catalogue, answer_label
from tspain.table import Answer, RuleTable

RANKED = 5
"""How many causes of each ranking are compared."""


@dataclass(frozen=True)
class ChangedAnswer:
    """One answer that changed. `old` and `new` are the words shown, in the chosen language;
    `old_value` and `new_value` are the answer as an answers file gives it (option id, true or
    false, a number; None for unknown), the same in every language: what a script reads."""

    question: str
    text: str
    old: str
    new: str
    old_value: Answer | None
    new_value: Answer | None


@dataclass(frozen=True)
class LevelChange:
    old: str
    new: str
    action: str = ""
    """What to do now, as the later answers' result says it: a new EMERGENCY was shown with
    no word of calling an ambulance (a scripter, thirty-fifth session)."""

    @property
    def changed(self) -> bool:
        return self.old != self.new


@dataclass(frozen=True)
class Ranked:
    id: str
    probability: float
    name: str = ""
    """The cause's name in the chosen language (what the text output shows; a script reads
    the id)."""
    serious: bool = False
    """A cause not to be missed: the text output names it without a figure, as a result does
    ("cannot be ruled out at home", never a reassuring 2%)."""


@dataclass(frozen=True)
class RankingChange:
    old: list[Ranked]
    new: list[Ranked]


@dataclass(frozen=True)
class Comparison:
    """What `tspain compare` prints; its JSON shape is `{answers, triage, ranking,
    must_not_miss, disclaimer}`, each answer `{question, text, old, new, old_value,
    new_value}`, the triage `{old, new, action}`."""

    answers: list[ChangedAnswer]
    triage: LevelChange
    ranking: RankingChange
    must_not_miss: RankingChange
    """The serious causes each result says cannot be ruled out at home: a man's heart attack,
    raised to urgent, was on neither ranking (a scripter, twenty-eighth session)."""
    disclaimer: str = ""
    """That tspain is not a diagnosis, as every result says it."""


def compare_answers(
    table: RuleTable,
    before: Mapping[str, Answer],
    after: Mapping[str, Answer],
    texts: Catalogue = ENGLISH_TEXTS,
) -> Comparison:
    """What changed between two answer sets: answers, triage level, ranking."""
    old, new = assess(table, before, texts), assess(table, after, texts)
    unknown = texts.t("unknown")
    changed = [
        ChangedAnswer(
            question=qid,
            text=q.text,
            old=answer_label(q, before.get(qid), texts) if qid in before else unknown,
            new=answer_label(q, after.get(qid), texts) if qid in after else unknown,
            old_value=before.get(qid),
            new_value=after.get(qid),
        )
        for qid, q in table.questions.items()
        if before.get(qid) != after.get(qid)
    ]
    return Comparison(
        answers=changed,
        triage=LevelChange(old.triage.level, new.triage.level, new.triage.action),
        ranking=RankingChange(
            old=[_ranked(table, c) for c in old.causes[:RANKED]],
            new=[_ranked(table, c) for c in new.causes[:RANKED]],
        ),
        must_not_miss=RankingChange(
            old=[_ranked(table, c) for c in old.must_not_miss],
            new=[_ranked(table, c) for c in new.must_not_miss],
        ),
        disclaimer=new.disclaimer,
    )


def _ranked(table: RuleTable, cause: CauseResult) -> Ranked:
    return Ranked(cause.id, cause.probability, cause.name, table.causes[cause.id].serious)
