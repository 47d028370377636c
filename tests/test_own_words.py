"""Non-negotiable 2: the project states the article's facts in its own words, never its
sentences. Checked where the article is at hand (`../shared/source/`, beside the repository on
a developer's machine; a fresh clone alone has no copy, and the test is skipped there)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tspain.i18n import table_texts
from tspain.table import RuleTable

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT.parent / "shared" / "source" / "upper-back-pain-article.txt"
RUN = 8
"""Words in a row that make a copied sentence (a shared short phrase such as "in the middle of
the back" is not one)."""


def runs(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9']+", text.lower())
    return {tuple(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


@pytest.mark.skipif(not ARTICLE.exists(), reason="the source article is not beside the repo")
def test_no_text_a_person_reads_copies_the_article(table: RuleTable) -> None:
    article = runs(ARTICLE.read_text(encoding="utf-8"))
    copied = {
        text: sorted(" ".join(r) for r in runs(text) & article)
        for text in [*table_texts(table), (ROOT / "README.md").read_text(encoding="utf-8")]
    }
    assert not {text[:60]: found for text, found in copied.items() if found}
