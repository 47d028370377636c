"""What tspain saves: a report for the doctor (Markdown, HTML or JSON), the answers to run again,
and the comparison of two saved sessions. Files are written atomically and privately."""

from __future__ import annotations

import contextlib
import html
import json
import os
import stat
import tempfile
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path

from tspain.assessment import (
    SHOWN_SERIOUS,
    Assessment,
    as_json,
    likely_to_show,
    percent,
    raised_by,
)
from tspain.engine import assess
from tspain.table import Answer, RuleTable, condition_questions

REPORT_FORMATS = (".md", ".html", ".json")


class SaveError(Exception):
    """A file that could not be saved; the message is one line for the person."""


def check_save_path(path: str, force: bool, report: bool) -> str | None:
    """What is wrong with saving to `path`, checked before any question is asked or anything
    printed; None if fine. `--force` replaces only a regular file: never a folder, a device, a
    pipe or a symbolic link."""
    try:
        target = Path(path).expanduser()
    except RuntimeError:  # "~" with no home folder (HOME unset, no passwd entry)
        return f"cannot save to {path}: there is no home folder to expand ~ to"
    if report and target.suffix.lower() not in REPORT_FORMATS:
        return f"cannot save to {path}: a report ends in .md, .html or .json"
    parent = target.parent
    if not parent.is_dir():
        return f"cannot save to {path}: folder {parent} does not exist"
    if not os.access(parent, os.W_OK):
        return f"cannot save to {path}: folder {parent} is not writable"
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        return None
    except OSError as err:
        return f"cannot save to {path}: {err.strerror}"
    if not stat.S_ISREG(info.st_mode):
        kind = (
            "a folder"
            if stat.S_ISDIR(info.st_mode)
            else "a symbolic link"
            if stat.S_ISLNK(info.st_mode)
            else "not a regular file (a device or pipe)"
        )
        return f"cannot save to {path}: it is {kind}, and tspain only replaces regular files"
    if not force:
        return f"{path} already exists: choose another name, or add --force to overwrite it"
    return None


_temporary: set[str] = set()
"""Temporary files being written: removed if a signal stops tspain mid-write."""


def remove_temporary_files() -> None:
    """Remove the temporary files of writes under way (called when a signal stops tspain)."""
    for tmp in list(_temporary):
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        _temporary.discard(tmp)


def write_private(path: str, text: str, force: bool) -> None:
    """Write `text` atomically (temporary file, then rename), readable only by the user.
    An existing file is left alone unless `force`, and even then only a regular file is
    replaced. A signal mid-write leaves no temporary file behind (see `cli.main`)."""
    problem = check_save_path(path, force, report=False)
    if problem:
        raise SaveError(problem)
    target = Path(path).expanduser()
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tspain-", suffix=".tmp")
    except OSError as err:
        raise SaveError(f"cannot save to {path}: {err.strerror}") from None
    _temporary.add(tmp)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)
        if force:
            os.replace(tmp, target)
        else:
            try:
                os.link(tmp, target)  # fails if the target exists: no overwrite, no race
            except FileExistsError:
                raise SaveError(
                    f"{path} already exists: choose another name, or add --force to overwrite it"
                ) from None
    except OSError as err:
        raise SaveError(f"cannot save to {path}: {err.strerror}") from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
        _temporary.discard(tmp)


# -- answers ----------------------------------------------------------------------------------


def answers_text(answers: Mapping[str, Answer | None], toml: bool = False) -> str:
    """An answers file: JSON with null for "not sure", or TOML (which leaves unknowns out)."""
    if not toml:
        return json.dumps(dict(answers), indent=2) + "\n"
    lines = [f"{qid} = {json.dumps(value)}" for qid, value in answers.items() if value is not None]
    return "\n".join(lines) + "\n"


def save_answers(answers: Mapping[str, Answer | None], path: str, force: bool) -> None:
    write_private(path, answers_text(answers, toml=path.lower().endswith(".toml")), force)


# -- the report -------------------------------------------------------------------------------


