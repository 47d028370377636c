"""The report for the doctor, as a document: Markdown, HTML (one self-contained page) or JSON.
Saving it is `saving.py`'s job."""

from __future__ import annotations

import html
import json
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path

from tspain.assessment import Assessment, as_json
from tspain.i18n import current, t
from tspain.layout import percent
from tspain.saving import SaveError, write_private
from tspain.table import Answer, RuleTable, condition_questions


def _answer_rows(
    table: RuleTable, answers: Mapping[str, Answer | None]
) -> list[tuple[str, str, bool, Answer | None]]:
    """(question, answer, is a warning sign, the answer itself) rows for the questions that
    were asked: the warning-sign questions first, then the others. No internal ids: the
    question's words."""
    sign_questions = {q for s in table.warning_signs for q in condition_questions(s.when)}
    rows: list[tuple[str, str, bool, Answer | None]] = []
    for signs in (True, False):
        for qid, q in table.questions.items():
            if qid in answers and (qid in sign_questions) == signs:
                value = answers[qid]
                rows.append((q.short or q.text, q.answer_label(value), signs, value))
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
    from tspain.layout import sections

    out = [
        "# " + md(t("Upper back pain: tspain report")),
        "",
        t("Date: {when}", when=f"{when:%Y-%m-%d %H:%M}") + "  ",
        f"tspain {md(assessment.tspain_version)}, "
        + t("rule table {version}", version=md(assessment.rules_version)),
        "",
    ]
    for section in sections(table, assessment):
        if section.kind == "action":
            out += [f"## {t('Result: ')}{md(section.title)}", "", f"**{md(section.items[0])}**"]
        elif section.kind == "causes":
            out += ["", f"## {md(section.title)}", ""]
            titles = (t("Cause"), t("Likelihood"), t("Why it matched"))
            out += ["| " + " | ".join(md(h) for h in titles) + " |", "|---|---|---|"]
            for cause, why in zip(section.causes, section.items, strict=True):
                out.append(f"| {md(cause.name)} | {md(percent(cause.probability))} | {md(why)} |")
        elif section.kind == "bullets":
            out += ["", f"## {md(section.title)}", ""] + [f"- {md(i)}" for i in section.items]
        elif section.kind == "recap":
            out += ["", f"**{md(section.items[0])}**"]
        else:
            out += ["", f"> {md(section.items[0])}"]
    rows = _answer_rows(table, answers)
    for title, signs in ((t("Warning signs asked about"), True), (t("Other answers"), False)):
        chosen = [(text, label) for text, label, sign, _ in rows if sign == signs]
        if chosen:
            head = f"| {md(t('Question'))} | {md(t('Answer'))} |"
            out += ["", f"## {md(title)}", "", head, "|---|---|"]
            out += [f"| {md(text)} | {md(label)} |" for text, label in chosen]
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
    from tspain.layout import sections

    e = html.escape
    level = assessment.triage.level
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{e(current().code)}"><head><meta charset="utf-8">',
        f"<title>{e(t('tspain report'))}</title>",
        f"<style>\n{CSS}\n</style></head><body>",
        f"<h1>{e(t('Upper back pain: tspain report'))}</h1>",
        f'<p class="note">{when:%Y-%m-%d %H:%M} &middot; tspain {e(assessment.tspain_version)}'
        f" &middot; {e(t('rule table {version}', version=assessment.rules_version))}</p>",
    ]
    for section in sections(table, assessment):
        if section.kind == "action":
            parts.append(
                f'<div class="banner {e(level)}">{e(section.title)}: {e(section.items[0])}</div>'
            )
        elif section.kind == "causes":
            parts.append(f"<h2>{e(section.title)}</h2>")
            head = "".join(
                f"<th>{e(h)}</th>" for h in (t("Cause"), t("Likelihood"), t("Why it matched"))
            )
            parts.append(f"<table><tr>{head}</tr>")
            for cause, why in zip(section.causes, section.items, strict=True):
                parts.append(
                    f"<tr><td>{e(cause.name)}</td><td>{percent(cause.probability)}</td>"
                    f"<td>{e(why)}</td></tr>"
                )
            parts.append("</table>")
        elif section.kind == "bullets":
            items = "".join(f"<li>{e(i)}</li>" for i in section.items)
            parts.append(f"<h2>{e(section.title)}</h2><ul>{items}</ul>")
        elif section.kind == "recap":
            parts.append(f"<p><b>{e(section.items[0])}</b></p>")
        else:
            parts.append(f'<p class="note">{e(section.items[0])}</p>')
    where = answers.get("pain_location")
    if "pain_location" in table.questions:
        selected = where if isinstance(where, str) else None
        # English names the area as it always has; another language by the option's words
        options = table.questions["pain_location"].options
        named = options.get(selected or "") if current().code != "en" else None
        parts.append(f"<h2>{e(t('Where the pain is'))}</h2>" + back_svg(selected, named))
    rows = _answer_rows(table, answers)
    for title, signs in ((t("Warning signs asked about"), True), (t("Other answers"), False)):
        chosen = [(text, label, value) for text, label, sign, value in rows if sign == signs]
        if not chosen:
            continue
        parts.append(f'<h2>{e(title)}</h2><ul class="answers">')
        for text, label, value in chosen:
            # by the answer itself, never by comparing translated words
            cls = "yes" if value is True else ("unknown" if value is None else "")
            parts.append(f'<li class="{cls}">{e(text)} <b>{e(label)}</b></li>')
        parts.append("</ul>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


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
