"""A quick estimate of the mutation score: a random sample of mutants, each run against the test
files of its own module (bench/mutation.sh runs every mutant against every test that reaches
it, which takes hours for engine.py and choice.py on 2 cores).

Run `bash bench/mutation.sh` at least until mutmut has written `mutants/` (its first minutes),
then:

    python bench/mutation_sample.py [N per module] [module ...]

Prints each survivor with what it changed, and the share killed per module. A mutant counts as
killed when a test fails or the run takes over 5 minutes (an endless loop)."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MUTANTS = ROOT / "mutants"
SLOW = [  # as [tool.mutmut] in pyproject.toml: every test but these five, slow-marked ones too
    "-m",
    "slow or not slow",
] + [
    "--deselect=tests/test_interview.py::" + name
    for name in (
        "test_asks_far_fewer_questions_than_the_table_has",
        "test_the_interview_keeps_the_serious_list_of_non_emergencies",
        "test_median_questions_stay_at_ten_or_fewer",
        "test_no_case_is_triaged_lower_than_with_all_questions",
        "test_stopping_early_never_changes_the_triage_level_on_random_people",
    )
]
TESTS = {
    "engine": [
        "test_engine.py", "test_differential.py", "test_condition_oracle.py",
        "test_case_library.py", "test_result_shape.py", "test_advice_merge.py",
        "test_report.py", "test_cli.py",
    ],
    "choice": ["test_stop_rule.py", "test_interview.py", "test_session_flow.py", "test_cli.py"],
    "interview": [
        "test_interview.py", "test_interview_back.py", "test_session_flow.py", "test_cli.py",
    ],
    "session": ["test_session_exact.py", "test_session_flow.py", "test_typed_answers.py",
                "test_i18n.py", "test_cli.py"],
    "answers": ["test_answers_exact.py", "test_hostile_input.py", "test_cli.py"],
    "answers_file": ["test_answers_exact.py", "test_hostile_input.py", "test_cli.py"],
    "saving": ["test_saving_exact.py", "test_saving.py", "test_report.py"],
}  # fmt: skip


def names(module: str) -> list[str]:
    meta = MUTANTS / "src" / "tspain" / f"{module}.py.meta"
    return sorted(json.loads(meta.read_text())["exit_code_by_key"])


def run(name: str, module: str) -> tuple[str, bool]:
    files = [f"tests/{f}" for f in TESTS[module]]
    env = {**os.environ, "MUTANT_UNDER_TEST": name, "PYTHONPATH": "src", "TSPAIN_MUTATION_RUN": "1"}
    try:
        done = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", *files, *SLOW],
            cwd=MUTANTS,
            env=env,
            capture_output=True,
            timeout=300,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return name, True
    return name, done.returncode != 0


def main() -> None:
    per_module = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    modules = sys.argv[2:] or list(TESTS)
    rng = random.Random(2026)
    jobs = [(n, m) for m in modules for n in rng.sample(names(m), min(per_module, len(names(m))))]
    with ThreadPoolExecutor(max_workers=int(os.environ.get("JOBS", "2"))) as pool:
        results = list(pool.map(lambda job: run(*job), jobs))
    for module in modules:
        mine = [(n, k) for (n, k), (_, m) in zip(results, jobs, strict=True) if m == module]
        killed = sum(k for _, k in mine)
        print(f"{module}: {killed} of {len(mine)} killed ({killed / max(len(mine), 1):.0%})")
        for n, k in mine:
            if not k:
                print(f"  survived: {n}")
    total = sum(k for _, k in results)
    print(f"all: {total} of {len(results)} killed ({total / max(len(results), 1):.0%})")


if __name__ == "__main__":
    main()
