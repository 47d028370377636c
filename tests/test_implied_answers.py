"""A yes to a question the table asks only when other answers hold (`asked_when`) says that
they hold: the interview records them with it, so that a later "none" at a list cannot say
otherwise and leave answers the result refuses as a contradiction (a tester, thirtieth
session: a pregnant woman with pre-eclampsia's signs got a traceback and no advice)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import make_runner

from tspain.cli import app
from tspain.interview import Ask, Checklist, Interview
from tspain.table import RuleTable

SAID = {
    "en": "none but terrible headache and blurred vision",
    "es": "ninguna pero tengo un dolor de cabeza muy fuerte y veo borroso",
}
"""Pre-eclampsia's signs said at the emergency list without the pregnancy: asked next, then
the urgent list, which holds the pregnancy."""
PREGNANT = {
    "en": "none but im pregnant and have a terrible headache and blurred vision",
    "es": "ninguna pero estoy embarazada y tengo un dolor de cabeza muy fuerte y veo borroso",
}
"""The tester's words: since the thirtieth session the pregnancy is asked first, then her signs."""
YES = {"en": "y", "es": "s"}


def _urgent_with_both(tmp_path: Path, lang: str, typed: list[str]) -> None:
    saved = tmp_path / f"answers{len(typed)}.json"
    done = make_runner().invoke(
        app,
        ["--lang", lang, "check", "--interactive", "--save-answers", str(saved)],
        input="\n".join([*typed, "0", "q"]) + "\n",
    )
    assert done.exit_code == 0, done.output
    answers = json.loads(saved.read_text(encoding="utf-8"))
    assert answers["pregnancy_warning_signs"] is True, done.output
    assert answers["hormones_or_pregnancy"] is True
    assert ("URGENT" if lang == "en" else "URGENTE") in done.stdout
    again = make_runner().invoke(app, ["check", "--answers", str(saved), "--json"])
    assert json.loads(again.stdout)["triage"]["level"] == "urgent"


@pytest.mark.parametrize("lang", ["en", "es"])
def test_pre_eclampsia_said_at_the_first_list_then_none_at_the_next_is_urgent(
    tmp_path: Path, lang: str
) -> None:
    _urgent_with_both(tmp_path, lang, [SAID[lang], YES[lang]])
    _urgent_with_both(tmp_path, lang, [PREGNANT[lang], YES[lang], YES[lang]])


def test_the_yes_and_what_it_says_are_one_step(table: RuleTable) -> None:
    interview = Interview(table)
    first = interview.next()
    assert isinstance(first, Checklist) and first.level == "emergency"
    interview.answer_checklist(first, [])
    interview.answer("pregnancy_warning_signs", True)
    assert interview.answers["hormones_or_pregnancy"] is True
    urgent = interview.next()
    assert isinstance(urgent, Checklist) and urgent.level == "urgent"
    assert "hormones_or_pregnancy" not in urgent.questions
    interview.back()  # "b" takes back both
    assert "hormones_or_pregnancy" not in interview.answers
    interview.answer("pregnancy_warning_signs", False)
    assert "hormones_or_pregnancy" not in interview.answers


def test_answers_refused_together_at_the_end_are_one_line_not_a_traceback(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Should the interview still take answers the table refuses together (a table's own
    `asked_when` on a number, say), the person gets one line, not a traceback: the session
    above without the yes recorded as saying she is pregnant."""
    monkeypatch.setattr(Interview, "_said_by_a_yes", lambda self, qid, value: None)
    done = make_runner().invoke(
        app, ["check", "--interactive"], input="\n".join([SAID["en"], "y", "0", "q"]) + "\n"
    )
    assert done.exit_code == 2
    assert done.stderr.startswith("tspain: error: pregnancy_warning_signs: got true, but")
    assert len(done.stderr.splitlines()) == 1 and "Traceback" not in done.output


def test_a_question_named_after_a_no_to_what_it_is_asked_under_is_not_asked(
    table: RuleTable,
) -> None:
    """Pre-eclampsia's signs named after a no to pregnancy were asked, and a yes left answers
    the result refused: one line and no advice (a code reviewer, thirtieth session). The table
    reads them only in pregnancy, so they are not asked."""
    interview = Interview(table)
    interview.answer_checklist(Checklist("emergency", ()), [])
    interview.answer("hormones_or_pregnancy", False)
    interview.bring_forward(["pregnancy_warning_signs"])
    step = interview.next()
    assert not (isinstance(step, Ask) and step.question == "pregnancy_warning_signs"), step
    interview.back()
    interview.answer("hormones_or_pregnancy", None)  # not sure: asked, as before
    assert interview.next() == Ask("pregnancy_warning_signs")


def test_a_yes_with_what_it_says_breaks_a_run_of_not_sure(table: RuleTable) -> None:
    """The yes and the pregnancy it says make one step of two ids, which was skipped like a
    list: "s", "s", yes, "s" counted three "not sure" in a row and cut the questions short (a
    code reviewer, thirtieth session)."""
    interview = Interview(table)
    interview.answer_checklist(Checklist("emergency", ()), [])
    interview.answer("smoker", None)
    interview.answer("diabetes", None)
    interview.answer("pregnancy_warning_signs", True)
    interview.answer("cough", None)
    assert interview.unsure_run() == 1
