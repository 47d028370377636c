"""A usage error is said in the language asked for: click writes its messages in English, and
"tspain --lang es check --bogus" answered a Spanish speaker "No such option" (eighteenth
session's note). English stays as click says it."""

from __future__ import annotations

import pytest
from conftest import make_runner

from tspain.cli import app


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["check", "--bogus"], "No existe la opción --bogus (vea `tspain check --help`)"),
        (["check", "--max-questions", "x"], "x no es un número entero"),
        (["check", "--max-questions", "0"], "0 es menor que 1"),
        (["causes", "a", "b"], "Sobra un valor: b"),
        (["bogus"], "No existe la orden 'bogus' (vea `tspain --help`)"),
        # the command's help, not `tspain --help` (a scripter, thirty-fifth session)
        (["check", "--answers"], "La opción '--answers' necesita un valor (vea `tspain check"),
        (["questions", "--jsn"], "(¿quería decir --json?)"),
    ],
)
def test_a_usage_error_is_said_in_spanish(args: list[str], said: str) -> None:
    done = make_runner().invoke(app, ["--lang", "es", *args])
    assert done.exit_code == 2
    assert done.stderr.startswith("tspain: error: ") and said in done.stderr, done.stderr
    assert done.stderr.count("\n") == 1


def test_the_locale_is_enough_before_any_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TSPAIN_LANG", raising=False)
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    done = make_runner().invoke(app, ["bogus"])
    assert "No existe la orden 'bogus'" in done.stderr


def test_english_stays_as_click_says_it() -> None:
    done = make_runner().invoke(app, ["--lang", "en", "check", "--bogus"])
    assert done.stderr == "tspain: error: No such option: --bogus (see `tspain check --help`)\n"
    done = make_runner().invoke(app, ["--lang", "en", "check", "--save"])
    assert done.stderr.endswith("requires an argument (see `tspain check --help`)\n")


@pytest.mark.parametrize(
    ("click_said", "said"),
    [  # as the lowest click pyproject allows writes them (CI's sdist lane), and newer ones
        ("No such option: --jsn ('(Possible options: --json)',)", "(¿quería decir --json?)"),
        ("No such option: --jsn (Possible options: --json)", "(¿quería decir --json?)"),
        ("Invalid value for '--max-questions': 'x' is not a valid integer range", "x no es un"),
        ("Invalid value for '--max-questions': 'x' is not a valid int range", "x no es un"),
        ("Got unexpected extra argument (b)", "Sobra un valor: b"),
        ("Got unexpected extra arguments (b c)", "Sobra un valor: b c"),
    ],
)
def test_each_click_s_wording_is_said_in_spanish(click_said: str, said: str) -> None:
    from tspain import i18n
    from tspain.usage_words import usage_in_language

    i18n.use("es")
    assert said in usage_in_language(click_said)


@pytest.mark.parametrize(
    ("language", "args", "said"),
    [
        ("en", ["check", "--lang", "es"], "--lang goes before the command: tspain --lang ... check"),
        ("en", ["check", "--rules", "x.toml"], "--rules goes before the command: tspain --rules ... check"),
        ("en", ["causes", "--version"], "--version goes before the command: tspain --version ... causes"),
        ("es", ["check", "--rules", "x.toml"], "--rules va antes de la orden: tspain --rules ... check"),
    ],
)  # fmt: skip
def test_an_option_of_tspain_typed_after_the_command_says_where_it_goes(
    language: str, args: list[str], said: str
) -> None:
    """A scripter's "tspain check --lang es --answers a.json" was "No such option: --lang",
    though `tspain --lang es check` works (twenty-fourth session)."""
    done = make_runner().invoke(app, (["--lang", "es"] if language == "es" else []) + args)
    assert done.exit_code == 2
    assert done.stderr == f"tspain: error: {said}\n"


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_causes_list_fits_80_columns_and_max_questions_speaks_plainly(language: str) -> None:
    """`tspain --lang es causes` had ten headings past 80 columns, one of 123, not wrapped, and
    ended "muestra una completa"; `check --help` said "[x>=1]" and `--max-questions 0` "0 is not
    in the range x>=1" (a tester, twenty-seventh session)."""
    listed = make_runner().invoke(app, ["--lang", language, "causes"])
    assert listed.exit_code == 0
    assert max(len(line) for line in listed.stdout.splitlines()) <= 80
    assert "muestra una completa" not in listed.stdout
    shown = make_runner().invoke(app, ["--lang", language, "check", "--help"]).stdout
    assert "x>=1" not in shown
    zero = make_runner().invoke(app, ["--lang", language, "check", "--max-questions", "0"])
    assert zero.exit_code == 2 and "x>=1" not in zero.stderr
    assert ("0 is less than 1" if language == "en" else "0 es menor que 1") in zero.stderr
