"""A person reads what the answers point to in plain words; the papers a rule comes from are
named in its `basis` and under a cause's "Sources", never in the lines about the person.

The reference is read from the TOML, not from the code: every author named beside a year or
"et al." and every score or body in capitals (ASAS, PERC, NICE) in any cause's sources or any
row's basis. None may appear on a cause's page above its sources, in either language, nor in
the result of any published case, on screen or in the report."""

from __future__ import annotations

import re
import tomllib
from datetime import datetime

import pytest
from caselib import PUBLISHED_SETS, assessed, load_published
from conftest import make_runner

from tspain.cli import app
from tspain.loading import load_table
from tspain.paths import default_table_path
from tspain.report import markdown_report

TOML = tomllib.loads(default_table_path().read_text(encoding="utf-8"))


def _names() -> set[str]:
    texts: list[str] = []
    for cause in TOML["causes"].values():
        texts += cause.get("sources", [])
        texts += [cause.get("prior_basis", ""), cause.get("evidence_basis", "")]
        texts += [row.get("basis", "") for row in cause.get("evidence", [])]
        texts += [row.get("basis", "") for row in cause.get("frequencies", [])]
    names: set[str] = set()
    for text in texts:
        # "Henschke et al.", "Davis's et al.", "Deyo & Diehl", "Patel, 1991", "Downie (2013"
        names |= set(
            re.findall(r"\b([A-Z][\w'-]+)(?=(?:'s)? et al| & [A-Z]|,? \(?(?:19|20)\d\d\b)", text)
        )
        names |= set(re.findall(r"\b[A-Z]{3,}\b", text))  # ASAS, PERC, HEART, NICE
    return names


NAMES = _names()
NAMED = re.compile(r"\b(" + "|".join(sorted(map(re.escape, NAMES))) + r")\b")


def named(text: str) -> list[str]:
    return sorted(set(NAMED.findall(text)))


def test_the_reference_knows_the_papers() -> None:
    assert {"Henschke", "Davis", "Deyo", "Rudwaleit", "ASAS", "PERC"} <= NAMES


@pytest.mark.parametrize("lang, sources", [("en", "Sources"), ("es", "Fuentes")])
def test_no_cause_page_names_a_paper_above_its_sources(lang: str, sources: str) -> None:
    runner = make_runner()
    for cid in TOML["causes"]:
        out = runner.invoke(app, ["--lang", lang, "causes", cid]).stdout
        assert sources in out, (lang, cid)
        assert not named(out.split(sources)[0]), (lang, cid, named(out.split(sources)[0]))


@pytest.mark.slow  # a report for every published case, both ways (1,400 reports, 3 s)
def test_no_published_case_reads_a_paper_name_in_its_result() -> None:
    table = load_table()
    when = datetime(2026, 12, 5)
    for _name, folder in PUBLISHED_SETS:
        for case in load_published(table, folder):
            answers = dict(case.answers)
            report = markdown_report(table, assessed(table, case), answers, when)
            assert not named(report), (case.id, named(report))
