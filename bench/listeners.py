"""Thousands of desktop apps online: idle long-polls against the real service.

On one service process on SQLite, and on two processes sharing one PostgreSQL database (the
crowd split between them, as behind a load balancer), each run as ``icp-filing-server serve``
runs (open-files limit raised, uvicorn backlog and keep-alive as in production):

1. **0 listeners** (the baseline): the service's CPU while idle; then one filer creating,
   submitting and withdrawing a change back to back while reviewers long-poll, on the same
   process and (PostgreSQL) on the other: write cycles per second, and how long after a
   submission was sent its ``queue.changed`` reached each reviewer (p95).
2. **N listeners** (``BENCH_LISTENERS``, 10,000): ``bench.crowd`` opens one connection per
   simulated app (an account of its own, no events for it) and holds its long-poll. Resident
   memory per listener; the service's CPU while they all wait (a window before their first
   renewal); the CPU once they renew every ``BENCH_LISTENER_WAIT`` seconds (25, the app's);
   then the same writing run as in 1, with every listener renewing.
3. **A restart under N clients**: every service process gets SIGTERM (its waiting polls are
   answered), starts again; the apps come back with the app's jittered backoff. How long until
   every long-poll waits again, the busiest second, and the service's CPU for it.

Listener errors are answers other than 200 and connections lost while the service was up.
"""

from __future__ import annotations

import socket
import threading
import time
from collections import Counter
from dataclasses import replace
from typing import Any

from bench.common import Result, Sizes, percentile, report, say, work_dir
from bench.crowd_seed import seed_crowd
from bench.databases import login, postgres_cluster
from bench.listener_parts import (
    CpuWindow,
    CrowdProcess,
    Watcher,
    postgres_pids,
    rss_kib,
    settle,
    write_cycles,
)
from bench.seeding import REVIEWER, load_filer, seed_elsewhere

IDLE_CPU_TARGET = 2.0  # % of one core
WRITE_TARGET = 0.9  # × the rate with no listeners
SAME_PROCESS_P95 = 100.0  # ms
CROSS_PROCESS_P95 = 250.0  # ms
MEMORY_TARGET = 20.0  # KiB per listener


def _servers(kind: str, data: Any, url: str | None) -> list[Any]:
    from tests.helpers.live_server import LiveServer

    count = 2 if kind == "postgresql" else 1
    return [
        LiveServer(
            data.data_dir / f"process-{i}",
            database_url=url or f"sqlite:///{data.data_dir / 'filing.sqlite3'}",
            demo=False,
        ).start()
        for i in range(count)
    ]


def _writing(servers: list[Any], seconds: float) -> tuple[float, list[float], list[float]]:
    """Write cycles per second and the reviewers' latencies (same process, other process),
    from the submission's answer (the commit is done by then; a notification that came
    first counts as 0)."""
    url = servers[0].url
    reviewer = [Watcher(s.url, login(s.url, REVIEWER)["token"]) for s in servers]
    for w in reviewer:
        w.start()
    time.sleep(0.3)
    cycles, took, sent = write_cycles(url, login(url, load_filer(0))["token"], seconds)
    time.sleep(1.0)  # the last submission's notification
    for w in reviewer:
        w.finish()
    lat = [
        [max(0.0, (w.arrived[c] - t[1]) * 1000) for c, t in sent.items() if c in w.arrived]
        for w in reviewer
    ]
    missing = sum(len(sent) - len(x) for x in lat)
    if missing:
        say(f"listeners: {missing} submissions never reached a reviewer")
    return cycles / took, lat[0], lat[1] if len(lat) > 1 else []


