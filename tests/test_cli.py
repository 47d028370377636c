"""The command line as a person or a script uses it (CliRunner)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from caselib import Case
from scripting import typed_for
from typer.testing import CliRunner

from tspain import __version__
from tspain.cli import app
from tspain.table import RuleTable

DESK = {"age": 34, "sex": "female", "sedentary_or_desk_work": True, "fever": False}


def by_id(cases: list[Case], case_id: str) -> Case:
    return next(c for c in cases if c.id == case_id)


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.strip() == f"tspain {__version__}"


def test_help_lists_commands_with_examples(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("check", "causes", "prevent", "questions", "validate", "compare"):
        assert command in result.output
        sub = runner.invoke(app, [command, "--help"])
        assert sub.exit_code == 0 and "Examples:" in sub.output, command


def test_check_answers_json(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(DESK))
    result = runner.invoke(app, ["check", "--answers", str(path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    # Most warning signs are unanswered, so this can only be routine, never self-care.
    assert data["triage"]["level"] == "routine"
    assert "chest_pain_or_pressure" in data["unanswered_warning_signs"]
    assert {"level", "action", "reasons"} <= set(data["triage"])
    cause = data["causes"][0]
    assert {"id", "name", "probability", "care", "evidence"} <= set(cause)
    assert {
        "unanswered_warning_signs",
        "prevention",
        "self_care",
        "see_a_doctor_if",
        "disclaimer",
        "tspain_version",
        "rules_version",
    } <= set(data)
    assert "fever" not in data["unanswered_warning_signs"]


def test_check_answers_from_stdin_and_toml(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["check", "--answers", "-", "--json"], input=json.dumps(DESK))
    assert result.exit_code == 0
    toml = tmp_path / "a.toml"
    toml.write_text('age = 34\nsex = "female"\nsedentary_or_desk_work = true\nfever = false\n')
    again = runner.invoke(app, ["check", "--answers", str(toml), "--json"])
    assert json.loads(again.stdout) == json.loads(result.stdout)


def test_null_is_unknown_not_no(runner: CliRunner) -> None:
    result = runner.invoke(app, ["check", "-a", "-", "--json"], input='{"fever": null}')
    assert "fever" in json.loads(result.stdout)["unanswered_warning_signs"]


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ('{"fevr": true}', "unknown question id 'fevr' (did you mean 'fever'?)"),
        ('{"fever": "yes"}', "fever: got 'yes', expected true or false"),
        ('{"age": "forty"}', "age: got 'forty', expected a whole number"),
        ('{"age": true}', "age: got true, expected a whole number"),
        ('{"severity": 11}', "severity: got 11, expected a number from 0 to 10"),
        (
            '{"onset": "suden"}',
            "onset: got 'suden', expected one of sudden, gradual (did you mean 'sudden'?)",
        ),
        ('{"age": 4', "standard input: not valid JSON"),
        ("[1, 2]", "expected a JSON object"),
    ],
)
def test_bad_answers_exit_2_with_one_line(runner: CliRunner, payload: str, message: str) -> None:
    result = runner.invoke(app, ["check", "--answers", "-", "--json"], input=payload)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_missing_answers_file(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["check", "--answers", str(tmp_path / "nope.json")])
    assert result.exit_code == 2 and "no such file" in result.stderr and result.stdout == ""


def test_no_terminal_and_no_answers_does_not_hang(runner: CliRunner) -> None:
    result = runner.invoke(app, ["check"], input="")
    assert result.exit_code == 2
    assert "--answers" in result.stderr and result.stdout == ""


def test_causes_list_and_detail(runner: CliRunner, table: RuleTable) -> None:
    listing = runner.invoke(app, ["causes"])
    assert listing.exit_code == 0
    for cid in table.causes:
        assert cid in listing.output
    # A list of conditions invites matching oneself to one: it says it is not a diagnosis.
    assert "not a diagnosis" in listing.output
    assert "no es un diagnóstico" in runner.invoke(app, ["--lang", "es", "causes"]).output
    detail = runner.invoke(app, ["causes", "spinal_infection"])
    assert detail.exit_code == 0
    for heading in ("What points to it", "What helps", "Prevention", "See a doctor if", "Sources"):
        assert heading in detail.output
    # "(x6.6)" beside a finding is explained once, in words.
    points = detail.output.split("What points to it")[1].split("What helps")[0]
    assert "(x" in points and "times more likely" in points
    detail_es = runner.invoke(app, ["--lang", "es", "causes", "spinal_infection"]).output
    assert "veces más probable" in detail_es
    data = json.loads(runner.invoke(app, ["causes", "--json"]).stdout)
    assert [c["id"] for c in data] == list(table.causes)
    one = json.loads(runner.invoke(app, ["causes", "shingles", "--json"]).stdout)
    assert one["id"] == "shingles" and one["sources"]


def test_unknown_cause_suggests_closest(runner: CliRunner) -> None:
    result = runner.invoke(app, ["causes", "shingle"])
    assert result.exit_code == 2
    assert "unknown cause 'shingle' (did you mean shingles" in result.stderr


def test_prevent(runner: CliRunner, table: RuleTable) -> None:
    result = runner.invoke(app, ["prevent"])
    assert result.exit_code == 0 and "Warm up before exercise." in result.output
    data = json.loads(runner.invoke(app, ["prevent", "--cause", "poor_posture", "--json"]).stdout)
    assert data["prevention"] == table.advice.prevention
    assert data["cause"]["prevention"] == table.causes["poor_posture"].prevention
    assert runner.invoke(app, ["prevent", "--cause", "nope"]).exit_code == 2


def test_questions(runner: CliRunner, table: RuleTable) -> None:
    result = runner.invoke(app, ["questions"])
    assert result.exit_code == 0 and "duration_days" in result.output
    data = json.loads(runner.invoke(app, ["questions", "--json"]).stdout)
    assert set(data) == set(table.questions)
    assert data["onset"]["options"] == {
        "sudden": table.questions["onset"].options["sudden"],
        "gradual": table.questions["onset"].options["gradual"],
    }


def test_output_is_plain_when_piped_and_no_color(runner: CliRunner) -> None:
    result = runner.invoke(app, ["check", "-a", "-"], input=json.dumps(DESK), env={"NO_COLOR": "1"})
    assert result.exit_code == 0
    assert "\x1b[" not in result.output
    assert max(len(line) for line in result.output.splitlines()) <= 80
    assert "not a diagnosis" in result.output


# -- the interactive flow, driven with scripted input ------------------------------------------


@pytest.mark.parametrize(
    ("case_id", "level_label"),
    [
        ("desk_posture", "SELF-CARE"),
        ("scoliosis_teenager", "SEE A DOCTOR SOON"),
        ("kidney_infection", "URGENT"),
        ("aortic_dissection_tearing", "EMERGENCY"),
    ],
)
def test_interactive_reaches_each_level(
    runner: CliRunner, table: RuleTable, cases: list[Case], case_id: str, level_label: str
) -> None:
    case = by_id(cases, case_id)
    typed = "\n".join(typed_for(table, case.answers)) + "\n"
    result = runner.invoke(app, ["check", "--interactive"], input=typed)
    assert result.exit_code == 0, result.output
    assert "not a diagnosis" in result.output.split("Question 1")[0]
    assert level_label in result.output
    headings = HEADINGS[level_label]
    lines = [line.strip(" ─╭│") for line in result.output.splitlines()]
    order = [next(i for i, line in enumerate(lines) if line.startswith(h)) for h in headings]
    assert order == sorted(order)
    for absent in ABSENT[level_label]:
        assert absent not in result.output, absent
    assert lines[-1].startswith(("What to do", "If any emergency sign")), lines[-1]  # the recap


CAUSES = ("Must not be missed", "Most likely causes")
"""The differential's headings: the serious causes first, then the likely ones."""
HOME = ("What to do", CAUSES, "What helps now", "Prevention", "See a doctor if")
HEADINGS: dict[str, tuple[str | tuple[str, ...], ...]] = {
    "SELF-CARE": HOME,
    "SEE A DOCTOR SOON": HOME,
    "URGENT": ("What to do", "Why", "Must not be missed", "Tell the doctor", "Until you are seen"),
    "EMERGENCY": ("What to do", "Why", "While you wait for the ambulance"),
}
"""Issue 9: each level shows its own sections, in this order."""
ABSENT = {
    "SELF-CARE": (),
    "SEE A DOCTOR SOON": (),
    "URGENT": ("not better in 2", "\nPrevention"),
    "EMERGENCY": ("Prevention", "not better in 2", "What helps now", "%"),
}