def _answer_rows(
    table: RuleTable, answers: Mapping[str, Answer | None]
) -> list[tuple[str, str, bool]]:
    """(question, answer, is a warning sign) rows: warning signs first, then what was asked."""
    sign_questions = {q for s in table.warning_signs for q in condition_questions(s.when)}
    rows: list[tuple[str, str, bool]] = []
    for qid, q in table.questions.items():
        if qid in sign_questions:
            value = answers.get(qid)
            if value is not None:
                label = q.answer_label(value)
            else:
                label = "unknown (not sure)" if qid in answers else "unknown (not asked)"
            rows.append((q.text, label, True))
    for qid, q in table.questions.items():
        if qid not in sign_questions and qid in answers:
            value = answers[qid]
            label = q.answer_label(value) if value is not None else "unknown (not sure)"
            rows.append((q.text, label, False))
    return rows


MARKDOWN_SPECIAL = "\\`*_[]<>|#~"


def md(text: str) -> str:
    """Text as Markdown shows it literally: the characters Markdown could read as syntax here
    (emphasis, a table bar, a heading, an HTML tag such as <script>, a link) are
    backslash-escaped; each text is one line, inside a list item or a table cell."""
    return "".join(f"\\{ch}" if ch in MARKDOWN_SPECIAL else ch for ch in " ".join(text.split()))


def markdown_report(
    table: RuleTable, assessment: Assessment, answers: Mapping[str, Answer | None], when: datetime
) -> str:
    t = assessment.triage
    out = [
        "# Upper back pain: tspain report",
        "",
        f"Date: {when:%Y-%m-%d %H:%M}  ",
        f"tspain {md(assessment.tspain_version)}, rule table {md(assessment.rules_version)}",
        "",
        f"> {md(assessment.disclaimer)}",
        "",
        f"## Result: {md(t.label)}",
        "",
        f"**{md(t.action)}**",
        "",
    ]
    for reason in t.reasons:
        out.append(f"- {md(reason.message)}")
    if assessment.must_not_miss:
        out += ["", "## Must not be missed: cannot be ruled out at home", ""]
        out += [
            f"- {md(c.name)}: {md(raised_by(c))}" for c in assessment.must_not_miss[:SHOWN_SERIOUS]
        ]
    out += ["", "## Most likely causes: what the answers point to (not a diagnosis)", ""]
    out += ["| Cause | Likelihood | Why it matched |", "|---|---|---|"]
    for cause in likely_to_show(assessment):
        out.append(
            f"| {md(cause.name)} | {md(percent(cause.probability))} | {md(raised_by(cause))} |"
        )
    out += ["", "## Answers given (warning signs first)", ""]
    out += ["| | Question | Answer |", "|---|---|---|"]
    for text, label, sign in _answer_rows(table, answers):
        out.append(f"| {'warning sign' if sign else ''} | {md(text)} | {md(label)} |")
    for title, items in (
        ("What helps now", assessment.self_care),
        ("Prevention", assessment.prevention),
        ("See a doctor if", assessment.see_a_doctor_if),
    ):
        out += ["", f"## {title}", ""]
        out += [f"- {md(item)}" for item in items] or ["- Get help as above first."]
    return "\n".join(out) + "\n"


CSS = """
@page { size: A4; margin: 15mm; }
body { font: 10.5pt/1.35 system-ui, sans-serif; color: #111; max-width: 180mm; margin: auto; }
h1 { font-size: 15pt; margin: 0 0 2mm; } h2 { font-size: 12pt; margin: 5mm 0 1.5mm; }
.banner { padding: 3mm; border: 2px solid #111; font-weight: bold; }
.emergency { background: #fdd; } .urgent { background: #ffe9b3; }
.routine { background: #dde8ff; } .self_care { background: #dfd; }
table { border-collapse: collapse; width: 100%; } td, th { border: 1px solid #999;
padding: 1mm 2mm; vertical-align: top; text-align: left; } .sign { font-weight: bold; }
.note { font-size: 9pt; color: #444; } tr { page-break-inside: avoid; }
ul.answers { columns: 2; column-gap: 6mm; font-size: 8.5pt; padding-left: 4mm; margin: 0; }
ul.answers li { break-inside: avoid; margin-bottom: 0.6mm; } li.yes { background: #ffe9b3; }
li.unknown b { font-style: italic; color: #a00; }
""".strip()


