"""The safety contract's search for a person who escapes a warning sign, against a reference
that knows nothing of it: every answer to the questions an `unless` reads, each run through
the whole engine (thirty-first session: a count of two choices met by exactly one, an age
bound just above the one the contract tried, and an `asked_when` split two ways each passed
the contract's list of likely people, and lowered an emergency)."""

from __future__ import annotations

import dataclasses
import functools
import itertools
from pathlib import Path
from typing import Any

import pytest
from conftest import examples
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from tspain.cli import app
from tspain.engine import assess
from tspain.loading import default_table_path, load_table
from tspain.safety_search import domains, escaping
from tspain.table import Count, RuleTable, condition_questions, parse_test

SHIPPED = default_table_path().read_text(encoding="utf-8")
SIGNS = {
    "chest_pain": "chest_pain_or_pressure",
    "leg_weakness": "leg_weakness_or_unsteady",
    "shock": "fainting_or_clammy",
    "saddle_numbness": "saddle_numbness",
}
CLAUSES: dict[str, list[Any]] = {
    "cough": [True, False],
    "smoker": [True, False],
    "injury": ["none", "minor", ["none", "minor"]],
    "onset": ["sudden", "gradual", ["gradual"]],
    "sex": ["male", "female"],
    "pain_location": ["central", ["one_side", "central"]],
    "age": [{"min": 40}, {"max": 39}, {"min": 51, "max": 64}],
    "severity": [{"max": 8}, {"min": 3}],
}


@st.composite
def unlesses(draw: st.DrawFn) -> dict[str, Any]:
    """An `unless` as a maintainer might write one: plain clauses, or a count of two or three
    parts held by at least, at most or exactly some of them."""
    qids = draw(st.lists(st.sampled_from(sorted(CLAUSES)), min_size=1, max_size=3, unique=True))
    parts = [{q: draw(st.sampled_from(CLAUSES[q]))} for q in qids]
    if len(parts) == 1 or draw(st.booleans()):
        return {q: t for part in parts for q, t in part.items()}
    low = draw(st.integers(0, len(parts)))
    high = draw(st.one_of(st.none(), st.integers(low, len(parts))))
    count = {"of": parts, "min": low, "about": "x"} | ({} if high is None else {"max": high})
    return {"count": count}


@functools.cache
def _shipped() -> RuleTable:
    return load_table()


def _told_apart(
    table: RuleTable, qid: str, read: dict[str, Any], choices: dict[str, tuple[Any, ...]]
) -> tuple[Any, ...]:
    """The answers to try for one question of the `unless`: all the search tells apart, but
    for a number only its ends and either side of the `unless`'s own bounds (enough to meet it
    or not; fewer engine runs)."""
    q = table.questions[qid]
    if q.type != "integer":
        return choices[qid]
    tests = [part.get(qid) for part in (read["count"].of if "count" in read else (read,))]
    bounds = {
        b + d
        for t in tests
        if t is not None
        for b in (t.min, t.max)
        if b is not None
        for d in (-1, 0, 1)
    }
    return (
        None,
        *sorted(
            {q.min or 0, q.max or 0} | {b for b in bounds if (q.min or 0) <= b <= (q.max or b)}
        ),
    )


def _sign_at_emergency(table: RuleTable, answers: dict[str, Any]) -> bool:
    """Whether the engine holds an emergency warning sign on these answers (its reasons), as
    the contract asks: a serious cause the answers point to may call an ambulance too, but
    the contract is of the signs."""
    signs = {s.id for s in table.warning_signs}
    reasons = assess(table, answers).triage.reasons
    return any(r.id in signs and r.level == "emergency" for r in reasons)


def _read(unless: dict[str, Any]) -> dict[str, Any]:
    if "count" in unless:
        c = unless["count"]
        of = tuple({q: parse_test(t) for q, t in part.items()} for part in c["of"])
        return {"count": Count(of=of, about="x", min=c["min"], max=c.get("max"))}
    return {q: parse_test(t) for q, t in unless.items()}


