"""The Python API (docs/api.md): one documented way in, no global state, immutable results."""

from __future__ import annotations

import ast
import dataclasses
import doctest
import subprocess
import sys
from pathlib import Path

import pytest
from caselib import Case

import tspain
from tspain.assessment import Assessment, as_json
from tspain.table import RuleTable

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "tspain"


def test_the_api_examples_in_docs_run() -> None:
    failed, attempted = doctest.testfile(
        str(ROOT / "docs" / "api.md"), module_relative=False, optionflags=doctest.ELLIPSIS
    )
    assert attempted >= 10 and failed == 0


def test_a_script_gets_emergency_for_chest_pain() -> None:
    code = (
        "import tspain; print(tspain.assess("
        "{'age': 60, 'chest_pain_or_pressure': True}).triage.level)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd="/"
    )
    assert out.stdout == "emergency\n"


@pytest.mark.parametrize(
    "answers",
    [
        {"chest_pain_or_pressure": "yes"},
        {"chest_pain_or_pressure": 1},
        {"age": "60"},
        {"age": True},
        {"age": 500},
        {"injury": "broken"},
        {"chest_pains": True},
        {3: True},
    ],
)
def test_wrong_answers_raise_the_documented_error(answers: dict[object, object]) -> None:
    with pytest.raises(tspain.AnswersError):
        tspain.assess(answers)  # type: ignore[arg-type]


def test_answers_must_be_a_mapping() -> None:
    with pytest.raises(tspain.AnswersError, match="mapping"):
        tspain.assess([("fever", True)])  # type: ignore[arg-type]


def test_an_unknown_language_raises() -> None:
    with pytest.raises(tspain.LanguageError):
        tspain.assess({}, language="xx")


def test_a_bad_table_raises_table_error(tmp_path: Path) -> None:
    bad = tmp_path / "causes.toml"
    bad.write_text("version = 1\n")
    with pytest.raises(tspain.TableError) as caught:
        tspain.load_table(bad)
    assert caught.value.problems


def test_results_are_immutable(table: RuleTable) -> None:
    result = tspain.assess({"age": 60, "fever": True, "weight_loss": True}, table=table)
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.triage.level = "self_care"  # type: ignore[misc]
    cause = next(c for c in result.causes if c.evidence)
    assert isinstance(cause.evidence, tuple) and isinstance(result.self_care, tuple)
    with pytest.raises(TypeError):
        cause.evidence[0].answers["age"] = 20  # type: ignore[index]
    for field in dataclasses.fields(Assessment):
        assert not isinstance(getattr(result, field.name), list | dict | set), field.name


def test_a_loaded_table_cannot_be_changed_under_its_results() -> None:
    """A reviewer set the fever sign to emergency after one `assess` and kept getting urgent
    (the table's compiled form was worked out before). Setting a field is now an error; a
    changed copy (`dataclasses.replace`) is compiled for itself."""
    table = tspain.load_table()
    fever = {"fever": True, "age": 40}
    assert tspain.assess(fever, table=table).triage.level == "urgent"
    i, sign = next((i, s) for i, s in enumerate(table.warning_signs) if s.id == "fever")
    with pytest.raises(dataclasses.FrozenInstanceError):
        sign.level = "emergency"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        table.warning_signs = []  # type: ignore[misc]
    for q in table.questions.values():
        with pytest.raises(dataclasses.FrozenInstanceError):
            q.max = 1000  # type: ignore[misc]
        break
    raised = dataclasses.replace(sign, level="emergency")
    signs = [*table.warning_signs[:i], raised, *table.warning_signs[i + 1 :]]
    changed = dataclasses.replace(table, warning_signs=signs)
    assert tspain.assess(fever, table=changed).triage.level == "emergency"
    assert tspain.assess(fever, table=table).triage.level == "urgent"


def test_a_change_to_one_caller_s_table_reaches_no_other() -> None:
    """`load_table()` handed every caller one table: a notebook that added an option to its
    questions widened what `assess()` took for every other caller, and one that cleared its
    warning signs cleared them for the next `load_table()` (a scripter, thirty-fourth
    session)."""
    mine = tspain.questions()
    mine["sex"].options["nonbinary"] = "x"
    with pytest.raises(tspain.AnswersError):
        tspain.assess({"sex": "nonbinary"})
    table = tspain.load_table()
    signs = len(table.warning_signs)
    table.warning_signs.clear()
    table.advice.prevention.append("EXPERIMENT")
    assert signs > 50 and len(tspain.load_table().warning_signs) == signs
    assert "EXPERIMENT" not in tspain.assess({"age": 40}).prevention
    assert tspain.assess({"chest_pain_or_pressure": True}).triage.level == "emergency"


def test_one_result_never_changes_another(table: RuleTable) -> None:
    answers = {"age": 72, "injury": "minor", "osteoporosis_or_steroid_use": True}
    first = as_json(tspain.assess(answers, table=table))
    tspain.assess({"age": 20, "injury": "minor"}, table=table)
    assert as_json(tspain.assess(answers, table=table)) == first


