"""`tspain check` as a person uses it at a terminal.

Three sessions run in a real pseudo-terminal (pexpect): a whole session typed in words, the
commands with Ctrl-C, and an emergency on an 80 by 24 screen, which only a terminal can show.
The other flows run in-process through CliRunner with the same typed lines (`at_a_terminal`:
standard input counts as a terminal, so the report is offered): the same prompts, answers and
results, without a child process each. Every pexpect step waits for its prompt before typing."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from caselib import Case
from conftest import as_at_a_terminal, control_at_the_prompt, make_runner
from scripting import at_a_terminal, typed_for, words_for
from typer.testing import Result

from tspain.cli import app
from tspain.table import RuleTable

pexpect = pytest.importorskip("pexpect")

ENV = {"NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "100", "LINES": "40", "PATH": "/usr/bin:/bin"}
REPORT_OFFER = r"Save a report for your doctor\? \[y/N\] "
PROMPT = "> "


def spawn(**env: str) -> pexpect.spawn:
    child = pexpect.spawn(
        sys.executable,
        ["-m", "tspain", "check"],
        env={**ENV, **env},
        encoding="utf-8",
        timeout=60,  # a ceiling, not a wait: a loaded machine must not fail the test
        dimensions=(int(env.get("LINES", ENV["LINES"])), int(env.get("COLUMNS", ENV["COLUMNS"]))),
        preexec_fn=as_at_a_terminal,
    )
    child.expect("not a diagnosis|no es un diagnóstico")
    return child


def decline_report_and_finish(child: pexpect.spawn, answer: str = "") -> None:
    """Answer no (Enter, or "n") at the report offer; the session must then end cleanly."""
    child.expect(REPORT_OFFER)
    child.sendline(answer)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def typed(monkeypatch: pytest.MonkeyPatch, lines: list[str], **env: str) -> Result:
    """`tspain check` at a terminal, in-process, answered with `lines`."""
    at_a_terminal(monkeypatch)
    return make_runner().invoke(
        app, ["check"], input="".join(f"{line}\n" for line in lines), env=env
    )


def in_order(text: str, *parts: str) -> None:
    """Each of `parts` appears in `text`, each after the one before (as pexpect expects them),
    whatever line breaks a prompt wider than the terminal was wrapped at (by words, since the
    twentieth session: a long file name put "already / exists" on two lines)."""
    text = " ".join(text.split())
    at = 0
    for part in (" ".join(p.split()) for p in parts):
        found = text.find(part, at)
        assert found >= 0, (part, text[at:])
        at = found + len(part)


def test_self_care_session(
    monkeypatch: pytest.MonkeyPatch, table: RuleTable, cases: list[Case]
) -> None:
    case = next(c for c in cases if c.id == "desk_posture")
    lines = typed_for(table, case.answers)
    result = typed(monkeypatch, [*lines, ""])  # Enter at the report offer: no
    assert result.exit_code == 0, result.output
    assert result.stdout.count(PROMPT) >= len(lines)
    in_order(
        result.stdout,
        "not a diagnosis",
        "SELF-CARE",
        "Most likely causes",
        "Muscle and posture strain",  # issue 24: its family line
        "poor posture",
    )
    assert result.stdout.rstrip().endswith("Save a report for your doctor? [y/N]")
    assert "saved" not in result.stderr


def test_emergency_sign_stops_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    result = typed(monkeypatch, ["3", ""])
    assert result.exit_code == 0, result.output
    in_order(
        result.stdout,
        "Emergency signs",
        PROMPT,
        "Stopping the questions",
        "EMERGENCY",
        "Call an ambulance now",
        "Save a report for your doctor? [y/N]",
    )
    assert "Question 2" not in result.stdout


@pytest.mark.parametrize("stray", ["b", "19"])
def test_the_report_offer_asks_again_on_an_answer_it_does_not_know(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, stray: str
) -> None:
    """A tester typed "b" (go back, as at every question) or "19" at "Save a report?" and the
    session ended without a word and without a report. It now says what it wants and asks
    again; Enter still skips, and "y" then saves."""
    monkeypatch.chdir(tmp_path)
    result = typed(monkeypatch, ["3", stray, ""])
    assert result.exit_code == 0, result.output
    assert "Answer y to save a report, or press Enter to skip: [y/N]" in result.stdout
    assert list(tmp_path.iterdir()) == []
    result = typed(monkeypatch, ["3", stray, "y", "r.md"])
    assert (tmp_path / "r.md").is_file(), result.output


def test_why_and_back_in_a_real_terminal() -> None:
    child = spawn()
    for answer, then in (
        ("?", "We ask these first because"),
        ("0", "Urgent signs"),
        ("b", "Emergency signs"),
        ("0", "Urgent signs"),
        ("0", "Do any of these apply"),  # the routine signs, while they could matter
        ("0", "Question 4"),
    ):
        child.expect(PROMPT)
        child.sendline(answer)
        child.expect(then)
    child.expect(PROMPT)
    child.sendline("?")
    child.expect("We ask because")
    child.expect("It is weighing up")
    child.expect(PROMPT)  # asked again, and waiting: now Ctrl-C
    control_at_the_prompt(child, "c")
    child.expect("stopped, nothing saved")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130


def test_the_report_offer_asks_again_after_a_bad_name(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    result = typed(monkeypatch, ["2", "y", "/nonexistent-folder/r.md", f"{tmp_path}/r.md"])
    assert result.exit_code == 0, result.output
    in_order(
        result.stdout,
        "Save a report for your doctor? [y/N]",
        "The report: a name ending in .html, .md or .json, or n to save none.\n",
        "File name [tspain-report-",
        ".html]: ",
        "File name",  # asked again
    )
    assert re.search(r"File name .*\[tspain-report-\d{4}-\d\d-\d\d\.html\]", result.stdout)
    assert result.stdout.count("File name") == 2
    in_order(result.stderr, "does not exist", "saved report to")
    assert (tmp_path / "r.md").exists()


def test_a_desk_worker_answering_in_words_goes_home(table: RuleTable, cases: list[Case]) -> None:
    """Issue 9: "none", "29 years", "3 weeks", "gradually", "no injury", "between the shoulder
    blades", "yes", "no" are all understood, and "n" at the report offer ends the session."""
    case = next(c for c in cases if c.id == "desk_posture")
    answers = {**case.answers, "duration_days": 21, "age": 29}
    child = spawn()
    for line in words_for(table, answers):
        child.expect(PROMPT)
        child.sendline(line)
    child.expect("SELF-CARE")
    decline_report_and_finish(child, "n")


