"""Shared fixtures: the shipped rule table, a CLI runner, the case library."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import typer.testing
from hypothesis import settings
from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent))
# pytest caches each test module as rewritten for its asserts (in tests/__pycache__, ignored by
# git) only while Python may write bytecode: where PYTHONDONTWRITEBYTECODE is set, as on these
# machines, every run rewrote all 80 modules in each worker, 4 s of every run's minute.
sys.dont_write_bytecode = False

from caselib import Case, load_cases, run_cases, summary  # noqa: E402

from tspain.loading import load_table  # noqa: E402
from tspain.table import RuleTable  # noqa: E402

_TABLE = load_table()

# `CliRunner.invoke` builds the click command from the Typer app on every call (5 ms of
# introspection, some 900 times a run); `tspain` builds it once per process. The same command is
# built each time, so the runner is given it once, built as typer builds it.
typer.testing._get_command = functools.cache(typer.testing._get_command)  # type: ignore[attr-defined]
_CASES = load_cases(_TABLE)


# Hypothesis profiles, chosen by HYPOTHESIS_PROFILE (or pytest's --hypothesis-profile):
# - "ci" (.ci/run): every example each property asks for, a fresh random seed each run;
# - "dev" (the default): a quarter of them, the same ones every run (derandomize).
# Neither keeps a database: a failure found once is not replayed silently on every later run,
# blocking work it has nothing to do with; each prints how to reproduce it (print_blob), so a
# flake found in CI is reported, not hidden. A dev run is deterministic: it fails only when the
# code (or Hypothesis) changes, and `HYPOTHESIS_PROFILE=ci pytest` searches afresh.
settings.register_profile("ci", database=None, print_blob=True)
settings.register_profile("dev", max_examples=25, derandomize=True, database=None, print_blob=True)
MUTATION_RUN = os.environ.get("TSPAIN_MUTATION_RUN") == "1"
"""Set by bench/mutation.sh: property tests then try a fifth of their examples, so that a run
over some 2,600 mutants fits in an hour (most mutants fall to the first few examples). It keeps
Hypothesis's own "default" profile, as before the profiles: random examples, and a database
through which an example that killed one mutant is tried first on the next."""

settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default" if MUTATION_RUN else "dev"))

FULL_EXAMPLES = settings.get_profile("ci").max_examples


def examples(n: int) -> int:
    """How many examples a property test tries: n in the "ci" profile, scaled down in the same
    proportion as the profile's own max_examples in "dev" (a quarter), a fifth of n in a
    mutation run; never fewer than 10."""
    if MUTATION_RUN:
        return max(n // 5, 10)
    return max(n * settings.default.max_examples // FULL_EXAMPLES, 10)


def shipped_toml() -> dict[str, Any]:
    """The shipped rule table as its TOML says, read with `tomllib`, with each list name in a
    combined condition's `of` replaced by that list's conditions (README: "a name in `of` stands
    for every condition of the list of that name") and `[lists]` taken out: what tests use as a
    reference written apart from the engine."""
    import tomllib

    from tspain.paths import default_table_path

    raw: dict[str, Any] = tomllib.loads(default_table_path().read_text(encoding="utf-8"))
    lists = raw.pop("lists", {})

    def splice(when: dict[str, Any]) -> None:
        count = when.get("count")
        if isinstance(count, dict):
            count["of"] = [
                item
                for part in count["of"]
                for item in (lists[part] if isinstance(part, str) else [part])
            ]

    for sign in raw["warning_signs"]:
        splice(sign["when"])
    for cause in raw["causes"].values():
        for row in cause.get("evidence", []) + cause.get("frequencies", []):
            splice(row["when"])
    return raw


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--case-library",
        action="store_true",
        help="print the case library's agreement figures after the run (as bench/cases.py does)",
    )


@pytest.fixture(autouse=True)
def english_unless_asked(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test starts in English whatever the machine's locale, and a test that switched
    language (a CLI run with --lang es) leaves none behind."""
    from tspain import i18n, session

    session.vocabulary.cache_clear()  # each test reads the words of its own language afresh
    for var in ("TSPAIN_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    i18n.use("en")
    yield
    i18n.use("en")


def shown_table() -> RuleTable:
    """The shipped table in the language spoken now, as the interview shows it (the lists'
    words are read from it)."""
    from tspain.i18n import translated_table

    return translated_table(_TABLE)


@pytest.fixture(scope="session")
def table() -> RuleTable:
    return _TABLE


@pytest.fixture(scope="session")
def cases() -> list[Case]:
    return _CASES


@pytest.fixture(autouse=True, scope="session")
def closing_an_ended_child_without_a_pause() -> Iterator[None]:
    """pexpect's `close()` sleeps 0.1 s before it looks whether the child has exited, then
    kills it if not: some 30 closes a run. A child that has reached the end of its output is
    exiting: it is waited for (its exit status as it gave it), then closed with no pause. A
    child still running is closed as pexpect closes it."""
    try:
        import pexpect
    except ImportError:  # the terminal tests skip
        yield
        return
    original = pexpect.spawn.close

    def close(self: Any, force: bool = True) -> None:
        if self.flag_eof and not self.closed and not self.terminated:
            self.wait()
            self.ptyproc.delayafterclose = 0
        original(self, force)

    pexpect.spawn.close = close
    yield
    pexpect.spawn.close = original


def as_at_a_terminal() -> None:
    """`preexec_fn` for a pexpect child, before tspain starts: Ctrl-C interrupts, as at any
    terminal. A test run started in the background (`pytest &` from a script, as the sdist's lane
    of .ci/run is) ignores SIGINT, and a child inherits an ignored signal, so Ctrl-C would do
    nothing and the test would wait for its timeout (unless an earlier test in the same process
    happened to install a SIGINT handler, which a child does not inherit: a flaky failure)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)


def control_at_the_prompt(child: Any, key: str = "c") -> None:
    """Ctrl-`key` (Ctrl-C unless told) to a pexpect child once it waits for a line, not merely
    once its prompt is on the screen. CPython's `input()` with line editing shows the prompt,
    then waits in `select`; a SIGINT landing between the two can be noted yet wake nothing, and
    the child waits for a key (a person presses Ctrl-C again; a test here waited its 60 s once,
    under load, in the twentieth session). On Linux the child's wait channel says when it
    waits; elsewhere a short pause."""
    import time

    wchan = Path(f"/proc/{child.pid}/wchan")
    for _ in range(1000):
        try:
            if any(w in wchan.read_text() for w in ("poll", "select", "n_tty_read", "wait_woken")):
                break
        except OSError:  # not Linux: no such file
            time.sleep(0.5)
            break
        time.sleep(0.01)
    child.sendcontrol(key)


def make_runner() -> CliRunner:
    """stdout and stderr apart, on every click the pyproject allows (click < 8.2 mixes them
    unless told not to; 8.2 removed the option and always keeps them apart)."""
    try:
        return CliRunner(mix_stderr=False)  # type: ignore[call-arg]
    except TypeError:
        return CliRunner()


@pytest.fixture
def runner() -> CliRunner:
    return make_runner()


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, config: pytest.Config
) -> None:
    """With --case-library, print the case library's agreement figures after the run (CI
    asks for them; the tests that hold the figures run either way)."""
    if not config.getoption("--case-library"):
        return
    s = summary(run_cases(_TABLE, _CASES))
    terminalreporter.write_sep("-", "case library")
    terminalreporter.write_line(
        f"{s['cases']:.0f} cases: triage agreement {s['triage_agreement']:.0%}, "
        f"top-1 {s['top1']:.0%}, top-3 {s['top3']:.0%}, "
        f"under-triaged emergencies {s['under_triaged_emergencies']:.0f}"
    )


@pytest.fixture
def i18n_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the shipped translations, used in place of them: its Spanish table texts."""
    import shutil

    from tspain import i18n

    copy = tmp_path / "i18n"
    shutil.copytree(Path(__file__).resolve().parent.parent / "data" / "i18n", copy)
    monkeypatch.setattr(i18n, "i18n_dir", lambda: copy)
    return copy / "es" / "table.toml"


def at_an_80_by_24_terminal() -> Any:
    """The result printed as to an 80x24 terminal, in process (CliRunner's stdout is a pipe,
    whose result is whole: a pipe or a file has no screen to fit)."""
    import sys
    from unittest import mock

    from rich.console import Console

    def terminal() -> Console:
        return Console(file=sys.stdout, width=80, height=24, force_terminal=True, color_system=None)

    return mock.patch("tspain.render.output", terminal)
