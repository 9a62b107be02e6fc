"""``python -m tests.robustness.soak`` (``make soak``): the robustness proofs with the long
budget, then their figures.

Runs every proof in ``tests/robustness`` (the quick ones with ``ICP_SOAK=1``, so with many more
cases, plus the soak-only ``soak_*.py``), collects the figures each proof reports and prints
them per suite. ``--scale 0.2`` shortens the run; other arguments go to pytest.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def _format(value: Any) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_format(v)}" for k, v in value.items())
    return str(value)


def report(lines: list[dict[str, Any]]) -> str:
    """The figures, one block per suite, as the README quotes them."""
    out: list[str] = []
    suites: dict[str, list[dict[str, Any]]] = {}
    for line in lines:
        suites.setdefault(str(line.pop("suite")), []).append(line)
    for suite, entries in sorted(suites.items()):
        out.append(f"{suite}:")
        out += [f"    {_format(entry)}" for entry in entries]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--scale", type=float, default=1.0, help="multiply the soak budgets (default 1.0)"
    )
    args, pytest_args = parser.parse_known_args(argv)
    with tempfile.TemporaryDirectory(prefix="icp-soak-") as folder:
        figures = Path(folder) / "figures.jsonl"
        env = dict(
            os.environ,
            ICP_SOAK="1",
            ICP_SOAK_SCALE=str(args.scale),
            ICP_ROBUSTNESS_FIGURES=str(figures),
        )
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        targets = [str(p.relative_to(ROOT)) for p in sorted(HERE.glob("test_*.py"))]
        targets += [str(p.relative_to(ROOT)) for p in sorted(HERE.glob("soak_*.py"))]
        started = time.monotonic()
        code = subprocess.call(
            [
                sys.executable,
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:cacheprovider",
                "-o",
                "timeout=3600",
                *targets,
                *pytest_args,
            ],
            cwd=ROOT,
            env=env,
        )
        elapsed = time.monotonic() - started
        lines = (
            [json.loads(line) for line in figures.read_text(encoding="utf-8").splitlines()]
            if figures.exists()
            else []
        )
    print("\n== robustness soak figures ==")
    print(report(lines))
    print(
        f"\n{len(lines)} proofs reported figures in {elapsed:.0f} s; "
        f"pytest exit code {code} ({'all passed' if code == 0 else 'FAILURES'})"
    )
    return code


if __name__ == "__main__":
    sys.exit(main())
