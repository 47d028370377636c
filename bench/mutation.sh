#!/usr/bin/env bash
# Mutation testing (issue 12): how much of the logic can be broken without a test noticing.
# Mutates the modules listed under [tool.mutmut] in pyproject.toml (scoring, question choice,
# the interview, typed answers, answer files, saving), runs the tests against each mutant, and
# prints the share killed. Slow (hours; engine, choice and interview alone took 1 h 40 min on
# 2 cores), so not part of CI.
# Usage: bash bench/mutation.sh [extra mutmut run arguments, e.g. a mutant name glob]
# Survivors: `mutmut results`, `mutmut show NAME`; the explained ones are in docs/mutation.md.
set -euo pipefail
cd "$(dirname "$0")/.."
py=${PYTHON:-.venv/bin/python}
export TSPAIN_MUTATION_RUN=1  # property tests try a fifth of their examples (tests/conftest.py)
"$py" -m mutmut run --max-children "${JOBS:-2}" "$@" >/dev/null 2>&1 || true
"$py" - <<'PY'
import collections, json, pathlib
from mutmut.stats import status_by_exit_code  # mutmut's own reading of each exit code

counts = collections.Counter()
for meta in pathlib.Path("mutants").rglob("*.meta"):
    for code in json.loads(meta.read_text())["exit_code_by_key"].values():
        counts[status_by_exit_code[code]] += 1
total = sum(counts.values())
print(f"mutants: {total}")
for status, n in counts.most_common():
    print(f"  {status}: {n}")
checked = total - counts["not checked"] - counts["skipped"]
killed = counts["killed"] + counts["timeout"] + counts["caught by type check"]
print(f"killed: {killed} of {checked} checked = {killed / max(checked, 1):.1%}")
PY
