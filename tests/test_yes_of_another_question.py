"""A yes whose words are of another question ("yes type 2 diabetic" at "Do you smoke?") was a
yes to the question asked, said back as "= yes" (left for the next session by people at a
terminal, thirty-fourth session): it is asked again, saying so (thirty-fifth session). A yes
with a fact added beside it ("yes, and im diabetic"), or of the question's own words, stands,
as does any yes at a warning sign's question (over-asking there could lose the sign)."""

from __future__ import annotations

import pytest
from conftest import make_runner

from tspain import i18n
from tspain.cli import app
from tspain.table import RuleTable
from tspain.understand import Invalid, parse_answer

TO_SITTING = ("0", "0", "0", "no", "gradual", "40", "between the shoulder blades", "2 weeks")


@pytest.mark.parametrize(
    ("language", "qid", "typed", "value"),
    [
        ("en", "smoker", "yes type 2 diabetic", Invalid),
        ("en", "smoker", "yes diabetic", Invalid),
        ("en", "smoker", "yes on warfarin", Invalid),
        ("en", "diabetes", "yes i smoke", Invalid),
        ("es", "smoker", "sí, diabética tipo 2", Invalid),
        ("es", "smoker", "si, tomo sintrom", Invalid),
        ("en", "smoker", "yes, and im diabetic", True),  # a fact beside the yes
        ("en", "smoker", "yes 20 a day", True),
        ("en", "smoker", "yes cigarettes", True),  # its own words
        ("en", "diabetes", "yes on metformin", True),
        ("en", "diabetes", "yes type 2", True),
        ("es", "smoker", "si fumo", True),
        ("en", "fever", "yes im diabetic", True),  # a warning sign's yes stands
        ("en", "chest_pain_or_pressure", "yes sweaty", True),
        # a code reviewer's (the same session): a sign's own question, another's word read
        # loosely ("pounding" was weight loss, "soaking" smoking), a question's own word in
        # Spanish that its text does not hold
        ("en", "pregnancy_warning_signs", "yes my head is pounding", True),
        ("en", "night_sweats", "yes soaking the bed", True),
        ("en", "repetitive_activity", "yes weights", True),
        ("es", "high_blood_pressure", "sí, hipertensión", True),
    ],
)
def test_a_yes_of_another_question_is_asked_again(
    table: RuleTable, language: str, qid: str, typed: str, value: object
) -> None:
    i18n.use(language)
    question = i18n.translated_table(table).questions[qid]
    if value is Invalid:
        with pytest.raises(Invalid, match=r"another question|otra pregunta"):
            parse_answer(question, typed)
    else:
        assert parse_answer(question, typed) == value


def test_at_the_terminal_the_person_is_told_and_asked_again() -> None:
    typed = "".join(f"{x}\n" for x in (*TO_SITTING, "yes type 2 diabetic", "n"))
    result = make_runner().invoke(app, ["check", "-i"], input=typed)
    said = " ".join(result.stdout.split())
    assert "'type 2 diabetic' answers another question. Please answer yes or no" in said
    assert "why: you sit for long hours" not in said  # the "n" given after it is the answer
