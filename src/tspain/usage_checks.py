"""Parts of a well-typed table that do nothing or say nothing new: a question no rule reads
(asked, or listed by `tspain questions`, for nothing), and a cause that is another cause
under a new name (its likelihood split in two lines that read the same)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from tspain.table import Conditional, RuleTable, condition_questions

Problems = list[tuple[str, str]]


def usage_problems(table: RuleTable) -> Problems:
    problems: Problems = []
    read = set(_questions_read(table))
    for qid in table.questions:
        if qid not in read:
            problems.append(
                (
                    f"questions.{qid}",
                    "no warning sign, evidence row, frequency or advice reads it: it would be "
                    "asked for nothing (use it in a rule, or take it out)",
                )
            )
    seen: dict[object, str] = {}
    for cid, cause in table.causes.items():
        numbers = (
            cause.prior,
            tuple((repr(e.when), e.lr) for e in cause.evidence),
            tuple((repr(f.when), f.p) for f in cause.frequencies),
        )
        if numbers in seen:
            problems.append(
                (
                    f"causes.{cid}",
                    f"the same prior, rows and frequencies as causes.{seen[numbers]}: one cause "
                    "under two names splits its likelihood in two lines",
                )
            )
        seen.setdefault(numbers, cid)
    return problems


def _questions_read(table: RuleTable) -> Iterator[str]:
    conditions: list[dict[str, Any]] = []
    for sign in table.warning_signs:
        conditions += [sign.when, *([sign.unless] if sign.unless else [])]
    for cause in table.causes.values():
        conditions += [e.when for e in cause.evidence] + [f.when for f in cause.frequencies]
        lines = (*cause.self_care, *cause.see_a_doctor_if, *cause.meanwhile)
        conditions += [c for line in lines for c in _of(line)]
    for line in (*table.advice.relief, *table.advice.see_a_doctor_if):
        conditions += _of(line)
    for question in table.questions.values():
        conditions += [question.yes_means] if question.yes_means else []
    for when in conditions:
        yield from condition_questions(when)


def _of(line: object) -> list[dict[str, Any]]:
    if not isinstance(line, Conditional):
        return []
    return [line.when, *([line.unless] if line.unless else [])]


_UNREAD = ": no warning sign, evidence row"
_UNKNOWN = r"unknown (question|cause) '([a-z0-9_]+)' \(did you mean '([a-z0-9_]+)'\?\)"


def renamed_ids(problems: list[str]) -> list[str]:
    """The problems with a header's id misspelt said once, at that header: `[questions.cuogh]`
    for `[questions.cough]` gave "unknown question 'cough' (did you mean 'cuogh'?)" at every
    rule that reads it, telling the maintainer to spread the typo, and `[causes.aortic_disection]`
    gave seven lines (a maintainer-tester, twenty-fifth session). An id every rule names alike,
    not in the table, beside the one id they are told to mean, which nothing reads or which was
    itself new, is that id renamed."""
    import re

    pairs: dict[tuple[str, str, str], int] = {}
    for problem in problems:
        if m := re.search(_UNKNOWN, problem):
            found = (m.group(1), m.group(2), m.group(3))
            pairs[found] = pairs.get(found, 0) + 1
    out = problems
    for (kind, read, near), times in pairs.items():
        section = f"{kind}s"
        unread = [m.group(1) for p in problems if (m := re.match(rf"{section}\.(\w+){_UNREAD}", p))]
        # the id nothing reads, before the one spelt nearest: [questions.chest_pain] for
        # chest_pain_or_pressure was said to be high_blood_pressure renamed (a scripter, 29th)
        meant = near if near in unread or len(unread) != 1 else unread[0]
        unused = f"{section}.{meant}{_UNREAD}"
        missing = (f"{section}.{read}: missing:", f"{section}.{meant}: was [{section}.{read}]")
        if not any(p.startswith((unused, *missing)) for p in problems):
            continue  # the rule's own typo, of an id in use: said where it is
        out = [
            p
            for p in out
            if not p.startswith((unused, *missing))
            and f"unknown {kind} '{read}' (did you mean '{near}'?)" not in p
        ]
        rules = "a rule reads" if times == 1 else f"{times} rules read"
        out.append(
            f"{section}.{meant}: {rules} '{read}', which is not in the table: was "
            f"[{section}.{read}] renamed [{section}.{meant}] here? An id is never renamed "
            "(docs/interface.md): give it back its name"
        )
    return out
