"""The interview's "could this question still change what is shown?" rule (issue 12), checked
against a reference written from its documented meaning (choice.py, README "How tspain decides"):
some answer to the question would

1. change the serious causes listed as must-not-miss (the first three), or, unless only the
   serious list is being protected,
2. change the most likely cause, the new one leading the old by at least 5 points, or
3. bring a cause into the top three that would lead (at least half the first cause's
   likelihood) in place of one that leaves, by at least 5 points.

Only yes/no and choice questions are compared (a number question is tried at one value per
band, which the reference would have to copy)."""

from __future__ import annotations

import dataclasses
import math
import random

import pytest
from caselib import Case
from conftest import shipped_toml

from tspain.choice import MIN_GAIN, QuestionChoice
from tspain.levels import RANK
from tspain.loading import load_table
from tspain.scoring import must_not_miss_ids, probabilities
from tspain.table import Answer, Cause, Evidence, Question, RuleTable, WarningSign


def top3(probs: dict[str, float]) -> list[str]:
    return sorted(probs, key=lambda c: -probs[c])[:3]


def reference(table: RuleTable, known: dict[str, Answer], qid: str, serious_only: bool) -> bool:
    q = table.questions[qid]
    answers: list[Answer]
    if q.type == "yesno":
        answers = [True, False]
    elif q.type == "choice":
        answers = list(q.options)
    else:  # every number a person could give (above 400 days, only the longest)
        low, high = q.min or 0, q.max if q.max is not None else 400
        answers = [*range(low, min(high, 400) + 1), high]
    now = probabilities(table, known)
    first, top = top3(now)[0], set(top3(now))
    serious = set(must_not_miss_ids(table, now, known)[:3])
    for answer in answers:
        after = probabilities(table, {**known, qid: answer})
        if set(must_not_miss_ids(table, after, {**known, qid: answer})[:3]) != serious:
            return True
        if serious_only:
            continue
        new = top3(after)
        if new[0] != first and after[new[0]] - after[first] >= 0.05:
            return True
        entering = [c for c in new if c not in top and after[c] >= 0.5 * after[new[0]]]
        leaving = [c for c in top if c not in new]
        if (
            entering
            and leaving
            and max(after[c] for c in entering) - min(after[c] for c in leaving) >= 0.05
        ):
            return True
    return False


def states(table: RuleTable, cases: list[Case], n: int) -> list[dict[str, Answer]]:
    """Partial answer sets people could have reached: a random part of each vignette."""
    rng = random.Random(12)
    chosen = rng.sample(cases, n)
    out: list[dict[str, Answer]] = [{}]
    for case in chosen:
        keys = sorted(case.answers)
        keep = rng.sample(keys, rng.randint(0, len(keys)))
        out.append({k: case.answers[k] for k in keep})
    return out


@pytest.mark.slow  # a brute-force reference (3.2 s of the default run's minute); CI runs it
@pytest.mark.parametrize("serious_only", [False, True])
def test_the_stop_rule_matches_its_definition(
    table: RuleTable, cases: list[Case], serious_only: bool
) -> None:
    disagree: list[tuple[str, bool]] = []
    said_yes = said_no = 0
    for known in states(table, cases, 8):
        choice = QuestionChoice(table, dict(known))
        for qid in table.questions:
            if qid in known:
                continue
            expected = reference(table, known, qid, serious_only)
            if choice._matters(qid, serious_only=serious_only) != expected:
                disagree.append((qid, expected))
            said_yes += expected
            said_no += not expected
    assert disagree == []
    assert said_yes > 10 and said_no > 10  # both outcomes were tested


def reads(when: dict[str, object], qid: str) -> bool:
    """Does a TOML condition test `qid`, at the top or inside a combined condition?"""
    if qid in when:
        return True
    count = when.get("count")
    return isinstance(count, dict) and any(reads(part, qid) for part in count["of"])


def bears_on(qid: str) -> set[str]:
    """The causes with evidence or a frequency on a question, or on a question its "yes"
    stands for (`yes_means`), read from the TOML file itself."""
    raw = shipped_toml()
    read = {qid, *raw["questions"][qid].get("yes_means", {})}
    return {
        cid
        for cid, cause in raw["causes"].items()
        for row in [*cause["evidence"], *cause.get("frequencies", [])]
        if any(reads(row["when"], q) for q in read)
    }


