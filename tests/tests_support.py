"""Small helpers shared by the issue 26 tests, and a table built without validation."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from conftest import make_runner

from tspain.cli import app
from tspain.table import RuleTable


def runner_result(args: list[str], stdin: str | None = None) -> tuple[int, str, str]:
    result = make_runner().invoke(app, args, input=stdin)
    return result.exit_code, result.stdout, result.stderr


def unvalidated_table(edit: Callable[[dict[str, Any]], None]) -> RuleTable:
    """The shipped table as plain data, edited, and built as its compiled form is, without
    `validate`: for how the engine copes with numbers `tspain validate` refuses (a ratio of
    1e300, a finding made certain, a row a frequency overrides). No table file can hold them,
    but the engine must stay sound whatever it is given."""
    from tspain.assessment import as_json
    from tspain.compiled_form import table_from_plain
    from tspain.loading import load_table

    plain = json.loads(json.dumps(as_json(load_table())))
    edit(plain)
    return table_from_plain(plain)
