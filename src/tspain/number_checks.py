"""Checking a rule table's numbers as the engine reads them (`differential.py`): a number it
would not use as its author meant it (bounded, overridden, counted twice, or meaningless) is
refused, never used silently. Each fault is a (table path, what is wrong) pair, for
`table_checks.py` to gather."""

from __future__ import annotations

import math
from typing import Any

from tspain.differential import (
    LEAK_MIN,
    MAX_SENSITIVITY,
    MIN_SENSITIVITY,
    bounded,
    combined,
    implied_sensitivity,
    sides,
    single_yesno,
    stated,
)
from tspain.table import Cause, Count, IntRange, RuleTable, condition_questions

LR_LOWEST, LR_HIGHEST = 0.001, 1000.0
PRIOR_LOWEST = 0.00001
"""1 in 100,000 people with upper back pain: the rarest shipped cause is 0.0005; lower is a typo."""
"""A likelihood ratio outside these is a typo, not a finding (the shipped table's run from 0.05
to 30)."""

Problems = list[tuple[str, str]]


def as_share(value: float | None) -> str:
    """For a share written as a percentage (5 for 5%), how it is written: " (5% is written
    0.05)"; nothing for any other value (a maintainer's 5 read "must be in (0, 1], not 5")."""
    if value is None or not 1.0 < value <= 100.0:
        return ""
    return f" ({value:g}% is written {value / 100:g})"


def prior_problems(table: RuleTable, problems: Problems) -> None:
    """The causes' priors leave "something not in this table" LEAK_MIN at least: past that,
    `differential.leak_prior` still holds the leak at LEAK_MIN, the priors and the leak add up to
    more than 1, and once normalised every cause starts below the prior written for it."""
    priors = [c.prior for c in table.causes.values()]
    if not all(0.0 < p < 1.0 for p in priors):
        return  # a prior out of range is reported on its own
    total = math.fsum(priors)
    if total > (1.0 - LEAK_MIN) * (1.0 + 1e-9):
        problems.append(
            (
                "causes",
                f"the causes' priors add up to {total:.4g}: at most {1.0 - LEAK_MIN:g}, so that "
                f"'something not in this table' keeps {LEAK_MIN:.0%} at least",
            )
        )


def cause_number_problems(table: RuleTable, cid: str, cause: Cause, problems: Problems) -> None:
    path = f"causes.{cid}"
    if cause.serious and cause.care in ("self_care", "routine"):  # a scripter, 28th session:
        said = "a serious cause is one not to be missed: its care is urgent or emergency, not "
        problems.append((f"{path}.care", said + repr(cause.care)))  # posture made one
    alert, prior = cause.alert, cause.prior
    if alert is not None and alert > 0.0 and 0.0 < prior < 1.0 and alert <= prior:
        problems.append(
            (
                f"{path}.alert",
                f"alert {alert:g} is at or below the prior {prior:g}: every person would reach "
                "it with no answers at all",
            )
        )
    if 0.0 < prior < PRIOR_LOWEST:
        problems.append(
            (
                f"{path}.prior",
                f"{prior:g} is rarer than 1 in 100,000 ({PRIOR_LOWEST:g}): check for a typo",
            )
        )
    for j, ev in enumerate(cause.evidence):
        if _positive(ev.lr) and not LR_LOWEST <= ev.lr <= LR_HIGHEST:
            problems.append(
                (
                    f"{path}.evidence[{j}].lr",
                    f"x{ev.lr:g} is not a likelihood ratio a finding has "
                    f"({LR_LOWEST:g} to {LR_HIGHEST:g}): check for a typo",
                )
            )
    _twice_problems(path, cause, problems)
    if not _readable(table, cause):
        return  # its unknown questions and malformed frequencies are reported on their own
    given = stated(cause)
    for j, ev in enumerate(cause.evidence):
        if single_yesno(table, ev.when) in given:
            problems.append(
                (
                    f"{path}.evidence[{j}]",
                    "frequencies give this question for this cause; this row is not used",
                )
            )

    _implied_problems(table, path, cause, problems)
    _paired_problems(table, path, cause, problems)
    _frequency_problems(table, path, cause, problems)


