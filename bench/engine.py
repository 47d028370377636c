"""Assessments per second over 10,000 random answer sets, on one core; then the public
`tspain.assess` per call in English and Spanish (a translation is checked once per table).

python bench/engine.py [N]
"""

from __future__ import annotations

import random
import sys
import time

from tspain.engine import assess
from tspain.loading import load_table
from tspain.table import Answer, RuleTable


def random_answers(table: RuleTable, rng: random.Random) -> dict[str, Answer]:
    answers: dict[str, Answer] = {}
    for qid, q in table.questions.items():
        if rng.random() < 0.3:
            continue  # unknown
        if q.type == "yesno":
            answers[qid] = rng.random() < 0.2
        elif q.type == "choice":
            answers[qid] = rng.choice(list(q.options))
        else:
            low, high = q.min or 0, min(q.max or 100, 120)
            answers[qid] = rng.randint(low, high)
    return answers


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    table = load_table()
    rng = random.Random(1)
    sets = [random_answers(table, rng) for _ in range(n)]
    assess(table, sets[0])  # compile the table once, as the CLI does
    start = time.perf_counter()
    for answers in sets:
        assess(table, answers)
    elapsed = time.perf_counter() - start
    print(f"assessments: {n}")
    print(f"seconds: {elapsed:.3f}")
    print(f"assessments per second: {n / elapsed:,.0f}")
    print(f"microseconds per assessment: {elapsed / n * 1e6:.1f}")
    import tspain  # the public call, in each language, with the table passed as api.md says

    for language in ("en", "es"):
        some = sets[: min(n, 1000)]
        refused = 0  # random sets may say yes to a question asked only after another answer
        start = time.perf_counter()  # (pregnancy's signs without pregnancy): an input error
        for answers in some:
            try:
                tspain.assess(answers, table=table, language=language)
            except tspain.AnswersError:
                refused += 1
        each = (time.perf_counter() - start) / len(some)
        print(
            f"tspain.assess, language {language}: {each * 1e3:.2f} ms per call "
            f"({refused} of {len(some)} random sets refused as contradictory)"
        )


if __name__ == "__main__":
    main()
