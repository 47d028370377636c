"""A fault in tspain after an emergency sign is known still says to call an ambulance, and
which sign (a code reviewer found, by injecting a fault, only "if you feel in danger, call an
emergency number" there: thirty-sixth session; mended in the thirty-seventh)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import tspain
from tspain import cli, engine, interview

AMBULANCE = "EMERGENCY: Call an ambulance now (999, 112 or 911). Do not drive yourself."
CHEST = "Chest pain or pressure, or pain spreading to the arm, jaw or neck, can be a heart attack."
FAULT_LINE = "tspain: internal error (RuntimeError): a fault in tspain, not in your answers."


def _broken(*args: object, **kwargs: object) -> None:
    raise RuntimeError("a fault")


def _run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str, typed: str = ""
) -> tuple[str, str]:
    monkeypatch.setattr("sys.argv", ["tspain", "check", *args])
    monkeypatch.setattr("sys.stdin", io.StringIO(typed))
    with pytest.raises(SystemExit) as stopped:
        cli.main()
    out, err = capsys.readouterr()
    assert stopped.value.code == 70
    assert "Traceback" not in out + err
    assert err.strip().splitlines()[-1].startswith(FAULT_LINE)
    return out, err


@pytest.mark.parametrize("json_out", [[], ["--json"]])
def test_a_scripted_emergency_whose_assessment_fails_still_says_call_an_ambulance(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    json_out: list[str],
) -> None:
    monkeypatch.setattr(tspain, "assess", _broken)
    given = tmp_path / "answers.json"
    given.write_text(json.dumps({"chest_pain_or_pressure": True}))
    out, err = _run(monkeypatch, capsys, "--answers", str(given), *json_out)
    assert out == ""  # a script reading JSON reads nothing, and the exit says why
    assert err.splitlines()[:2] == [AMBULANCE, f"  - {CHEST}"]


def test_no_emergency_sign_no_ambulance_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setattr(tspain, "assess", _broken)
    given = tmp_path / "answers.json"
    given.write_text(json.dumps({"chest_pain_or_pressure": False, "fever": True}))
    _, err = _run(monkeypatch, capsys, "--answers", str(given))
    assert "ambulance" not in err.lower().replace("emergency number", "")
    assert "EMERGENCY" not in err


def test_a_fault_showing_the_result_after_an_emergency_tick_keeps_the_ambulance(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The interview stopped at the emergency list; the result's screen then failed."""
    monkeypatch.setattr(cli, "show_result", _broken)
    out, err = _run(monkeypatch, capsys, "-i", typed="2\n")
    assert "one of your answers needs help now" in out
    assert err.splitlines()[:2] == [AMBULANCE, f"  - {CHEST}"]