def run_one(kind: str, sizes: Sizes) -> list[Result]:
    n, wait = sizes.listeners, sizes.listener_wait
    first_wait = min(30.0, wait + 5)  # nobody renews before this: the idle window
    window = min(sizes.idle_seconds, 10.0)
    data = seed_elsewhere(
        work_dir(f"listeners-{kind}"),
        postgres_cluster().new_database("listeners") if kind == "postgresql" else None,
        replace(sizes, websites=10, changes_per_filer=4),
    )
    tokens = seed_crowd(data.data_dir, data.database_url, n)
    servers = _servers(kind, data, data.database_url)
    pids = [s.process.pid for s in servers]
    pg = postgres_pids(postgres_cluster().datadir) if kind == "postgresql" else []
    crowd: CrowdProcess | None = None
    label = f"{kind}, {len(servers)} process{'es' if len(servers) > 1 else ''}"
    try:
        _writing(servers, 1.0)  # warm up
        say(
            f"listeners/{label}: 0 listeners, idle {window:.0f} s then writing "
            f"{sizes.load_seconds:.0f} s"
        )
        time.sleep(1.5)
        idle0 = CpuWindow(pids).start()
        time.sleep(window)
        idle0.stop()
        rate0, same0, cross0 = _writing(servers, sizes.load_seconds)
        rss0 = [rss_kib(p) for p in pids]

        say(f"listeners/{label}: {n:,} listeners connecting")
        ramp = CpuWindow(pids).start()
        crowd = CrowdProcess(
            [("127.0.0.1", s.port) for s in servers], tokens, first_wait=first_wait, wait=wait
        )
        status = crowd.until_all_wait(first_wait - 2)
        settle(pids, timeout=max(1.0, first_wait - 8 - (time.monotonic() - ramp.started)))
        ramp.stop()
        ready_at = time.monotonic()
        if status["waiting"] < n:
            say(f"listeners: only {status['waiting']} of {n} waiting: {status}")
        time.sleep(1.0)
        rss_n = [rss_kib(p) for p in pids]
        per_listener = (sum(rss_n) - sum(rss0)) / max(1, status["waiting"])
        idle_window = max(1.0, min(window, first_wait - ramp.seconds - 3))
        idle_n = CpuWindow(pids).start()
        idle_pg = CpuWindow(pg).start()
        time.sleep(idle_window)
        idle_n.stop()
        idle_pg.stop()
        # Writing while they only wait, if the run fits before their first renewal.
        hold_rate = float("nan")
        if ready_at + first_wait - 3 - time.monotonic() >= sizes.load_seconds + 1.5:
            hold_rate = _writing(servers, sizes.load_seconds)[0]
        # Past the first renewals, which come all at once; the next ones are spread.
        time.sleep(max(0.0, ready_at + first_wait + 2 - time.monotonic()))
        say(f"listeners/{label}: renewing every {wait:.0f} s; CPU {window:.0f} s, then writing")
        answered0 = crowd.ask()["answered"]
        steady = CpuWindow(pids).start()
        time.sleep(window)
        steady.stop()
        renewals = (crowd.ask()["answered"] - answered0) / steady.seconds
        rate_n, same_n, cross_n = _writing(servers, sizes.load_seconds)
        before_restart = crowd.ask("mark")

        say(f"listeners/{label}: restarting the service under {n:,} clients")
        stopped_at = time.monotonic()
        for s in servers:
            s.stop()
        stopping = time.monotonic() - stopped_at
        starting = [threading.Thread(target=s.start) for s in servers]
        for t in starting:
            t.start()
        up_at = until_listening([s.port for s in servers])
        pids = [s.process.pid for s in servers]
        reconnect = CpuWindow(pids).start()
        back = crowd.until_all_wait(120)
        reconnect.stop()
        for t in starting:
            t.join(60)
        after = crowd.ask()
        restart = _restart_notes(back, up_at - stopped_at, n)
        final = crowd.ask()
        crowd.stop()
        crowd = None
        # The baseline once more, the crowd gone: the machine drifts (it is shared), so the
        # runs with listeners are compared with the mean of one before and one after them.
        settle(pids)
        rate0b, same0b, cross0b = _writing(servers, sizes.load_seconds)
    finally:
        if crowd is not None:
            crowd.stop()
        for s in servers:
            s.stop()
    rate0a, rate0 = rate0, (rate0 + rate0b) / 2
    same0, cross0 = same0 + same0b, cross0 + cross0b
    per_renewal = 10 * (steady.percent - idle0.percent) / max(renewals, 1e-9)
    errors = (
        sum(final["bad"].values())
        + before_restart["failures"]
        + (final["failures"] - after["failures"])
    )
    return [
        Result(
            f"listeners/{label}: idle CPU with {n:,} listeners",
            idle_n.percent,
            idle0.percent,
            "% core",
            target=f"≤ {IDLE_CPU_TARGET:.0f} % of a core",
            met=idle_n.percent <= IDLE_CPU_TARGET,
            notes=[
                f"service CPU over {idle_n.seconds:.0f} s while all {n:,} wait (before "
                f"their first renewal); baseline: the same with none"
                + (f"; PostgreSQL's own processes {idle_pg.percent:.1f} %" if pg else ""),
                f"connecting them took {ramp.seconds:.1f} s and {ramp.cpu:.1f} s of "
                f"service CPU ({1e3 * ramp.cpu / n:.2f} ms per app: sign-in check, "
                f"quick poll, long-poll)",
                *_limits(servers),
            ],
        ),
        Result(
            f"listeners/{label}: CPU with {n:,} listeners renewing every {wait:.0f} s",
            steady.percent,
            idle0.percent,
            "% core",
            notes=[
                f"{renewals:.0f} renewals/s; {per_renewal:.2f} ms of CPU per renewal "
                f"(each long-poll answered empty and sent again)"
            ],
        ),
        Result(
            f"listeners/{label}: write cycles/s with {n:,} listeners",
            rate_n,
            rate0,
            "ops/s",
            target=f"≥ {WRITE_TARGET}×",
            met=rate_n >= WRITE_TARGET * rate0,
            notes=[
                "one filer: create, submit, withdraw, back to back; the listeners "
                "renewing meanwhile; baseline: the same run with none (mean of "
                f"{rate0a:.1f} before and {rate0b:.1f} after the crowd)",
                f"while they only waited (no renewal during the run): {hold_rate:.1f} "
                f"cycles/s = {hold_rate / rate0:.2f}×",
            ],
        ),
        _latency(
            f"listeners/{label}: reviewer hears a submission, same process (p95)",
            same_n,
            same0,
            SAME_PROCESS_P95,
        ),
        *(
            [
                _latency(
                    f"listeners/{label}: reviewer hears a submission, other process (p95)",
                    cross_n,
                    cross0,
                    CROSS_PROCESS_P95,
                )
            ]
            if cross_n
            else []
        ),
        Result(
            f"listeners/{label}: resident memory per listener",
            per_listener,
            MEMORY_TARGET,
            "KiB",
            target=f"≤ {MEMORY_TARGET:.0f} KiB",
            met=per_listener <= MEMORY_TARGET,
            notes=[
                f"service RSS {sum(rss0) / 1024:.0f} MiB before, {sum(rss_n) / 1024:.0f}"
                f" MiB with {status['waiting']:,} waiting; baseline: the budget"
            ],
        ),
        Result(
            f"listeners/{label}: listener errors",
            errors,
            n,
            "errors",
            target="0",
            met=errors == 0,
            notes=[
                f"answers by status {final['statuses']}; not 200: {final['bad'] or 0}; "
                f"connections lost while the service was up: "
                f"{before_restart['failures'] + final['failures'] - after['failures']}"
            ],
        ),
        Result(
            f"listeners/{label}: restart, until all {n:,} wait again",
            restart[0],
            up_at - stopped_at,
            "s",
            notes=[
                *restart[1],
                f"service CPU meanwhile {reconnect.cpu:.1f} s "
                f"({1e3 * reconnect.cpu / n:.2f} ms per app); baseline: the restart "
                f"itself (SIGTERM until the port accepts again: {stopping:.1f} s to stop, "
                f"the rest to migrate-check and start)",
            ],
        ),
    ]


