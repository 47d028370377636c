"""A result and a table can go where a script sends them: pickled to a worker process, deep
copied, hashed, turned into a dict (a scripter, sixteenth session: `Effect.answers` was a
`MappingProxyType`, which pickles, copies and hashes as none of these; a Spanish call left its
translations on the caller's table, which then would not pickle)."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

import tspain
from tspain.loading import TableError
from tspain.paths import default_table_path

PERSON = {"age": 60, "chest_pain_or_pressure": True, "smoker": True}


def test_a_result_pickles_copies_hashes_and_becomes_a_dict() -> None:
    result = tspain.assess(PERSON)
    assert any(e.answers for c in result.causes for e in c.evidence)
    assert pickle.loads(pickle.dumps(result)) == result
    assert copy.deepcopy(result) == result
    assert hash(result) == hash(tspain.assess(PERSON))
    as_dict = dataclasses.asdict(result)
    evidence = [e for c in as_dict["causes"] for e in c["evidence"]]
    assert {"smoker": True} in [dict(e["answers"]) for e in evidence]


def test_answers_inside_a_result_stay_read_only() -> None:
    effect = next(e for c in tspain.assess(PERSON).causes for e in c.evidence)
    with pytest.raises(TypeError):
        effect.answers["age"] = 20  # type: ignore[index]


def test_a_table_pickles_after_a_spanish_call() -> None:
    table = tspain.load_table()
    spanish = tspain.assess(PERSON, table=table, language="es")
    again = pickle.loads(pickle.dumps(table))
    assert tspain.assess(PERSON, table=again, language="es") == spanish


def test_results_come_back_from_worker_processes() -> None:
    with ProcessPoolExecutor(1) as pool:
        results = list(pool.map(tspain.assess, [PERSON, {"age": 30}]))
    assert [r.triage.level for r in results] == ["emergency", "routine"]


def test_a_table_with_a_byte_order_mark_loads(tmp_path: Path) -> None:
    """Answers files take one; a table was "Invalid statement (at line 1, column 1)"."""
    path = tmp_path / "causes.toml"
    path.write_bytes(b"\xef\xbb\xbf" + default_table_path().read_bytes())
    assert tspain.load_table(path).version == tspain.load_table().version


def test_a_table_s_problems_are_one_line_each_through_the_api(tmp_path: Path) -> None:
    """api.md: `problems` lists every fault, one line each. A quoted key with a new line and an
    escape code in it reached a script as two lines and a colour change."""
    text = default_table_path().read_text("utf-8")
    old = "when = { chest_pain_or_pressure = true }"
    path = tmp_path / "causes.toml"
    path.write_text(text.replace(old, 'when = { "chest\\npain\\u001b[31m" = true }', 1), "utf-8")
    with pytest.raises(TableError) as err:
        tspain.load_table(path)
    assert err.value.problems
    assert not [p for p in err.value.problems if "\n" in p or "\x1b" in p], err.value.problems


@pytest.mark.parametrize("language", [None, 3])
def test_a_language_that_is_not_a_text_is_a_language_error(language: object) -> None:
    """`language=None` was an AttributeError from deep inside."""
    with pytest.raises(tspain.LanguageError, match="a language is a code"):
        tspain.assess({}, language=language)  # type: ignore[arg-type]


class _WholeNumber:
    """A whole number of another library's type (as numpy's int64 is): not an `int`."""

    def __init__(self, value: int) -> None:
        self.value = value

    def __int__(self) -> int:
        return self.value

    def __repr__(self) -> str:
        return f"_WholeNumber({self.value})"


def test_another_library_s_whole_number_is_taken_and_a_fault_names_its_question() -> None:
    """`np.int64(60)` for an age was "expected a whole number"; and an intake form had to read
    the message, which changes with the language, to find the question at fault."""
    import numbers

    numbers.Integral.register(_WholeNumber)
    assert tspain.assess({"age": _WholeNumber(60)}) == tspain.assess({"age": 60})
    for answers, question in (({"age": 300}, "age"), ({"fevr": True}, "fevr")):
        with pytest.raises(tspain.AnswersError) as err:
            tspain.assess(answers, language="es")
        assert err.value.question == question


def test_the_api_s_types_can_be_named_and_resolved() -> None:
    """`typing.get_type_hints(tspain.assess)` was a NameError ('Assessment' not defined), the
    result types could be imported only from private modules, and `dir(tspain)` did not list
    `assess` (a scripter, sixteenth session)."""
    import typing

    assert typing.get_type_hints(tspain.assess)["return"] is tspain.Assessment
    assert typing.get_type_hints(tspain.load_table)["return"] is tspain.RuleTable
    assert "Question" in str(typing.get_type_hints(tspain.questions)["return"])
    assert {"assess", "load_table", "questions", "Assessment"} <= set(dir(tspain))


def test_errors_come_back_from_worker_processes_whole(tmp_path: Path) -> None:
    """A bad table in a process pool broke the pool ("A process in the process pool was
    terminated abruptly"): `TableError` could not be unpickled; `AnswersError.question` was
    lost on the way (a scripter, seventeenth session)."""
    with ProcessPoolExecutor(1) as pool:
        with pytest.raises(TableError) as err:
            pool.submit(tspain.load_table, tmp_path / "missing.toml").result()
        assert err.value.problems == ["no such file"]
        with pytest.raises(tspain.AnswersError) as wrong:
            pool.submit(tspain.assess, {"fever": "yes"}).result()
        assert wrong.value.question == "fever"


def test_a_deeply_nested_choice_answer_is_an_answers_error() -> None:
    """A list nested 1,000 deep at `sex` was a RecursionError from `str` (at `age` or `fever`
    it was an AnswersError): no "did you mean" is looked for in what is not a text."""
    nested: list[object] = []
    for _ in range(1000):
        nested = [nested]
    with pytest.raises(tspain.AnswersError) as err:
        tspain.assess({"sex": nested})
    assert err.value.question == "sex"


def test_a_translation_is_checked_once_per_table(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Each Spanish call checked the whole translation again (8x an English call, 5 ms: a
    scripter, seventeenth session); `bench/engine.py` prints both. A table of its own: the
    shipped one is made once per process from its compiled form (thirty-second session), and
    another test may have checked its translation already."""
    from tspain import i18n
    from tspain.paths import default_table_path

    checked: list[str] = []
    real = i18n.refusal

    def counted(*args: object, **kwargs: object) -> str | None:
        checked.append("checked")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(i18n, "refusal", counted)
    own = tmp_path / "causes.toml"
    own.write_bytes(default_table_path().read_bytes())
    table = tspain.load_table(own)
    for age in range(30, 40):
        tspain.assess({"age": age}, table=table, language="es")
    assert checked == ["checked"]
    assert pickle.loads(pickle.dumps(table)).version == table.version  # the check stays home


def test_a_question_says_what_it_is_when_printed() -> None:
    """A scripter printing `tspain.questions()["sex"]` read "<tspain.table.Question object at
    0x7f...>"."""
    shown = tspain.questions()
    assert repr(shown["sex"]) == (
        "Question(type='choice', text='What is your sex?', options={'female': 'Female', "
        "'male': 'Male', 'other': 'Other / prefer not to say'})"
    )  # a mapping, as `options` is: shown as a list, `random.choice(q.options)` was a KeyError
    assert repr(shown["age"]).endswith("min=0, max=120, unit='years')")
    assert "checklist='emergency'" in repr(shown["chest_pain_or_pressure"])


def test_a_result_as_json_is_what_the_command_line_prints() -> None:
    """`json.dumps(dataclasses.asdict(result))` failed on the read-only mappings inside, and
    the command line's converter was private (a scripter)."""
    import json

    from typer.testing import CliRunner

    from tspain.cli import app

    printed = CliRunner().invoke(
        app, ["check", "--answers", "-", "--json"], input=json.dumps(PERSON)
    )
    assert json.loads(json.dumps(tspain.assess(PERSON).to_json())) == json.loads(printed.stdout)


def test_an_answers_error_keeps_what_it_read_through_a_pickle() -> None:
    """A worker process's AnswersError came back with `readable` empty, so a script following
    docs/api.md assessed nothing and read chest pain beside a misspelt id as routine (a
    scripter, fortieth session)."""
    with pytest.raises(tspain.AnswersError) as refused:
        tspain.assess({"chest_pain_or_pressure": "yes", "age": 60, "fevr": True})
    again = pickle.loads(pickle.dumps(refused.value))
    assert (str(again), again.question) == (str(refused.value), refused.value.question)
    assert again.readable == {"age": 60}
    assert again.meant_yes == ("chest_pain_or_pressure",)


@pytest.mark.parametrize(
    "answers",
    [
        {"chest_pain_or_pressure": True, "pregnancy_warning_signs": True, "hormones_or_pregnancy": False},
        {"chest_pain_or_pressure": True, "fever": False, "confused_or_drowsy": True},
    ],
)  # fmt: skip
def test_the_answers_read_from_a_contradiction_can_be_assessed(answers: dict[str, object]) -> None:
    """docs/api.md's way for an intake form to act on the chest pain, `tspain.assess(
    err.readable)`, raised the same error again when the fault was a contradiction: both of its
    sides were kept (a scripter, fortieth session). Neither side is known, so neither is kept."""
    with pytest.raises(tspain.AnswersError) as refused:
        tspain.assess(answers)
    assert refused.value.readable == {"chest_pain_or_pressure": True}
    assert tspain.assess(refused.value.readable).triage.level == "emergency"
