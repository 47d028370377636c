"""`tspain compare`: an unknown answer is said in the chosen language, and the JSON gives each
changed answer as an answers file has it (`old_value`, `new_value`), the same in every language,
beside the words shown (`old`, `new`, unchanged)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tspain.cli import app
from tspain.table import RuleTable

OLD = {"age": 34, "sex": "female", "onset": "gradual"}
NEW = {"age": 35, "onset": "sudden", "fever": True}


@pytest.fixture
def pair(tmp_path: Path) -> list[str]:
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(json.dumps(OLD))
    new.write_text(json.dumps(NEW))
    return [str(old), str(new)]


def compare(runner: CliRunner, lang: str, *args: str) -> str:
    done = runner.invoke(app, ["--lang", lang, "compare", *args])
    assert done.exit_code == 0, done.stderr
    assert done.stderr == ""
    return done.stdout


def test_unknown_is_said_in_spanish(runner: CliRunner, pair: list[str]) -> None:
    text = " ".join(compare(runner, "es", *pair).split())
    assert "unknown" not in text
    assert "desconocido -> sí" in text and "Mujer -> desconocido" in text
    english = " ".join(compare(runner, "en", *pair).split())
    assert "unknown -> yes" in english and "Female -> unknown" in english


def test_json_gives_the_answers_as_an_answers_file_does_in_every_language(
    runner: CliRunner, pair: list[str]
) -> None:
    by_lang = {
        lang: {
            a["question"]: a for a in json.loads(compare(runner, lang, *pair, "--json"))["answers"]
        }
        for lang in ("en", "es")
    }
    for answers in by_lang.values():
        assert {q: (a["old_value"], a["new_value"]) for q, a in answers.items()} == {
            "age": (34, 35),
            "sex": ("female", None),
            "onset": ("gradual", "sudden"),
            "fever": (None, True),
        }
    english, spanish = by_lang["en"], by_lang["es"]
    # The words shown are still there, as before, in the language chosen.
    assert (english["sex"]["old"], english["sex"]["new"]) == ("Female", "unknown")
    assert (spanish["sex"]["old"], spanish["sex"]["new"]) == ("Mujer", "desconocido")
    assert (english["age"]["old"], english["age"]["new"]) == (
        "34 years",
        "35 years",
    )  # with its unit, as shown
    assert english["onset"]["old"] == "Gradually, over hours or days"
    assert set(english["fever"]) == {"question", "text", "old", "new", "old_value", "new_value"}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_ranking_names_causes_in_the_readers_language(
    runner: CliRunner, pair: list[str], lang: str
) -> None:
    """A tester read "1. traumatic_injury 41% -> compression_fracture 32%" on a Spanish screen:
    the text names each cause as a result does; the JSON keeps the ids and adds the names."""
    from tspain.i18n import translated_table
    from tspain.loading import load_table

    data = json.loads(compare(runner, lang, *pair, "--json"))
    text = compare(runner, lang, *pair)
    table = load_table()
    if lang == "es":
        from tspain import i18n

        table = translated_table(table, i18n.read("es"))
    ranking = " ".join(text.split("\n\n")[-3].split())  # what must not be missed, then the
    # disclaimer, come last
    for side in ("old", "new"):
        for cause in data["ranking"][side]:
            assert cause["id"] not in ranking, cause["id"]
            assert cause["name"] == table.causes[cause["id"]].name
            assert cause["name"] in ranking


def test_a_duration_is_compared_with_its_unit(table: RuleTable) -> None:
    """A tester read "How many days ... 10 -> 40" and could not tell days from weeks."""
    from tspain.compare import compare_answers

    changed = compare_answers(table, {"duration_days": 1}, {"duration_days": 40}).answers
    assert [(c.old, c.new) for c in changed] == [("1 day", "40 days")]


def test_each_cause_is_shown_beside_its_own_old_place(runner: CliRunner, pair: list[str]) -> None:
    """Rows paired by position read "2. Muscle overuse (strain) 13% -> Kidney infection", as if
    one cause had become the other (a newcomer). The reference is the JSON's two lists."""
    data = json.loads(compare(runner, "en", *pair, "--json"))
    text = " ".join(compare(runner, "en", *pair).split())
    old = [c["id"] for c in data["ranking"]["old"]]
    for place, cause in enumerate(data["ranking"]["new"], start=1):
        row = text.split(f" {place}. {cause['name']}", 1)[1].split(f" {place + 1}. ")[0]
        if cause["id"] in old:
            assert f"(was number {old.index(cause['id']) + 1}" in row, row
        else:
            assert "(new here)" in row, row
    gone = [
        c
        for c in data["ranking"]["old"]
        if c["id"] not in {n["id"] for n in data["ranking"]["new"]}
    ]
    for cause in gone:
        assert cause["name"] in text.split("No longer listed")[1]


def test_a_serious_cause_raised_is_in_the_comparison(tmp_path: Path) -> None:
    """A desk worker's answers beside a man of 45's sudden pain with two heart risks: urgent
    for the heart, and the comparison's ranking (the five likeliest) did not name it (a
    scripter, twenty-eighth session). Both the text and the JSON name what must not be missed."""
    desk = {"age": 34, "sex": "female", "onset": "gradual", "severity": 4, "injury": "none"}
    heart = {"age": 45, "sex": "male", "onset": "sudden", "severity": 5, "injury": "none"}
    heart |= {"duration_days": 0, "smoker": True, "high_blood_pressure": True}
    old, new = tmp_path / "desk.json", tmp_path / "heart.json"
    old.write_text(json.dumps(desk), encoding="utf-8")
    new.write_text(json.dumps(heart), encoding="utf-8")
    from conftest import make_runner

    runner = make_runner()
    said = runner.invoke(app, ["compare", str(old), str(new), "--json"])
    serious = json.loads(said.stdout)["must_not_miss"]
    assert [c["id"] for c in serious["new"]][:1] == ["heart_attack"] and serious["old"] == []
    text = " ".join(runner.invoke(app, ["compare", str(old), str(new)]).output.split())
    assert "Must not be missed now • Heart attack or angina (new)" in text


def test_a_new_emergency_says_to_call_an_ambulance_and_that_it_is_no_diagnosis(
    runner: CliRunner, tmp_path: Path
) -> None:
    """ "Triage: routine -> emergency (changed)", then 27 lines of answers and rankings, with no
    word of calling an ambulance, nor that tspain is not a diagnosis (a scripter, thirty-fifth
    session): what to do now follows the level, in the text and in the JSON."""
    before, after = tmp_path / "a.json", tmp_path / "e.json"
    before.write_text('{"age": 60}', encoding="utf-8")
    after.write_text('{"age": 60, "chest_pain_or_pressure": true}', encoding="utf-8")
    text = runner.invoke(app, ["compare", str(before), str(after)]).stdout
    lines = text.splitlines()
    assert lines[0].startswith("Triage: routine -> emergency")
    assert lines[1].strip().startswith("Call an ambulance now (999, 112 or 911).")
    assert "tspain is not a diagnosis" in text
    data = json.loads(runner.invoke(app, ["compare", str(before), str(after), "--json"]).stdout)
    assert data["triage"]["action"].startswith("Call an ambulance now")
    assert "not a diagnosis" in data["disclaimer"]