def test_interactive_emergency_stops_at_once(runner: CliRunner) -> None:
    result = runner.invoke(app, ["check", "-i"], input="1\n")
    assert result.exit_code == 0
    assert "Stopping the questions" in result.output
    assert "Question 2" not in result.output
    assert result.output.index("EMERGENCY") < result.output.index("Cannot be ruled out at home")


def test_interactive_why_back_and_not_sure(runner: CliRunner) -> None:
    result = runner.invoke(app, ["check", "-i", "--json"], input="?\n0\nb\n0\n0\ns\nq\n")
    assert result.exit_code == 0, result.output
    assert "We ask these first" in result.stderr
    data = json.loads(result.stdout)
    assert data["triage"]["level"] == "routine"  # "not sure" leaves warning signs open


def test_interactive_bad_input_is_asked_again(runner: CliRunner) -> None:
    result = runner.invoke(app, ["check", "-i"], input="0\n0\n0 2\n0\n2\n7\nxyzzy\n1\nq\n")
    assert "0 means none of these; you also chose 2" in result.output
    assert "that is not one of these: type the number (1 to " in result.output
    assert result.exit_code == 0


def test_end_of_input_stops_without_traceback(runner: CliRunner) -> None:
    result = runner.invoke(app, ["check", "-i"], input="0\n")
    assert result.exit_code == 130
    assert "stopped, nothing saved" in result.stderr
    assert "Traceback" not in result.output


