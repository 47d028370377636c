"""Hazard-log controls with oracles of their own (issue 26, point 8): each test here fails on
the fault its hazard names, planted by hand (see docs/safety/hazard-log.md)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from brief import EMERGENCY

from tspain import i18n
from tspain.engine import assess
from tspain.table import RuleTable

MEDICINE = re.compile(
    r"\b(aspirin[a]?|ibuprofen[o]?|paracetamol|acetaminophen|naproxen[o]?|diclofenac[o]?|"
    r"nitroglycerin|nitroglicerina|gtn|antacids?|antiácidos?|painkillers?|analgésicos?|"
    r"tablets?|pills?|pastillas?|comprimidos?|\d+\s*mg|chew|mastique|swallow|trague|doses?|"
    r"dosis)\b",
    re.IGNORECASE,
)
"""What medicine advice looks like, in English and Spanish: a named drug, a tablet, a dose."""


def _emergency_advice(table: RuleTable, answers: dict[str, object]) -> list[str]:
    result = assess(table, answers)  # type: ignore[arg-type]
    assert result.triage.level == "emergency", answers
    return [
        result.triage.action,
        result.recap,
        *result.while_waiting,
        *result.self_care,
        *result.prevention,
        *result.see_a_doctor_if,
    ]


@pytest.mark.parametrize("code", ["en", "es"])
def test_no_medicine_is_advised_while_waiting_for_an_ambulance(table: RuleTable, code: str) -> None:
    """H6: aspirin in a torn aorta is harm. At an emergency, nothing the person is told to do
    names a medicine or a dose (the general line "take medicines only if the call handler
    tells you to" is the only word on medicines)."""
    i18n.use(code)
    shown = i18n.translated_table(table)
    sets = [dict(minimal) for _, minimal in EMERGENCY.values()]
    sets.append({**sets[0], "heartburn_or_acid_reflux": True, "upper_abdominal_pain": True})
    sets.append({**sets[0], "anti_inflammatory_painkillers": True, "blood_thinners": True})
    for answers in sets:
        for text in _emergency_advice(shown, answers):
            assert not MEDICINE.search(text), (answers, text)


AUDIT = r"""
import json, sys
events = []
NETWORK = ("socket.", "urllib.", "http.client.", "ftplib.", "smtplib.", "poplib.", "imaplib.",
           "nntplib.", "telnetlib.", "webbrowser.")
def hook(event, args):
    if event.startswith(NETWORK):
        events.append(event)
sys.addaudithook(hook)
from tspain.cli import app
runs = json.loads(sys.argv[1])
for args, stdin in runs:
    import io
    sys.stdin = io.TextIOWrapper(io.BytesIO((stdin or "").encode()))
    try:
        app(args, standalone_mode=False)
    except SystemExit:
        pass
    except Exception as err:
        print("FAILED", args, repr(err), file=sys.stderr)
print(json.dumps(events), file=sys.stderr)
"""


def test_tspain_opens_no_network_connection(tmp_path: Path) -> None:
    """H11: the interpreter's own audit events (every socket, every URL opened) recorded while
    tspain runs each command, in both languages, saving every kind of file: none may be a
    network event. Independent of how the code spells an import."""
    answers = json.dumps({"age": 62, "chest_pain_or_pressure": True, "fever": True})
    (tmp_path / "a.json").write_text(answers)
    runs: list[tuple[list[str], str | None]] = []
    for lang in ("en", "es"):
        runs += [
            (["--lang", lang, "check", "--answers", "-", "--json"], answers),
            (
                [
                    "--lang", lang, "check", "--answers", "-",
                    "--save", str(tmp_path / f"r-{lang}.html"),
                    "--save-answers", str(tmp_path / f"a-{lang}.json"),
                ],
                answers,
            ),
            (["--lang", lang, "check", "--answers", "-", "--save", str(tmp_path / f"r-{lang}.md")], answers),
            (["--lang", lang, "causes"], None),
            (["--lang", lang, "causes", "shingles"], None),
            (["--lang", lang, "prevent"], None),
            (["--lang", lang, "questions", "--json"], None),
            (["--lang", lang, "compare", str(tmp_path / "a.json"), str(tmp_path / "a.json")], None),
        ]  # fmt: skip
    runs.append((["validate"], None))
    done = subprocess.run(
        [sys.executable, "-c", AUDIT, json.dumps(runs)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    lines = done.stderr.strip().splitlines()
    assert not [line for line in lines if line.startswith("FAILED")], done.stderr[-3000:]
    assert json.loads(lines[-1]) == [], lines[-1]
    assert (tmp_path / "r-es.html").exists() and (tmp_path / "r-en.md").exists()
