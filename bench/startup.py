"""Median cold-start wall time of tspain commands, next to bare Python and bare imports.

The floor is `import typer, rich, pydantic`. A one-option Typer app is timed too: it shows
what Typer itself costs (Typer 0.29 coerces every option through pydantic and took 140-150 ms
here, which is why pyproject.toml asks for typer<0.29). The shipped rule table is read from
its compiled form (data/causes.json) when the TOML is unchanged.

    python bench/startup.py [RUNS]
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def median_seconds(command: list[str], runs: int, stdin: bytes | None = None) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, input=stdin, stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    python = sys.executable
    tspain = str(Path(python).with_name("tspain"))
    with tempfile.TemporaryDirectory() as tmp:
        answers = Path(tmp) / "answers.json"
        answers.write_text(json.dumps({"age": 34, "sedentary_or_desk_work": True, "fever": False}))
        tiny = Path(tmp) / "tiny.py"
        tiny.write_text(
            "import typer\napp = typer.Typer()\n@app.command()\n"
            "def f(x: str = 'a') -> None:\n    print(x)\napp()\n"
        )
        subprocess.run([tspain, "causes"], stdout=subprocess.DEVNULL, check=True)  # warm the OS
        rows = [
            ("python -c pass", [python, "-c", "pass"]),
            (
                "python -c 'import typer, rich, pydantic' (floor)",
                [python, "-c", "import typer, rich, pydantic"],
            ),
            ("one-option Typer app (typer's own floor)", [python, str(tiny), "--x", "b"]),
            ("tspain --help", [tspain, "--help"]),
            ("tspain causes", [tspain, "causes"]),
            (
                "tspain check --answers FILE --json",
                [tspain, "check", "--answers", str(answers), "--json"],
            ),
            ("tspain check --answers FILE", [tspain, "check", "--answers", str(answers)]),
        ]
        results = [(name, median_seconds(cmd, runs)) for name, cmd in rows]
    floor, typer_floor = results[1][1], results[2][1]
    print(f"median of {runs} runs")
    for name, seconds in results:
        print(
            f"{name:52} {seconds * 1000:7.1f} ms   {seconds / floor:4.2f}x floor"
            f"   {seconds / typer_floor:4.2f}x typer floor"
        )


if __name__ == "__main__":
    main()