def test_why_at_the_calf_question_names_the_clot_in_the_lung(table: RuleTable) -> None:
    """The swollen calf counts for a clot in the lung only inside a combined condition (the
    Wells-type count): "?" must still name it."""
    assert "pulmonary_embolism" in bears_on("calf_swelling")
    names = QuestionChoice(table, {}).weighing("calf_swelling")
    assert table.causes["pulmonary_embolism"].name.lower() in names


@pytest.mark.parametrize(
    "qid",
    [
        "fever",
        "rash",
        "onset",
        "age",
        "pain_location",
        "calf_swelling",
        "sweating_nausea",
        "getting_worse",  # a spinal infection's and cancer's frequency, not a row
        "sudden_severe_onset",  # read through `yes_means` only
    ],
)
def test_why_names_the_likeliest_causes_the_question_bears_on(
    table: RuleTable, cases: list[Case], qid: str
) -> None:
    from tspain.engine import assess

    bearing = bears_on(qid)
    for known in states(table, cases, 4):
        ranked = [c.id for c in assess(table, known).causes]  # most likely first
        expected = [c for c in ranked if c in bearing][:3]
        names = [table.causes[c].name.lower() for c in expected]
        assert QuestionChoice(table, dict(known)).weighing(qid) == names


@pytest.mark.slow  # brute-force reference: every number
def test_a_number_question_matters_exactly_when_some_number_would_change_the_result(
    table: RuleTable, cases: list[Case]
) -> None:
    """The stop rule tries one number per band between the table's bounds; the reference tries
    every number. They must agree, so no bound (inside a combined condition or a sign's
    `unless` too) is missed."""
    disagree = []
    numbers = [q for q, v in table.questions.items() if v.type == "integer"]
    for known in states(table, cases, 40):
        choice = QuestionChoice(table, dict(known))
        for qid in numbers:
            if qid in known:
                continue
            for serious_only in (False, True):
                expected = reference(table, known, qid, serious_only)
                if choice._matters(qid, serious_only=serious_only) != expected:
                    disagree.append((qid, serious_only, sorted(known)))
    assert disagree == []


def toy_table(order: tuple[str, str], alert: float | None, lr: float = 4.0) -> RuleTable:
    """Two causes and two questions that tell exactly as much: only their order differs."""
    shipped = load_table()
    question = Question(text="?", type="yesno", why="toy", says={"yes": "yes", "no": "no"})
    questions = {qid: question for qid in order}

    def cause(lr: float, care: str) -> Cause:
        return dataclasses.replace(
            shipped.causes["poor_posture"],
            prior=0.3,
            care=care,  # type: ignore[arg-type]
            alert=alert,
            evidence=[Evidence(when={q: True}, lr=lr) for q in order],
        )

    causes = {
        "first": cause(lr, "urgent" if alert else "self_care"),
        "second": cause(1 / lr, "self_care"),
    }
    return dataclasses.replace(shipped, questions=questions, causes=causes, warning_signs=[])


def toy_sign(level: str, qid: str) -> WarningSign:
    return WarningSign(id=f"{level}_{qid}", level=level, when={qid: True}, message="m", source="s")  # type: ignore[arg-type]


@pytest.mark.parametrize("alert", [None, 0.5])  # ranked by information, or by triage first
@pytest.mark.parametrize("order", [("q_one", "q_two"), ("q_two", "q_one")])
def test_between_equally_useful_questions_the_table_order_decides(
    order: tuple[str, str], alert: float | None
) -> None:
    toy = toy_table(order, alert)
    choice = QuestionChoice(toy, {})
    assert bool(choice.triage_relevant()) is (alert is not None)
    assert choice.best_question() == order[0]


def test_on_a_toy_table_the_interview_stops_when_nothing_left_could_tell() -> None:
    order = ("q_one", "q_two")
    # Strong questions: both are asked, then nothing is left.
    assert QuestionChoice(toy_table(order, None), {}).best_question() == "q_one"
    # Issue 24: the causes compete, so after a strong first answer the first cause holds about
    # 94% of the two; the second question is asked exactly when it still tells MIN_GAIN bits
    # or could change what is shown.
    after_one = QuestionChoice(toy_table(order, None), {"q_one": True})
    worth = after_one._gain("q_two") >= MIN_GAIN or after_one._matters("q_two")
    assert after_one.best_question() == ("q_two" if worth else None)
    unsure = QuestionChoice(toy_table(order, None), {"q_one": None})
    assert unsure.best_question() == "q_two"
    done = QuestionChoice(toy_table(order, None), {"q_one": True, "q_two": False})
    assert done.best_question() is None
    # Questions too weak to tell the causes apart (under MIN_GAIN bits) and unable to change
    # the top cause: not worth a person's time, so none is asked.
    assert QuestionChoice(toy_table(order, None, lr=1.05), {}).best_question() is None


