"""What every benchmark shares: sizes, results, statistics, processes, ports and the table."""

from __future__ import annotations

import os
import socket
import statistics
import sys
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value else default


def env_float(name: str, default: float) -> float:
    value = os.environ.get(name)
    return float(value) if value else default


@dataclass(frozen=True)
class Sizes:
    """How big and how long; ``BENCH_*`` environment variables override each one."""

    websites: int = 100_000  # BENCH_WEBSITES: websites of the big filer (lists, stall, load)
    startup_repeats: int = 15  # BENCH_STARTUP_REPEATS: runs of each program, interleaved
    list_repeats: int = 7  # BENCH_LIST_REPEATS: repeats of each table operation
    slow_delay: float = 3.0  # BENCH_SLOW_DELAY: seconds the deliberately slow server waits
    outcomes: int = 20  # BENCH_OUTCOMES: decisions timed for the notification latency
    idle_seconds: float = 30.0  # BENCH_IDLE_SECONDS: idle window for the request count
    load_seconds: float = 8.0  # BENCH_LOAD_SECONDS: each throughput run
    load_connections: int = 32  # BENCH_CONNECTIONS
    changes_per_filer: int = 64  # BENCH_CHANGES_PER_FILER: drafts per load filer (32 filers)
    listeners: int = 10_000  # BENCH_LISTENERS: idle long-polls held against the service
    listener_wait: float = 25.0  # BENCH_LISTENER_WAIT: their long-poll wait (the app's)
    postgres: bool = True  # BENCH_POSTGRES=0 skips the PostgreSQL runs

    @classmethod
    def from_env(cls) -> Sizes:
        d = cls()
        return cls(
            websites=env_int("BENCH_WEBSITES", d.websites),
            startup_repeats=env_int("BENCH_STARTUP_REPEATS", d.startup_repeats),
            list_repeats=env_int("BENCH_LIST_REPEATS", d.list_repeats),
            slow_delay=env_float("BENCH_SLOW_DELAY", d.slow_delay),
            outcomes=env_int("BENCH_OUTCOMES", d.outcomes),
            idle_seconds=env_float("BENCH_IDLE_SECONDS", d.idle_seconds),
            load_seconds=env_float("BENCH_LOAD_SECONDS", d.load_seconds),
            load_connections=env_int("BENCH_CONNECTIONS", d.load_connections),
            changes_per_filer=env_int("BENCH_CHANGES_PER_FILER", d.changes_per_filer),
            listeners=env_int("BENCH_LISTENERS", d.listeners),
            listener_wait=env_float("BENCH_LISTENER_WAIT", d.listener_wait),
            postgres=os.environ.get("BENCH_POSTGRES", "1") not in ("0", "", "no"),
        )


@dataclass
class Result:
    """One row of the final table.

    ``figure`` and ``baseline`` are in ``unit``; ``ratio`` is figure / baseline. ``target`` is
    a text such as ``"≤ 16 ms"``; ``met`` is None when the row is informative only.
    """

    benchmark: str
    figure: float
    baseline: float
    unit: str
    target: str = ""
    met: bool | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def ratio(self) -> float:
        return self.figure / self.baseline if self.baseline else float("inf")


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values)) if values else float("nan")


def percentile(values: Iterable[float], pct: float) -> float:
    """Nearest-rank percentile (``pct`` in 0..100)."""
    data = sorted(values)
    if not data:
        return float("nan")
    rank = max(1, min(len(data), round(pct / 100 * len(data) + 0.5)))
    return float(data[rank - 1])


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def rss_mib() -> float:
    """This process's resident memory now (Linux ``/proc``), in MiB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def work_dir(prefix: str) -> Path:
    """A fresh temporary directory for one benchmark's data."""
    return Path(tempfile.mkdtemp(prefix=f"icp-bench-{prefix}-"))


def clean_env(home: Path) -> dict[str, str]:
    """The environment for a child app process: offscreen Qt, its own HOME and XDG dirs."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ICP_", "XDG_"))}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_STATE_HOME=str(home / "state"),
        PYTHONPATH=os.pathsep.join([str(REPO), *filter(None, [os.environ.get("PYTHONPATH")])]),
    )
    return env


def fmt(value: float, unit: str) -> str:
    if value != value:  # NaN
        return "n/a"
    if unit in ("req/s", "ops/s", "req/min"):
        return f"{value:,.0f} {unit}" if value >= 100 else f"{value:.1f} {unit}"
    if unit == "MiB":
        return f"{value:.0f} MiB"
    if unit == "errors":
        return f"{value:,.0f} {unit}"
    return f"{value:.1f} {unit}" if value < 100 else f"{value:.0f} {unit}"


def table(results: Sequence[Result]) -> str:
    """The final table: benchmark | figure | baseline | ratio | target | met?"""
    header = ("benchmark", "figure", "baseline", "ratio", "target", "met?")
    rows = [header]
    for r in results:
        met = "—" if r.met is None else ("yes" if r.met else "NO")
        ratio = f"{r.ratio:.2f}×" if r.baseline == r.baseline and r.baseline else "—"
        rows.append(
            (
                r.benchmark,
                fmt(r.figure, r.unit),
                fmt(r.baseline, r.unit) if r.baseline == r.baseline else "—",
                ratio,
                r.target or "—",
                met,
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = [
        "| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |"
        for row in rows
    ]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def say(text: str) -> None:
    """Progress on stderr, so stdout keeps the figures and the table."""
    print(text, file=sys.stderr, flush=True)


def report(result: Result) -> Result:
    """Print one result as soon as it is measured (figure, baseline and ratio)."""
    met = "" if result.met is None else ("  target met" if result.met else "  TARGET MISSED")
    print(
        f"{result.benchmark}: {fmt(result.figure, result.unit)} vs baseline "
        f"{fmt(result.baseline, result.unit)} = {result.ratio:.2f}× ({result.target or 'info'})"
        f"{met}",
        flush=True,
    )
    for note in result.notes:
        print(f"    {note}", flush=True)
    return result