def test_a_fault_mid_interview_with_the_engine_broken_too_shows_the_emergency_box(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The result so far (which the engine gives) failed as well: the box from the signs'
    conditions alone."""
    asked = interview.Interview.next
    calls = iter(range(100))

    def next_then_fault(self: interview.Interview) -> object:
        if next(calls) > 0:
            raise RuntimeError("a fault")
        return asked(self)

    monkeypatch.setattr(interview.Interview, "next", next_then_fault)
    monkeypatch.setattr(engine, "assess", _broken)
    out, _ = _run(monkeypatch, capsys, "-i", typed="2\n")
    box = out[out.index("EMERGENCY") :]
    assert "Call an ambulance now (999, 112 or 911)" in box
    assert "can be a heart attack" in " ".join(box.split())


def test_a_hang_up_whose_terminal_is_gone_exits_129_not_as_a_fault(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A terminal closed while tspain waited at a prompt sometimes ended with 70, a fault in
    tspain: the hang-up's one line could not be written to the terminal that was gone (a tester
    of carers, thirty-seventh session). The exit status says the hang-up whatever the write."""
    import os
    import signal

    from tspain.cli_save import on_stop_signals

    before = {s: signal.getsignal(s) for s in (signal.SIGHUP, signal.SIGTERM)}
    try:
        on_stop_signals()
        handler = signal.getsignal(signal.SIGHUP)
        assert callable(handler)

        def gone(fd: int, data: bytes) -> int:
            raise OSError(5, "Input/output error")

        def leave(code: int) -> None:
            raise SystemExit(code)

        monkeypatch.setattr(os, "write", gone)
        monkeypatch.setattr(os, "_exit", leave)
        with pytest.raises(SystemExit) as stopped:
            handler(signal.SIGHUP, None)
        assert stopped.value.code == 128 + signal.SIGHUP
    finally:
        for number, handled in before.items():
            signal.signal(number, handled)


@pytest.mark.parametrize(
    ("answers", "ambulance"),
    [
        ({"age": 34, "chest_pain_or_pressure": True, "fevr": True}, True),
        ({"age": 34, "chest_pain_or_pressure": True, "severity": "bad"}, True),
        ({"age": 34, "chest_pain_or_pressure": False, "fevr": True}, False),
    ],
)
def test_an_answers_file_refused_for_one_fault_still_says_an_emergency_sign_in_it(
    tmp_path: Path, answers: dict[str, object], ambulance: bool
) -> None:
    """A file with chest pain and one misspelt id, or one answer of the wrong kind, said only
    the fault and exit 2 (a scripter, thirty-eighth session): an intake form's typo hid the
    ambulance. The answers that check alone are read for an emergency sign, said first; the
    fault stays one line, last, and the exit 2."""
    from conftest import make_runner

    path = tmp_path / "answers.json"
    path.write_text(json.dumps(answers), encoding="utf-8")
    done = make_runner().invoke(cli.app, ["check", "--answers", str(path)])
    assert done.exit_code == 2 and done.stdout == ""
    said = done.stderr.splitlines()
    assert said[-1].startswith("tspain: error: ") and len(said) == (3 if ambulance else 1)
    assert said[:-1] == ([AMBULANCE, f"  - {CHEST}"] if ambulance else [])


@pytest.mark.parametrize(
    ("name", "text", "ambulance"),
    [
        ("a.json", '{"age": 34, "chest_pain_or_pressure": true, "age": 34}', True),
        ("a.json", '{"chest_pain_or_pressure": true, "chest_pain_or_pressure": true}', True),
        ("a.json", '{"answers": {"chest_pain_or_pressure": true, "age": 3, "age": 4}}', True),
        ("a.toml", "age = 34\nchest_pain_or_pressure = true\nage = 35\n", True),
        ("a.toml", "chest_pain_or_pressure = true\nchest_pain_or_pressure = true", True),
        # given twice with two values: which holds is not known, so neither is read
        ("a.json", '{"chest_pain_or_pressure": true, "chest_pain_or_pressure": false}', False),
        ("a.toml", "chest_pain_or_pressure = false\nchest_pain_or_pressure = true\n", False),
        ("a.json", '{"age": 34, "fever": true, "age": 35}', False),
    ],
)
def test_a_file_refused_for_an_answer_given_twice_still_says_an_emergency_sign_in_it(
    tmp_path: Path, name: str, text: str, ambulance: bool
) -> None:
    """A file with chest pain and one answer given twice was refused while being read, before
    any answer was checked, and said nothing of the ambulance (a code reviewer, thirty-eighth
    session; thirty-ninth session). Every answer given once, or given twice alike, is read for
    an emergency sign; one given with two values is not guessed."""
    from conftest import make_runner

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    done = make_runner().invoke(cli.app, ["check", "--answers", str(path)])
    assert done.exit_code == 2 and done.stdout == ""
    said = done.stderr.splitlines()
    assert said[-1].startswith("tspain: error: ") and "twice" in said[-1]
    assert said[:-1] == ([AMBULANCE, f"  - {CHEST}"] if ambulance else [])


CLOT = {
    "age": 20,
    "sex": "female",
    "pain_location": "one_side",
    "severity": 7,
    "pain_worse_breathing_in": True,
    "cough": True,
    "hormones_or_pregnancy": True,
}


@pytest.mark.parametrize(
    ("fault", "ambulance"), [({"fevr": True}, True), ({"hormones_or_pregnancy": "x"}, False)]
)
def test_a_refused_file_whose_emergency_is_a_likely_cause_still_says_the_ambulance(
    tmp_path: Path, fault: dict[str, object], ambulance: bool
) -> None:
    """A woman of 20 on the pill, one-sided pain worse on breathing in, a cough (a published
    case): no emergency sign holds, but a clot in the lung cannot be ruled out, and her run
    says EMERGENCY. Refused for one misspelt id, her file said only the misspelling (a code
    reviewer, thirty-eighth session; thirty-ninth session): the answers that check alone are
    assessed as a run would, and the cause's line is said. With the pill's answer the one
    refused, the rest are not an emergency, and nothing is said."""
    from conftest import make_runner

    assert tspain.assess(CLOT).triage.level == "emergency"
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(CLOT | fault), encoding="utf-8")
    done = make_runner().invoke(cli.app, ["check", "--answers", str(path)])
    assert done.exit_code == 2 and done.stdout == ""
    said = done.stderr.splitlines()
    assert said[-1].startswith("tspain: error: ")
    clot = "  - From what you said, blood clot in the lung (pulmonary embolism) cannot be ruled out"
    assert said[:-1] == ([AMBULANCE, clot + " at home."] if ambulance else [])