def expected_gain(lr: float) -> float:
    """The documented information gain of the toy's first question, by hand: two causes
    equally likely; a yes multiplies one's odds by lr and the other's by 1/lr, a no changes
    neither, and each cause's ratios are its relative answer weights."""
    yes_first, yes_second = lr / (lr + 1), (1 / lr) / (1 / lr + 1)

    def entropy(p: float) -> float:
        return -(p * math.log2(p) + (1 - p) * math.log2(1 - p))

    p_yes = (yes_first + yes_second) / 2
    after_yes = entropy(yes_first / (2 * p_yes))
    after_no = entropy((1 - yes_first) / (2 * (1 - p_yes)))
    return 1.0 - (p_yes * after_yes + (1 - p_yes) * after_no)


@pytest.mark.parametrize("lr", [2.0, 2.5, 4.0])
def test_a_question_is_asked_when_it_tells_at_least_min_gain_bits(lr: float) -> None:
    choice = QuestionChoice(toy_table(("q_one", "q_two"), None, lr=lr), {})
    assert choice._gain("q_one") == pytest.approx(expected_gain(lr), abs=1e-9)
    asked = choice.best_question()
    # 2.0 tells about 0.08 bits (too little), 2.5 about 0.14 and 4 about 0.28.
    assert (asked == "q_one") is (expected_gain(lr) >= 0.1)
    assert (expected_gain(lr) >= 0.1) is (lr > 2.0)


def test_a_table_that_makes_a_cause_certain_does_not_break_the_interview() -> None:
    # A maintainer's likelihood ratio so large that the first cause's probability is 1.0.
    choice = QuestionChoice(toy_table(("q_one", "q_two"), None, lr=1e300), {"q_one": True})
    assert probabilities(choice.table, {"q_one": True})["first"] == 1.0
    assert choice.best_question() in ("q_two", None)


@pytest.mark.parametrize(
    ("low", "high", "bound", "asked"),
    [
        # A rule on one range: the numbers inside and outside it must both be tried, or the
        # question looks useless.
        (0, 120, {"max": 39}, True),
        (0, 120, {"min": 40}, True),
        (0, 120, {"min": 30, "max": 39}, True),
        (None, None, {"max": 39}, True),  # no limits on the answer
        (None, None, {"max": 0}, True),  # 0 is an answer of its own when there is no minimum
        (50, 120, {"max": 39}, False),  # no allowed answer is 39 or less: nothing to tell
        (0, 30, {"min": 40}, False),  # no allowed answer is 40 or more
        (0, 40, {"min": 40}, True),  # only the highest allowed answer is 40 or more
        (None, None, None, False),  # no rule tests it at all
    ],
)
def test_a_number_question_is_tried_only_within_its_allowed_answers(
    low: int | None, high: int | None, bound: dict[str, int] | None, asked: bool
) -> None:
    toy = toy_table(("q_one", "q_two"), None)
    years = Question(text="?", type="integer", why="toy", says="you are {n}", min=low, max=high)
    causes = {
        cid: dataclasses.replace(
            cause,
            evidence=[Evidence(when={"years": dict(bound)} if bound else {"q_one": True}, lr=lr)],
        )
        for (cid, cause), lr in zip(toy.causes.items(), (4.0, 0.25), strict=True)
    }
    questions = {"years": years, "q_one": toy.questions["q_one"]}
    toy = dataclasses.replace(toy, questions=questions, causes=causes)
    best = QuestionChoice(toy, {}).best_question()
    assert (best == "years") is asked


def test_a_question_on_several_warning_signs_counts_at_its_most_urgent() -> None:
    """q_one is on an emergency sign and (listed after it) an urgent one; q_two, listed first
    in the table, only on an urgent one. The emergency question is asked first."""
    toy = toy_table(("q_two", "q_one"), None)
    signs = [
        toy_sign("emergency", "q_one"),
        toy_sign("urgent", "q_one"),
        toy_sign("urgent", "q_two"),
    ]
    toy = dataclasses.replace(toy, warning_signs=signs)
    choice = QuestionChoice(toy, {})
    assert choice.triage_relevant() == {"q_one": RANK["emergency"], "q_two": RANK["urgent"]}
    assert choice.best_question() == "q_one"


