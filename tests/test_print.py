"""Issue 9: the HTML report is a page, so it is tested in a real browser: printed to PDF by
headless Chromium, it fits two A4 pages, page 1 carries the action, the back drawing is there.

Needs `chromium` and poppler's `pdftotext`/`pdfinfo` (.ci/run installs them from the Debian
packages); skipped, saying so, where they are absent."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from caselib import Case

from tspain.engine import assess
from tspain.report import report_text
from tspain.table import Answer, RuleTable

BROWSER = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    BROWSER is None or shutil.which("pdftotext") is None,
    reason="needs chromium and poppler-utils (apt-get install chromium poppler-utils)",
)


def printed(tmp_path: Path, table: RuleTable, answers: dict[str, Answer]) -> tuple[int, str, str]:
    html = tmp_path / "report.html"
    html.write_text(report_text(table, assess(table, answers), answers, str(html)))
    pdf = tmp_path / "report.pdf"
    # The browser's profile, cache and config stay in the test's folder, never the user's home
    # (a newcomer found chromium-headless folders left in ~/.cache after every run).
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config")}
    env["XDG_CACHE_HOME"] = str(home / ".cache")
    subprocess.run(
        [
            str(BROWSER),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
            f"--user-data-dir={home / 'profile'}",
            f"--print-to-pdf={pdf}",
            html.as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=True,
        env=env,
    )
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    pages = int(re.search(r"Pages:\s+(\d+)", info.stdout).group(1))  # type: ignore[union-attr]

    def text(*pages: str) -> str:
        out = subprocess.run(
            ["pdftotext", *pages, str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        return " ".join(out.split())

    return pages, text("-f", "1", "-l", "1"), text()


def test_a_full_report_fits_two_a4_pages(
    tmp_path: Path, table: RuleTable, cases: list[Case]
) -> None:
    case = next(c for c in cases if c.id == "desk_posture")
    answers = {q: case.answers.get(q, False) for q in table.questions}  # every question
    answers |= {"age": 34, "sex": "female", "onset": "gradual", "severity": 4, "injury": "none"}
    answers |= {"pain_location": "between_shoulder_blades", "duration_days": 10}
    pages, first, whole = printed(tmp_path, table, answers)
    assert pages <= 2
    assert "You can look after this at home" in first
    assert "Drawing of the back from behind; marked: between the shoulder blades" in whole


def test_an_emergency_report_leads_with_the_ambulance(tmp_path: Path, table: RuleTable) -> None:
    pages, first, whole = printed(
        tmp_path, table, {"chest_pain_or_pressure": True, "age": 67, "pain_location": "central"}
    )
    assert "marked: in the middle of the spine" in whole  # issue 25: no ids
    assert pages <= 2
    assert "Call an ambulance now" in first
