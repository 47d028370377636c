"""The report for the doctor, as a document: Markdown, HTML (one self-contained page) or JSON.
Saving it is `saving.py`'s job."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path

from tspain.assessment import Assessment, as_json
from tspain.i18n import answer_label, current, t
from tspain.layout import Section
from tspain.required_questions import (
    AGE,
    DURATION,
    HISTORY_FIRST,
    ONSET,
    PAIN_LOCATION,
    SEVERITY,
    SEX,
)
from tspain.saving import SaveError, write_private
from tspain.shown_causes import percent
from tspain.table import Answer, Question, RuleTable, condition_questions
from tspain.wording import lower_first

ABOUT = (*HISTORY_FIRST, "injury")
"""What the report gives first, as a doctor takes a history: who, where, how long, how it
began, how bad, after what."""


def _about_label(qid: str) -> str:
    labels = {
        AGE: t("Age"),
        SEX: t("Sex"),
        PAIN_LOCATION: t("Where"),
        DURATION: t("How long"),
        ONSET: t("How it began"),
        SEVERITY: t("Worst pain"),
        "injury": t("Injury"),
    }
    return labels[qid]


def answer_text(q: Question, value: Answer | None) -> str:
    """An answer as a history reads it: "30 years", "14 days", "6 out of 10", "female"."""
    if value is None or isinstance(value, bool) or q.type == "choice":
        label = answer_label(q, value)
        return lower_first(label) if q.type == "choice" else label
    if q.unit == "years":
        return t("{n} years", n=value) if value != 1 else t("{n} year", n=value)
    if q.unit == "days":
        return t("{n} days", n=value) if value != 1 else t("{n} day", n=value)
    if q.max == 10:
        return t("{n} out of 10", n=value)
    return str(value)


def _about(table: RuleTable, answers: Mapping[str, Answer | None]) -> list[tuple[str, str]]:
    """(label, answer) for who, where, how long, how it began, how bad: "Age", "30 years"."""
    return [
        (_about_label(qid), answer_text(table.questions[qid], answers[qid]))
        for qid in ABOUT
        if qid in answers and qid in table.questions
    ]


def _answer_rows(
    table: RuleTable, answers: Mapping[str, Answer | None]
) -> list[tuple[str, str, bool, Answer | None]]:
    """(what was asked about, answer, is a warning sign, the answer itself) rows for the other
    questions asked: the warning-sign questions first. No internal ids and no questions: each
    in a few words ("Fever, chills ...", "High blood pressure"), as a history reads."""
    sign_questions = {q for s in table.warning_signs for q in condition_questions(s.when)}
    rows: list[tuple[str, str, bool, Answer | None]] = []
    for signs in (True, False):
        for qid, q in table.questions.items():
            if qid in answers and qid not in ABOUT and (qid in sign_questions) == signs:
                value = answers[qid]
                rows.append((q.short or q.text, answer_text(q, value), signs, value))
    return rows


MARKDOWN_SPECIAL = "\\`*_[]<>|#~"


def _known(answers: Mapping[str, Answer | None]) -> dict[str, Answer]:
    return {q: a for q, a in answers.items() if a is not None}


def md(text: str) -> str:
    """Text as Markdown shows it literally: the characters Markdown could read as syntax here
    (emphasis, a table bar, a heading, an HTML tag such as <script>, a link) are
    backslash-escaped; each text is one line, inside a list item or a table cell. A command in
    backticks (`tspain prevent`) stays a code span."""
    parts = " ".join(text.split()).split("`")
    if len(parts) % 2 == 0:  # an unpaired backtick: every one is literal
        parts = ["`".join(parts)]
    return "".join(
        f"`{part}`"
        if i % 2
        else "".join(f"\\{ch}" if ch in MARKDOWN_SPECIAL else ch for ch in part)
        for i, part in enumerate(parts)
    )


def _html(text: str) -> str:
    """Text as HTML shows it, a command in backticks (`tspain prevent`) as code."""
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", html.escape(text))


def markdown_report(
    table: RuleTable, assessment: Assessment, answers: Mapping[str, Answer | None], when: datetime
) -> str:
    from tspain.layout import sections

    out = [
        "# " + md(t("Upper back pain: tspain report")),
        "",
        t("Date: {when}", when=f"{when:%Y-%m-%d %H:%M}") + "  ",
        f"tspain {md(assessment.tspain_version)}, "
        + t("rule table {version}", version=md(assessment.rules_version)),
        "",
    ]
    about = _about(table, answers)
    if about:
        out += [f"## {md(t('About the pain'))}", ""]
        out += [f"- {md(label)}: {md(value)}" for label, value in about] + [""]
    for section in sections(table, assessment, _known(answers)):
        out += _md_section(section)
    rows = _answer_rows(table, answers)
    for title, signs in ((t("Warning signs asked about"), True), (t("Other answers"), False)):
        chosen = [(text, label) for text, label, sign, _ in rows if sign == signs]
        if chosen:
            head = f"| {md(t('Asked about'))} | {md(t('Answer'))} |"
            out += ["", f"## {md(title)}", "", head, "|---|---|"]
            out += [f"| {md(text)} | {md(label)} |" for text, label in chosen]
    return "\n".join(out) + "\n"


def _md_section(section: Section) -> list[str]:
    """One section of the result, in Markdown."""
    if section.kind == "action":
        return [f"## {t('Result: ')}{md(section.title)}", "", f"**{md(section.items[0])}**"]
    if section.kind == "causes":
        titles = (t("Cause"), t("Likelihood"), t("Why it matched"))
        out = ["", f"## {md(section.title)}", ""]
        out += ["| " + " | ".join(md(h) for h in titles) + " |", "|---|---|---|"]
        for cause, why in zip(section.causes, section.items, strict=True):
            out.append(f"| {md(cause.name)} | {md(percent(cause.probability))} | {md(why)} |")
        return out + (["", md(section.after)] if section.after else [])
    if section.kind == "bullets":
        return ["", f"## {md(section.title)}", ""] + [f"- {md(i)}" for i in section.items]
    if section.kind == "recap":
        return ["", f"**{md(section.items[0])}**"]
    return ["", f"> {md(section.items[0])}"]


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
    from tspain.layout import sections

    e = html.escape
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{e(current().code)}"><head><meta charset="utf-8">',
        f"<title>{e(t('tspain report'))}</title>",
        f"<style>\n{CSS}\n</style></head><body>",
        f"<h1>{e(t('Upper back pain: tspain report'))}</h1>",
        f'<p class="note">{when:%Y-%m-%d %H:%M} &middot; tspain {e(assessment.tspain_version)}'
        f" &middot; {e(t('rule table {version}', version=assessment.rules_version))}</p>",
    ]
    about = _about(table, answers)
    if about:
        said = " &middot; ".join(f"{e(label)}: <b>{e(value)}</b>" for label, value in about)
        parts.append(f'<h2>{e(t("About the pain"))}</h2><p class="about">{said}</p>')
    level = assessment.triage.level
    parts += [
        _html_section(section, level) for section in sections(table, assessment, _known(answers))
    ]
    if PAIN_LOCATION in table.questions:
        where = answers.get(PAIN_LOCATION)
        selected = where if isinstance(where, str) else None
        label = table.questions[PAIN_LOCATION].options.get(selected or "")
        named = lower_first(label) if label else None
        parts.append(f"<h2>{e(t('Where the pain is'))}</h2>" + back_svg(selected, named))
    parts += _html_answers(table, answers)
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _html_section(section: Section, level: str) -> str:
    """One section of the result, in HTML."""
    e = _html
    if section.kind == "action":
        return f'<div class="banner {e(level)}">{e(section.title)}: {e(section.items[0])}</div>'
    if section.kind == "causes":
        titles = (t("Cause"), t("Likelihood"), t("Why it matched"))
        rows = [f"<h2>{e(section.title)}</h2>"]
        rows.append("<table><tr>" + "".join(f"<th>{e(h)}</th>" for h in titles) + "</tr>")
        for cause, why in zip(section.causes, section.items, strict=True):
            rows.append(
                f"<tr><td>{e(cause.name)}</td><td>{percent(cause.probability)}</td>"
                f"<td>{e(why)}</td></tr>"
            )
        after = [f"<p>{e(section.after)}</p>"] if section.after else []
        return "\n".join([*rows, "</table>", *after])
    if section.kind == "bullets":
        items = "".join(f"<li>{e(i)}</li>" for i in section.items)
        return f"<h2>{e(section.title)}</h2><ul>{items}</ul>"
    if section.kind == "recap":
        return f"<p><b>{e(section.items[0])}</b></p>"
    return f'<p class="note">{e(section.items[0])}</p>'


def _html_answers(table: RuleTable, answers: Mapping[str, Answer | None]) -> list[str]:
    e = html.escape
    parts = []
    rows = _answer_rows(table, answers)
    for title, signs in ((t("Warning signs asked about"), True), (t("Other answers"), False)):
        chosen = [(text, label, value) for text, label, sign, value in rows if sign == signs]
        if not chosen:
            continue
        parts.append(f'<h2>{e(title)}</h2><ul class="answers">')
        for text, label, value in chosen:
            # by the answer itself, never by comparing translated words
            cls = "yes" if value is True else ("unknown" if value is None else "")
            parts.append(f'<li class="{cls}">{e(text)}: <b>{e(label)}</b></li>')
        parts.append("</ul>")
    return parts


BACK_AREAS = {
    "central": '<rect x="92" y="40" width="16" height="140" rx="6"/>',
    "between_shoulder_blades": '<rect x="62" y="45" width="76" height="45" rx="10"/>',
    "one_side": '<rect x="128" y="90" width="40" height="80" rx="10"/>',
    "band_around_chest": '<rect x="34" y="100" width="132" height="22" rx="8"/>',
    "widespread": '<path d="M50 30 Q100 15 150 30 L170 60 L165 190 Q100 205 35 190 L30 60 Z"/>',
}
"""The numbered areas of the "Where is the pain?" drawing, as SVG shapes, by option id."""


def back_svg(selected: str | None, named: str | None = None) -> str:
    """An inline drawing of the back, from behind, with the person's area marked in colour and
    named in words (the words carry it when printed in black and white)."""
    outline = (
        '<path d="M50 30 Q100 15 150 30 L170 60 L165 190 Q100 205 35 190 L30 60 Z" '
        'fill="none" stroke="#333" stroke-width="2"/>'
        '<circle cx="100" cy="12" r="11" fill="none" stroke="#333" stroke-width="2"/>'
    )
    areas = "".join(
        f'<g class="area{" marked" if option == selected else ""}" '
        f'fill="{"#d33" if option == selected else "none"}" '
        f'stroke="#999" stroke-dasharray="3 2" fill-opacity="0.5">{shape}</g>'
        for option, shape in BACK_AREAS.items()
        if option != "widespread" or selected == "widespread"
    )
    shown = named or (selected or "").replace("_", " ")
    label = html.escape(t("marked: {area}", area=shown) if selected else t("area not given"))
    return (
        f'<svg class="back" role="img" aria-label="{html.escape(t("the back, from behind"))}; '
        f'{label}" viewBox="0 0 200 210" width="150" height="158">{outline}{areas}</svg>'
        f'<p class="note">{html.escape(t("Drawing of the back from behind"))}; {label}.</p>'
    )


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
    raise SaveError(t("cannot save to {path}: a report ends in .md, .html or .json", path=path))


def save_report(
    table: RuleTable,
    assessment: Assessment,
    answers: Mapping[str, Answer | None],
    path: str,
    force: bool,
) -> None:
    write_private(path, report_text(table, assessment, answers, path), force)