def html_report(
    table: RuleTable, assessment: Assessment, answers: Mapping[str, Answer | None], when: datetime
) -> str:
    e = html.escape
    t = assessment.triage
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        "<title>tspain report</title>",
        f"<style>\n{CSS}\n</style></head><body>",
        "<h1>Upper back pain: tspain report</h1>",
        f'<p class="note">{when:%Y-%m-%d %H:%M} &middot; tspain {e(assessment.tspain_version)}'
        f" &middot; rule table {e(assessment.rules_version)}</p>",
        f'<p class="note">{e(assessment.disclaimer)}</p>',
        f'<div class="banner {e(t.level)}">{e(t.label)}: {e(t.action)}</div>',
    ]
    if t.reasons:
        parts.append("<ul>" + "".join(f"<li>{e(r.message)}</li>" for r in t.reasons) + "</ul>")
    if assessment.must_not_miss:
        parts.append("<h2>Must not be missed: cannot be ruled out at home</h2><ul>")
        for cause in assessment.must_not_miss[:SHOWN_SERIOUS]:
            parts.append(f"<li><b>{e(cause.name)}</b>: {e(raised_by(cause))}</li>")
        parts.append("</ul>")
    parts.append("<h2>Most likely causes: what the answers point to (not a diagnosis)</h2>")
    parts.append("<table><tr><th>Cause</th><th>Likelihood</th><th>Why it matched</th></tr>")
    for cause in likely_to_show(assessment):
        parts.append(
            f"<tr><td>{e(cause.name)}</td><td>{percent(cause.probability)}</td>"
            f"<td>{e(raised_by(cause))}</td></tr>"
        )
    parts.append("</table>")
    rows = _answer_rows(table, answers)
    for title, signs in (("Warning signs asked about", True), ("Other answers", False)):
        parts.append(f'<h2>{title}</h2><ul class="answers">')
        for text, label, sign in rows:
            if sign == signs:
                cls = (
                    "yes" if label == "yes" else ("unknown" if label.startswith("unknown") else "")
                )
                parts.append(f'<li class="{cls}">{e(text)} <b>{e(label)}</b></li>')
        parts.append("</ul>")
    for title, items in (
        ("What helps now", assessment.self_care),
        ("Prevention", assessment.prevention),
        ("See a doctor if", assessment.see_a_doctor_if),
    ):
        listed = items or ["Get help as above first."]
        parts.append(
            f"<h2>{title}</h2><ul>" + "".join(f"<li>{e(i)}</li>" for i in listed) + "</ul>"
        )
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def json_report(
    assessment: Assessment, answers: Mapping[str, Answer | None], when: datetime
) -> str:
    data = {
        "date": when.isoformat(timespec="seconds"),
        "answers": dict(answers),
        "assessment": as_json(assessment),
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def report_text(
    table: RuleTable,
    assessment: Assessment,
    answers: Mapping[str, Answer | None],
    path: str,
    when: datetime | None = None,
) -> str:
    when = when or datetime.now().astimezone()
    suffix = Path(path).suffix.lower()
    if suffix == ".md":
        return markdown_report(table, assessment, answers, when)
    if suffix == ".html":
        return html_report(table, assessment, answers, when)
    if suffix == ".json":
        return json_report(assessment, answers, when)
    raise SaveError(f"cannot save to {path}: a report ends in .md, .html or .json")


def save_report(
    table: RuleTable,
    assessment: Assessment,
    answers: Mapping[str, Answer | None],
    path: str,
    force: bool,
) -> None:
    write_private(path, report_text(table, assessment, answers, path), force)


# -- comparing two sessions -------------------------------------------------------------------


def compare_answers(
    table: RuleTable, before: Mapping[str, Answer], after: Mapping[str, Answer]
) -> dict[str, object]:
    """What changed between two answer sets: answers, triage level, ranking."""
    old, new = assess(table, before), assess(table, after)
    changed = [
        {
            "question": qid,
            "text": q.text,
            "old": q.answer_label(before.get(qid)) if qid in before else "unknown",
            "new": q.answer_label(after.get(qid)) if qid in after else "unknown",
        }
        for qid, q in table.questions.items()
        if before.get(qid) != after.get(qid)
    ]
    return {
        "answers": changed,
        "triage": {"old": old.triage.level, "new": new.triage.level},
        "ranking": {
            "old": [{"id": c.id, "probability": c.probability} for c in old.causes[:5]],
            "new": [{"id": c.id, "probability": c.probability} for c in new.causes[:5]],
        },
    }
