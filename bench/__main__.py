"""``python -m bench [NAME ...]``: run the benchmarks (all by default) and print the table."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import time
import traceback

from bench.common import Result, Sizes, say, table

BENCHMARKS = {
    "startup": "bench.startup",
    "lists": "bench.large_lists",
    "stall": "bench.stall",
    "notify": "bench.notify",
    "throughput": "bench.throughput",
    "listeners": "bench.listeners",
    "batch": "bench.batch",
}


def load_average() -> str:
    try:
        return " ".join(f"{v:.1f}" for v in os.getloadavg())
    except OSError:
        return "unknown"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument(
        "names",
        nargs="*",
        metavar="NAME",
        help=f"benchmarks to run (default: all): {', '.join(BENCHMARKS)}",
    )
    args = parser.parse_args(argv)
    unknown = [n for n in args.names if n not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark {', '.join(unknown)}; choose from {', '.join(BENCHMARKS)}")
    names = args.names or list(BENCHMARKS)
    sizes = Sizes.from_env()
    results: list[Result] = []
    failed: list[str] = []
    started = time.monotonic()
    say(f"load average at the start: {load_average()}")
    for name in names:
        say(f"== {name}")
        t0 = time.monotonic()
        try:
            module = importlib.import_module(BENCHMARKS[name])
            results.extend(module.run(sizes))
        except Exception:
            traceback.print_exc()
            failed.append(name)
        say(f"== {name} took {time.monotonic() - t0:.0f} s")
    print()
    print(table(results))
    missed = [r.benchmark for r in results if r.met is False]
    print(
        f"\ntargets met: {sum(1 for r in results if r.met)} of "
        f"{sum(1 for r in results if r.met is not None)}"
        + (f"; missed: {'; '.join(missed)}" if missed else "")
    )
    print(
        f"machine: {os.cpu_count()} CPUs, load average {load_average()} at the end; "
        "ratios are measured in the same run, absolute times depend on the machine"
    )
    print(
        f"{len(results)} figures in {time.monotonic() - started:.0f} s"
        + (f"; FAILED to run: {', '.join(failed)}" if failed else "")
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
