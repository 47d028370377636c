"""Signs typed at a list and lost, found by a Spanish-speaking tester (thirty-fifth session):
items held beside words that matched nothing ("el 1 y el 4, y otra cosa": fever and injecting
drugs, an emergency) gave no result at all when the person then stopped; a number with a
remark ("el 6 a veces", "6 a lot") refused the whole line quoting only that part, and a person
who typed 0 lost the chest pain typed beside it; a stop at the first "Did you mean ...?" lost
the other signs queued from the same words, and what they meant together."""

from __future__ import annotations

import pytest
from conftest import make_runner

from tspain import i18n
from tspain.cli import app
from tspain.interview import Checklist
from tspain.table import RuleTable
from tspain.ticks import PartlyOnList, parse_checklist


def check(language: str, typed: str) -> str:
    result = make_runner().invoke(app, ["--lang", language, "check", "-i"], input=typed)
    return " ".join((result.stdout + result.stderr).split())


def test_items_held_at_a_list_count_when_the_person_stops_there() -> None:
    said = check("es", "0\nel 1 y el 4, y otra cosa\n")
    assert "Anotado: 1. Fiebre" in said
    assert "EMERGENCIA" in said  # fever with injecting drugs: it was no result at all


@pytest.mark.parametrize(
    ("language", "typed"),
    [
        ("es", "el 2, y el 6 a veces\n0\n"),
        ("es", "el 2 siempre y el 6 a veces\n0\n"),
        ("en", "2 and 6 a lot\n0\n"),
    ],
)
def test_a_number_with_a_remark_keeps_the_items_typed_beside_it(language: str, typed: str) -> None:
    said = check(language, typed)
    assert "EMERGENCIA" in said or "EMERGENCY" in said, said[-600:]


@pytest.mark.parametrize(
    ("language", "typed", "kept"),
    [
        ("es", "el 2, y el 6 a veces", ["chest_pain_or_pressure", "pain_with_exertion"]),
        ("es", "4 y 7 a veces", ["shortness_of_breath", "fainting_or_clammy"]),
        ("en", "the 2 sometimes", ["chest_pain_or_pressure"]),
        ("es", "2, 3 veces al dia", ["chest_pain_or_pressure"]),  # a count: said back, 2 held
        ("es", "6 de vez en cuando", ["pain_with_exertion"]),  # a second round of people
        ("es", "el 2 por las noches", ["chest_pain_or_pressure"]),
    ],
)
def test_what_is_held_is_the_items_typed(
    table: RuleTable, language: str, typed: str, kept: list[str]
) -> None:
    i18n.use(language)
    spoken = i18n.translated_table(table)
    step = Checklist(
        "emergency", tuple(q for q, x in spoken.questions.items() if x.checklist == "emergency")
    )
    try:  # held, with the remark asked about; or ticked, where the remark says only how often
        read = parse_checklist(step, typed, spoken)
    except PartlyOnList as held:
        read = held.kept
    assert read == kept


def test_a_stop_at_did_you_mean_says_what_the_other_words_meant_and_together() -> None:
    said = check("es", "0\nme meto droga por la vena y ando con calentura\n")
    assert "Escribió «ando con calentura»" in said  # the fever queued behind it
    together = said.split("Si se dan todas estas:")[1]
    assert together.split("EMERGENCIA")[0].count(";") == 1  # the two signs, then the level