@pytest.mark.parametrize(
    "text",
    [
        '{"chest_pain_or_pressure": true, "answers": {"age": 3}}',
        '{"chest_pain_or_pressure": true, "answers": 5}',
        '{"answers": {"chest_pain_or_pressure": true}, "age": 3}',
    ],
)
def test_a_report_refused_for_its_shape_still_says_an_emergency_sign_in_it(
    tmp_path: Path, text: str
) -> None:
    """A saved report's `answers` mixed with top-level answers, or `answers` that is not an
    object, was refused while being read with no word of the chest pain beside it (a scripter,
    thirty-ninth session): the answers in either place are read for an emergency sign."""
    from conftest import make_runner

    path = tmp_path / "a.json"
    path.write_text(text, encoding="utf-8")
    done = make_runner().invoke(cli.app, ["check", "--answers", str(path)])
    assert done.exit_code == 2 and done.stdout == ""
    said = done.stderr.splitlines()
    assert said[-1].startswith("tspain: error: ") and said[:-1] == [AMBULANCE, f"  - {CHEST}"]


@pytest.mark.parametrize("which", ["old", "new"])
def test_compare_says_an_emergency_sign_in_a_refused_file(tmp_path: Path, which: str) -> None:
    """`tspain compare` of a file with chest pain and one misspelt id said only the misspelling,
    where `check --answers` of the same file says the ambulance first (a scripter, thirty-ninth
    session; docs/interface.md's exit 2 is for every command)."""
    from conftest import make_runner

    refused = tmp_path / "refused.json"
    refused.write_text('{"chest_pain_or_pressure": true, "fevr": true}', encoding="utf-8")
    calm = tmp_path / "calm.json"
    calm.write_text('{"age": 30}', encoding="utf-8")
    files = [refused, calm] if which == "old" else [calm, refused]
    done = make_runner().invoke(cli.app, ["compare", *map(str, files)])
    assert done.exit_code == 2 and done.stdout == ""
    said = done.stderr.splitlines()
    assert said[-1].startswith("tspain: error: ") and said[:-1] == [AMBULANCE, f"  - {CHEST}"]


def test_a_toml_report_refused_for_an_answer_given_twice_still_says_the_ambulance(
    tmp_path: Path,
) -> None:
    """A TOML answers file in a saved report's shape (`[answers]`) with one key given twice
    said only the fault: lines under a header were not read (a code reviewer, thirty-ninth
    session)."""
    from conftest import make_runner

    path = tmp_path / "a.toml"
    path.write_text("[answers]\nchest_pain_or_pressure = true\nfever = true\nfever = true\n")
    done = make_runner().invoke(cli.app, ["check", "--answers", str(path)])
    assert done.exit_code == 2
    assert done.stderr.splitlines()[:-1] == [AMBULANCE, f"  - {CHEST}"]