def test_an_emergency_leaves_the_action_on_an_80_by_24_screen() -> None:
    child = spawn(COLUMNS="80", LINES="24")
    child.expect(PROMPT)
    child.sendline("1")
    child.expect(REPORT_OFFER)
    before = child.before.replace("\r", "")
    result = before[before.rindex("What to do") :].splitlines()  # from the action box on
    assert len(result) <= 24
    assert "call an ambulance" in result[-2].lower() or "call an ambulance" in result[-1].lower()
    child.sendline("")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_q_at_the_first_question_leads_with_the_ambulance(monkeypatch: pytest.MonkeyPatch) -> None:
    result = typed(monkeypatch, ["q", ""])
    assert result.exit_code == 0, result.output
    in_order(
        result.stdout,
        PROMPT,
        "Call an ambulance now",
        "if any emergency sign below applies",
        "Save a report for your doctor? [y/N]",
    )


def test_not_sure_at_the_emergency_list_asks_each_sign(monkeypatch: pytest.MonkeyPatch) -> None:
    result = typed(monkeypatch, ["not sure", "no", "no"])  # then the input ends, as Ctrl-C would
    in_order(
        result.stdout,
        PROMPT,
        "suddenly and severely",  # first: the torn-aorta story ends in two answers
        PROMPT,
        "Do you have chest pain",
        PROMPT,
        "tearing or ripping",
    )
    assert result.exit_code == 130
    assert "stopped, nothing saved" in result.stderr


def test_the_report_offer_expands_home_and_asks_before_replacing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    home = tmp_path
    (home / "r.md").write_text("mine")
    result = typed(monkeypatch, ["2", "yes", "~/r.md", "n", "~/r.md", "y"], HOME=str(home))
    assert result.exit_code == 0, result.output
    in_order(
        result.stdout,
        "[y/N]",
        "File name",
        "already exists: replace it",
        "File name",
        "replace it",
    )
    assert f"saved report to {home / 'r.md'}" in result.stderr
    assert "mine" not in (home / "r.md").read_text()