def _walk_strings(value: object) -> list[str]:
    data = as_json(value)
    out: list[str] = []

    def walk(item: object) -> None:
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, dict):
            for v in item.values():
                walk(v)
        elif isinstance(item, list):
            for v in item:
                walk(v)

    walk(data)
    return out


def test_languages_do_not_leak_between_calls(table: RuleTable) -> None:
    """Spanish then English then Spanish in one process: each result wholly in its language,
    the same as when asked first."""
    answers = {"age": 58, "fever": True, "sweating_nausea": True, "onset": "sudden"}
    english_first = as_json(tspain.assess(answers, table=table))
    spanish = as_json(tspain.assess(answers, table=table, language="es"))
    english = as_json(tspain.assess(answers, table=table))
    spanish_again = as_json(tspain.assess(answers, table=table, language="es"))
    assert english == english_first
    assert spanish == spanish_again
    assert spanish["language"] == "es" and english["language"] == "en"
    said_en = [e["sentence"] for c in english["causes"] for e in c["evidence"]]
    said_es = [e["sentence"] for c in spanish["causes"] for e in c["evidence"]]
    assert said_en and len(said_en) == len(said_es)
    assert all("makes" in s for s in said_en)
    assert not any("makes" in s or "likely" in s for s in said_es)
    assert spanish["triage"]["action"] != english["triage"]["action"]


ADVICE = ("self_care", "prevention", "see_a_doctor_if", "while_waiting", "tell_the_doctor")


def test_spanish_results_have_the_english_lines(table: RuleTable, cases: list[Case]) -> None:
    """Every advice list has as many lines in Spanish as in English, on every vignette (merging
    near-identical lines must not depend on the language)."""
    for case in cases:
        en = tspain.assess(case.answers, table=table)
        es = tspain.assess(case.answers, table=table, language="es")
        for name in ADVICE:
            assert len(getattr(en, name)) == len(getattr(es, name)), (case.id, name)
        assert en.triage.level == es.triage.level


def test_the_package_exports_only_the_api() -> None:
    assert set(tspain.__all__) == {
        "AnswersError",
        "Assessment",  # the types of what the calls return, for annotations (docs/api.md)
        "Interview",  # the questions in order, for a script that asks them (and its `Step`)
        "LanguageError",
        "Question",
        "RuleTable",
        "Step",
        "TableError",
        "__version__",
        "assess",
        "load_table",
        "questions",
    }
    with pytest.raises(AttributeError):
        _ = tspain.engine_internals  # type: ignore[attr-defined]


def _imports(path: Path) -> set[str]:
    """The tspain modules a file imports at run time (not under `if TYPE_CHECKING:`)."""
    found: set[str] = set()

    class Visitor(ast.NodeVisitor):
        def visit_If(self, node: ast.If) -> None:
            if isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
                for child in node.orelse:
                    self.visit(child)
                return
            self.generic_visit(node)

        def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
            if node.module == "tspain":
                found.update(a.name for a in node.names)
            elif node.module and node.module.startswith("tspain."):
                found.add(node.module.split(".")[1])

        def visit_Import(self, node: ast.Import) -> None:
            found.update(a.name.split(".")[1] for a in node.names if a.name.startswith("tspain."))

    Visitor().visit(ast.parse(path.read_text(encoding="utf-8")))
    return {m for m in found if (SRC / f"{m}.py").is_file()} - {path.stem}


def test_the_import_graph_has_no_circle() -> None:
    graph = {p.stem: _imports(p) for p in SRC.glob("*.py") if p.stem != "__init__"}
    circles: list[str] = []
    done: set[str] = set()

    def visit(module: str, path: list[str]) -> None:
        for dep in sorted(graph.get(module, ())):
            if dep in path:
                circles.append(" -> ".join([*path[path.index(dep) :], dep]))
            elif dep not in done:
                visit(dep, [*path, dep])
        done.add(module)

    for module in graph:
        visit(module, [module])
    assert circles == []
    assert "loading" not in graph["i18n"] and "table" not in graph["i18n"]


def test_no_source_file_is_long() -> None:
    long = {p.name: n for p in SRC.glob("*.py") if (n := len(p.read_text().splitlines())) > 400}
    assert long == {}


def test_a_misspelt_api_name_is_a_type_error(tmp_path: Path) -> None:
    """A scripter: `mypy --strict` passed `tspain.asess(...)` (the lazy loader's `__getattr__`
    made every name `Any`), which then failed at run time."""
    api = pytest.importorskip("mypy.api")
    script = tmp_path / "uses_tspain.py"
    script.write_text(
        'import tspain\nlevel: str = tspain.assess({"fever": True}).triage.level\n'
        'tspain.asess({"fever": True})\n',
        encoding="utf-8",
    )
    out, _, status = api.run(["--strict", "--no-incremental", str(script)])
    assert status == 1 and 'has no attribute "asess"' in out and out.count("error:") == 1, out


