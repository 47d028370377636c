"""The differential: the causes as competing explanations of one pain (issue 24). Pure: no I/O.

Model (after de Dombal's Leeds system, BMJ 1972: Bayes over mutually exclusive diagnoses with
each finding's frequency per diagnosis; and QMR-DT, Shwe et al. 1991: a "leak" for what the
table does not list):

    P(cause | answers)  proportional to  prior(cause) x product over answered findings of
                                          P(answer | cause) / P(answer | background)

normalised over every cause of the table plus the leak, "something not in this table", whose
prior is what the causes' priors leave over (`leak_prior`) and which explains every answer at
its background rate. The background cancels in the normalisation, so each factor is the ratio
of how often people with the cause give the answer to how often people with upper back pain in
general do: a likelihood ratio, shown in words as today ("makes X about 3x more likely").

Where the numbers come from, per cause and yes/no question (`rows`):
- a `frequencies` row: P(yes | cause) = p, with its `basis`; the ratio is p / b for "yes" and
  (1 - p) / (1 - b) for "no", b being the question's `background`;
- otherwise the cause's likelihood-ratio rows on that question alone: with both a "yes" and a
  "no" row, both stand as written (they imply the frequency); with one side only, the other
  side is implied through the background: sensitivity = LR+ x b, and "no" then weighs
  (1 - sensitivity) / (1 - b) (or, from an LR- alone, sensitivity = 1 - LR- x (1 - b));
- a question the cause's picture does not mention: the background rate, ratio 1. The cause is
  not raised while a cause that explains the finding is, so a finding a cause does not explain
  counts against it in the normalisation ("nothing is explained away" no more). A question may
  set `outside_picture`, the factor a "yes" weighs on such a cause (below 1: the finding is
  rarer in a cause that does not produce it than in upper back pain in general, as the muscle
  and joint causes' "features that point away" rows already say of them). Its "no" stays at 1:
  most people with such a cause answer "no", so a "no" tells little.
A cause's `alert` (the probability at which it alone raises the triage level) is compared with
the cause weighed on its own: its prior odds times its own factors, not normalised against the
other causes. Triage is a safety floor: how many other causes share a pain must not dilute the
alarm of a rare serious one, and the interview can bound it soundly from the cause's own rows.
A row that lowers a cause on at least one of a list of findings said "yes" (the features another
cause explains) weighs on the ranking, not on the alert (`alarm_lr`): such a yes never makes the
level less urgent. A row on one feature of the pain itself still weighs on the alert.

Rows on a choice, a number or several questions at once (a combined rule such as Davis's
abscess risk factors, or Henschke's fracture flags) stand as written: ratios against upper back
pain in general.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from tspain.levels import RANK, Level
from tspain.table import Cause, Count, Frequency, RuleTable, condition_questions

LEAK_MIN = 0.05
"""The leak's prior is at least this: the table never claims to know every cause."""

MAX_SENSITIVITY = 0.98
"""A frequency implied from LR+ x background is capped here: no finding is certain."""

MIN_SENSITIVITY = 1e-9
"""... and floored here: no finding is impossible (a likelihood ratio of 5e-324 in a
maintainer's table must not become a factor of 0, whose logarithm does not exist)."""

MNM_FLOOR = {"emergency": 0.002, "urgent": 0.005, "routine": 0.01, "self_care": 0.01}
"""A serious cause enters "must not be missed" on the numbers alone only at this probability or
more (or when a warning sign that holds names it): a 1 in 10,000 chance raised a few times is no
alarm. Lower for a cause that needs an ambulance: the threshold to look for a disease falls as
the harm of missing it rises (Pauker & Kassirer, N Engl J Med 1980, the threshold approach)."""

MNM_RAISED = 3.0
"""... and only when its own evidence raises its odds more than this many times (more than one
weak finding: pain on one side alone, x2.5, lists nothing) ..."""

MNM_BEYOND = 3.0
"""... and what the person said beyond age and sex (`DEMOGRAPHIC`) raises its odds as much
again over what age and sex alone would give: age or sex alone never raise an alarm, while a
rule that joins them to an answer about the pain (a minor strain with a spine of 70 or over)
counts for the answer."""

DEMOGRAPHIC = frozenset({"age", "sex"})
"""Who the person is, not what the pain is like: it shapes the probabilities but never, alone,
puts a cause under "must not be missed"."""


@dataclass(frozen=True)
class Row:
    """One factor of a cause's likelihood: when `when` holds, multiply by `lr`."""

    when: dict[str, Any]
    lr: float
    basis: str


def leak_prior(table: RuleTable) -> float:
    """The prior of "something not in this table": what the causes' priors leave, at least
    LEAK_MIN."""
    return max(LEAK_MIN, 1.0 - sum(c.prior for c in table.causes.values()))


