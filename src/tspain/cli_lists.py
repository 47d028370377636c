"""The listing commands, for someone writing an answers file or a script: `tspain questions`
(every question id an answers file may hold) and `tspain signs` (every warning sign id a result
may give in `triage.reasons`), as text or JSON, from the table in use; and the cause a person
names to `tspain causes` or `tspain prevent`, by its id or name."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

from tspain.cli_base import fail
from tspain.cli_table import command_table
from tspain.stdout_json import print_json

if TYPE_CHECKING:
    from tspain.table import Cause, RuleTable

JSON = typer.Option("--json", help="Print as JSON.")


def questions(ctx: typer.Context, json_out: Annotated[bool, JSON] = False) -> None:
    """The question ids, types and values an answers file may contain."""
    table = command_table(ctx)
    if json_out:
        print_json({qid: _question(table, qid) for qid in table.questions})
        return
    from tspain import pages, render

    rows = []
    for qid, q in table.questions.items():
        if q.type == "yesno":
            values = "true / false"
        elif q.type == "integer":
            values = f"{q.min}-{q.max}" + (f" ({q.unit})" if q.unit else "")
        else:
            values = " | ".join(q.options)
        rows.append((qid, f"{q.type}: {values}", q.text))
    pages.id_list(render.output(), rows)


def _question(table: RuleTable, qid: str) -> dict[str, Any]:
    q = table.questions[qid]
    return {
        "text": q.text,
        "type": q.type,
        "min": q.min,
        "max": q.max,
        "unit": q.unit,
        "options": q.options,
        "why": q.why,
        "checklist": q.checklist,
        "signs": [s.id for s in table.warning_signs if qid in _read_by(s)],
    }


def signs(ctx: typer.Context, json_out: Annotated[bool, JSON] = False) -> None:
    """The warning signs a result may name in triage.reasons: id, level, the questions each
    reads, and what it says."""
    table = command_table(ctx)
    if json_out:
        print_json(
            {
                s.id: {
                    "level": s.level,
                    "short": s.short,
                    "message": s.message,
                    "questions": _read_by(s),
                    "causes": s.causes,
                }
                for s in table.warning_signs
            }
        )
        return
    from tspain import pages, render
    from tspain.i18n import level_word

    rows = [
        (s.id, f"{level_word(s.level)}: {', '.join(_read_by(s))}", s.message)
        for s in table.warning_signs
    ]
    pages.id_list(render.output(), rows)


def _read_by(sign: Any) -> list[str]:
    """The questions a warning sign reads: its condition's, then its exception's."""
    from tspain.table import condition_questions

    read = condition_questions(sign.when) + condition_questions(sign.unless or {})
    return list(dict.fromkeys(read))


def cause_named(table: RuleTable, cause_id: str) -> tuple[str, Cause]:
    """The cause with this id (any case, spaces or dashes for underscores, or its name), or exit
    2 naming the closest ids."""
    wanted = "_".join(cause_id.strip().lower().replace("-", " ").split())
    for cid, cause in table.causes.items():
        if wanted in (cid, "_".join(cause.name.lower().split())):
            return cid, cause
    from tspain.i18n import t
    from tspain.matching import fits
    from tspain.spelling import near

    # A word of a name or description ("aorta") first, then ids spelt nearly alike.
    by_words = [c for c, v in table.causes.items() if fits(cause_id, [v.name, v.description])]
    close = by_words[:3] or near(wanted, table.causes, n=3, cutoff=0.4)

    hint = t(" (did you mean {ids}?)", ids=", ".join(close)) if close else ""
    fail(
        t(
            "unknown cause {cause}{hint}; `tspain causes` lists them",
            cause=repr(cause_id[:60]),
            hint=hint,
        )
    )
