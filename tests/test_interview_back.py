"""Going back in the interview (issue 12, mutation testing): nothing to undo at the start, and
"not sure" at the emergency list keeps asking each sign one by one until it is itself undone."""

from __future__ import annotations

from tspain.interview import Ask, Checklist, Interview
from tspain.table import RuleTable


def test_back_at_the_start_has_nothing_to_undo(table: RuleTable) -> None:
    session = Interview(table)
    assert session.back() is False
    assert session.next() == session.next()  # and the first step is unchanged
    assert isinstance(session.next(), Checklist)


def test_back_within_the_one_by_one_signs_keeps_asking_them(table: RuleTable) -> None:
    session = Interview(table)
    first = session.next()
    assert isinstance(first, Checklist) and first.level == "emergency"
    session.answer_checklist(first, None)  # not sure: each sign on its own
    one = session.next()
    assert one == Ask(first.questions[0])
    session.answer(first.questions[0], False)
    assert session.next() == Ask(first.questions[1])
    assert session.back() is True  # undo the answer to the first sign
    assert session.next() == Ask(first.questions[0])  # still one by one
    assert session.previous[first.questions[0]] is False
    assert session.back() is True  # undo the "not sure" itself
    assert session.one_by_one == ()
    assert session.next() == first  # the list again


def test_back_after_finishing_reopens_the_interview(table: RuleTable) -> None:
    session = Interview(table)
    step = session.next()
    assert isinstance(step, Checklist)
    session.answer_checklist(step, [])
    session.finish()
    assert session.next() is None
    assert session.back() is True
    assert session.next() == step


def test_back_leaves_a_question_answered_twice_unanswered_as_api_md_says(table: RuleTable) -> None:
    """As `b` at the terminal: the question is asked again, not given its earlier answer (a
    code reviewer expected 40 back; docs/api.md now says which, thirty-fourth session)."""
    import tspain

    api = tspain.Interview()
    api.answer_list([])
    api.answer_list([])
    api.answer("age", 40)
    api.answer("age", 41)
    assert api.back() and "age" not in api.answers