def whole_weight(log_leak: float, probs: Mapping[str, float]) -> float | None:
    """The sum of every cause's weight and the leak's, from the causes' shares (`probs`): the
    leak's prior over its share. None when a cause is near certain and the leak's share too
    small to divide by safely (so the whole is at most a million times the leak's weight)."""
    rest = 1.0 - math.fsum(probs.values())
    return math.exp(log_leak) / rest if rest >= 1e-6 else None


def single_yesno(table: RuleTable, when: Mapping[str, Any]) -> str | None:
    """The question a condition tests, if it tests one yes/no question alone."""
    if len(when) != 1:
        return None
    ((qid, test),) = when.items()
    if isinstance(test, Count) or not isinstance(test, bool):
        return None
    return qid if table.questions[qid].type == "yesno" else None


def stated(cause: Cause) -> dict[str, Frequency]:
    """The yes/no questions the cause's `frequencies` give: each overrides its rows."""
    return {next(iter(f.when)): f for f in cause.frequencies}


def combined(table: RuleTable, cause: Cause) -> set[str]:
    """The questions inside the cause's rows on a choice, a number or several questions."""
    return {
        q
        for ev in cause.evidence
        if single_yesno(table, ev.when) is None
        for q in condition_questions(ev.when)
    }


def sides(table: RuleTable, cause: Cause) -> dict[str, dict[bool, list[int]]]:
    """The cause's rows on one yes/no question alone that count (not one its `frequencies`
    give): question -> answer -> the rows' indices in `evidence` (their ratios multiply)."""
    out: dict[str, dict[bool, list[int]]] = {}
    given = stated(cause)
    for j, ev in enumerate(cause.evidence):
        qid = single_yesno(table, ev.when)
        if qid is not None and qid not in given:
            out.setdefault(qid, {}).setdefault(bool(ev.when[qid]), []).append(j)
    return out


def implied_sensitivity(lr: float, background: float, yes: bool) -> float:
    """How often a person with the cause answers "yes", implied by one side's ratio and the
    question's background: LR+ x b from a "yes" side, 1 - LR- x (1 - b) from a "no" side
    (before MAX_SENSITIVITY and MIN_SENSITIVITY bound it)."""
    return lr * background if yes else 1.0 - lr * (1.0 - background)


def rows(table: RuleTable, cause: Cause) -> list[Row]:
    """The factors of one cause's likelihood, as the module docstring says."""
    out: list[Row] = []
    given = stated(cause)
    both = combined(table, cause)
    out.extend(
        Row(ev.when, ev.lr, ev.basis or cause.evidence_basis)
        for ev in cause.evidence
        if single_yesno(table, ev.when) is None
    )
    for qid, f in given.items():
        b = _background(table, qid)
        out.append(Row({qid: True}, f.p / b, f.basis))
        out.append(Row({qid: False}, (1.0 - f.p) / (1.0 - b), f.basis))
    for qid, found in sides(table, cause).items():
        side = {value: _product(cause, js) for value, js in found.items()}
        if qid in both:  # one fact counts once: a combined rule already weighs it
            out.extend(Row({qid: v}, lr, basis) for v, (lr, basis) in side.items())
        else:
            out.extend(_implied(table, qid, side))
    return out + _outside_picture(table, cause)


def alarm_lr(table: RuleTable, row: Row) -> float:
    """The factor a row weighs on its cause's alert: its own, but 1 for a row that lowers the
    cause on a list of findings said "yes" that another cause explains ("features a spine,
    disc or nerve problem does not explain"). The ranking keeps such rows; the safety floor
    does not: a woman of 72 with osteoporosis was urgent for a broken vertebra, and adding
    "yes" to night sweats, which point to a cancer or an infection, made her routine (a
    scripter, twenty-seventh session). A single feature of the pain itself (worse on breathing
    in, for a heart attack) still weighs: it is evidence about this cause, not another's."""
    return 1.0 if row.lr < 1.0 and findings_present(table, row.when) else row.lr


def findings_present(table: RuleTable, when: Mapping[str, Any]) -> bool:
    """Whether a condition is "at least N of a list of findings": each a yes to a yes/no
    question or an option of a choice (pain in a band around the chest)."""

    def present(clause: Mapping[str, Any]) -> bool:
        return all(
            (test is True and table.questions[q].type == "yesno")
            or (isinstance(test, str) and table.questions[q].type == "choice")
            for q, test in clause.items()
        )

    test = when.get("count") if len(when) == 1 else None
    return (
        isinstance(test, Count)
        and (test.min or 0) >= 1
        and test.max is None
        and all(present(c) for c in test.of)
    )


def _product(cause: Cause, js: list[int]) -> tuple[float, str]:
    """Rows on the same answer: their ratios multiplied, their bases joined."""
    lr, bases = 1.0, []
    for j in js:
        lr *= cause.evidence[j].lr
        bases.append(cause.evidence[j].basis or cause.evidence_basis)
    return lr, "; ".join(bases)