@pytest.mark.parametrize(
    ("name", "text", "first"),
    [
        ("a.json", '{"chest_pain_or_pressure": "yes"}', "If a yes was meant for chest_pain_or_pressure:"),
        ("a.json", '{"chest_pain_or_pressure": 1, "age": 60}', "If a yes was meant for chest_pain_or_pressure:"),
        ("a.json", '{"chest_pain_or_pressure": "True", "rash": "y"}', "If a yes was meant for chest_pain_or_pressure, rash:"),
        ("a.toml", 'chest_pain_or_pressure = "yes"\n', "If a yes was meant for chest_pain_or_pressure:"),
        ("a.json", '{"chest_pain_or_pressure": "yes", "age": 3, "age": 4}', "If a yes was meant for chest_pain_or_pressure:"),
        # no ambulance: a no written another way, a yes to no emergency sign, a count of 1
        ("a.json", '{"chest_pain_or_pressure": "no"}', None),
        ("a.json", '{"rash": "yes"}', None),
        ("a.json", '{"chest_pain_or_pressure": 2}', None),
    ],
)  # fmt: skip
def test_a_yes_written_another_way_for_an_emergency_sign_says_what_it_would_mean(
    tmp_path: Path, name: str, text: str, first: str | None
) -> None:
    """`"chest_pain_or_pressure": "yes"` (or 1) is refused, as the contract says (a yes is
    `true`), and was refused with no word of the ambulance: an intake form that writes its
    yeses as strings hid every emergency (left by the thirty-ninth session's note; fortieth
    session). It is still refused and never read as a yes; what such a yes would mean is said
    first, as such."""
    from conftest import make_runner

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    done = make_runner().invoke(cli.app, ["check", "--answers", str(path)])
    assert done.exit_code == 2 and done.stdout == ""
    said = done.stderr.splitlines()
    assert said[-1].startswith("tspain: error: ")
    assert said[:-1] == ([first, AMBULANCE, f"  - {CHEST}"] if first else [])


@pytest.mark.parametrize(
    ("name", "data", "ambulance"),
    [
        ("a.json", b'{"chest_pain_or_pressure": true, "fever": true,}\n', True),  # a trailing comma
        ("a.json", b'{"chest_pain_or_pressure": true, "sex": "f\xe9male"}', True),  # Latin-1
        ("a.json", '{"chest_pain_or_pressure": true}\r\n'.encode("utf-16"), True),  # PowerShell 5
        ("a.json", b'{"age": 40, "notes": "not \\"chest_pain_or_pressure\\": true",}', False),
        ("a.json", b'{"chest_pain_or_pressure": true, "chest_pain_or_pressure": false,', False),
        ("a.toml", b'fever = false\nfever = false\nnotes = """\nchest_pain_or_pressure = true\n"""\n', False),
        ("a.toml", b"fever = false\nfever = false\nnotes = '''\n'''\nchest_pain_or_pressure = true\n", True),
    ],
)  # fmt: skip
def test_a_broken_file_still_says_an_emergency_sign_plain_in_it(
    tmp_path: Path, name: str, data: bytes, ambulance: bool
) -> None:
    """A JSON file with a trailing comma (the commonest slip in a file edited by hand), one
    with a Latin-1 byte, or one PowerShell 5 saved as UTF-16 was refused with chest pain plain
    in it and no word of the ambulance; and a TOML file's notes over several lines, with
    `chest_pain_or_pressure = true` among their text, were read as an answer (a scripter,
    fortieth session). Pairs are read whole, strings as text."""
    from conftest import make_runner

    path = tmp_path / name
    path.write_bytes(data)
    done = make_runner().invoke(cli.app, ["check", "--answers", str(path)])
    assert done.exit_code == 2 and done.stdout == ""
    said = done.stderr.splitlines()
    assert said[-1].startswith("tspain: error: ")
    assert said[:-1] == ([AMBULANCE, f"  - {CHEST}"] if ambulance else [])