def _paired_problems(table: RuleTable, path: str, cause: Cause, problems: Problems) -> None:
    """A question given both a "yes" and a "no" row: they must pull opposite ways (a finding
    and its absence cannot both make a cause likelier). A maintainer-tester's shingles "no" row
    changed from x0.5 to x2, beside "yes" x30, passed (twenty-third session)."""
    both = combined(table, cause)
    for qid, found in sides(table, cause).items():
        if qid in both or len(found) != 2:
            continue
        lrs = {yes: math.prod(cause.evidence[j].lr for j in js) for yes, js in found.items()}
        if not all(_positive(lr) and LR_LOWEST <= lr <= LR_HIGHEST for lr in lrs.values()):
            continue  # reported as no likelihood ratio at all
        yes, no = lrs[True], lrs[False]
        where = f"{path}.evidence[{found[False][0]}].lr"
        if (yes - 1.0) * (no - 1.0) > 0.0 and not math.isclose(yes, 1.0):
            way = "raise" if yes > 1.0 else "lower"
            problems.append(
                (
                    where,
                    f"'yes' x{yes:g} and 'no' x{no:g} on {qid!r} both {way} this cause: a finding "
                    "and its absence pull opposite ways (one of them is "
                    f"{'below' if yes > 1.0 else 'above'} 1)",
                )
            )


def _frequency_problems(table: RuleTable, path: str, cause: Cause, problems: Problems) -> None:
    """A frequency the engine would use other than as written: a second one on a question (only
    the last counts), one surer than any finding, or one whose ratio against the question's
    background no likelihood ratio could be (a p of 0.99999 made a "no" a 100,000-fold
    rule-out)."""
    seen: dict[str, int] = {}
    for j, f in enumerate(cause.frequencies):
        qid = next(iter(f.when))
        where = f"{path}.frequencies[{j}]"
        if qid in seen:
            problems.append(
                (f"{where}.when", f"frequencies[{seen[qid]}] gives {qid!r} already: give it once")
            )
        seen[qid] = j
        b = table.questions[qid].background
        if b is None or not 0.0 < f.p < 1.0:
            continue  # reported on their own
        if f.p > MAX_SENSITIVITY:
            problems.append(
                (f"{where}.p", f"{f.p:g} is surer than any finding: at most {MAX_SENSITIVITY:g}")
            )
            continue
        for side, ratio in (("yes", f.p / b), ("no", (1.0 - f.p) / (1.0 - b))):
            if not LR_LOWEST <= ratio <= LR_HIGHEST:
                problems.append(
                    (
                        f"{where}.p",
                        f"{f.p:g} against this question's background {b:g} makes a {side!r} "
                        f"x{ratio:.3g}, not a likelihood ratio a finding has "
                        f"({LR_LOWEST:g} to {LR_HIGHEST:g})",
                    )
                )


def lr_fault(lr: float) -> str | None:
    """What is wrong with a likelihood ratio, or None: "must be positive, not inf" said of an
    infinite one, which is positive (a scripter, thirtieth session); one too large for a float
    is said so (it was an OverflowError, exit 70: a scripter, thirty-seventh session)."""
    if isinstance(lr, int) and abs(lr) > 10**18:
        from tspain.quoting import shown

        return f"a likelihood ratio must be a finite number, not {shown(lr)}"
    if math.isnan(lr) or lr <= 0:
        return f"a likelihood ratio must be positive, not {lr}"
    if math.isinf(lr):
        return f"a likelihood ratio must be a finite number, not {lr}"
    return None


def _positive(lr: float) -> bool:
    return math.isfinite(lr) and lr > 0.0


def _readable(table: RuleTable, cause: Cause) -> bool:
    """Whether `differential.rows` can read the cause: every question its rows name exists, and
    each frequency is of one yes/no question with a background."""
    for ev in cause.evidence:
        if not all(q in table.questions for q in condition_questions(ev.when)):
            return False
        if not all(_usable(table.questions[q].background) for q in condition_questions(ev.when)):
            return False  # a background out of range is reported on its own
    for f in cause.frequencies:
        qid = next(iter(f.when), "")
        if len(f.when) != 1 or f.when[qid] is not True or qid not in table.questions:
            return False
        if not _usable(table.questions[qid].background) or table.questions[qid].background is None:
            return False
    return True


