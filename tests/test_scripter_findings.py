"""What a scripter found the docs promised and tspain did not do (issue 24, fourteenth
session): each now does what interface.md says."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import make_runner
from typer.testing import CliRunner

from tspain.cli import app
from tspain.quoting import shown


def test_compare_names_the_file_an_answer_error_is_in(runner: CliRunner, tmp_path: Path) -> None:
    """With two inputs, "unknown question id 'fevr'" did not say which file."""
    good, bad = tmp_path / "good.json", tmp_path / "bad.json"
    good.write_text('{"fever": true}')
    bad.write_text('{"fevr": true}')
    result = runner.invoke(app, ["compare", str(good), str(bad)])
    assert result.exit_code == 2
    assert result.stderr == (
        f"tspain: error: {shown(str(bad))}: unknown question id 'fevr' (did you mean 'fever'?); "
        "`tspain questions` lists them\n"
    )
    piped = runner.invoke(app, ["compare", "-", str(good)], input='{"fevr": true}')
    assert piped.stderr.startswith("tspain: error: standard input: unknown question id 'fevr'")
    missing = runner.invoke(app, ["compare", str(good), str(tmp_path / "no.json")])
    assert missing.stderr == f"tspain: error: {shown(str(tmp_path / 'no.json'))}: no such file\n"


def test_an_id_in_the_wrong_letter_case_gets_a_hint(runner: CliRunner) -> None:
    """interface.md: "the closest valid id where one is near"; FEVER got none."""
    result = runner.invoke(app, ["check", "--answers", "-"], input=json.dumps({"FEVER": True}))
    assert result.stderr == (
        "tspain: error: standard input: unknown question id 'FEVER' (did you mean 'fever'?); "
        "`tspain questions` lists them\n"
    )


def test_an_output_that_cannot_be_written_is_said_in_the_language_chosen(
    tmp_path: Path,
) -> None:
    """README "En español": error messages are translated; this one was not."""
    import subprocess
    import sys

    answers = tmp_path / "a.json"
    answers.write_text('{"fever": true}')
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "tspain", "--lang", "es", "check", "--answers", str(answers)],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    assert done.returncode == 1
    assert done.stderr.startswith("tspain: error: no se puede escribir en la salida estándar (")


def test_a_scripted_save_that_fails_prints_no_result(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Twelve concurrent `--answers a.json --json --save same.json` runs: the eleven whose file
    appeared after their check printed the whole JSON and then exited 2 (interface.md: exit 2
    means nothing on stdout). Scripted runs now save first. The race is stood in for by a file
    that exists when the save is made but was not there at the check."""
    import tspain.cli

    target = tmp_path / "same.json"
    target.write_text("another run's report")
    monkeypatch.setattr(tspain.cli, "check_options", lambda *args: None)
    args = ["check", "--answers", "-", "--json", "--save", str(target)]
    result = runner.invoke(app, args, input='{"fever": true}')
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "already exists" in result.stderr
    assert target.read_text() == "another run's report"


def test_compare_names_a_serious_cause_without_a_figure(runner: CliRunner, tmp_path: Path) -> None:
    """A newcomer's `compare jan.json mar.json` showed "Cancer in the spine 3%", a figure the
    result itself never shows for a cause not to be missed; the level read `self_care`."""
    jan, mar = tmp_path / "jan.json", tmp_path / "mar.json"
    jan.write_text('{"age": 30}')
    mar.write_text('{"age": 62, "history_of_cancer": true, "worse_at_night_or_rest": true}')
    text = runner.invoke(app, ["compare", str(jan), str(mar)]).stdout
    cancer = [line for line in text.splitlines() if "Cancer in the spine" in line]
    assert cancer and all("Cancer in the spine %" not in line for line in cancer)
    assert "%" not in cancer[0].split("Cancer in the spine")[1]  # "(new here)", no figure
    assert all(len(line) <= 80 for line in text.splitlines())
    data = json.loads(runner.invoke(app, ["compare", str(jan), str(mar), "--json"]).stdout)
    assert data["ranking"]["new"][0]["serious"] is True  # a script reads the figure and the flag


def test_compare_says_under_1_percent_as_a_result_does(runner: CliRunner, tmp_path: Path) -> None:
    """`tspain compare` printed "4. Shingles 0%" (a reviewer): a result says "<1%", never a
    misleading 0%."""
    jan, mar = tmp_path / "jan.json", tmp_path / "mar.json"
    jan.write_text('{"age": 30}')
    mar.write_text('{"age": 30, "rash": true, "pain_location": "band_around_chest"}')
    text = runner.invoke(app, ["compare", str(mar), str(jan)]).stdout
    assert " 0%" not in text and "<1%" in text, text