@pytest.mark.parametrize(
    ("command", "env"),
    [
        (["check", "--answers", "{chest}"], {"TSPAIN_LANG": "xx"}),
        (["--lang", "xx", "check", "--answers", "{chest}", "--json"], {}),
        (["--lang", "xx", "compare", "{calm}", "{chest}"], {}),
    ],
)
def test_a_language_refused_still_says_an_emergency_sign_in_the_answers(
    tmp_path: Path, command: list[str], env: dict[str, str]
) -> None:
    """A mistyped $TSPAIN_LANG refused every run with its one line, so an intake service gave
    a person with chest pain exit 2 and no word of the ambulance (a scripter, fortieth
    session). The language is still refused, exit 2, after the ambulance, said once."""
    from conftest import make_runner

    files = {"chest": '{"chest_pain_or_pressure": true}', "calm": '{"age": 30}'}
    for name, text in files.items():
        (tmp_path / f"{name}.json").write_text(text, encoding="utf-8")
    args = [a.format(**{n: str(tmp_path / f"{n}.json") for n in files}) for a in command]
    done = make_runner().invoke(cli.app, args, env=env)
    assert done.exit_code == 2 and done.stdout == ""
    said = done.stderr.splitlines()
    assert said[:-1] == [AMBULANCE, f"  - {CHEST}"]
    assert said[-1].startswith("tspain: error: ") and "unknown language 'xx'" in said[-1]


def test_a_language_refused_asks_nothing_and_says_only_the_language() -> None:
    from conftest import make_runner

    done = make_runner().invoke(cli.app, ["--lang", "xx", "check", "-i"], input="2\n")
    assert done.exit_code == 2 and done.stdout == ""
    assert done.stderr == "tspain: error: unknown language 'xx' (tspain speaks: en, es)\n"


@pytest.mark.parametrize(
    ("name", "data", "ambulance"),
    [
        ("a.toml", b'# long notes go between """ marks\nage = 50\nage = 51\nchest_pain_or_pressure = true\n', True),
        ("a.toml", b"notes = \"don't use ''' here\"\nage = 50\nage = 51\nchest_pain_or_pressure = true\n", True),
        ("a.json", b'{"age": 50, // "chest_pain_or_pressure": true,\n "fever": false}', False),
        ("a.json", b'{// "chest_pain_or_pressure": false,\n"chest_pain_or_pressure": true,}', True),
        ("a.json", '{"chest_pain_or_pressure": true}'.encode("utf-16-le"), True),
        ("a.toml", b'"my notes" = """\nchest_pain_or_pressure = false\n"""\nchest_pain_or_pressure = true\nage = 1\nage = 2\n', True),
    ],
)  # fmt: skip
def test_quotes_and_comments_in_a_broken_file_are_read_as_such(
    tmp_path: Path, name: str, data: bytes, ambulance: bool
) -> None:
    """The code reviewer of the fortieth session: three quotes in a comment, or in a one-line
    string, hid every later answer; a commented-out answer called an ambulance, and a
    commented-out old value hid a live yes; UTF-16 with no byte-order mark was read as
    nothing."""
    from conftest import make_runner

    path = tmp_path / name
    path.write_bytes(data)
    done = make_runner().invoke(cli.app, ["check", "--answers", str(path)])
    assert done.exit_code == 2
    assert done.stderr.splitlines()[:-1] == ([AMBULANCE, f"  - {CHEST}"] if ambulance else [])


def test_a_file_over_a_megabyte_still_says_an_emergency_sign_in_its_first(tmp_path: Path) -> None:
    """A file over 1 MB was refused unread, with chest pain plain in its first line (left by
    the thirty-ninth session's note; fortieth session). Still refused; its first megabyte is
    read for an emergency sign, as a broken file's whole is."""
    from conftest import make_runner

    path = tmp_path / "big.json"
    path.write_text(json.dumps({"chest_pain_or_pressure": True, "pad": "x" * 2_000_000}))
    done = make_runner().invoke(cli.app, ["check", "--answers", str(path)])
    assert done.exit_code == 2
    said = done.stderr.splitlines()
    assert said[:-1] == [AMBULANCE, f"  - {CHEST}"] and "larger than 1 MB" in said[-1]