def _usable(background: float | None) -> bool:
    """A background the arithmetic can use: none, or strictly between 0 and 1."""
    return background is None or (math.isfinite(background) and 0.0 < background < 1.0)


def _twice_problems(path: str, cause: Cause, problems: Problems) -> None:
    """The same condition twice in one cause's evidence: one fact counted twice."""
    seen: list[tuple[int, object]] = []
    for j, ev in enumerate(cause.evidence):
        key = _canonical(ev.when)
        first = next((k for k, other in seen if other == key), None)
        if first is not None:
            problems.append(
                (
                    f"{path}.evidence[{j}].when",
                    f"the same condition as evidence[{first}]: one fact counted twice for this "
                    "cause (give it one row)",
                )
            )
        seen.append((j, key))


def _canonical(when: dict[str, Any]) -> object:
    """A condition with what does not change its meaning left out: the order of its clauses, of
    a list of options, of a combined condition's parts, and a combined condition's words."""

    def test(value: object) -> object:
        if isinstance(value, Count):
            return ("count", frozenset(_canonical(c) for c in value.of), value.min, value.max)
        if isinstance(value, tuple):
            return frozenset(value)
        return value if isinstance(value, bool | str | IntRange) else repr(value)

    return frozenset((qid, test(value)) for qid, value in when.items())


def _implied_problems(table: RuleTable, path: str, cause: Cause, problems: Problems) -> None:
    """A one-sided row whose implied frequency the bounds of `differential._implied` would
    change: the engine would not use the number written."""
    both = combined(table, cause)
    for qid, found in sides(table, cause).items():
        b = table.questions[qid].background
        if qid in both or b is None or len(found) != 1:
            continue
        ((yes, js),) = found.items()
        lrs = [cause.evidence[j].lr for j in js]
        if not all(_positive(lr) and LR_LOWEST <= lr <= LR_HIGHEST for lr in lrs):
            continue  # reported as no likelihood ratio at all
        lr = math.prod(lrs)
        sensitivity = implied_sensitivity(lr, b, yes)
        if math.isclose(bounded(sensitivity), sensitivity, rel_tol=1e-9):
            continue
        problems.append(
            (f"{path}.evidence[{js[0]}].lr", _implied_message(cause, js, lr, b, yes, sensitivity))
        )


def _implied_message(
    cause: Cause, js: list[int], lr: float, b: float, yes: bool, sensitivity: float
) -> str:
    written = f"x{lr:g}"
    if len(js) > 1:
        parts = " times ".join(f"evidence[{j}] x{cause.evidence[j].lr:g}" for j in js)
        written = f"{written} ({parts})"
    if not yes:
        written += " on a 'no'"
    said = f"{written} with this question's background {b:g}"
    if sensitivity > MAX_SENSITIVITY:
        share = f"{sensitivity * 100:.4g}%"
        beyond = (
            ""
            if sensitivity >= 1.0
            else f", and no finding is that sure ({MAX_SENSITIVITY:.0%} at most)"
        )
        bound = (
            f"at most x{_rounded(MAX_SENSITIVITY / b, down=True)}"
            if yes
            else f"at least x{_rounded((1.0 - MAX_SENSITIVITY) / (1.0 - b), down=False)}"
        )
        return f"{said} would mean {share} of people with the cause answer yes{beyond}: {bound}"
    bound = (
        f"at least x{_rounded(MIN_SENSITIVITY / b, down=False)}"
        if yes
        else f"at most x{_rounded((1.0 - MIN_SENSITIVITY) / (1.0 - b), down=True)}"
    )
    return f"{said} would mean no one with the cause answers yes: {bound}"


def _rounded(x: float, down: bool) -> str:
    """x to three significant figures, rounded towards the side that passes (a bound quoted as
    "at most x19.6" must itself be accepted)."""
    scale = 10.0 ** (2 - math.floor(math.log10(x)))
    n = math.floor(x * scale * (1 + 1e-9)) if down else math.ceil(x * scale * (1 - 1e-9))
    return f"{n / scale:g}"
