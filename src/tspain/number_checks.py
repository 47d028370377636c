"""Checking a rule table's numbers as the engine reads them (`differential.py`): a number it
would not use as its author meant it (bounded, overridden, counted twice, or meaningless) is
refused, never used silently. Each fault is a (table path, what is wrong) pair, for
`table_checks.py` to gather."""

from __future__ import annotations

import math

from tspain.table import Cause, RuleTable

LR_LOWEST, LR_HIGHEST = 0.001, 1000.0
"""A likelihood ratio outside these is a typo, not a finding (the shipped table's run from 0.05
to 30)."""

Problems = list[tuple[str, str]]


def cause_number_problems(table: RuleTable, cid: str, cause: Cause, problems: Problems) -> None:
    path = f"causes.{cid}"
    for j, ev in enumerate(cause.evidence):
        if _positive(ev.lr) and not LR_LOWEST <= ev.lr <= LR_HIGHEST:
            problems.append(
                (
                    f"{path}.evidence[{j}].lr",
                    f"x{ev.lr:g} is not a likelihood ratio a finding has "
                    f"({LR_LOWEST:g} to {LR_HIGHEST:g}): check for a typo",
                )
            )


def _positive(lr: float) -> bool:
    return math.isfinite(lr) and lr > 0.0