@settings(max_examples=examples(100), deadline=None)
@given(sign=st.sampled_from(sorted(SIGNS)), unless=unlesses())
def test_the_search_finds_an_escape_exactly_when_the_engine_has_one(
    sign: str, unless: dict[str, Any]
) -> None:
    table = _shipped()
    read = _read(unless)
    signs = [
        dataclasses.replace(s, unless=read) if s.id == sign else s for s in table.warning_signs
    ]
    copy = dataclasses.replace(table, warning_signs=signs)
    said = {SIGNS[sign]: True}
    choices = domains(copy)
    found = escaping(copy, said, [q for q in copy.questions if q not in said], "emergency", choices)
    asked = condition_questions(read)
    escapes = []
    for values in itertools.product(*(_told_apart(copy, q, read, choices) for q in asked)):
        answers = {**said, **{q: v for q, v in zip(asked, values, strict=True) if v is not None}}
        if not _sign_at_emergency(copy, answers):
            escapes.append(answers)
    # every escape the reference finds, the search finds one too; and one the search finds
    # the engine confirms (the search may find more: another sign switched off beside it)
    assert found is not None or not escapes, escapes[:3]
    if found is not None:
        way = {**said, **{q: v for q, v in found.items() if v is not None}}
        assert not _sign_at_emergency(copy, way), way


@pytest.mark.parametrize(
    ("old", "new", "shown"),
    [
        # a count of two choices held by exactly one (a scripter, thirty-first session)
        (
            "when = { leg_weakness_or_unsteady = true }\n",
            "when = { leg_weakness_or_unsteady = true }\nunless = { count = { of = [ { injury = "
            '"minor" }, { onset = "gradual" } ], min = 1, max = 1, about = "an ordinary strain" }'
            " }\n",
            "warning sign leg_weakness",
        ),
        # an exception that begins one year past the age the contract tried (the same)
        (
            "{ age = { max = 39 }, high_blood_pressure = false } ], min = 1,",
            '{ age = { max = 39 }, high_blood_pressure = false }, { injury = "minor", age = { min'
            " = 51 }, severity = { max = 8 } } ], min = 1,",
            "at severity = 7, age = 51 its warning signs give routine",  # the strain sign at 50
            # (thirty-fifth session) asks how long too: still below an emergency
        ),
        # a severity one point past the contract's 7 (the same)
        (
            'when = { onset = "sudden", severity = { min = 7 }, injury = "none" }\n',
            'when = { onset = "sudden", severity = { min = 7 }, injury = "none" }\n'
            "unless = { severity = { min = 8 } }\n",
            "at severity = 8",
        ),
    ],
)
def test_copies_a_scripter_wrote_past_the_old_check_are_refused(
    tmp_path: Path, old: str, new: str, shown: str
) -> None:
    assert SHIPPED.count(old) == 1
    path = tmp_path / "copy.toml"
    path.write_text(SHIPPED.replace(old, new), encoding="utf-8")
    result = CliRunner().invoke(app, ["validate", str(path)])
    assert result.exit_code == 1 and shown in result.stderr, result.stderr


def test_an_asked_when_split_two_ways_by_a_count_is_refused(tmp_path: Path) -> None:
    """High blood pressure asked only when exactly one of "diabetes" and "no night sweats"
    holds: sudden severe pain with it was an input error, not an emergency, in a copy that
    validated (a code reviewer, thirty-first session)."""
    head = "[questions.high_blood_pressure]\n"
    split = (
        "asked_when = { count = { of = [ { diabetes = true }, { night_sweats = false } ], min = 1,"
        ' max = 1, about = "diabetes, or no night sweats" } }\n'
    )
    path = tmp_path / "copy.toml"
    path.write_text(SHIPPED.replace(head, head + split, 1), encoding="utf-8")
    result = CliRunner().invoke(app, ["validate", str(path)])
    assert result.exit_code == 1
    assert "high_blood_pressure = yes is asked only when" in result.stderr, result.stderr


RISKS = (
    'count = { of = [ { age = { min = 50 } }, { sex = "male" }, { smoker = true }, { '
    'high_blood_pressure = true }, { diabetes = true } ], min = 2, about = "heart risk factors '
    '(age 50+, male, smoking, high blood pressure, diabetes)" }'
)


