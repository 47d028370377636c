"""Blinded readers: tspain beside clinician-style readers given the same facts.

A reader (a clinician, or a helper playing one) sees only what a published case states, in
words, and the list of causes: no case id, diagnosis, source, quote or story. For each case
they give the three most likely causes, up to three "must not miss" causes and a triage level.
Their answers are scored with the definitions bench/cases.py uses for tspain (tests/caselib.py:
"top 3", "top 1", "named", "under-triaged"), on the cases' stated facts only.

    python bench/reader.py blind OUTDIR [CASE_FILE_OR_DIR ...]   # default: every published set
    python bench/reader.py score ANSWERS [ANSWERS ...]           # a .toml file, or a directory
                                                                 # of them, per reader
    python bench/reader.py compare                               # tspain beside every reader
                                                                 # committed under bench/readers/

`blind` writes OUTDIR/instructions.md, OUTDIR/causes.md and OUTDIR/cases-NN.md (about 50 cases
each, under opaque numbers c001, c002, ... in a seeded shuffle), and the key from number to case
id to bench/readers/key.toml (never inside OUTDIR: a reader must not see it). bench/readers/
README.md says how to run a reader.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import math
import random
import re
import sys
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(REPO / "tests"))

from caselib import (  # noqa: E402
    BEYOND_BANDS,
    PUBLISHED_SETS,
    Case,
    Outcome,
    beyond_band,
    load_published,
    run,
    run_cases,
)

from tspain.levels import LEVELS, RANK  # noqa: E402
from tspain.limits import LIKELY as TOP  # noqa: E402
from tspain.loading import TableError, load_table, table_path  # noqa: E402
from tspain.table import Answer, Question, RuleTable  # noqa: E402

READERS_DIR = BENCH / "readers"
KEY = READERS_DIR / "key.toml"
SEED = 20261204
CHUNK = 50
FIRST = ("age", "sex", "onset", "duration_days", "pain_location", "severity", "injury")
"""Questions shown first in a case, in this order (the rest follow in the table's order)."""


class ReaderError(Exception):
    """Bad input to a subcommand: its message is printed, one problem a line."""


# ------------------------------------------------------------------------------ the cases


@dataclass(frozen=True)
class Published:
    case: Case
    """The case with only what it states (mode "stated"), as bench/cases.py runs it."""
    set_name: str


def _set_name(folder: Path) -> str:
    for name, known in PUBLISHED_SETS:
        if known.resolve() == folder.resolve():
            return name
    return str(folder)


def load_cases(table: RuleTable, paths: Sequence[Path] = ()) -> list[Published]:
    """The published cases in `paths` (case files, or folders searched for them), by default
    every published set; each once, with only what it states. Loaded by caselib, as
    bench/cases.py loads them."""
    chosen: list[tuple[Path, str | None]] = []  # (folder, one file's name or None)
    if not paths:
        chosen = [(folder, None) for _, folder in PUBLISHED_SETS]
    for path in paths:
        if path.is_dir():
            folders = sorted({p.parent for p in path.rglob("*.toml")})
            chosen += [(folder, None) for folder in folders]
        elif path.is_file() and path.suffix == ".toml":
            chosen.append((path.parent, path.name))
        else:
            raise ReaderError(f"{path}: not a case file (.toml) or a folder of them")
    out: dict[str, Published] = {}
    for folder, name in chosen:
        set_name = _set_name(folder)  # once a folder: resolving paths per case took 3 s a run
        for case in load_published(table, folder):
            if case.mode != "stated" or (name is not None and case.file != name):
                continue
            if case.id in out and out[case.id].case != case:
                raise ReaderError(f"case id {case.id!r} is in two case files")
            out[case.id] = Published(case, set_name)
    if not out:
        raise ReaderError("no published cases found")
    return list(out.values())


# ------------------------------------------------------------------------------ blinding


def _question_words(question: Question) -> str:
    text = question.text
    if question.type == "integer":  # "(in days, or say e.g. 3 weeks)" is for typing
        text = re.sub(r"\s*\([^)]*\)$", "", text)
    return text


def answer_words(question: Question, answer: Answer) -> str:
    """An answer in plain words: "yes", "no", an option's label, "42 days", "7 out of 10"."""
    if isinstance(answer, bool):
        return "yes" if answer else "no"
    if question.type == "choice":
        return question.options[str(answer)]
    if question.unit:
        return f"{answer} {question.unit}"
    if question.min == 0 and question.max == 10:
        return f"{answer} out of 10"
    return str(answer)


def case_text(table: RuleTable, answers: dict[str, Answer]) -> list[str]:
    """What one case states, in words and in a fixed order (not the case file's): the questions
    as the table asks them, with the answers given. Nothing else about the case."""
    unknown = sorted(set(answers) - set(table.questions))
    if unknown:
        raise ReaderError(f"answers to questions the table does not have: {unknown}")
    order = [q for q in FIRST if q in answers] + [
        q for q in table.questions if q in answers and q not in FIRST
    ]
    basics = [q for q in order if table.questions[q].type != "yesno"]
    lines = []
    for qid in basics:
        question = table.questions[qid]
        lines.append(f"- {_question_words(question)} **{answer_words(question, answers[qid])}**")
    for value, heading in ((True, "Answered yes:"), (False, "Answered no:")):
        said = [q for q in order if answers[q] is value]
        if said:
            lines += ["", heading, *(f"- {table.questions[q].text}" for q in said)]
    return lines


def numbering(case_ids: Iterable[str], seed: int) -> dict[str, str]:
    """Opaque number -> case id: the case ids sorted, then shuffled with `seed`."""
    ids = sorted(case_ids)
    random.Random(seed).shuffle(ids)
    width = max(3, len(str(len(ids))))
    return {f"c{i:0{width}d}": cid for i, cid in enumerate(ids, 1)}


def _level_lines() -> list[str]:
    return [
        "- `emergency`: call an ambulance now. For example a possible heart attack, a tear in "
        "the main artery, the spinal cord or the nerves at the base of the spine being squeezed, "
        "or a major accident.",
        "- `urgent`: see a doctor today (same-day appointment, urgent care, or a nurse phone "
        "line). For example fever, new pain in someone who has had cancer, signs of an "
        "infection, new numbness, or a painful rash.",
        "- `routine`: book a doctor or physiotherapist appointment in the coming days. For "
        "example pain for more than about 6 weeks, pain getting worse, back pain starting for the "
        "first time over 50 or under 20, a visible curve of the spine, or widespread pain with "
        "tiredness.",
        "- `self_care`: manage at home, and see a doctor if it is not better in 2 to 6 weeks or "
        "gets worse. For simple muscle pain with a clear cause and no warning sign.",
    ]


def instructions(n_cases: int, case_files: list[str], blinding: str) -> str:
    files = ", ".join(f"`{f}`" for f in case_files)
    example_level = LEVELS[2]
    return "\n".join(
        [
            "# Instructions for a reader",
            "",
            f"You will read {n_cases} patients with upper or mid back pain, one at a time, and "
            "for each say what you think is causing it and how urgently they need care. Work as "
            "a clinician would from a short telephone history: use only the facts written for "
            "each case and your own knowledge. Do not try to find out who the patients are or "
            "where they come from, and do not use any program that scores back pain.",
            "",
            "## Files",
            "",
            "- `causes.md`: the causes to choose from, each with an id, a name and one line "
            "about it. Use only these ids.",
            f"- {files}: the cases, each under a number (`c001`, `c002`, ...). Each case lists "
            "the questions the patient answered and their answers. A question that is not "
            'listed was not asked: it is unknown, not a "no".',
            "",
            "## For each case, give",
            "",
            f"1. `likely`: the {TOP} most likely causes, most likely first (exactly {TOP} "
            "different ids).",
            f"2. `must_not_miss`: up to {TOP} causes, most pressing first, that are serious and "
            "that a doctor should actively rule out in this patient, even if they are not the "
            "most likely (none, if no serious cause needs ruling out). A cause may be in both "
            "lists. You decide which causes are serious: the cause list does not say.",
            "3. `level`: how urgently the patient needs care, one of:",
            "",
            *_level_lines(),
            "",
            "Only the facts given are known. Send a patient home (`self_care`) only when the "
            "facts rule out the warning signs that would call for a doctor today or an "
            "ambulance; when such a sign is left unknown, the level is at least `routine`.",
            "",
            "## How to answer",
            "",
            "Write one TOML file (for example `answers.toml`), one `[[answers]]` block per case, "
            "every case exactly once:",
            "",
            "```toml",
            'reader = "your name or a label"',
            f'blinding = "{blinding}"',
            "",
            "[[answers]]",
            'case = "c001"',
            'likely = ["cause_id_1", "cause_id_2", "cause_id_3"]',
            'must_not_miss = ["cause_id_4"]',
            f'level = "{example_level}"',
            "",
            "[[answers]]",
            'case = "c002"',
            'likely = ["cause_id_5", "cause_id_1", "cause_id_2"]',
            "must_not_miss = []",
            'level = "self_care"',
            "```",
            "",
            "Copy the `blinding` line as it is: it says which set of cases you answered. Write "
            "`must_not_miss = []` when there is none. Levels are written exactly as above "
            "(`emergency`, `urgent`, `routine`, `self_care`). Lines starting with `#` are "
            "comments, if you want to note your reasoning.",
            "",
        ]
    )


def causes_text(table: RuleTable) -> str:
    lines = [
        "# Causes",
        "",
        "Use these ids in your answers. The list is in no particular order of likelihood.",
        "",
        "| id | name | about it |",
        "|---|---|---|",
    ]
    lines += [f"| `{cid}` | {c.name} | {c.description} |" for cid, c in table.causes.items()]
    return "\n".join(lines) + "\n"


def blind(
    table: RuleTable,
    cases: list[Published],
    outdir: Path,
    key_path: Path,
    seed: int = SEED,
    chunk: int = CHUNK,
    force: bool = False,
) -> dict[str, str]:
    """Write the reader's files to `outdir` and the key to `key_path`; return the key."""
    outdir, key_path = outdir.resolve(), key_path.resolve()
    if key_path.is_relative_to(outdir):
        raise ReaderError(f"the key {key_path} must not be inside {outdir}: readers see OUTDIR")
    if outdir.exists() and any(outdir.iterdir()):
        if not force:
            raise ReaderError(f"{outdir} is not empty (--force overwrites it)")
        for stale in outdir.glob("cases-*.md"):
            stale.unlink()
    by_id = {p.case.id: p.case for p in cases}
    key = numbering(by_id, seed)
    numbers = list(key)
    blocks = {n: case_text(table, by_id[key[n]].answers) for n in numbers}
    chunks = [numbers[i : i + chunk] for i in range(0, len(numbers), chunk)]
    case_files: dict[str, str] = {}
    for i, part in enumerate(chunks, 1):
        page = [
            f"# Cases {part[0]} to {part[-1]} ({len(part)} of {len(numbers)})",
            "",
            "What each patient stated, and nothing else. A question not listed was not asked.",
        ]
        for n in part:
            page += ["", f"## {n}", "", *blocks[n]]
        case_files[f"cases-{i:02d}.md"] = "\n".join(page) + "\n"
    digest = hashlib.sha256()
    for name, text in case_files.items():
        digest.update(name.encode() + b"\0" + text.encode() + b"\0")
    blinding = digest.hexdigest()[:16]
    outdir.mkdir(parents=True, exist_ok=True)
    for name, text in case_files.items():
        (outdir / name).write_text(text, encoding="utf-8")
    (outdir / "causes.md").write_text(causes_text(table), encoding="utf-8")
    (outdir / "instructions.md").write_text(
        instructions(len(numbers), list(case_files), blinding), encoding="utf-8"
    )
    key_lines = [
        "# Written by bench/reader.py blind: which case each blinded number is.",
        "# Never give this file to a reader.",
        f'blinding = "{blinding}"',
        f"seed = {seed}",
        f'table_version = "{table.version}"',
        "",
        "[cases]",
        *(f'{n} = "{cid}"' for n, cid in key.items()),
    ]
    key_path.parent.mkdir(parents=True, exist_ok=True)
    key_path.write_text("\n".join(key_lines) + "\n", encoding="utf-8")
    return key


# ------------------------------------------------------------------------------ answers


@dataclass(frozen=True)
class Key:
    blinding: str
    cases: dict[str, str]
    """Opaque number -> case id."""


def read_key(path: Path) -> Key:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise ReaderError(f"{path}: cannot read the key: {e}") from e
    return Key(str(raw["blinding"]), {str(k): str(v) for k, v in raw["cases"].items()})


@dataclass(frozen=True)
class ReaderAnswer:
    case: str
    likely: tuple[str, ...]
    must_not_miss: tuple[str, ...]
    level: str


def _closest(word: str, known: Iterable[str]) -> str:
    near = difflib.get_close_matches(word, list(known), n=1)
    return f" (closest: {near[0]})" if near else ""


def _ids(
    value: object, what: str, causes: Iterable[str], least: int, most: int, where: str
) -> tuple[tuple[str, ...], list[str]]:
    known = set(causes)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return (), [f"{where}: {what} must be a list of cause ids, got {value!r}"]
    errors = []
    if not least <= len(value) <= most:
        count = f"exactly {least}" if least == most else f"{least} to {most}"
        errors.append(f"{where}: {what} must hold {count} cause ids, got {len(value)}")
    for v in value:
        if v not in known:
            errors.append(f"{where}: unknown cause id {v!r} in {what}{_closest(v, known)}")
    repeated = sorted({v for v in value if value.count(v) > 1})
    if repeated:
        errors.append(f"{where}: {what} names {', '.join(repeated)} more than once")
    return tuple(value), errors


def _toml_files(path: Path) -> list[Path]:
    if path.is_dir():
        files = sorted(path.glob("*.toml"))
        if not files:
            raise ReaderError(f"{path}: no answer files (*.toml) in this folder")
        return files
    return [path]


def read_answers(
    path: Path, key: Key, causes: Iterable[str], complete: bool = True
) -> tuple[str, dict[str, ReaderAnswer]]:
    """One reader's answers (a file, or a folder whose *.toml files together hold them),
    checked strictly: every problem is one line of the ReaderError raised."""
    causes = list(causes)
    errors: list[str] = []
    answers: dict[str, ReaderAnswer] = {}
    labels: list[str] = []
    for file in _toml_files(path):
        try:
            raw = tomllib.loads(file.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
            errors.append(f"{file}: cannot read: {e}")
            continue
        extra = sorted(set(raw) - {"reader", "blinding", "answers"})
        if extra:
            errors.append(
                f"{file}: unknown top-level keys {extra} (expected reader, blinding, answers)"
            )
        if "reader" in raw:
            labels.append(str(raw["reader"]))
        if "blinding" in raw and raw["blinding"] != key.blinding:
            errors.append(
                f"{file}: blinding {raw['blinding']!r} is not this key's {key.blinding!r}: "
                "the answers are to another set of blinded cases"
            )
        entries = raw.get("answers")
        if not isinstance(entries, list) or not entries:
            errors.append(f"{file}: no [[answers]] blocks")
            continue
        for i, entry in enumerate(entries, 1):
            where = f"{file}: answer {i}"
            if not isinstance(entry, dict):
                errors.append(f"{where}: not a table")
                continue
            case = entry.get("case")
            if isinstance(case, str):
                where += f" (case {case})"
            want = {"case", "likely", "must_not_miss", "level"}
            missing = sorted(want - set(entry))
            if missing:
                errors.append(f"{where}: missing {', '.join(missing)}")
            if set(entry) - want:
                errors.append(f"{where}: unknown keys {sorted(set(entry) - want)}")
            likely, e1 = _ids(entry.get("likely", []), "likely", causes, TOP, TOP, where)
            mnm, e2 = _ids(entry.get("must_not_miss", []), "must_not_miss", causes, 0, TOP, where)
            level = entry.get("level")
            errors += e1 + e2
            if "level" in entry and level not in LEVELS:
                errors.append(f"{where}: level {level!r} is not one of {', '.join(LEVELS)}")
            if not isinstance(case, str) or case not in key.cases:
                if case is not None:
                    errors.append(
                        f"{where}: unknown case number {case!r}{_closest(str(case), key.cases)}"
                    )
                continue
            if case in answers:
                errors.append(f"{where}: case {case} is answered more than once")
                continue
            answers[case] = ReaderAnswer(case, likely, mnm, str(level))
    missing_cases = [n for n in key.cases if n not in answers]
    if complete and missing_cases:
        shown = ", ".join(missing_cases[:20]) + (" ..." if len(missing_cases) > 20 else "")
        errors.append(f"{path}: {len(missing_cases)} cases not answered: {shown}")
    if errors:
        raise ReaderError("\n".join(errors))
    name = labels[0] if labels else (path.stem if path.is_file() else path.name)
    return name, answers


# ------------------------------------------------------------------------------ scoring


@dataclass(frozen=True)
class Scored:
    published: Published
    outcome: Outcome


def reader_outcomes(
    table: RuleTable, answers: dict[str, ReaderAnswer], key: Key, cases: dict[str, Published]
) -> list[Scored]:
    """A reader's answers as outcomes. Their likely list, one entry per family, stands for the
    lines shown: the same family scoring as tspain's screen (`Outcome.shown`)."""
    family = {cid: c.family or cid for cid, c in table.causes.items()}
    serious = frozenset(cid for cid, c in table.causes.items() if c.serious)
    out = []
    for number, cid in key.cases.items():
        if number not in answers:
            continue
        a = answers[number]
        p = cases[cid]
        shown = tuple(dict.fromkeys(family[c] for c in a.likely))
        out.append(
            Scored(
                p,
                Outcome(p.case, a.level, a.likely, a.must_not_miss, shown, family, shown, serious),
            )
        )
    return out


def tspain_outcomes(table: RuleTable, key: Key, cases: dict[str, Published]) -> list[Scored]:
    """tspain on each case's stated facts, through caselib.run_cases as bench/cases.py does."""
    chosen = [cases[cid] for cid in key.cases.values()]
    outcomes = run_cases(table, [p.case for p in chosen])
    return [Scored(p, o) for p, o in zip(chosen, outcomes, strict=True)]


def _share(hits: int, of: int) -> str:
    return f"{hits / of:4.0%} ({hits}/{of})" if of else "-"


def _acute(outcome: Outcome) -> bool:
    """The case's clinician level (the brief's rules on its stated answers) is urgent or
    emergency: a warning sign holds, and a result that says so names what it points to. A benign
    case there is alarmed by design; the issue's 35% ceiling on alarms is over every benign case,
    so this split shows how much of it those signs alone make."""
    return RANK[outcome.case.level] >= RANK["urgent"]


def figures(scored: list[Scored]) -> dict[str, str]:
    """The issue's figures, each with caselib.Outcome's definitions (those of bench/cases.py).
    "Benign" is a case whose diagnosis is not serious; an alarm is an entry in must-not-miss
    (tspain's whole list, as shown; a reader's holds at most three)."""
    o = [s.outcome for s in scored]
    typical = [x for x in o if not x.case.atypical]
    atypical = [x for x in o if x.case.atypical]
    serious = [x for x in o if x.case.serious]
    benign = [x for x in o if not x.case.serious]
    non_emergency = [x for x in o if x.case.level != "emergency"]
    alarms = sum(len(x.must_not_miss) for x in benign)
    capped = sum(len(x.must_not_miss[:TOP]) for x in benign)
    return {
        "cases": str(len(o)),
        "right cause in top 3 likely": _share(sum(x.top3_ok for x in o), len(o)),
        "right cause first": _share(sum(x.top1_ok for x in o), len(o)),
        "top 3, typical presentations": _share(sum(x.top3_ok for x in typical), len(typical)),
        "top 3, atypical presentations": _share(sum(x.top3_ok for x in atypical), len(atypical)),
        "top 3 lines as shown (families)": _share(sum(x.shown_top3_ok for x in o), len(o)),
        "first line as shown": _share(sum(x.shown_top1_ok for x in o), len(o)),
        "lines as shown, typical": _share(sum(x.shown_top3_ok for x in typical), len(typical)),
        "first line as shown, typical": _share(sum(x.shown_top1_ok for x in typical), len(typical)),
        "lines as shown, benign cases": _share(sum(x.shown_top3_ok for x in benign), len(benign)),
        "benign cases whose first line is a serious cause": _share(
            sum(x.serious_first for x in benign), len(benign)
        ),
        "serious cause named (top 3 or must-not-miss)": _share(
            sum(x.named for x in serious), len(serious)
        ),
        "serious cause named, lines as shown": _share(
            sum(x.shown_named for x in serious), len(serious)
        ),
        "serious cause named, lines as shown, typical": _share(
            sum(x.shown_named for x in serious if not x.case.atypical),
            sum(not x.case.atypical for x in serious),
        ),
        "benign cases with a must-not-miss alarm": _share(
            sum(bool(x.must_not_miss) for x in benign), len(benign)
        ),
        "  of them at clinician level routine or self-care": _share(
            sum(bool(x.must_not_miss) for x in benign if not _acute(x)),
            sum(not _acute(x) for x in benign),
        ),
        "  of them at clinician level urgent or emergency": _share(
            sum(bool(x.must_not_miss) for x in benign if _acute(x)),
            sum(_acute(x) for x in benign),
        ),
        "alarms per benign case": f"{alarms / len(benign):.2f}" if benign else "-",
        f"alarms per benign case, at most {TOP} counted": (
            f"{capped / len(benign):.2f}" if benign else "-"
        ),
        "triage agrees with the clinician level": _share(sum(x.level_ok for x in o), len(o)),
        "under-triaged": _share(sum(x.under_triaged for x in o), len(o)),
        "under-triaged emergencies": _share(
            sum(x.under_triaged for x in o if x.case.level == "emergency"),
            sum(x.case.level == "emergency" for x in o),
        ),
        "over-triaged (any level)": _share(
            sum(RANK[x.level] > RANK[x.case.level] for x in o), len(o)
        ),
        "non-emergencies sent to emergency": _share(
            sum(x.level == "emergency" for x in non_emergency), len(non_emergency)
        ),
    }


def _table(title: str, columns: dict[str, list[Scored]]) -> list[str]:
    rows = {name: figures(scored) for name, scored in columns.items()}
    labels = list(next(iter(rows.values())))
    width = max(len(label) for label in labels)
    cell = max(16, *(len(name) + 2 for name in columns))
    lines = [f"== {title}", " " * width + "".join(f"{n:>{cell}}" for n in columns)]
    for label in labels:
        lines.append(f"{label:{width}}" + "".join(f"{rows[n][label]:>{cell}}" for n in columns))
    return lines


def _per_diagnosis(table: RuleTable, columns: dict[str, list[Scored]]) -> list[str]:
    first = next(iter(columns.values()))
    diagnoses = sorted({s.outcome.case.top3[0] for s in first})
    width = max(len(d) for d in diagnoses) + 2
    cell = max(10, *(len(name) + 2 for name in columns))
    lines = [
        "== right cause in the top 3 lines as shown, by diagnosis (all sets; * serious)",
        f"{'diagnosis':{width}}{'cases':>7}" + "".join(f"{n:>{cell}}" for n in columns),
    ]
    for d in diagnoses:
        star = "*" if table.causes[d].serious else " "
        n = sum(s.outcome.case.top3[0] == d for s in first)
        hits = [
            sum(s.outcome.shown_top3_ok for s in scored if s.outcome.case.top3[0] == d)
            for scored in columns.values()
        ]
        lines.append(f"{d + star:{width}}{n:>7}" + "".join(f"{h:>{cell}}" for h in hits))
    return lines


def report(table: RuleTable, columns: dict[str, list[Scored]]) -> str:
    """Pooled, then each set apart, then top-3 hits by diagnosis."""
    lines = _table("all published sets together, stated facts only", columns)
    order = [name for name, _ in PUBLISHED_SETS]
    named = {s.published.set_name for s in next(iter(columns.values()))}
    sets = sorted(named, key=lambda n: (order.index(n) if n in order else len(order), n))
    for name in sets:
        part = {
            col: [s for s in scored if s.published.set_name == name]
            for col, scored in columns.items()
        }
        lines += ["", *_table(name, part)]
    lines += ["", *_per_diagnosis(table, columns)]
    lines += ["", *_by_band(table, columns)]
    lines += ["", *_paired(columns)]
    return "\n".join(lines)


def mcnemar_p(only_a: int, only_b: int) -> float:
    """Two-sided exact McNemar test: the chance of a split of the discordant cases at least as
    uneven as `only_a` against `only_b` if each were equally likely to fall either way."""
    n, k = only_a + only_b, min(only_a, only_b)
    if n == 0:
        return 1.0
    tail = sum(math.comb(n, i) for i in range(k + 1)) / 2**n
    return min(1.0, 2 * tail)


PAIRED = (
    ("top 3 lines as shown", lambda o: True, lambda o: o.shown_top3_ok),
    ("first line as shown", lambda o: True, lambda o: o.shown_top1_ok),
    ("serious cause named, lines as shown", lambda o: o.case.serious, lambda o: o.shown_named),
    ("benign case without an alarm", lambda o: not o.case.serious, lambda o: not o.must_not_miss),
    ("triage not under the clinician level", lambda o: True, lambda o: not o.under_triaged),
)
"""(figure, which cases it counts, whether a case counts as right) for the paired comparison."""


def _paired(columns: dict[str, list[Scored]]) -> list[str]:
    """tspain beside each reader on the same cases: how many each gets right that the other
    does not, and the exact McNemar p of that split (below 0.05: unlikely to be chance)."""
    names = list(columns)
    base = {s.published.case.id: s.outcome for s in columns[names[0]]}
    lines = [f"== {names[0]} against each reader on the same cases (exact McNemar test)"]
    for name in names[1:]:
        other = {s.published.case.id: s.outcome for s in columns[name]}
        for label, counts, right in PAIRED:
            ids = [cid for cid in other if counts(base[cid])]
            mine = sum(right(base[c]) and not right(other[c]) for c in ids)
            theirs = sum(right(other[c]) and not right(base[c]) for c in ids)
            lines.append(
                f"{name:>10}  {label:38} {names[0]} only {mine:3}, {name} only {theirs:3},"
                f" of {len(ids)}: p = {mcnemar_p(mine, theirs):.3f}"
            )
    return lines


def _by_band(table: RuleTable, columns: dict[str, list[Scored]]) -> list[str]:
    """Serious cause named (lines as shown), by how far what each case states beyond age and
    sex raises its diagnosis (caselib.beyond_band, by the table's numbers): where the facts
    point and where they do not."""
    first = [s for s in next(iter(columns.values())) if s.outcome.case.serious]
    band = {s.outcome.case.id: beyond_band(table, s.outcome.case) for s in first}
    cell = max(14, *(len(name) + 2 for name in columns))
    lines = [
        "== serious cause named (lines as shown), by how far facts beyond age and sex raise it",
        f"{'band':16}{'cases':>7}" + "".join(f"{n:>{cell}}" for n in columns),
    ]
    for _, label in BEYOND_BANDS:
        ids = {cid for cid, b in band.items() if b == label}
        hits = [
            sum(s.outcome.shown_named for s in scored if s.outcome.case.id in ids)
            for scored in columns.values()
        ]
        lines.append(f"{label:16}{len(ids):>7}" + "".join(f"{h:>{cell}}" for h in hits))
    return lines


def committed_readers(readers_dir: Path = READERS_DIR) -> list[Path]:
    """Every reader beside a key (bench/readers/ for sets 1-5): a folder of answer files, or one
    .toml beside the key. A folder with a key of its own is another blinding (the sixth set's,
    in bench/readers/sixth_set/), not a reader."""
    if not readers_dir.is_dir():
        return []
    found = [
        p
        for p in sorted(readers_dir.iterdir())
        if p.is_dir() and any(p.glob("*.toml")) and not (p / KEY.name).exists()
    ]
    found += [p for p in sorted(readers_dir.glob("*.toml")) if p.name != KEY.name]
    return found


def all_keys(readers_dir: Path = READERS_DIR) -> list[Path]:
    """Every blinding's key committed under bench/readers/ with readers beside it: the five
    first sets', then each later set's in its own folder."""
    keys = [readers_dir / KEY.name, *sorted(readers_dir.glob(f"*/{KEY.name}"))]
    return [k for k in keys if k.exists() and committed_readers(k.parent)]


def _key(path: Path, by_id: dict[str, Published]) -> Key:
    key = read_key(path)
    lost = sorted(set(key.cases.values()) - set(by_id))
    if lost:
        raise ReaderError(f"{path}: case ids not among the published cases: {lost}")
    return key


def _readers(
    table: RuleTable, key: Key, by_id: dict[str, Published], paths: list[Path]
) -> dict[str, list[Scored]]:
    columns: dict[str, list[Scored]] = {}
    problems = []
    for path in paths:
        try:
            name, answers = read_answers(path, key, table.causes)
        except ReaderError as e:
            problems.append(str(e))
            continue
        while name in columns:
            name += "'"
        columns[name] = reader_outcomes(table, answers, key, by_id)
    if problems:
        raise ReaderError("\n".join(problems))
    return columns


def score_columns(table: RuleTable, key_path: Path, paths: list[Path]) -> dict[str, list[Scored]]:
    by_id = {p.case.id: p for p in load_cases(table)}
    return _readers(table, _key(key_path, by_id), by_id, paths)


def compare_columns(table: RuleTable, keys: Sequence[Path]) -> dict[str, list[Scored]]:
    """tspain beside the readers committed beside each key. With several keys the sets are
    pooled, each set's readers in the columns 'reader 1', 'reader 2', ... in the order they sit
    beside its key (a different pair of readers answered each blinding)."""
    columns: dict[str, list[Scored]] = {"tspain": []}
    by_id = {p.case.id: p for p in load_cases(table)}
    for path in keys:
        key = _key(path, by_id)
        columns["tspain"] += tspain_outcomes(table, key, by_id)
        readers = _readers(table, key, by_id, committed_readers(path.parent))
        if len(keys) == 1:
            columns.update(readers)
            continue
        for i, scored in enumerate(readers.values(), 1):
            columns.setdefault(f"reader {i}", []).extend(scored)
    cases = len(columns["tspain"])
    short = [name for name, scored in columns.items() if len(scored) != cases]
    if short:
        raise ReaderError(
            f"{', '.join(short)}: not every pooled set has that many readers, so the columns "
            "would score different cases; pool only blindings with the same number of readers"
        )
    return columns


# ------------------------------------------------------------------------------ command line


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("blind", help="write blinded case files for readers")
    b.add_argument("outdir", type=Path)
    b.add_argument("cases", type=Path, nargs="*", help="case files or folders (default: all)")
    b.add_argument("--seed", type=int, default=SEED)
    b.add_argument("--chunk", type=int, default=CHUNK, help="cases per file")
    b.add_argument("--force", action="store_true", help="overwrite a non-empty OUTDIR")
    s = sub.add_parser("score", help="score readers' answer files")
    s.add_argument("answers", type=Path, nargs="+", help="one reader each: a file or a folder")
    c = sub.add_parser(
        "compare", help="tspain beside every reader committed beside the key (--key)"
    )
    for p in (b, s):
        p.add_argument("--key", type=Path, default=KEY)
    c.add_argument(
        "--key",
        type=Path,
        action="append",
        help="a blinding's key (repeat to pool several; default: the five first sets')",
    )
    c.add_argument(
        "--all",
        action="store_true",
        help="every blinding committed under bench/readers/, pooled: the readers of each set "
        "become 'reader 1' and 'reader 2', in the order they sit beside its key",
    )
    args = parser.parse_args(argv)
    try:
        table = load_table()
    except TableError as err:  # a copy named by TSPAIN_RULES: its faults, as validate says them
        print("\n".join(f"{err.path}: {p}" for p in err.problems), file=sys.stderr)
        return 2
    try:
        if args.command == "blind":
            cases = load_cases(table, args.cases)
            key = blind(table, cases, args.outdir, args.key, args.seed, args.chunk, args.force)
            print(f"{len(key)} cases blinded into {args.outdir.resolve()}; key: {args.key}")
            return 0
        if args.command == "compare":
            keys = all_keys() if args.all else (args.key or [KEY])
            columns = compare_columns(table, keys)
        else:
            columns = score_columns(table, args.key, args.answers)
        print(f"rule table: {table_path()} (version {table.version})")
        print(report(table, columns))
        if args.command == "compare" and len(columns) == 1:
            print("\n(no reader answers committed under bench/readers/ yet)")
        return 0
    except ReaderError as e:
        for line in str(e).splitlines():
            print(f"reader.py: error: {line}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    run(main)