@pytest.mark.parametrize("language", ["ES", "es_MX.UTF-8", "es-MX"])
def test_the_api_takes_a_language_as_lang_does(language: str) -> None:
    """A scripter passed the string it gives --lang and read LanguageError."""
    import tspain

    assert tspain.assess({"fever": True}, language=language).language == "es"


def test_a_language_is_read_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A scripter: every call in Spanish read three catalogue files (18 ms a call, 12 times
    English's)."""
    import shutil

    import tspain
    from tspain import i18n

    copy = tmp_path / "i18n"
    shutil.copytree(i18n.i18n_dir(), copy)
    monkeypatch.setattr(i18n, "i18n_dir", lambda: copy)
    reads = []
    real = i18n.read
    monkeypatch.setattr(i18n, "read", lambda code: reads.append(code) or real(code))
    table = tspain.load_table()
    for _ in range(3):
        tspain.assess({"fever": True}, table=table, language="es")
    assert reads == ["es"]


def test_a_script_assessing_many_people_keeps_its_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    """20,000 random people assessed on one table held 540 MB of explanations (a reviewer):
    each age and duration is a new one. A table keeps at most `EFFECTS_KEPT` (here 40), and
    results after it starts again are those of a fresh table."""
    from tspain import engine
    from tspain.compiled import compile_table

    monkeypatch.setattr(engine, "EFFECTS_KEPT", 40)
    table = tspain.load_table()
    people = [
        {"age": 20 + i, "duration_days": 3 + i, "fever": i % 2 == 0, "severity": i % 11}
        for i in range(30)
    ]
    results = [tspain.assess(person, table=table) for person in people]
    assert len(compile_table(table).effects) <= 40
    fresh = tspain.load_table()
    assert results == [tspain.assess(person, table=fresh) for person in people]


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_command_line_and_the_api_give_one_result(cases: list[Case], language: str) -> None:
    """`tspain check --answers` and `tspain.assess` give the same result for the same answers
    (a reviewer, twenty-first session, found two sets of wiring: the command line translated
    the table and called the engine itself)."""
    import json

    from conftest import make_runner

    from tspain.cli import app

    runner = make_runner()
    for case in cases[::7]:
        answers = {q: v for q, v in case.answers.items() if v is not None}
        printed = runner.invoke(
            app,
            ["--lang", language, "check", "--answers", "-", "--json"],
            input=json.dumps(answers),
        )
        assert printed.exit_code == 0, printed.output
        expected = tspain.assess(answers, language=language).to_json()
        assert json.loads(printed.stdout) == json.loads(json.dumps(expected)), case.id


def test_the_command_line_result_is_the_api_s(monkeypatch: pytest.MonkeyPatch) -> None:
    """`tspain check` is a layer over `tspain.assess`, not a second wiring beside it (twenty-
    second session): what the library returns is what the command line prints."""
    import dataclasses
    import json

    from conftest import make_runner

    from tspain.cli import app

    library = tspain.assess
    calls: list[tuple[object, str]] = []

    def marked(answers: object, **given: object) -> tspain.Assessment:
        calls.append((given["table"], str(given["language"])))
        made = library(answers, **given)  # type: ignore[arg-type]
        return dataclasses.replace(made, recap="said by tspain.assess")

    monkeypatch.setattr(tspain, "assess", marked)
    printed = make_runner().invoke(
        app, ["--lang", "es", "check", "--answers", "-", "--json"], input='{"age": 40}'
    )
    assert printed.exit_code == 0, printed.output
    assert json.loads(printed.stdout)["recap"] == "said by tspain.assess"
    assert [language for _, language in calls] == ["es"]


def test_the_shipped_table_s_translation_is_made_once_for_calls_without_a_table() -> None:
    """Once `load_table()` gave a copy each call, `assess(..., language="es")` without a table
    translated and checked the table again each time (18 ms a call, where 1 ms: a code
    reviewer, thirty-fourth session): the shared table keeps its translation, and is handed to
    no one."""
    from tspain import api

    first, _ = api._in_language(None, "es")
    again, _ = api._in_language(None, "es")
    assert first is again
    assert tspain.load_table() is not tspain.load_table()  # a caller's own copy


@pytest.mark.parametrize("key", [None, 7, ("onset",)])
def test_a_key_that_is_no_text_is_named_with_no_guess(key: object) -> None:
    """`assess({None: True})` said "unknown question id null (did you mean 'onset'?)": the
    guess was made from the word "None" (a scripter, thirty-eighth session)."""
    with pytest.raises(tspain.AnswersError) as err:
        tspain.assess({key: True})  # type: ignore[dict-item]
    assert "did you mean" not in str(err.value), err.value