def test_max_questions(runner: CliRunner) -> None:
    result = runner.invoke(app, ["check", "-i", "--max-questions", "2", "--json"], input="0\n0\n")
    assert result.exit_code == 0
    assert "Question 3" not in result.stderr


def test_emergency_screen_leads_with_what_the_answers_point_to(runner: CliRunner) -> None:
    result = runner.invoke(app, ["check", "-i"], input="2\n")  # chest pain
    causes = result.output.split("Cannot be ruled out at home")[1]
    assert causes.split("\n")[1].strip(" •").startswith("Heart attack")  # first, not to be missed
    assert "Poor posture" not in result.output  # its base rate alone is no reason to show it
    assert "%" not in causes  # never a reassuring figure


def test_emergency_screen_names_what_squeezes_the_cord(runner: CliRunner) -> None:
    # Leg weakness: an ambulance for a cord that may be squeezed. The causes its sign names
    # (urgent care on their own) are what cannot be ruled out, beside the torn aorta that leg
    # weakness also raises; the screen once showed the aorta alone.
    result = runner.invoke(
        app, ["check", "--answers", "-"], input='{"leg_weakness_or_unsteady": true}'
    )
    assert "EMERGENCY" in result.output
    shown = " ".join(result.output.split("Cannot be ruled out at home")[1].split())
    assert "Spinal infection (abscess)" in shown and "Cancer in the spine" in shown


@pytest.mark.parametrize("command", ["causes", "prevent shingles", "questions", "causes shingles"])
def test_a_closed_pipe_is_no_traceback(command: str) -> None:
    import subprocess
    import sys

    done = subprocess.run(
        ["bash", "-c", f"{sys.executable} -m tspain {command} | head -1 > /dev/null"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "Traceback" not in done.stderr and done.stderr == ""


@pytest.mark.parametrize("given", ["Shingles", "SHINGLES", "shingles", "spinal-infection"])
def test_cause_ids_are_case_insensitive(runner: CliRunner, given: str) -> None:
    for args in (["causes", given], ["prevent", given], ["prevent", "--cause", given]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0, (args, result.output)


def test_prevent_takes_the_cause_as_an_argument(runner: CliRunner) -> None:
    result = runner.invoke(app, ["prevent", "shingles", "--json"])
    assert json.loads(result.stdout)["cause"]["id"] == "shingles"


def test_a_cause_page_names_the_briefs_sections_in_the_readers_language(runner: CliRunner) -> None:
    """A tester read "el informe clínico de tspain, section 3" and "section 5(pitfalls)"."""
    english = runner.invoke(app, ["causes", "stomach_ulcer"]).output
    assert "the tspain clinical brief, section 5 (pitfalls)" in english
    for cid in ("poor_posture", "aortic_dissection", "stomach_ulcer"):
        spanish = runner.invoke(app, ["--lang", "es", "causes", cid]).output
        assert "informe clínico de tspain, secci" in spanish, cid
        assert not re.search(r"\bsections?\b", spanish), cid
