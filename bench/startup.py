"""Start-up: ``python -m icp_desktop --quit-after-startup`` against an empty PySide6 window.

Both run as fresh processes with ``QT_QPA_PLATFORM=offscreen`` and their own empty HOME, many
times, interleaved, so a slow moment of the machine hits both alike. ``--server`` points at a
loopback port, so no embedded service is started (nothing connects before the first paint).
"""

from __future__ import annotations

import resource
import subprocess
import sys
import time

from bench.common import REPO, Result, Sizes, clean_env, free_port, median, report, say, work_dir

TARGET = 1.25


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _run(cmd: list[str], env: dict[str, str], cpu: list[float] | None = None) -> float:
    cpu_before = _cpu()
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, cwd=REPO, capture_output=True, timeout=60, check=False)
    elapsed = (time.perf_counter() - start) * 1000
    if cpu is not None:
        cpu.append((_cpu() - cpu_before) * 1000)
    if done.returncode != 0:
        raise RuntimeError(f"{cmd} exited {done.returncode}: {done.stderr.decode()[-2000:]}")
    return elapsed


def run(sizes: Sizes) -> list[Result]:
    home = work_dir("startup")
    env = clean_env(home)
    app = [
        sys.executable,
        "-m",
        "icp_desktop",
        "--quit-after-startup",
        "--lang",
        "en",
        "--server",
        f"http://127.0.0.1:{free_port()}",
    ]
    empty = [sys.executable, "-m", "bench.empty_window"]
    say(f"start-up: {sizes.startup_repeats} runs of each, interleaved")
    _run(app, env)  # warm the file cache and write the bytecode once
    _run(empty, env)
    app_ms: list[float] = []
    empty_ms: list[float] = []
    app_cpu: list[float] = []
    empty_cpu: list[float] = []
    for i in range(sizes.startup_repeats):
        pair = [(app, app_ms, app_cpu), (empty, empty_ms, empty_cpu)]
        for cmd, into, cpu in pair if i % 2 == 0 else reversed(pair):
            into.append(_run(cmd, env, cpu))
    figure, baseline = median(app_ms), median(empty_ms)
    result = Result(
        "start-up to sign-in window (median)",
        figure,
        baseline,
        "ms",
        target=f"≤ {TARGET}×",
        met=figure / baseline <= TARGET,
    )
    result.notes.append(f"app runs (ms): {', '.join(f'{v:.0f}' for v in sorted(app_ms))}")
    result.notes.append(
        f"empty window runs (ms): {', '.join(f'{v:.0f}' for v in sorted(empty_ms))}"
    )
    result.notes.append(
        f"CPU time (user+sys, median): app {median(app_cpu):.0f} ms, empty window "
        f"{median(empty_cpu):.0f} ms = {median(app_cpu) / median(empty_cpu):.2f}× "
        "(less sensitive to a busy machine than the wall-clock figure)"
    )
    return [report(result)]
