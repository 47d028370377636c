"""`tspain.Interview`: the command line's questions for a script that asks them its own way (a
scripter's kiosk, seventeenth session, could only reach the private interview; piping keys into
`tspain check -i` gave screens, not ids). References: the vignettes' clinician levels, and
`tspain.assess` on the same answers."""

from __future__ import annotations

import random

import pytest
from caselib import Case
from typer.testing import CliRunner

import tspain
from tspain.cli import app
from tspain.table import Answer, RuleTable


def _asked(case_answers: dict[str, Answer], language: str = "en") -> tspain.Interview:
    """The public interview answered from what a person would say; unknown stays not sure."""
    interview = tspain.Interview(language=language)
    while (step := interview.next()) is not None:
        if step.kind == "list":
            interview.answer_list([q for q in step.questions if case_answers.get(q) is True])
        else:
            interview.answer(step.questions[0], case_answers.get(step.questions[0]))
    return interview


def test_each_vignette_asked_through_the_api_gets_its_clinician_level(cases: list[Case]) -> None:
    own = [c for c in cases if c.mode == "own"]
    assert len(own) >= 60
    for case in own[::6]:  # a sixth of them (all: 4 s); test_interview replays every one
        assert _asked(case.answers).result().triage.level == case.level, case.id


@pytest.mark.parametrize("seed", range(20))
def test_the_result_is_what_assess_gives_for_the_answers(table: RuleTable, seed: int) -> None:
    rng = random.Random(seed)
    person: dict[str, Answer] = {}
    for qid, q in table.questions.items():
        if q.type == "yesno":
            person[qid] = rng.random() < 0.12
        elif q.type == "choice":
            person[qid] = rng.choice(list(q.options))
        else:
            person[qid] = rng.randint(q.min or 0, min(q.max or 100, 120))
    interview = _asked(person, "es" if seed % 2 else "en")
    result = interview.result()
    assert result == tspain.assess(dict(interview.answers), language=result.language)


def test_not_sure_at_the_emergency_list_asks_each_sign_alone() -> None:
    interview = tspain.Interview()
    first = interview.next()
    assert first is not None and first.kind == "list" and first.level == "emergency"
    interview.answer_list(None)
    alone = interview.next()
    assert alone == tspain.Step("question", (first.questions[0],))
    interview.answer(first.questions[0], True)  # an emergency sign ends it at once
    assert interview.next() is None
    assert interview.result().triage.level == "emergency"


def test_wrong_answers_raise_and_back_undoes() -> None:
    interview = tspain.Interview()
    with pytest.raises(tspain.AnswersError) as err:
        interview.answer("fever", "yes")
    assert err.value.question == "fever"
    with pytest.raises(tspain.AnswersError):
        interview.answer_list(["fever"])  # not on the emergency list
    interview.answer_list([])
    assert interview.next() is not None and interview.back()
    assert dict(interview.answers) == {} and not interview.back()
    with pytest.raises(TypeError):
        interview.answers["age"] = 3  # type: ignore[index]


def test_a_list_answer_may_leave_some_items_unknown() -> None:
    """A regression hunter: `answer_list` could only say yes or no of each item, so a person
    unsure of one was recorded as "no"."""
    interview = tspain.Interview()
    interview.answer_list([])
    interview.answer_list(["fever"], unsure=["weight_loss"])
    assert interview.answers["fever"] is True and interview.answers["weight_loss"] is None
    assert interview.answers["rash"] is False
    with pytest.raises(tspain.AnswersError):
        interview.answer_list([], unsure=["fever"])  # the routine list now: fever is not on it


def _unsure_after_the_lists(interview: tspain.Interview) -> list[str]:
    """Answer every list "none of these" and each question "not sure" until the end; what was
    typed, as the command line takes it."""
    typed = []
    while (step := interview.next()) is not None:
        if step.kind == "list":
            interview.answer_list([])
            typed.append("0")
        else:
            interview.answer(step.questions[0], None)
            typed.append("s")
    return typed