def test_an_unknown_command_is_one_sentence(runner: CliRunner) -> None:
    """A newcomer read "No such command 'bogus'. (see `tspain --help`)": a full stop before
    the bracket that finishes the sentence."""
    result = runner.invoke(app, ["bogus"])
    assert result.exit_code == 2
    assert result.stderr == "tspain: error: No such command 'bogus' (see `tspain --help`)\n"


def test_a_broken_or_unsafe_table_is_one_error_line(runner: CliRunner, tmp_path: Path) -> None:
    """docs/interface.md promises one `tspain: error:` line for exit 2; a table with three
    faults gave three lines and a fourth (a scripter and a maintainer, sixteenth session)."""
    from test_safety import _sign_at
    from test_table import SHIPPED

    broken = tmp_path / "broken.toml"
    broken.write_text(SHIPPED.replace("prior = ", "prior = -", 3), encoding="utf-8")
    unsafe = tmp_path / "unsafe.toml"
    unsafe.write_text(_sign_at(SHIPPED, "tearing_pain", "urgent"), encoding="utf-8")
    for path, said in ((broken, "more: `tspain validate"), (unsafe, "--allow-unsafe-table")):
        result = runner.invoke(app, ["--rules", str(path), "check", "--answers", "-"], input="{}")
        assert result.exit_code == 2
        assert result.stderr.count("\n") == 1 and result.stderr.startswith("tspain: error:")
        assert said in result.stderr, result.stderr


def test_every_id_the_contract_lists_is_required_of_a_table() -> None:
    """docs/interface.md lists the question ids a table must have; seven added by later tables
    were not in `contract.REQUIRED_QUESTIONS`, so a maintainer renamed `heavy_drinking` and
    validate said valid while saved answers files broke (sixteenth session)."""
    import re

    from tspain.required_questions import REQUIRED_QUESTIONS

    doc = (Path(__file__).parent.parent / "docs" / "interface.md").read_text("utf-8")
    section = doc.split("Question ids the rule table must have")[1].split("\n## ")[0]
    listed = set(re.findall(r"^\| `(\w+)` \|", section, flags=re.MULTILINE))
    assert len(listed) > 50
    assert listed == set(REQUIRED_QUESTIONS)


def test_every_json_field_is_named_in_the_contract() -> None:
    """A scripter could not tell which fields were stable: docs/interface.md named neither
    `rules_version`, `triage.label`, the reasons' and evidence's fields nor `probability`."""
    import re

    import tspain
    from tspain.assessment import as_json

    data = as_json(tspain.assess({"age": 60, "chest_pain_or_pressure": True, "smoker": True}))
    cause = data["causes"][0]
    keys = {*data, *data["triage"], *data["triage"]["reasons"][0], *cause}
    keys |= set(next(c for c in data["causes"] if c["evidence"])["evidence"][0])
    doc = (Path(__file__).parent.parent / "docs" / "interface.md").read_text("utf-8")
    named = set(re.findall(r"`([a-z_]+)`", doc))
    assert keys - named == set()


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--interactive"], "--interactive is for asking questions, and --answers asks none"),
        (["--max-questions", "1"], "--max-questions is for asking questions"),
        (["--force"], "--force is for --save or --save-answers"),  # twentieth session
        (["--save", ""], "cannot save to an empty name: give a file name"),
        (
            ["--save", "/dev/null/x.json"],
            "cannot save to /dev/null/x.json: /dev/null is not a folder",
        ),
    ],
)
def test_options_that_cannot_work_are_refused_in_one_line(
    runner: CliRunner, args: list[str], said: str
) -> None:
    """Each was silently ignored, or said "cannot save to : it is a folder" and "folder
    /dev/full does not exist" (a scripter, sixteenth session)."""
    result = runner.invoke(app, ["check", "--answers", "-", "--json", *args], input='{"age": 3}')
    assert result.exit_code == 2
    assert result.stderr.startswith(f"tspain: error: {said}")
    assert result.stderr.count("\n") == 1 and said in result.stderr


