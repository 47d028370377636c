"""What checking a rule table costs, step by step: reading its TOML, typing and cross-checking
it, and the safety contract's search (`tspain.safety.contract_problems`). A maintainer's
`tspain validate` pays all three, and so does every run of a copy that is not the shipped
table; the test suite validates some 500 tampered copies, so these numbers set much of its time.

    python bench/validate.py [RUNS]
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable

from tspain.loading import default_table_path, parse_toml, read_table_bytes, validate
from tspain.safety import contract_problems


def median_ms(step: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        step()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    if sys.argv[1:2] in (["-h"], ["--help"]):
        print(__doc__)
        return
    if len(sys.argv) > 1 and not (sys.argv[1].isdigit() and int(sys.argv[1]) > 0):
        sys.exit(f"RUNS is a whole number above 0, got {sys.argv[1]!r}")
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    where = default_table_path()
    data = read_table_bytes(where)
    raw = parse_toml(where, data)
    table = validate(where, raw)
    # a copy differing in one comment, so no cached parse of the shipped bytes is reused
    fresh = iter(data + f"\n# {n}\n".encode() for n in range(runs))

    def typed() -> object:
        return validate(where, parse_toml(where, data))  # the shipped bytes: parsed once

    rows = [
        ("read the TOML (a copy's bytes)", lambda: parse_toml(where, next(fresh))),
        ("type and cross-check (the contract runs here only beside other faults)", typed),
        ("the safety contract alone", lambda: contract_problems(table)),
    ]
    for name, step in rows:
        print(f"{median_ms(step, runs):8.1f} ms  {name}")


if __name__ == "__main__":
    main()