def test_three_not_sure_in_a_row_end_the_questions_here_as_on_the_command_line(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rule lived in the terminal loop: a scripted interview went on through 17 "not sure"
    answers where `tspain check` stops at 3 (a reviewer). Going back takes it back. What
    everyone can answer (age, how bad, how it began ...) is still asked while it could change
    the level: cut at once, published cases whose severity and age went unasked ended URGENT,
    not EMERGENCY (the slow replays in tests/test_interview.py)."""
    from tspain.required_questions import HISTORY_FIRST, INJURY

    interview = tspain.Interview()
    typed = _unsure_after_the_lists(interview)
    assert typed[-3:] == ["s", "s", "s"]
    assert interview.cut_short and interview.next() is None
    for qid in (*HISTORY_FIRST, INJURY):
        assert qid in interview.answers  # each asked before the questions were cut short
    assert interview.back() and not interview.cut_short
    assert interview.next() is not None
    from scripting import at_a_terminal

    at_a_terminal(monkeypatch)
    result = runner.invoke(app, ["check"], input="\n".join([*typed, "n", ""]))
    assert "Not sure of several answers in a row" in result.stdout, result.stdout
    assert result.stdout.count("Question ") == len(typed)


@pytest.mark.parametrize(
    ("given", "error"),
    [(0, ValueError), (-1, ValueError), ("3", TypeError), (2.5, TypeError), (True, TypeError)],
)
def test_max_questions_is_checked_when_the_interview_is_made(given: object, error: type) -> None:
    """A scripter's audit (twentieth session): 0 or -1 gave an interview of no questions, "3"
    failed at the first step with a bare TypeError, 2.5 asked 3 questions."""
    with pytest.raises(error, match="max_questions"):
        tspain.Interview(max_questions=given)  # type: ignore[arg-type]


def test_an_id_both_ticked_and_unsure_is_an_error_not_a_yes() -> None:
    interview = tspain.Interview()
    step = interview.next()
    assert step is not None and step.kind == "list"
    first = step.questions[0]
    with pytest.raises(tspain.AnswersError, match="both ticked and not sure"):
        interview.answer_list([first], unsure=[first])


def test_a_string_alone_is_refused_not_read_letter_by_letter() -> None:
    """ "fever" was read as 'f', 'e', ... : "'f' is not on this list" (a reviewer)."""
    interview = tspain.Interview()
    interview.answer_list([])
    with pytest.raises(TypeError, match=r"\['fever'\]"):
        interview.answer_list("fever")
    with pytest.raises(TypeError):
        interview.answer_list([], unsure="fever")


def test_the_errors_are_named_as_they_are_imported() -> None:
    assert repr(tspain.AnswersError("x")).startswith("AnswersError")
    assert f"{tspain.AnswersError.__module__}.{tspain.AnswersError.__name__}" == (
        "tspain.AnswersError"
    )
    assert tspain.TableError.__module__ == tspain.LanguageError.__module__ == "tspain"


def test_an_answer_after_the_end_still_counts_as_documented() -> None:
    """docs/api.md: answer() takes any question at any time, after the end too."""
    interview = tspain.Interview()
    interview.answer_list(["chest_pain_or_pressure"])
    assert interview.next() is None
    interview.answer("fever", True)
    assert interview.answers["fever"] is True
    known = {q: v for q, v in interview.answers.items() if v is not None}
    assert interview.result() == tspain.assess(known)
    assert (
        interview.result().unanswered_warning_signs
        != tspain.assess({k: v for k, v in known.items() if k != "fever"}).unanswered_warning_signs
    )


def test_an_answer_that_cannot_be_meant_beside_those_so_far_is_refused_not_recorded() -> None:
    """A yes to pre-eclampsia's signs, then "not pregnant", was taken by `answer()`, which
    `assess` refuses for the same answers, and the result fell from urgent to routine (a
    scripter, thirty-fifth session). Either order."""
    interview = tspain.Interview()
    interview.answer("pregnancy_warning_signs", True)
    with pytest.raises(tspain.AnswersError, match="correct one of them"):
        interview.answer("hormones_or_pregnancy", False)
    assert interview.answers.get("hormones_or_pregnancy") is not False
    assert interview.result().triage.level == "urgent"
    other = tspain.Interview()
    other.answer("hormones_or_pregnancy", False)
    with pytest.raises(tspain.AnswersError):
        other.answer("pregnancy_warning_signs", True)


def test_a_wrong_answer_and_an_unknown_language_are_value_errors() -> None:
    """Code catching the standard exception did not catch them (a scripter, thirty-fifth
    session): docs/api.md says they are `ValueError`s."""
    with pytest.raises(ValueError, match="expected true or false"):
        tspain.assess({"fever": "yes"})
    with pytest.raises(ValueError):
        tspain.assess({}, language="xx")
