"""Checking one condition of a rule table (a rule's, a sign's or an advice line's `when`): the
questions and options it names, its tests, and a combined condition's list and words. Every
fault is a (table path, what is wrong) pair, for `table_checks.py` to gather."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from tspain.compiled import passing_answers
from tspain.quoting import shown
from tspain.spelling import near
from tspain.table import (
    BAD_COUNT,
    BAD_TEST,
    COUNT,
    Count,
    IntRange,
    Question,
    RuleTable,
    Test,
    condition_questions,
    parse_count,
    parse_test,
)


def check_condition(
    questions: dict[str, Question], when: dict[str, Any], path: str, problems: list[tuple[str, str]]
) -> None:
    """`path` is where the condition itself stands, e.g. "warning_signs[3].when"."""
    if not when:
        problems.append((path, "a condition needs at least one question"))
    for qid, raw in when.items():
        where = f"{path}.{qid}"
        if qid == COUNT:
            _check_count(questions, raw, where, problems)
            continue
        test = parse_test(raw)
        number = questions.get(qid) is not None and questions[qid].type == "integer"
        if test is None and number and isinstance(raw, int) and not isinstance(raw, bool):
            # A clinician wrote `duration_days = 42` for 42 days or more.
            said = f"{{ min = {raw} }} for {raw} or more, {{ max = {raw} }} for {raw} or less"
            problems.append((where, f"a number question takes a range: {said}; got {raw}"))
            continue
        if test is None and (fault := _range_fault(raw)):
            problems.append((where, fault))
            continue
        if test is None:
            problems.append((where, f"{BAD_TEST}, got {shown(raw)}"))
            continue
        question = questions.get(qid)
        if question is None:
            problems.append((where, f"unknown question {qid!r}{near_hint(qid, questions)}"))
            continue
        _check_test(question, qid, test, where, problems)


def _range_fault(raw: object) -> str | None:
    """What is wrong with a range ({ min = 40.5 }, { min = "40" }, { min = 6, unit = "weeks" }:
    each was "expected true/false, ... got {'min': 40.5}": a maintainer-tester, twenty-fifth
    session), or None if `raw` is no range."""
    if not isinstance(raw, dict) or not ({"min", "max"} & set(raw)):
        return None
    if other := sorted(set(raw) - {"min", "max"}):
        return f"a range takes only min and max, not {', '.join(map(repr, other))}"
    for end, value in raw.items():
        if not isinstance(value, int) or isinstance(value, bool):
            return f"{end} must be a whole number, got {shown(value)}"
    return None


def _check_test(
    question: Question, qid: str, test: Test, where: str, problems: list[tuple[str, str]]
) -> None:
    """One clause's test against the question it names: of the question's kind, and one some
    answer passes."""
    if question.type == "yesno" and not isinstance(test, bool):
        problems.append((where, f"{qid!r} is a yes/no question: test it with true or false"))
    elif question.type == "integer" and not isinstance(test, IntRange):
        problems.append((where, f"{qid!r} is a number: test it with {{ min = N, max = N }}"))
    elif question.type == "integer":
        _check_range(question, qid, test, where, problems)
    elif question.type == "choice":
        wanted = (test,) if isinstance(test, str) else test
        if not isinstance(wanted, tuple):
            problems.append((where, f"{qid!r} is a choice: test it with an option id"))
            return
        twice = sorted({o for o in wanted if wanted.count(o) > 1})
        if twice:
            problems.append((where, f"{twice[0]!r} is listed twice"))
        for option in wanted:
            if option not in question.options:
                known = ", ".join(question.options)
                problems.append((where, f"{qid!r} has no option {option!r} (options: {known})"))


def _check_range(
    question: Question, qid: str, test: Test, where: str, problems: list[tuple[str, str]]
) -> None:
    """A range some answer meets: `{ min = 11 }` on a question of 0 to 10, or `{ min = 8,
    max = 3 }`, is a condition that never holds (a question whose own min and max are wrong is
    reported on its own)."""
    low, high = question.min, question.max
    if low is None or high is None or low > high:
        return
    if isinstance(test, IntRange):
        # Worked out, not tried number by number: a duration's range runs to tens of thousands,
        # and trying each made every validation take a second.
        lowest = low if test.min is None else max(low, test.min)
        highest = high if test.max is None else min(high, test.max)
        if lowest <= highest:
            return
    elif passing_answers(question, qid, test):
        return
    if isinstance(test, IntRange) and None not in (test.min, test.max):
        lowest, highest = test.min or 0, test.max or 0
        if lowest > highest:  # "{ min = 60, max = 40 }": the two swapped (a maintainer-tester)
            problems.append((where, f"min {lowest} is above max {highest}: swap them?"))
            return
    problems.append((where, f"no answer to {qid!r} passes: it takes {low} to {high}"))


def _check_count(
    questions: dict[str, Question], raw: object, where: str, problems: list[tuple[str, str]]
) -> None:
    count = parse_count(raw)
    if count is None:
        problems.append(_count_fault(raw, where))
        return
    first = (count.about.split(maxsplit=1) or [""])[0]
    if not first:
        problems.append((f"{where}.about", "say in words what the listed conditions are"))
    elif first.lower() in ("a", "an", "the"):
        # A person reads it after "2 of the 3": "2 of the 3 a minor fall ..." is no sentence
        problems.append(
            (
                f"{where}.about",
                "it is read after '2 of the 3': name the conditions as a plural, such as "
                f"'signs of ...', not {first!r} ...",
            )
        )
    elif not count.about.rstrip().endswith(")"):
        # A cause's page shows the name alone: "signs of widespread pain: 1 of the 2" said not
        # which two. A result puts what held in the brackets' place (`wording.short_name`).
        problems.append(
            (
                f"{where}.about",
                "end it with what it counts, in brackets: "
                "'signs of widespread pain (pain in many places, pain all over the back)'",
            )
        )
    if len(count.of) < 2:
        problems.append((f"{where}.of", "a combined condition lists at least two conditions"))
    _check_bounds(count, where, problems)
    for k, condition in enumerate(count.of):
        if COUNT in condition:
            problems.append((f"{where}.of[{k}]", "combined conditions do not nest"))
            continue
        check_condition(questions, condition, f"{where}.of[{k}]", problems)


def _count_fault(raw: object, where: str) -> tuple[str, str]:
    """What is wrong with a combined condition that is none, at the part that is wrong."""
    if not isinstance(raw, dict):
        return (where, f"{BAD_COUNT}, got {shown(raw)}")
    allowed = ("of", "min", "max", "about")
    for key in raw:
        if key not in allowed:
            return (f"{where}.{key}", f"unknown key{near_hint(str(key), allowed)}; {BAD_COUNT}")
    of = raw.get("of")
    if not isinstance(of, list | tuple) or not all(isinstance(c, dict) for c in of):
        got = "missing" if of is None else f"got {shown(of)}"
        return (f"{where}.of", f"a list of conditions, [ {{ question = answer }}, ... ]: {got}")
    if not isinstance(raw.get("about"), str):
        got = "missing" if "about" not in raw else f"got {shown(raw['about'])}"
        return (f"{where}.about", f"say in words what the listed conditions are: {got}")
    bound = next(k for k in ("min", "max") if k in raw and not _whole(raw[k]))
    return (f"{where}.{bound}", f"a whole number, got {shown(raw[bound])}")


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_bounds(count: Count, where: str, problems: list[tuple[str, str]]) -> None:
    """A combined condition's min and max: given, within its list, in order, and not holding
    whatever is answered."""
    n = len(count.of)
    if count.min is None and count.max is None:
        problems.append((where, "give min (at least N hold) and/or max (at most N hold)"))
        return
    for name, bound in (("min", count.min), ("max", count.max)):
        if bound is not None and not 0 <= bound <= n:
            problems.append((f"{where}.{name}", f"must be from 0 to {n}, not {bound}"))
    if count.min is not None and count.max is not None and count.min > count.max:
        problems.append((where, "min must not be more than max"))
    elif (count.min or 0) <= 0 and (count.max is None or count.max >= n):
        problems.append((where, f"holds whatever is answered: from 0 to {n} of them hold"))


def never_shown(
    questions: dict[str, Question], when: dict[str, Any], unless: dict[str, Any]
) -> bool:
    """Whether `unless` holds whenever `when` does, so that the line (or sign) can never show:
    every clause of `unless` tests a question `when` tests too, and every answer `when` lets
    through passes it (`when = { injury = "minor" }, unless = { injury = "minor" }`)."""
    if not unless or COUNT in unless:
        return False
    for qid, test in unless.items():
        question, given = questions.get(qid), when.get(qid)
        if question is None or given is None or parse_test(test) is None:
            return False
        if parse_test(given) is None or not _within(question, qid, given, test):
            return False
    return True


def _within(question: Question, qid: str, inner: Test, outer: Test) -> bool:
    """Every answer that passes `inner` passes `outer` (ranges worked out, not tried)."""
    if isinstance(inner, IntRange) and isinstance(outer, IntRange):
        low = inner.min if inner.min is not None else question.min
        high = inner.max if inner.max is not None else question.max
        return (outer.min is None or (low is not None and low >= outer.min)) and (
            outer.max is None or (high is not None and high <= outer.max)
        )
    kinds = {"yesno": bool, "choice": str | tuple, "integer": IntRange}[question.type]
    if not isinstance(inner, kinds) or not isinstance(outer, kinds):
        return False  # a test of the wrong kind is reported on its own
    return set(passing_answers(question, qid, inner)) <= set(passing_answers(question, qid, outer))


def near_hint(name: str, known: Iterable[str]) -> str:
    """ " (did you mean ...?)" for the known id nearest `name`: one of the same words in another
    order first ("sweats_at_night" for "night_sweats" was "did you mean 'weight_loss'"), or the
    one id holding it as a word ("fever" after [questions.fever] was renamed fever_or_chills
    was "did you mean 'severity'": a maintainer-tester, twenty-fourth session), else the
    nearest spelling."""
    known = list(known)
    words = set(name.split("_")) - {"at", "of", "or", "and", "the", "in"}
    same = [k for k in known if words and words <= set(k.split("_"))]
    if len(words) == 1 and len(same) > 1:
        same = []  # "pain": many ids hold it
    close = same or near(name, known)  # "fever" renamed "fever_or_chills" (a maintainer)
    return f" (did you mean {close[0]!r}?)" if close else ""


def yes_means_problems(
    table: RuleTable, qid: str, q: Question, problems: list[tuple[str, str]]
) -> None:
    """`yes_means` names other questions, each tested as a rule would test it, on a yes/no
    question, with no chain (a question it names declares none) and an answer left possible."""
    if q.yes_means is None:
        return
    path = f"questions.{qid}.yes_means"
    if q.type != "yesno":
        problems.append((path, "only a yes/no question says what its yes means"))
    if COUNT in q.yes_means:
        problems.append((f"{path}.{COUNT}", "say what a yes means question by question"))
        return
    before = len(problems)
    check_condition(table.questions, q.yes_means, path, problems)
    if len(problems) > before:
        return
    for target in q.yes_means:
        other = table.questions[target]
        if target == qid:
            problems.append((f"{path}.{target}", "a question's yes cannot stand for itself"))
        elif other.yes_means is not None:
            problems.append(
                (f"{path}.{target}", f"{target!r} says what its own yes means: no chains")
            )


def asked_when_problems(
    table: RuleTable, qid: str, q: Question, problems: list[tuple[str, str]]
) -> None:
    """`asked_when` is a condition on other questions, tested as a rule would test it."""
    if q.asked_when is None:
        return
    path = f"questions.{qid}.asked_when"
    check_condition(table.questions, q.asked_when, path, problems)
    if qid in q.asked_when:
        problems.append(
            (
                f"{path}.{qid}",
                f"`asked_when` names {qid!r} itself: it says when this question is asked, so "
                "it can name only other questions' answers",
            )
        )
    elif chain := _asked_in_a_circle(table, qid):
        problems.append(
            (
                f"{path}.{chain[0]}",
                "`asked_when` goes round in a circle ("
                + " -> ".join(repr(c) for c in (qid, *chain))
                + "): each is asked only after a yes to another of them, so none can come "
                "first; take `asked_when` out of one",
            )
        )
    if q.type != "yesno":  # only a yes is refused beside answers that say otherwise: a choice
        problems.append(  # or a number is not, and the contract read "pain_location = yes is
            (  # refused" for 18 signs (a maintainer-tester, thirty-second session)
                path,
                f"`asked_when` is for yes/no questions: a {q.type} question is asked of "
                "everyone whose answers it can change, so take `asked_when` out",
            )
        )
    if q.checklist is not None:  # its yes was refused in an answers file beside a no to the
        problems.append(  # condition, while the list it is on gives it to everyone: chest
            (  # pain became an input error, not an emergency (a scripter, twenty-ninth session)
                path,
                f"a question on the {q.checklist} list is asked of everyone, so it cannot have "
                "`asked_when`: take it off the list, or take `asked_when` out",
            )
        )


def _asked_in_a_circle(table: RuleTable, qid: str) -> tuple[str, ...]:
    """The questions, by `asked_when`, from `qid` back to it, or () (two questions each asked
    only when the other is yes were valid: a scripter, fortieth session)."""
    paths: list[tuple[str, ...]] = [(qid,)]
    seen = {qid}
    while paths:
        path = paths.pop(0)
        asked = table.questions.get(path[-1])
        when = asked.asked_when if asked is not None else None
        for other in condition_questions(when) if when else ():
            if other == qid and len(path) > 1:
                return (*path[1:], qid)
            if other not in seen:
                seen.add(other)
                paths.append((*path, other))
    return ()


def question_condition_problems(
    table: RuleTable, qid: str, q: Question, problems: list[tuple[str, str]]
) -> None:
    """A question's own conditions: `yes_means` and `asked_when`."""
    yes_means_problems(table, qid, q, problems)
    asked_when_problems(table, qid, q, problems)


def raw_condition_problems(
    questions: dict[str, Question], raw: dict[str, Any]
) -> list[tuple[str, str]]:
    """The condition and likelihood-ratio faults of a table that did not type-check, read
    straight from its TOML, so that they are reported with the type errors, not after them."""
    from tspain.number_checks import lr_fault

    problems: list[tuple[str, str]] = []
    signs = raw.get("warning_signs")
    for i, sign in enumerate(signs if isinstance(signs, list) else []):
        if isinstance(sign, dict) and isinstance(sign.get("when"), dict):
            check_condition(questions, sign["when"], f"warning_signs[{i}].when", problems)
    causes = raw.get("causes")
    for cid, cause in (causes if isinstance(causes, dict) else {}).items():
        evidence = cause.get("evidence") if isinstance(cause, dict) else None
        for j, ev in enumerate(evidence if isinstance(evidence, list) else []):
            if not isinstance(ev, dict):
                continue
            path = f"causes.{cid}.evidence[{j}]"
            if isinstance(ev.get("when"), dict):
                check_condition(questions, ev["when"], f"{path}.when", problems)
            lr = ev.get("lr")
            if isinstance(lr, int | float) and (fault := lr_fault(lr)):
                problems.append((f"{path}.lr", fault))
    return problems
