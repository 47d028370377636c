"""Merge frequency rows (bench/frequencies/*.toml) into a rule table, keeping its format.

    python bench/frequencies/apply.py data/causes.toml bench/frequencies/*.toml
    python -m tspain.loading   # then recompile, and measure with bench/reader.py compare

A row replaces the cause's existing frequency row on the same question, and its
likelihood-ratio rows there are taken out (differential.rows never used them, and `tspain
validate` refuses a row a frequency overrides). A row on a question that a count rule of
the cause already weighs, where the cause has no single-question row of its own, is skipped and
listed: one fact counts once. An experiment's tool (see README.md), not part of tspain.
"""

from __future__ import annotations

import argparse
import json
import re
import tomllib
from pathlib import Path
from typing import Any

from tspain.citation_checks import CITED, CITED_ALONE
from tspain.table_lists import splice_lists

Row = tuple[str, float, str]


def render(qid: str, p: float, basis: str) -> str:
    text = json.dumps(basis, ensure_ascii=False)
    return f"  {{ when = {{ {qid} = true }}, p = {p}, basis = {text} }},"


def counted_only(cause: dict[str, Any]) -> set[str]:
    """Questions a count rule of the cause weighs, on which it has no single-question row."""
    counted: set[str] = set()
    single: set[str] = set()
    for ev in cause.get("evidence", []):
        when = ev["when"]
        if "count" in when:
            for cond in when["count"]["of"]:
                counted.update(cond)
        elif len(when) == 1:
            single.update(when)
    for f in cause.get("frequencies", []):
        single.update(f["when"])
    return counted - single


def rows_for(
    table: dict[str, Any], cid: str, body: dict[str, Any], skipped: list[str]
) -> list[Row]:
    away = counted_only(table["causes"][cid])
    out = []
    for f in body.get("frequencies", []):
        ((qid, value),) = f["when"].items()
        question = table["questions"].get(qid)
        if question is None or question["type"] != "yesno" or value is not True:
            raise SystemExit(f"{cid}: a frequency is of one yes/no question = true: {f['when']}")
        if qid in away:
            skipped.append(f"{cid}.{qid} p={f['p']}")
            continue
        out.append((qid, f["p"], f["basis"]))
    return out


def merge_section(section: str, rows: list[Row]) -> tuple[str, int]:
    """The cause's section with the rows in its `frequencies`; how many rows they replaced."""
    found = re.search(r"\nfrequencies = \[\n(.*?)\n\]\n", section, re.S)
    new = {qid for qid, _, _ in rows}
    keep, replaced = [], 0
    for line in found.group(1).split("\n") if found else []:
        q = re.match(r"\s*\{ when = \{ (\w+) = true \}", line)
        if q and q.group(1) in new:
            replaced += 1
        else:
            keep.append(line)
    lines = keep + [render(*r) for r in rows]
    block = "\nfrequencies = [\n" + "\n".join(lines) + "\n]\n"
    if found:
        return section[: found.start()] + block + section[found.end() :], replaced
    i = section.index("\nself_care = [")
    return section[:i] + block.rstrip("\n") + section[i:], replaced


OVERRIDDEN = re.compile(r"\n  \{ when = \{ (\w+) = (?:true|false) \}, lr = [^\n]*\}(?:,|(?=\n\]))")
"""A one-line likelihood-ratio row on one yes/no question, as the table writes them."""


def drop_overridden(section: str, rows: list[Row]) -> tuple[str, int]:
    """The cause's section without its likelihood-ratio rows on the questions its new rows
    give; how many it took out."""
    given = {qid for qid, _, _ in rows}
    dropped = 0

    def keep(m: re.Match[str]) -> str:
        nonlocal dropped
        if m.group(1) not in given:
            return m.group(0)
        dropped += 1
        return ""

    return OVERRIDDEN.sub(keep, section), dropped


def cite_sources(section: str, rows: list[Row]) -> str:
    """The cause's `sources` with each paper its new rows cite by their authors and it does not
    yet list ("Mylona et al., Semin Arthritis Rheum 2009"): its page shows what a number rests
    on."""
    found = re.search(r"\nsources = (\[.*\])\n", section)
    if found is None:
        raise SystemExit("a cause without a one-line `sources` list")
    sources: list[str] = json.loads(found.group(1))
    for _, _, basis in rows:
        for m in [*CITED.finditer(basis), *CITED_ALONE.finditer(basis)]:
            if (m.group(1) or m.group(2)) not in " ".join(sources):
                cite = re.split(r":|;| \(", basis[m.start() :], maxsplit=1)[0].rstrip(" .,")
                sources.append(cite)
    line = "\nsources = " + json.dumps(sources, ensure_ascii=False) + "\n"
    return section[: found.start()] + line + section[found.end() :]


def main(table_path: Path, fragments: list[Path]) -> None:
    text = table_path.read_text(encoding="utf-8")
    table, _ = splice_lists(tomllib.loads(text))  # a list name in a count stands for its rows
    skipped: list[str] = []
    added = replaced = dropped = 0
    for fragment in fragments:
        doc = tomllib.loads(fragment.read_text(encoding="utf-8"))
        for cid, body in doc.get("causes", {}).items():
            if cid not in table["causes"]:
                raise SystemExit(f"{fragment}: unknown cause {cid!r}")
            rows = rows_for(table, cid, body, skipped)
            if not rows:
                continue
            start = text.index(f"\n[causes.{cid}]\n")
            nxt = text.find("\n[", start + 1)
            end = len(text) if nxt == -1 else nxt
            section, n = merge_section(text[start:end], rows)
            section, d = drop_overridden(section, rows)
            section = cite_sources(section, rows)
            text = text[:start] + section + text[end:]
            added += len(rows)
            replaced += n
            dropped += d
    tomllib.loads(text)  # still a table
    table_path.write_text(text, encoding="utf-8")
    print(f"added {added} rows ({replaced} replaced existing ones)")
    print(f"skipped, already weighed by a count rule: {', '.join(skipped) or 'none'}")
    print(f"took out {dropped} likelihood-ratio rows the frequencies replace")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("table", type=Path, help="the rule table to merge into (changed in place)")
    parser.add_argument("fragments", type=Path, nargs="+", help="frequency files to merge")
    args = parser.parse_args()
    for path in (args.table, *args.fragments):
        if not path.is_file():
            parser.error(f"{path}: no such file")
    main(args.table, args.fragments)
