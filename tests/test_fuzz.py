"""Issue 10: fuzzing as a test. Whatever the answers file, the typed line or the rule table:
one `tspain: error:` line (exit 2) or a valid result; never a traceback, never NaN."""

from __future__ import annotations

import json
import math
from pathlib import Path

from conftest import examples, make_runner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tspain.answers import AnswersError, check_answers
from tspain.answers_file import parse_answers_text
from tspain.assessment import dumps
from tspain.cli import app
from tspain.engine import assess
from tspain.loading import TableError, load_table
from tspain.paths import default_table_path

TABLE = load_table()
IDS = sorted(TABLE.questions)
SHIPPED = default_table_path().read_text(encoding="utf-8")
LINES = SHIPPED.splitlines()

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**30), 10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.sampled_from(["sudden", "gradual", "none", "minor", "major", "one_side", "male"]),
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=8,
)
answer_objects = st.dictionaries(st.sampled_from(IDS) | st.text(max_size=12), values, max_size=12)


def valid_result(text: str) -> None:
    data = json.loads(text)  # rejects NaN? no: so check below
    assert "NaN" not in text and "Infinity" not in text
    for cause in data["causes"] + data["must_not_miss"]:
        assert math.isfinite(cause["probability"]) and 0.0 <= cause["probability"] <= 1.0
    assert data["triage"]["level"] in ("emergency", "urgent", "routine", "self_care")


@settings(max_examples=examples(300), deadline=None)
@given(answer_objects | values)
def test_any_answers_object_is_an_error_or_a_valid_result(raw: object) -> None:
    text = json.dumps(raw, allow_nan=True).encode()
    try:
        known = check_answers(TABLE, parse_answers_text(text, "fuzz", is_toml=False))
    except AnswersError as err:
        message = str(err)
        assert "\n" not in message and len(message) < 400
        return
    valid_result(dumps(assess(TABLE, known)))


@settings(
    max_examples=examples(40),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(st.binary(max_size=200) | answer_objects.map(lambda d: json.dumps(d).encode()))
def test_the_command_line_gives_one_line_or_a_result(data: bytes) -> None:
    result = make_runner().invoke(app, ["check", "--answers", "-", "--json"], input=data)
    if result.exit_code == 0:
        valid_result(result.stdout)
    else:
        assert result.exit_code == 2, result.output
        assert result.stdout == ""
        assert result.stderr.startswith("tspain: error: ") and result.stderr.count("\n") == 1


def _mutated(line_index: int, replacement: str) -> str:
    lines = list(LINES)
    lines[line_index % len(lines)] = replacement
    return "\n".join(lines) + "\n"


numbers = st.one_of(
    st.floats(allow_nan=False, allow_infinity=False).map(repr),
    st.sampled_from(["1e200", "1e-300", "0", "-1", "inf", "nan", "true", '"3"', "[]", "{}"]),
)


@settings(
    max_examples=examples(60),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    st.integers(0, len(LINES) - 1),
    st.one_of(
        st.text(max_size=40),
        numbers.map(lambda n: f"  {{ when = {{ fever = true }}, lr = {n} }},"),
        numbers.map(lambda n: f"prior = {n}"),
        st.sampled_from(["[causes.x]", "evidence = [", "]", "when = { count = { of = [] } }"]),
    ),
)
def test_any_rule_table_is_an_error_or_gives_valid_results(
    tmp_path_factory: object, index: int, replacement: str
) -> None:
    folder = Path(tmp_path_factory.mktemp("fuzz"))  # type: ignore[attr-defined]
    path = folder / "causes.toml"
    path.write_text(_mutated(index, replacement), encoding="utf-8")
    try:
        table = load_table(path)
    except TableError as err:
        assert err.problems and all("\n" not in p for p in err.problems)
        return
    for answers in (
        {},
        {"fever": True, "age": 70},
        {q: True for q, v in table.questions.items() if v.type == "yesno"},
    ):
        valid_result(dumps(assess(table, answers)))