def test_a_folder_given_to_save_is_asked_for_a_file_name_in_it(
    runner: CliRunner, tmp_path: Path
) -> None:
    """`--save offer` (a folder) said "it is a folder, and tspain only replaces regular files",
    though nothing was to be replaced (a newcomer, sixteenth session)."""
    folder = tmp_path / "offer"
    folder.mkdir()
    result = runner.invoke(
        app, ["check", "--answers", "-", "--save", str(folder)], input='{"age": 3}'
    )
    assert result.exit_code == 2
    assert result.stderr == (
        f"tspain: error: cannot save to {folder}: it is a folder: give a file name in it, such "
        f"as {folder / 'report.html'}\n"
    )


def test_standard_input_given_for_both_compared_files_is_refused(runner: CliRunner) -> None:
    """`compare - -` said "standard input: is empty" of the second (a scripter, twentieth
    session): it can be read once."""
    result = runner.invoke(app, ["compare", "-", "-"], input='{"age": 30}')
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == (
        "tspain: error: standard input (-) can be read once: give it for OLD or NEW, not both\n"
    )


def test_an_empty_answers_file_name_says_so() -> None:
    """`--answers ''` said "'': is a directory" (Path("") is the current folder: a scripter,
    twenty-second session), where `--save ''` says the name is empty."""
    from conftest import make_runner

    from tspain.cli import app

    done = make_runner().invoke(app, ["check", "--answers", ""])
    assert done.exit_code == 2
    assert done.stderr.strip() == (
        "tspain: error: cannot read an empty name: give a file name, or - for standard input"
    )


def test_a_yes_to_a_question_its_other_answers_rule_out_is_refused(runner: CliRunner) -> None:
    """`hormones_or_pregnancy: false` beside `pregnancy_warning_signs: true` was accepted and
    read the least safe way, as no sign (a scripter, twenty-seventh session). The interview never
    asks the second when the first is no; a file saying both is refused, naming both, as
    interface.md says of every contradiction it cannot read."""
    both = {"age": 30, "sex": "female", "hormones_or_pregnancy": False}
    result = runner.invoke(
        app,
        ["check", "--answers", "-"],
        input=json.dumps({**both, "pregnancy_warning_signs": True}),
    )
    assert result.exit_code == 2
    assert result.stderr == (
        "tspain: error: standard input: pregnancy_warning_signs: got true, but it is asked only "
        "when hormones_or_pregnancy = true, and here hormones_or_pregnancy = false; correct one "
        "of them\n"
    )
    said_no = {**both, "pregnancy_warning_signs": False}  # a script that fills every field
    assert runner.invoke(app, ["check", "--answers", "-"], input=json.dumps(said_no)).exit_code == 0


def test_the_api_refuses_the_same_yes_with_the_question_at_fault() -> None:
    """`tspain.assess()` checks what the CLI checks: the error names the question."""
    import tspain

    with pytest.raises(tspain.AnswersError) as caught:
        tspain.assess({"hormones_or_pregnancy": False, "pregnancy_warning_signs": True})
    assert caught.value.question == "pregnancy_warning_signs"


def test_a_yes_to_pre_eclampsias_signs_is_urgent_with_pregnancy_unanswered(
    runner: CliRunner,
) -> None:
    """Its question says "if you are pregnant or had a baby in the last 6 weeks (if not, answer
    no)": a yes says she is. With the pregnancy question left out of a file, the sign was left
    open and the level routine (table .56)."""
    answers = {"age": 30, "sex": "female", "pregnancy_warning_signs": True}
    result = runner.invoke(app, ["check", "--answers", "-", "--json"], input=json.dumps(answers))
    found = json.loads(result.stdout)["triage"]
    assert found["level"] == "urgent"
    assert "pregnancy_warning_signs" in [r["id"] for r in found["reasons"]]


def test_a_signs_questions_are_those_that_made_it_hold(runner: CliRunner) -> None:
    """interface.md: a sign's `questions` are those whose answers made it hold, "which may be
    fewer than `tspain signs --json` lists": a clot risk on one side listed recent surgery
    (answered no) and hormones (unknown) beside the clot before (a scripter, twenty-eighth
    session)."""
    answers = {
        "pain_location": "one_side",
        "previous_blood_clot": True,
        "recent_surgery_or_immobility": False,
    }
    result = runner.invoke(app, ["check", "--answers", "-", "--json"], input=json.dumps(answers))
    reasons = {r["id"]: r["questions"] for r in json.loads(result.stdout)["triage"]["reasons"]}
    assert reasons["clot_risk_one_sided"] == ["pain_location", "previous_blood_clot"]