def _limits(servers: list[Any]) -> list[str]:
    """What each service process said in its log about the connections it can hold."""
    found = []
    for s in servers:
        for line in s.output().splitlines():
            if "open-files limit" in line:
                found.append("service log: " + line.split(": ", 1)[-1])
                break
    return found[:1]


def until_listening(ports: list[int], timeout: float = 60.0) -> float:
    """When every port accepts connections again (its process serves; the apps' storm of
    reconnections would delay an HTTP health check)."""
    deadline = time.monotonic() + timeout
    for port in ports:
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.02)
    return time.monotonic()


def _latency(name: str, values: list[float], baseline: list[float], target: float) -> Result:
    p95 = percentile(values, 95)
    return Result(
        name,
        p95,
        percentile(baseline, 95),
        "ms",
        target=f"≤ {target:.0f} ms",
        met=p95 <= target,
        notes=[
            f"{len(values)} submissions; median {percentile(values, 50):.0f} ms, "
            f"max {max(values, default=float('nan')):.0f} ms, from the "
            f"submission's answer; baseline: the same with no listeners"
        ],
    )


def _restart_notes(status: dict[str, Any], downtime: float, n: int) -> tuple[float, list[str]]:
    """Seconds from the service being back until the last app was, and notes."""
    back = sorted(t - downtime for t in status["back"])
    if not back:
        return float("nan"), ["no app came back"]
    per_second = Counter(int(max(0.0, t)) for t in back)
    busiest = max(per_second.values())
    return back[-1], [
        f"{len(back):,} of {n:,} apps back (quick poll answered); the busiest second "
        f"took {busiest:,} ({100 * busiest / n:.0f} %); median {percentile(back, 50):.1f} s, "
        f"p95 {percentile(back, 95):.1f} s after the service was"
    ]


def run(sizes: Sizes) -> list[Result]:
    results = run_one("sqlite", sizes)
    if sizes.postgres:
        results += run_one("postgresql", sizes)
    return [report(r) for r in results]
