"""What a person typed at a list before stopping is kept (a person at a terminal, thirty-ninth
session): a sign of another list typed at a list ("tspain asks about that after this list"),
then "q" or Ctrl-D at the list shown again, was lost, and the result said SEE A DOCTOR SOON;
"q" at "Did you mean ...?" recorded every other item of the list as "no"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import make_runner

from tspain.cli import app


@pytest.mark.parametrize(
    ("lang", "lines", "said"),
    [
        ("en", ["0", "crushing pain in my chest", "q", "y"], "EMERGENCY"),
        ("es", ["0", "me he desmayado", "q", "s"], "EMERGENCIA"),
        ("en", ["0", "0", "i've had a fever since tuesday", "q", "y"], "URGENT"),
    ],
)
def test_q_after_a_sign_of_another_list_asks_it_first(
    lang: str, lines: list[str], said: str
) -> None:
    """ "0", then "crushing pain in my chest" at the urgent list ("tspain asks about that after
    this list"), then "q": SEE A DOCTOR SOON, chest pain never asked. It is asked first, as at
    "q" after "Did you mean ...?", and a yes counts."""
    done = make_runner().invoke(app, ["--lang", lang, "check", "-i"], input="\n".join(lines) + "\n")
    shown = " ".join(done.stdout.split())
    assert done.exit_code == 0, shown[-1500:]
    marker = "tspain is not a diagnosis" if lang == "en" else "tspain no es un diagnóstico"
    assert said in shown.split(marker)[-2]  # the result, not a "you mentioned" box


@pytest.mark.parametrize(
    ("lang", "lines", "said"),
    [
        ("en", ["0", "crushing pain in my chest"], "EMERGENCY"),
        ("es", ["0", "me he desmayado"], "EMERGENCIA"),
    ],
)
def test_ctrl_d_after_a_sign_of_another_list_says_what_it_would_mean(
    lang: str, lines: list[str], said: str
) -> None:
    """The same, then Ctrl-D (or Ctrl-C): only "stopped, nothing saved", where the same sign
    named at its own list and then a stop says "You mentioned ... If it applies: EMERGENCY"."""
    done = make_runner().invoke(app, ["--lang", lang, "check", "-i"], input="\n".join(lines) + "\n")
    shown = " ".join(done.stdout.split())
    assert done.exit_code == 130
    assert said in shown, shown[-1500:]


def test_q_at_did_you_mean_leaves_the_rest_of_the_list_unknown(tmp_path: Path) -> None:
    """ "my chest feels heavy", then "q" at "Did you mean 2. Chest pain ...?", then "no": every
    emergency item was saved as "no" and the result named none as not ruled out. The list was
    never answered: the items not asked are unknown."""
    saved = tmp_path / "a.json"
    lines = ["my chest feels heavy", "q", "no"]
    done = make_runner().invoke(
        app,
        ["check", "-i", "--save-answers", str(saved)],
        input="\n".join(lines) + "\n",
    )
    assert done.exit_code == 0, done.stdout[-1500:]
    answers = json.loads(saved.read_text(encoding="utf-8"))
    assert answers.get("chest_pain_or_pressure") is False
    assert answers["pain_tearing_or_ripping"] is None and answers["saddle_numbness"] is None
    assert "Kept: none of these" not in done.stdout  # (it said so: a code reviewer, 39th)


def test_the_crew_is_not_asked_a_question_the_answers_rule_out() -> None:
    """ "0, i see flashing lights" at the urgent list (pre-eclampsia's signs named, the
    pregnancy item not ticked), then sudden pain at 8 out of 10: the emergency's questions
    for the crew asked pre-eclampsia's signs, and a yes ended the interview with "asked only
    when hormones_or_pregnancy = true" and exit 2, no result, nothing saved (a regression
    hunter, thirty-ninth session)."""
    lines = ["0", "0, i see flashing lights", "0", "1", "1", "8", "y", "y"]
    done = make_runner().invoke(app, ["check", "-i"], input="\n".join(lines) + "\n")
    assert done.exit_code == 0, (done.stdout[-800:], done.stderr)
    assert "EMERGENCY" in done.stdout and "pre-eclampsia" not in done.stdout.split("Stopping")[-1]