def test_the_end_of_input_after_asking_for_a_report_says_none_was_saved(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A tester pressed Ctrl-D at the report's file name: tspain ended with exit 0 and no word,
    as if the report had been saved. Once a report is asked for, the end of input stops tspain
    as at any question (130), saying no report was saved; before, it declines as Enter does."""
    asked = typed(monkeypatch, ["2", "y"])
    assert asked.exit_code == 130, asked.output
    assert "tspain: stopped, no report saved." in asked.stderr
    declined = typed(monkeypatch, ["2"])
    assert declined.exit_code == 0, declined.output
    assert "saved" not in declined.stderr


def test_ctrl_c_at_the_report_offer_still_saves_the_answers_asked_for(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Ctrl-C at "Save a report?" stops tspain (130) with a word, and the answers file named on
    the command line is still saved: nothing the person asked to keep is lost."""
    import builtins

    real_input = builtins.input

    def interrupted_at_offer(prompt: str = "") -> str:
        if "Save a report" in prompt:
            raise KeyboardInterrupt
        return real_input(prompt)

    monkeypatch.setattr(builtins, "input", interrupted_at_offer)
    at_a_terminal(monkeypatch)
    kept = tmp_path / "mine.json"
    result = make_runner().invoke(app, ["check", "--save-answers", str(kept)], input="2\n")
    assert result.exit_code == 130, result.output
    in_order(result.stderr, "saved answers to", "tspain: stopped, no report saved.")  # kept first
    assert kept.exists()


def test_a_very_long_line_is_asked_again_not_quoted_back(monkeypatch: pytest.MonkeyPatch) -> None:
    """A tester pasted a megabyte at a question: it was matched word by word and quoted back
    whole (a megabyte of "Nothing on this list matches ..."). A line longer than any answer is
    asked again with one short hint."""
    long_line = "abcdefgh " * 2000
    result = typed(monkeypatch, [long_line, "2", ""])
    assert result.exit_code == 0, result.output
    in_order(result.stdout, "That is too long for an answer", PROMPT, "Save a report")
    assert "abcdefgh" not in result.stdout
    assert len(result.stdout) < 20_000


def test_one_word_on_the_emergency_list_is_asked_about_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A tester with a stiff neck typed "neck" at the emergency list: it ticked "chest pain
    ... or pain spreading to the arm, jaw or neck" and called an ambulance at once. An item
    ticked by one word is now asked about; no shows the list again."""
    declined = typed(monkeypatch, ["neck", "n", "q", ""])
    in_order(
        declined.stdout,
        "Did you mean 2. Chest pain or pressure",
        "[y/n]",
        "Emergency signs",  # the list again
    )
    assert "EMERGENCY" not in declined.stdout
    meant = typed(monkeypatch, ["neck", "y", ""])
    in_order(meant.stdout, "Did you mean 2. Chest pain", "EMERGENCY", "Call an ambulance now")
    by_number = typed(monkeypatch, ["2", ""])  # a number is what it says: no question
    assert "Did you mean" not in by_number.stdout and "EMERGENCY" in by_number.stdout


def test_the_default_report_name_is_in_the_language_chosen(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A tester in Spanish was offered "[tspain-report-2026-12-05.html]"."""
    monkeypatch.chdir(tmp_path)
    at_a_terminal(monkeypatch)
    result = make_runner().invoke(app, ["--lang", "es", "check"], input="2\ns\n\n")
    assert result.exit_code == 0, result.output
    assert re.search(r"\[tspain-informe-\d{4}-\d\d-\d\d\.html\]", result.stdout)
    assert len(list(tmp_path.glob("tspain-informe-*.html"))) == 1


def test_arrow_keys_edit_the_line_being_typed() -> None:
    """A tester typed "nome", moved left twice, deleted the m and typed n: the answer was
    "nome^[[D^[[D..." and "Nothing on this list matches". Line editing is on at a terminal."""
    child = spawn()
    child.expect(PROMPT)
    child.send("nome" + "\x1b[D" + "\x7f" + "n\r")  # left arrow, Backspace, n, Enter
    child.expect("Question 2")
    control_at_the_prompt(child, "c")
    child.expect(pexpect.EOF)
    child.close()
    assert "could not match" not in (child.before or "")


def test_lines_pasted_ahead_do_not_answer_the_next_list_unseen() -> None:
    """A tester pasted "0" and "0": the second line answered the list of urgent signs, which
    was never read. It is said and set aside, and the list waits for an answer."""
    child = spawn()
    child.expect(PROMPT)  # the emergency signs
    child.send("0\r0\r")
    child.expect("Urgent signs")
    child.expect('You typed "0" before this question was on the screen')
    child.expect(PROMPT)
    child.sendline("0")  # now the urgent list is answered, by a line typed after it was shown
    child.expect("Question 3")
    control_at_the_prompt(child, "c")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130


def test_lines_typed_ahead_are_read_whole_and_an_end_of_input_among_them_stops() -> None:
    import os

    from tspain.cli_ask import typed_ahead

    read, write = os.pipe()
    try:
        assert typed_ahead(read) == []
        os.write(write, b"0\n\n  chest pain \n")
        assert typed_ahead(read) == ["0", "chest pain"]
        assert typed_ahead(read) == []
        os.close(write)
        with pytest.raises(EOFError):
            typed_ahead(read)
    finally:
        os.close(read)


def test_the_answers_file_is_saved_before_the_report_is_offered(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A tester closed the terminal at "Save a report?" after a whole session run with
    --save-answers: nothing was saved. The answers file, asked for on the command line, is now
    written before the offer."""
    import builtins

    kept = tmp_path / "mine.json"
    seen: list[bool] = []
    real_input = builtins.input

    def at_offer(prompt: str = "") -> str:
        if "Save a report" in prompt:
            seen.append(kept.exists())
            raise EOFError  # the terminal is gone
        return real_input(prompt)

    monkeypatch.setattr(builtins, "input", at_offer)
    at_a_terminal(monkeypatch)
    result = make_runner().invoke(app, ["check", "--save-answers", str(kept)], input="2\n")
    assert seen == [True], result.output
    assert kept.exists()


@pytest.mark.parametrize("quoting", ["'{}'", '"{}"', "escaped"])
def test_a_dragged_file_name_is_taken_as_the_name(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, quoting: str
) -> None:
    """A tester dragged a folder with a space into the terminal at the report's file name:
    '/a b/rep.md' (quoted) was refused as not ending in .md, /a\\ b/rep.md as a missing folder."""
    folder = tmp_path / "dir with space"
    folder.mkdir()
    target = folder / "rep.md"
    typed_name = str(target).replace(" ", "\\ ") if quoting == "escaped" else quoting.format(target)
    result = typed(monkeypatch, ["2", "y", typed_name])
    assert result.exit_code == 0, result.output
    assert target.exists(), result.stderr


@pytest.mark.parametrize("yes", ["si", "claro", "sí, por favor"])
def test_the_report_offer_takes_the_yes_words_of_every_question(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, yes: str
) -> None:
    """A Spanish speaker's "si", "claro" and "sí, por favor" at "¿Quiere guardar un informe?"
    were refused (only "s" and "sí" were known there), though every question took them."""
    at_a_terminal(monkeypatch)
    target = tmp_path / "informe.md"
    result = make_runner().invoke(app, ["--lang", "es", "check"], input=f"2\n{yes}\n{target}\n")
    assert result.exit_code == 0, result.output
    assert target.exists()


@pytest.mark.parametrize("no", ["No, thank you very much.", "q", "nope thanks"])
def test_the_report_offer_takes_a_polite_no_or_q_as_no(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, no: str
) -> None:
    """A man of 70 typed "No, thank you very much." and then "q": each was "Answer y to save
    a report, or press Enter to skip", again (a tester, twenty-third session)."""
    result = typed(monkeypatch, ["2", no])
    assert result.exit_code == 0, result.output
    assert "Answer y to save a report" not in result.stdout


def test_a_report_that_cannot_be_written_is_offered_again(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A tester's report to a full disk ended tspain with exit 2 at the file-name prompt,
    where a bad name is asked again: the result was on screen and another place would do."""
    from tspain import report, saving

    real = report.save_report
    calls: list[str] = []

    def full_first(table: object, assessment: object, asked: object, path: str, force: bool):  # type: ignore[no-untyped-def]
        calls.append(path)
        if len(calls) == 1:
            raise saving.SaveError(f"cannot save to {path}: No space left on device")
        return real(table, assessment, asked, path, force)  # type: ignore[arg-type]

    monkeypatch.setattr(report, "save_report", full_first)
    first, second = tmp_path / "full.md", tmp_path / "other.md"
    result = typed(monkeypatch, ["2", "y", str(first), "y", str(second)])
    assert result.exit_code == 0, result.output
    assert "No space left on device" in result.stderr
    assert result.stdout.count("Save a report for your doctor?") == 2
    assert second.exists() and not first.exists()


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_report_file_name_prompt_fits_an_80_column_screen(language: str) -> None:
    """A person in pain at an 80-column xterm read "save no / ne:": the file-name prompt, with
    its default, was longer than the screen and broke mid-word. What it asks is now said on a
    line of its own, wrapped by words, and the prompt leaves room to type after it."""
    child = spawn(COLUMNS="80", LINES="24", TERM="xterm-256color", TSPAIN_LANG=language)
    child.expect(PROMPT)
    child.sendline("1")
    child.expect(r"\[(y/N|s/N)\] ")
    child.sendline("y" if language == "en" else "s")
    child.expect(r"\[tspain-(report|informe)-\d{4}-\d\d-\d\d\.html\]: ")
    shown = (child.before + child.after).replace("\r", "").split("\n")
    prompt = shown[-1]
    assert len(prompt) <= 80 - 20, prompt
    assert ".html, .md" in shown[-2] and all(len(line) <= 80 for line in shown), shown
    child.sendline("n")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_each_emergency_sign_asked_alone_says_which_of_them_it_is(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """After "not sure" at the emergency list, the first of them read "(58 questions could
    still change the result)": daunting, and not what was being asked (a Spanish tester)."""
    result = typed(monkeypatch, ["not sure", "no", "no"])
    in_order(result.stdout, "(emergency sign 1 of 10)", "(emergency sign 2 of 10)")
    assert "58 questions" not in result.stdout


def test_the_result_so_far_says_it_is_not_a_diagnosis(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C at question 9 showed "Stopped. From what you said so far:", a level and a reason,
    and no word that it is not a diagnosis (a tester, twenty-sixth session): every result
    says so."""
    result = typed(monkeypatch, ["0", "1"])  # a fever, then the input ends, as Ctrl-C would
    in_order(result.stdout, "Stopped. From what you said so far:", "URGENT", "not a diagnosis")


@pytest.mark.slow  # a real terminal, a second (the default run stood at a minute, 36th)
@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
def test_a_result_that_cannot_be_written_at_a_terminal_is_exit_1_with_one_line() -> None:
    """Thirty-sixth session (a scripter): `tspain check > /dev/full`, answered at a terminal,
    said "the result was sent to standard output", offered a report and exited 0: the result
    was never written (docs/interface.md: exit 1 and one `tspain: error:` line), with Python's
    output unbuffered (PYTHONUNBUFFERED, as the scripter's shell had it; buffered, the error
    came only after the offer). The result is written, and its failure said, before the offer."""
    child = pexpect.spawn(
        "/bin/sh",
        ["-c", f"exec {sys.executable} -m tspain check > /dev/full"],
        env={**ENV, "PYTHONUNBUFFERED": "1"},
        encoding="utf-8",
        timeout=60,
        dimensions=(40, 100),
        preexec_fn=as_at_a_terminal,
    )
    answers = iter(["0", "0", "0", "1", "2", "34", "2", "5", *["n"] * 30])  # a routine result
    while (at := child.expect([PROMPT, REPORT_OFFER, pexpect.EOF])) < 2:
        child.sendline(next(answers) if at == 0 else "n")
    child.close()
    said = (child.before or "").replace("\r", "")
    assert child.exitstatus == 1, said
    assert "tspain: error: cannot write to standard output (No space left on device)" in said
    assert "Save a report" not in said  # nothing was shown to save
