"""Small helpers shared by the issue 26 tests."""

from __future__ import annotations

from conftest import make_runner

from tspain.cli import app


def runner_result(args: list[str], stdin: str | None = None) -> tuple[int, str, str]:
    result = make_runner().invoke(app, args, input=stdin)
    return result.exit_code, result.stdout, result.stderr
