"""bench/frequencies/apply.py: the issue-24 experiment can be run again. Its rows merge into a copy
of the table, which stays valid, and the fact a count rule already weighs is not counted twice."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import tspain

REPO = Path(__file__).resolve().parent.parent
FREQUENCIES = REPO / "bench" / "frequencies"


def test_the_literature_rows_merge_into_a_valid_table(tmp_path: Path) -> None:
    table_path = tmp_path / "causes.toml"
    shutil.copy(REPO / "data" / "causes.toml", table_path)
    fragments = sorted(FREQUENCIES.glob("*.toml"))
    assert len(fragments) == 3
    run = subprocess.run(
        [sys.executable, str(FREQUENCIES / "apply.py"), str(table_path), *map(str, fragments)],
        capture_output=True,
        text=True,
        check=True,
    )
    # 178 since table 2026.12.05.6: chest pain no longer sits in the fracture's count rule, so
    # the fragment's fracture chest-pain row (Patel et al. 1991) is no longer skipped.
    assert run.stdout.startswith("added 178 rows (8 replaced"), run.stdout
    merged = tspain.load_table(table_path)  # the schema and every check of `tspain validate`
    before = tomllib.loads((REPO / "data" / "causes.toml").read_text(encoding="utf-8"))
    # Davis's risk-factor count already weighs diabetes for a spinal infection: no second row.
    infection = merged.causes["spinal_infection"]
    assert not any("diabetes" in f.when for f in infection.frequencies)
    assert any("fever" in f.when for f in infection.frequencies)
    fracture = merged.causes["compression_fracture"]
    assert any("chest_pain_or_pressure" in f.when for f in fracture.frequencies)
    assert not any("sweating_nausea" in f.when for f in fracture.frequencies)  # still counted
    rows = sum(len(c.frequencies) for c in merged.causes.values())
    were = sum(len(c.get("frequencies", [])) for c in before["causes"].values())
    # eight replaced rows of the same cause and question (the seventh since table .05.7: the
    # clot's breathlessness is a frequency in the table too; the eighth since .05.11, the
    # collapsed lung's)
    assert rows == were + 178 - 8