@pytest.mark.parametrize(
    ("old", "new", "shown"),
    [
        (  # the cold sweat narrowed to the one man the contract named
            "when = { sweating_nausea = true, duration_days = { max = 1 }, " + RISKS + " }",
            "when = { sweating_nausea = true, duration_days = { max = 0 }, age = { min = 55 }, sex "
            '= "male" }',
            "warning sign sweating_with_two_heart_risks_",
        ),
        (
            'when = { onset = "sudden", injury = "none", duration_days = { max = 1 }, '
            + RISKS
            + " }",
            'when = { onset = "sudden", injury = "none", duration_days = { max = 0 }, sex = "male", '
            "age = { min = 45 } }",
            "warning sign sudden_pain_with_two_heart_risks_",
        ),
        (
            'hormones_or_pregnancy = true }\nunless = { sex = "male" }',
            'hormones_or_pregnancy = true }\nunless = { sex = ["male", "other"] }',
            "_other",
        ),
        (
            'when = { blood_thinners = true, onset = "sudden", severity = { min = 7 } }',
            'when = { blood_thinners = true, onset = "sudden", severity = { min = 7 }, injury = '
            '"minor" }',
            "blood_thinners_sudden_severe_injury_unsaid",
        ),
        (  # a refusal written as a count of nine parts (eight were caught)
            "[questions.high_blood_pressure]\n",
            "[questions.high_blood_pressure]\nasked_when = { count = { of = [ "
            + ", ".join(f"{{ age = {{ min = {a} }} }}" for a in range(40, 49))
            + ' ], min = 1, about = "ages blood pressure is asked at (40 or over)" } }\n',
            "high_blood_pressure = yes is asked only when",
        ),
        (  # an urgent sign's own action that puts the doctor off, keeping "doctor" and "today"
            'when = { fever = true }\nmessage = "Fever with back pain',
            'when = { fever = true }\naction = "A doctor today is only for people who feel very '
            'unwell; otherwise, book a GP appointment within ten days."\nmessage = "Fever with '
            "back pain",
            "warning_signs.fever.action is not an action the safety contract knows",
        ),
    ],
)
def test_a_maintainer_testers_narrowed_copies_are_refused(
    tmp_path: Path, old: str, new: str, shown: str
) -> None:
    """Each validated and lowered a level (a maintainer-tester, thirty-first session): the
    table's cold-sweat and sudden-pain signs hold for any two heart risks, and the contract named
    one man; "other" as the sex, blood thinners with the injury unsaid; a count over 8 parts was
    "anything" to the search; a sign's own action was kept only to two words."""
    assert SHIPPED.count(old) == 1, old
    path = tmp_path / "copy.toml"
    path.write_text(SHIPPED.replace(old, new), encoding="utf-8")
    result = CliRunner().invoke(app, ["validate", str(path)])
    assert result.exit_code == 1 and shown in result.stderr, result.stderr


@pytest.mark.slow  # the whole search on a tangled copy (2 s: the default run stood at a minute)
def test_a_sign_whose_unless_other_signs_cover_is_proved_kept_quickly(tmp_path: Path) -> None:
    """Fever switched off by any of eight answers, each with a fever sign of its own: safe, yet
    the search tried every way of the unrelated signs and refused it as too tangled after 18 s
    (a maintainer-tester, thirty-first session). Signs that share no question are escaped one
    by one."""
    qs = ["smoker", "diabetes", "cough", "night_sweats", "high_blood_pressure", "blood_thinners"]
    qs += ["heavy_drinking", "heartburn_or_acid_reflux"]
    parts = ", ".join(f"{{ {q} = true }}" for q in qs)
    unless = f'unless = {{ count = {{ of = [ {parts} ], min = 1, about = "x (any of them)" }} }}\n'
    old = 'when = { fever = true }\nmessage = "Fever with back pain'
    assert SHIPPED.count(old) == 1
    text = SHIPPED.replace(old, old.replace("\nmessage", "\n" + unless + "message"))
    for q in qs:
        text += (
            f'\n[[warning_signs]]\nid = "fever_beside_{q}"\nlevel = "urgent"\n'
            f'when = {{ fever = true, {q} = true }}\nshort = "Fever, with {q}"\n'
            'message = "Fever with back pain can mean an infection of the spine, kidney or '
            'lung."\nsource = "NHS back pain; Mayo Clinic"\n'
        )
    path = tmp_path / "copy.toml"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["validate", str(path)])
    # proved kept: the one thing said of the table is that the new signs' words wait for a
    # clinician's review (`fixed_causes`, thirty-fourth session)
    said = result.stderr.splitlines()[:-1]
    assert len(said) == len(qs), result.stderr
    assert all("sign's words (message, short) have not been reviewed" in p for p in said), said
