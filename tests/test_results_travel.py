"""A result and a table can go where a script sends them: pickled to a worker process, deep
copied, hashed, turned into a dict (a scripter, sixteenth session: `Effect.answers` was a
`MappingProxyType`, which pickles, copies and hashes as none of these; a Spanish call left its
translations on the caller's table, which then would not pickle)."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from concurrent.futures import ProcessPoolExecutor

import pytest

import tspain

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
