"""Where a cause's numbers come from: every basis says it (a paper with its year, a guideline,
the brief, or "estimate"), and a paper a basis cites by its authors is listed in the cause's
`sources`, which its page shows. Faults are (table path, what is wrong) pairs."""

from __future__ import annotations

import re

from tspain.table import Cause

Problems = list[tuple[str, str]]


UPPER, LOWER = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"
"""Letters of names, accented ones too: "Bösner et al." and "Ødegård et al." were never checked
against `sources` (a scripter, thirtieth session)."""
_CAPITAL = f"[{UPPER}][{LOWER}'\\-]"
_NAME = _CAPITAL + "{2,}"
CITED = re.compile(rf"\b([{UPPER}][{UPPER}{LOWER}'\-]+)(?: et al\b| & [{UPPER}])")
"""A paper cited by its authors in a basis: "Deyo & Diehl ...", "Canto et al., JAMA 2000"."""


CITED_ALONE = re.compile(
    rf"\b({_NAME})(?: and {_CAPITAL}+)?"
    rf"(?:, (?:[{UPPER}][{UPPER}{LOWER}]*\.? ?)+(?:19|20)\d\d\b| \((?:19|20)\d\d\))"
    rf"|\b({_NAME}) and {_CAPITAL}+,? (?:19|20)\d\d\b"
)
"""A paper cited by one author or two joined by "and": "Kurata, Am J Med 1997", "Kurata and
Nogawa 1997", "Kurata (1997)" (only "et al." and "&" were read: a maintainer, sixteenth
session)."""
CITED_BY_YEAR = re.compile(rf"(?:^|[;(]\s*)({_NAME}) (?:19|20)\d\d\b")
"""A paper cited by its author and year alone, first in a basis or after "(" or ";": "Jones
2018: rib joint pain" passed unlisted (a maintainer-tester, twenty-fourth session). Not a
journal after an author's comma ("..., Chest 2005")."""
NOT_AUTHORS = frozenset(
    {
        *("January", "February", "March", "April", "May", "June", "July", "August"),
        *("September", "October", "November", "December", "Brief", "Revision", "Update"),
        *("Guideline", "Guidelines", "Review", "Edition", "Version", "Since", "From", "Data"),
        *("In", "The", "Survey", "Census", "Report", "Statement", "Consensus"),
    }
)
"""Words before a year that are no author's name."""
SAYS_WHERE = re.compile(
    r"\b(?:19|20)\d\d\b|\bestimate|\bbrief\b|^from |"
    r"\b(?:NHS|NICE|Mayo|AHA|ACC|ACR|ESC|WHO|CDC|AAFP|IFOMPT|USPSTF|IRAD|Medscape|StatPearls)\b",
    re.IGNORECASE,
)
"""What a basis must say: a paper's year, a guideline or the brief, "from" the figures it is
worked out of, or "estimate" (a basis of "x" passed)."""


def cited_problems(path: str, cause: Cause, problems: Problems) -> None:
    """A paper a number rests on is listed in the cause's `sources`, which its page shows, and
    every basis says where its number comes from."""
    named: list[tuple[str, str | None]] = [("prior_basis", cause.prior_basis)]
    named += [("evidence_basis", cause.evidence_basis)]
    named += [(f"evidence[{j}].basis", e.basis) for j, e in enumerate(cause.evidence)]
    named += [(f"frequencies[{j}].basis", f.basis) for j, f in enumerate(cause.frequencies)]
    for where, text in named:
        if text and (not SAYS_WHERE.search(text) or PLACEHOLDER.search(text)):  # "TODO: ..."
            problems.append(
                (
                    f"{path}.{where}",
                    "say where the number comes from: a paper (author, journal, year), a "
                    f"guideline (NHS, NICE ...), the brief, or 'estimate: why'; got {text!r}",
                )
            )
    texts = [text for _, text in named]
    listed = " ".join(cause.sources)
    cited = {m.group(1) for text in texts if text for m in CITED.finditer(text)}
    cited |= {m[1] or m[2] for text in texts if text for m in CITED_ALONE.finditer(text)}
    cited |= {
        m.group(1)
        for text in texts
        if text
        for m in CITED_BY_YEAR.finditer(text)
        if m.group(1) not in NOT_AUTHORS
    }
    for name in sorted(cited - {n for n in cited if n in listed}):
        problems.append((f"{path}.sources", f"a basis cites a paper by {name}: list it in sources"))


PLACEHOLDER = re.compile(
    r"\b(?:todo|tbd|tba|fixme|xxx+|citation needed)\b"
    r"|^\W*(?:n/?a|none|unknown|source|pending|\?+)\W*$",
    re.IGNORECASE,
)
"""A source left to fill in ("TODO: find source", "n/a" validated: testers, 33rd); not "Nana"."""