def test_a_mans_yes_to_pre_eclampsias_signs_is_read_as_said(runner: CliRunner) -> None:
    """`sex: male` beside `pregnancy_warning_signs: true` was accepted and read as no sign,
    the least safe reading (a code reviewer, twenty-eighth session); a pregnant trans man may
    answer "male". The yes is the sign (table .59)."""
    answers = {"age": 30, "sex": "male", "pregnancy_warning_signs": True}
    result = runner.invoke(app, ["check", "--answers", "-", "--json"], input=json.dumps(answers))
    assert json.loads(result.stdout)["triage"]["level"] == "urgent"


def test_a_table_named_dash_says_tables_are_not_read_from_standard_input(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`tspain validate -` said "-: no such file", as if a file named "-" were looked for on
    purpose (a scripter, twenty-ninth session)."""
    monkeypatch.chdir(tmp_path)
    for args in (["validate", "-"], ["--rules", "-", "causes"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 2
        assert result.stderr == (
            "tspain: error: -: no such file "
            "(a table is read from a file, not from standard input)\n"
        )


def test_an_asked_when_on_a_number_is_said_as_the_table_writes_it(
    runner: CliRunner, tmp_path: Path
) -> None:
    """The refusal said `age = "IntRange(min=40, max=None)"`, Python's words (a scripter,
    thirtieth session): it says `age = { min = 40 }`, as the table does."""
    from tspain.loading import default_table_path

    copy = tmp_path / "copy.toml"
    copy.write_text(
        default_table_path()
        .read_text(encoding="utf-8")
        .replace(
            "[questions.high_blood_pressure]\n",
            "[questions.high_blood_pressure]\nasked_when = { age = { min = 40 } }\n",
            1,
        ),
        encoding="utf-8",
    )
    answers = {"onset": "gradual", "high_blood_pressure": True, "age": 35}
    result = runner.invoke(
        app,
        ["--rules", str(copy), "--allow-unsafe-table", "check", "--answers", "-"],
        input=json.dumps(answers),
    )
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        "tspain: error: standard input: high_blood_pressure: got true, but it is asked only "
        "when age = { min = 40 }, and here age = 35; correct one of them"
    )


def test_an_asked_when_held_by_a_count_is_said_as_the_table_writes_it(
    runner: CliRunner, tmp_path: Path
) -> None:
    """The refusal said `count = "Count(of=({'diabetes': True}, ...)"` and "and here ;", the
    count's parts never named (a code reviewer, thirty-first session)."""
    from tspain.loading import default_table_path

    split = (
        "asked_when = { count = { of = [ { diabetes = true }, { night_sweats = false } ], min "
        '= 1, max = 1, about = "one of two (diabetes, no night sweats)" } }\n'
    )
    copy = tmp_path / "copy.toml"
    copy.write_text(
        default_table_path()
        .read_text(encoding="utf-8")
        .replace("[questions.heavy_drinking]\n", "[questions.heavy_drinking]\n" + split, 1),
        encoding="utf-8",
    )
    answers = {"heavy_drinking": True, "diabetes": True, "night_sweats": False}
    result = runner.invoke(
        app,
        ["--rules", str(copy), "--allow-unsafe-table", "check", "--answers", "-"],
        input=json.dumps(answers),
    )  # unsafe since the contract keeps a cold sweat with diabetes: a file with a heavy drinker
    # and no night sweats beside it is refused too
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        "tspain: error: standard input: heavy_drinking: got true, but it is asked only when "
        "count = { of = [ { diabetes = true }, { night_sweats = false } ], min = 1, max = 1 }, "
        "and here diabetes = true, night_sweats = false; correct one of them"
    )


def test_an_option_of_a_command_given_before_it_says_where_it_goes() -> None:
    """ "tspain --json causes" was told "No such option: --json (Possible options: --version)"
    (a scripter, thirty-fourth session)."""
    done = make_runner().invoke(app, ["--json", "causes"])
    assert done.exit_code == 2
    assert done.stderr == (
        "tspain: error: --json goes after the command, as in tspain causes --json (the commands "
        "that take it: check, causes, prevent, questions, signs, validate, compare)\n"
    )  # the command typed, and an option's value shown (a code reviewer, 34th session)
    saved = make_runner().invoke(app, ["--save", "r.html", "check"])
    assert "--save PATH goes after the command, as in tspain check --save PATH" in saved.stderr


def test_no_command_is_said_in_the_language_asked_for() -> None:
    """ "tspain --lang es" said "Missing command (vea ...)", half in English (a scripter,
    thirty-fourth session)."""
    done = make_runner().invoke(app, ["--lang", "es"])
    assert done.exit_code == 2
    assert done.stderr == "tspain: error: Falta el comando (vea `tspain --help`)\n"