@pytest.mark.parametrize("alert", [0.25, 0.4, 0.5, 0.85, 0.9])
def test_a_question_bears_on_triage_while_a_cause_could_fall_either_side_of_its_alert(
    alert: float,
) -> None:
    """The documented rule, by hand: the urgent toy cause starts at 30%; its two unknown
    questions (LR 4 each) could take it anywhere from 30% (both no) to 0.3/0.7*16 in odds
    (about 87%). Below 30% it is already certain to alert; above 87% it cannot."""
    odds = 0.3 / 0.7
    p_low, p_high = 0.3, odds * 16 / (1 + odds * 16)
    choice = QuestionChoice(toy_table(("q_one", "q_two"), alert), {})
    expected = {"q_one", "q_two"} if p_low < alert <= p_high else set()
    assert set(choice.triage_relevant()) == expected
    assert all(rank == RANK["urgent"] for rank in choice.triage_relevant().values())
    assert (alert in (0.4, 0.5, 0.85)) is bool(expected)


@pytest.mark.parametrize("alert", [0.02, 0.05, 0.3, 0.35])
def test_answers_that_could_only_lower_a_cause_bear_on_triage_too(alert: float) -> None:
    """Now the urgent toy cause's two questions lower it (LR 1/4 each): from 30% it could fall
    to 0.3/0.7/16 in odds (about 2.6%) but not rise."""
    odds = 0.3 / 0.7
    p_low, p_high = odds / 16 / (1 + odds / 16), 0.3
    choice = QuestionChoice(toy_table(("q_one", "q_two"), alert, lr=0.25), {})
    expected = {"q_one", "q_two"} if p_low < alert <= p_high else set()
    assert set(choice.triage_relevant()) == expected
    assert (alert in (0.05, 0.3)) is bool(expected)


@pytest.mark.parametrize("level", ["routine", "urgent", "emergency"])
def test_once_a_level_is_certain_questions_that_could_only_reach_it_again_do_not_count(
    level: str,
) -> None:
    """Two signs of the same level; one holds. The other's question could not raise the level
    any further, so it no longer bears on triage (its worth is judged like any other's)."""
    signs = [toy_sign(level, "q_one"), toy_sign(level, "q_two")]
    toy = dataclasses.replace(toy_table(("q_one", "q_two"), None), warning_signs=signs)
    assert QuestionChoice(toy, {}).triage_relevant() == {"q_one": RANK[level], "q_two": RANK[level]}
    assert QuestionChoice(toy, {"q_one": True}).triage_relevant() == {}


def test_a_cause_that_could_only_reach_the_level_already_certain_does_not_count() -> None:
    # The urgent toy cause could cross its alert on q_one or q_two; a sign on a third
    # question has already made the result urgent.
    toy = toy_table(("q_one", "q_two"), 0.5)
    questions = {**toy.questions, "q_three": toy.questions["q_one"]}
    toy = dataclasses.replace(
        toy, questions=questions, warning_signs=[toy_sign("urgent", "q_three")]
    )
    assert set(QuestionChoice(toy, {"q_three": False}).triage_relevant()) == {"q_one", "q_two"}
    assert QuestionChoice(toy, {"q_three": True}).triage_relevant() == {}


def test_each_hypothetical_is_weighed_as_the_full_scoring_weighs_it(
    table: RuleTable, cases: list[Case]
) -> None:
    """The question choice weighs a hypothetical answer again only for the causes with a rule
    on a clause it changes; every cause's probability must equal, exactly, what the full
    scoring of those answers gives (`scoring.probabilities`, an independent pass)."""
    rng = random.Random(7)
    checked = 0
    for case in cases:
        known = {q: a for q, a in case.answers.items() if rng.random() < 0.5}
        choice = QuestionChoice(table, known)
        unasked = [q for q in table.questions if q not in known]
        for qid in rng.sample(unasked, 6):
            for answer in choice._hypotheticals(qid):
                weighed = choice._after(qid, answer)
                assert weighed == probabilities(table, {**known, qid: answer}), (case.id, qid)
                checked += 1
    assert checked > 500
