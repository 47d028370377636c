"""Issue 26 point 7: odd but legal environments give a result or one line, never a traceback:
a terminal one column wide, an ASCII-only output encoding, a locale-style TSPAIN_LANG, and
table keys holding escape codes (shown escaped by validate, never sent to the terminal)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import as_at_a_terminal
from typer.testing import CliRunner

from tspain import i18n
from tspain.cli import app
from tspain.loading import default_table_path

pexpect = pytest.importorskip("pexpect")


@pytest.mark.parametrize("columns", ["1", "2", "5"])
@pytest.mark.parametrize(
    "args", [["causes"], ["causes", "shingles"], ["prevent", "shingles"], ["questions"]]
)
def test_a_terminal_one_column_wide_gets_the_listing(columns: str, args: list[str]) -> None:
    env = {**os.environ, "COLUMNS": columns, "LINES": "24", "TERM": "xterm", "NO_COLOR": "1"}
    env.pop("TSPAIN_LANG", None)
    out, code = _spawn(args, env)
    assert code == 0, out[-2000:]
    assert "Traceback" not in out and "Error" not in out


def _spawn(args: list[str], env: dict[str, str]) -> tuple[str, int]:
    child = pexpect.spawn(
        sys.executable,
        ["-m", "tspain", *args],
        env=env,
        encoding="utf-8",
        timeout=60,
        preexec_fn=as_at_a_terminal,
    )
    out = child.read()
    child.close()
    return out, child.exitstatus


@pytest.mark.parametrize("args", [["causes", "--json"], ["check", "--answers", "-", "--json"]])
def test_json_on_an_ascii_only_output_is_still_the_same_json(args: list[str]) -> None:
    answers = json.dumps({"age": 30, "fever": True}).encode()
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    env.pop("TSPAIN_LANG", None)
    done = subprocess.run(
        [sys.executable, "-m", "tspain", "--lang", "es", *args],
        input=answers,
        capture_output=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    done.stdout.decode("ascii")  # nothing but ASCII reached the ASCII-only output
    utf8 = subprocess.run(
        [sys.executable, "-m", "tspain", "--lang", "es", *args],
        input=answers,
        capture_output=True,
        env={**env, "PYTHONIOENCODING": "utf-8"},
        timeout=60,
    )
    assert json.loads(done.stdout) == json.loads(utf8.stdout)  # no "m?sculos"


@pytest.mark.parametrize("value", ["es_ES.UTF-8", "es-ES", "ES", "es_MX"])
def test_tspain_lang_takes_what_lang_takes(value: str) -> None:
    assert i18n.from_environment({"TSPAIN_LANG": value}) == "es"
    assert i18n.from_environment({"LANG": value}) == "es"


def test_an_unknown_tspain_lang_is_still_an_error(runner: CliRunner) -> None:
    result = runner.invoke(app, ["causes"], env={"TSPAIN_LANG": "fr_FR.UTF-8"})
    assert result.exit_code == 2 and "unknown language" in result.stderr


def test_validate_shows_escape_codes_in_table_keys_escaped(
    tmp_path: Path, runner: CliRunner
) -> None:
    text = default_table_path().read_text(encoding="utf-8")
    path = tmp_path / "keys.toml"
    path.write_text(
        text.replace("[questions.fever]", '[questions."fev\\u001b[2Jer"]', 1), encoding="utf-8"
    )
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 1
    assert "\x1b" not in result.stdout + result.stderr
    assert "\\x1b" in result.stderr


def test_typing_what_the_terminal_encoding_cannot_carry_is_asked_again() -> None:
    """With PYTHONIOENCODING=ascii, typing "sí" (or piping it, even after an ASCII first line:
    the reader decodes ahead) ended in a UnicodeDecodeError traceback."""
    done = subprocess.run(
        [sys.executable, "-m", "tspain", "--lang", "es", "check", "--interactive"],
        input="ninguno\nsí\n".encode(),
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": "ascii", "NO_COLOR": "1"},
        timeout=60,
        check=False,
    )
    err = done.stderr.decode("ascii", "replace")
    assert "Traceback" not in err and "UnicodeDecodeError" not in err, err
    assert done.returncode == 130  # the input ended at the next question, as with any input
