"""Smoke run of ``python -m bench``: every benchmark runs on tiny sizes and reports.

Not a timed test: nothing here asserts a speed. It checks that each benchmark finishes, prints
each figure with its baseline and ratio, and ends with the table, so ``make bench`` cannot rot
unnoticed between runs.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.ci import missing_dependency
from tests.helpers.postgres import find_bindir

REPO = Path(__file__).resolve().parents[2]

TINY = {
    "BENCH_WEBSITES": "300",
    "BENCH_STARTUP_REPEATS": "2",
    "BENCH_LIST_REPEATS": "2",
    "BENCH_SLOW_DELAY": "0.5",
    "BENCH_OUTCOMES": "3",
    "BENCH_IDLE_SECONDS": "2",
    "BENCH_LOAD_SECONDS": "1",
    "BENCH_CONNECTIONS": "4",
    "BENCH_CHANGES_PER_FILER": "4",
    "BENCH_BATCH": "10",
}

# benchmark -> how many result lines it prints
EXPECTED = {"startup": 1, "lists": 4, "stall": 4, "notify": 2, "throughput": 6, "batch": 2}

RESULT_LINE = re.compile(
    r"^(?P<name>[^\n]+?): (?P<figure>[\d.,]+ \S+) vs baseline "
    r"(?P<baseline>[\d.,]+ \S+) = (?P<ratio>[\d.]+)×",
    re.MULTILINE,
)


def run_bench(name: str, extra_env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **TINY, **extra_env, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "bench", name],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )


@pytest.mark.timeout(300)
@pytest.mark.parametrize("name", list(EXPECTED))
def test_benchmark_prints_figures_ratios_and_table(name: str) -> None:
    extra = {"BENCH_POSTGRES": "0"}
    if name == "throughput":
        if find_bindir() is None:
            missing_dependency("PostgreSQL server programs (initdb, pg_ctl) for the benchmark")
        extra["BENCH_POSTGRES"] = "1"
    done = run_bench(name, extra)
    assert done.returncode == 0, f"stdout:\n{done.stdout}\nstderr:\n{done.stderr[-4000:]}"
    results = list(RESULT_LINE.finditer(done.stdout))
    expected = EXPECTED[name] * (2 if name == "throughput" else 1)
    assert len(results) == expected, done.stdout
    for match in results:  # a figure, a baseline and their ratio, all numbers
        assert float(match["ratio"]) >= 0, match.group(0)
        assert float(match["baseline"].split()[0].replace(",", "")) > 0, match.group(0)
    header = "| benchmark"
    assert header in done.stdout and "| figure" in done.stdout and "| met? |" in done.stdout
    table_rows = [
        line
        for line in done.stdout.splitlines()
        if line.startswith("| ") and not line.startswith(header)
    ]
    assert len(table_rows) == expected, done.stdout
    assert f"{expected} figures in" in done.stdout


def test_unknown_benchmark_is_refused() -> None:
    done = run_bench("no-such-benchmark", {})
    assert done.returncode == 2
    assert "unknown benchmark no-such-benchmark" in done.stderr