def _outside_picture(table: RuleTable, cause: Cause) -> list[Row]:
    """A "yes" to a question none of the cause's rows reads (an explicit x1 row reads it), where
    the question sets a factor for it (`Question.outside_picture`)."""
    conditions = [ev.when for ev in cause.evidence] + [f.when for f in cause.frequencies]
    read = {qid for when in conditions for qid in condition_questions(when)}
    return [
        Row({qid: True}, q.outside_picture, q.outside_picture_basis or "")
        for qid, q in table.questions.items()
        if q.outside_picture is not None and q.outside_picture != 1.0 and qid not in read
    ]


def _background(table: RuleTable, qid: str) -> float:
    b = table.questions[qid].background
    if b is None:
        raise ValueError(f"question {qid!r} has no background frequency")
    return b


def _implied(table: RuleTable, qid: str, side: dict[bool, tuple[float, str]]) -> list[Row]:
    """A cause's rows on one yes/no question, the missing side implied through the background."""
    out = [Row({qid: value}, lr, basis) for value, (lr, basis) in side.items()]
    b = table.questions[qid].background
    if len(side) == 2 or b is None:
        return out
    if True in side:
        lr, basis = side[True]
        sensitivity = bounded(implied_sensitivity(lr, b, True))
        out[0] = Row({qid: True}, sensitivity / b, basis)
        no = (1.0 - sensitivity) / (1.0 - b)
        out.append(Row({qid: False}, no, f"implied by the 'yes' row ({basis}) and background {b}"))
    else:
        lr, basis = side[False]
        sensitivity = bounded(implied_sensitivity(lr, b, False))
        yes = sensitivity / b
        out.append(Row({qid: True}, yes, f"implied by the 'no' row ({basis}) and background {b}"))
    return [r for r in out if not math.isclose(r.lr, 1.0)]


def bounded(sensitivity: float) -> float:
    """An implied sensitivity within MIN_SENSITIVITY and MAX_SENSITIVITY."""
    return min(MAX_SENSITIVITY, max(sensitivity, MIN_SENSITIVITY))


def normalise(log_weights: Sequence[float], log_leak: float) -> list[float]:
    """Each cause's probability: its weight over the sum of every weight and the leak's."""
    top = max([*log_weights, log_leak])
    weights = [math.exp(w - top) for w in log_weights]
    total = sum(weights) + math.exp(log_leak - top)
    return [w / total for w in weights]


def demographics(answers: Mapping[str, Any]) -> dict[str, Any]:
    """Age and sex alone: who the person is, not what the pain is like."""
    return {q: a for q, a in answers.items() if q in DEMOGRAPHIC}


def raised(base: float, probability: float, times: float = MNM_RAISED) -> bool:
    """Odds more than `times` the odds of `base`."""
    if probability >= 1.0:
        return True
    # "More than": a factor of exactly `times` (x3 from one row) does not pass by float noise.
    return probability / (1.0 - probability) > times * (1.0 + 1e-9) * base / (1.0 - base)


class Serious(NamedTuple):
    """A serious cause as `must_not_miss` weighs it, for one set of answers."""

    id: str
    care: Level
    """The cause's own level, or the higher level of a warning sign that holds and names it."""
    prior: float
    probability: float
    own: float
    """Its probability on its own odds (its own evidence, not its share)."""
    demographic: float
    """The same from age and sex alone."""
    raised_by: float
    """How far its own evidence raised it, in log-odds: the order among equals."""
    alerted: bool = False
    """Its probability on its own odds is at or above its alert: the answers set the level by
    it ("cannot be ruled out at home"), so it is listed whatever raised it."""


def must_not_miss(serious: Sequence[Serious], named: Mapping[str, object]) -> list[str]:
    """The serious causes to list, most pressing first. A cause is listed when a warning sign
    that holds names it, when it reached its alert (the level says it cannot be ruled out at
    home: a script read that reason beside a list without the cause), or when its own
    evidence raised its odds more than MNM_RAISED times, what was said beyond age and sex
    raised them more than MNM_BEYOND times again, and its probability is at least the floor for
    its care level. Its own evidence, not its share: a cause does not become an alarm because
    the answers lowered the others."""
    chosen = [
        s
        for s in serious
        if s.id in named
        or s.alerted
        or (
            raised(s.prior, s.own)
            and raised(s.demographic, s.own, MNM_BEYOND)
            and s.probability >= MNM_FLOOR[s.care]
        )
    ]
    chosen.sort(key=lambda s: (-RANK[s.care], -s.raised_by, -s.probability))
    return [s.id for s in chosen]


def family(table: RuleTable, cid: str) -> str:
    """The family a cause is shown in (its own id when it has none)."""
    return table.causes[cid].family or cid


def family_name(table: RuleTable, cid: str) -> str:
    """The family's name (the cause's own when it has none)."""
    fid = table.causes[cid].family
    return table.families[fid].name if fid else table.causes[cid].name
