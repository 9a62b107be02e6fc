"""``python -m bench [NAME ...]``: run the benchmarks (all by default) and print the table."""

from __future__ import annotations

import argparse
import importlib
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
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("names", nargs="*", choices=[*BENCHMARKS, []],
                        help="benchmarks to run (default: all)")
    args = parser.parse_args(argv)
    names = args.names or list(BENCHMARKS)
    sizes = Sizes.from_env()
    results: list[Result] = []
    failed: list[str] = []
    started = time.monotonic()
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
    print(f"\n{len(results)} figures in {time.monotonic() - started:.0f} s"
          + (f"; FAILED to run: {', '.join(failed)}" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
