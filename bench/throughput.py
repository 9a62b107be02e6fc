"""Service throughput: uvicorn on loopback serving the real app, load from another process.

``bench.serve`` runs the product's app (one uvicorn worker, no access log, as the product) with
a bare ``GET /bench/hello`` added in that process only. On SQLite and on PostgreSQL, each with
100,000 websites of one filer:

* ``GET /v1/websites?limit=50`` (the first page, with its total) signed in as that filer, against
  ``GET /bench/hello``: wrk, one thread, 32 connections; target ≥ 0.5×. A page further on
  (``cursor``) is measured too, and the first page on a server with the read cache off
  (``ICP_READ_CACHE=0``), to show what a miss costs.
* create (``POST /v1/change-requests``), submit (``…/submit``) and review (``…/review``,
  approve) at 32 connections, each filer connection signed in as its own filer, by
  ``bench.loadgen`` (asyncio, keep-alive): operations per second and p99, against hello.

wrk comes from Debian (``apt-get install wrk``); when it is missing and cannot be installed,
``bench.loadgen`` drives the GET runs too (and the note says so); ``BENCH_NO_WRK=1`` asks for
that on purpose.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import uuid
from typing import Any

import httpx

from bench.common import REPO, Result, Sizes, percentile, report, say
from bench.databases import BenchServer, login, seeded
from bench.seeding import BIG_FILER, LOAD_FILERS, REVIEWER, load_filer

TARGET = 0.5


def ensure_wrk() -> str | None:
    """The wrk program; installed from Debian (``apt-get install wrk``) when missing, as root."""
    found = shutil.which("wrk")
    if found or not shutil.which("apt-get") or os.geteuid() != 0:
        return found
    say("throughput: wrk is missing; installing the Debian package wrk with apt-get")
    for step in (
        ["apt-get", "install", "-y", "-qq", "wrk"],
        ["apt-get", "update", "-qq"],
        ["apt-get", "install", "-y", "-qq", "wrk"],
    ):
        subprocess.run(step, capture_output=True, check=False, timeout=300)
        if shutil.which("wrk"):
            break
    return shutil.which("wrk")


def _ms(text: str) -> float:
    value, unit = re.match(r"([\d.]+)(us|ms|s|m)", text).groups()  # type: ignore[union-attr]
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def wrk_run(
    wrk: str, url: str, seconds: float, connections: int, headers: dict[str, str] | None = None
) -> tuple[float, float, int]:
    """Requests per second, p99 latency (ms) and non-2xx count of one wrk run."""
    cmd = [wrk, "-t1", f"-c{connections}", f"-d{max(1, round(seconds))}s", "--latency"]
    for k, v in (headers or {}).items():
        cmd += ["-H", f"{k}: {v}"]
    out = subprocess.run(
        [*cmd, url], capture_output=True, text=True, timeout=seconds + 60, check=True
    ).stdout
    try:
        rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
        p99 = _ms(re.search(r"^\s*99%\s+(\S+)", out, re.MULTILINE).group(1))  # type: ignore[union-attr]
    except (AttributeError, ValueError) as exc:
        raise RuntimeError(f"unreadable wrk output:\n{out}") from exc
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    return rate, p99, int(bad.group(1)) if bad else 0


def loadgen(
    url: str, connections: list[list[dict[str, Any]]], duration: float, loop: bool = False
) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        plan, result = f"{tmp}/plan.json", f"{tmp}/result.json"
        with open(plan, "w", encoding="utf-8") as fh:
            json.dump(
                {"url": url, "duration": duration, "connections": connections, "loop": loop}, fh
            )
        subprocess.run(
            [sys.executable, "-m", "bench.loadgen", plan, result],
            cwd=REPO,
            check=True,
            timeout=duration + 120,
        )
        with open(result, encoding="utf-8") as fh:
            return dict(json.load(fh))


def get_rate(
    wrk: str | None, url: str, path: str, seconds: float, connections: int, token: str | None = None
) -> tuple[float, float, int]:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    if wrk:
        if seconds > 1:
            wrk_run(wrk, url + path, 1, connections, headers)  # warm up
        return wrk_run(wrk, url + path, seconds, connections, headers)
    per = [[{"method": "GET", "path": path, "headers": headers}] for _ in range(connections)]
    loadgen(url, per, min(1.0, seconds), loop=True)  # warm up
    out = loadgen(url, per, seconds, loop=True)
    ms = [r["ms"] for r in out["responses"]]
    bad = sum(1 for r in out["responses"] if r["status"] >= 300)
    return out["done"] / out["elapsed"], percentile(ms, 99), bad


def pg_sessions(db: Any) -> int | None:
    """Connections PostgreSQL has accepted so far (``pg_stat_database.sessions``)."""
    if not db.database_url:
        return None
    import psycopg

    with psycopg.connect(db.database_url, autocommit=True) as conn:
        row = conn.execute("SELECT sum(sessions) FROM pg_stat_database").fetchone()
    return int(row[0]) if row and row[0] is not None else None


def _ops(
    name: str,
    out: dict[str, Any],
    hello: float,
    kind: str,
    server: BenchServer,
    before: dict[str, int],
    conns: int,
) -> Result:
    logged = {e: n - before.get(e, 0) for e, n in server.errors().items() if n > before.get(e, 0)}
    ok = [r for r in out["responses"] if 200 <= r["status"] < 300]
    codes: dict[int, int] = {}
    for r in out["responses"]:
        codes[r["status"]] = codes.get(r["status"], 0) + 1
    return Result(
        f"{kind}: {name} at {conns} connections",
        len(ok) / out["elapsed"],
        hello,
        "ops/s",
        notes=[
            f"{len(ok)} done in {out['elapsed']:.1f} s, p99 "
            f"{percentile([r['ms'] for r in ok], 99):.0f} ms, median "
            f"{percentile([r['ms'] for r in ok], 50):.0f} ms; statuses {codes}",
            *(
                f"server log: {n}× {e}"
                for e, n in sorted(logged.items(), key=lambda kv: -kv[1])[:2]
            ),
        ],
    )


def run_one(kind: str, sizes: Sizes, wrk: str | None) -> list[Result]:
    db = seeded(kind, sizes)
    server = BenchServer(db)
    conns, seconds = sizes.load_connections, sizes.load_seconds
    try:
        url = server.url
        big = login(url, BIG_FILER)["token"]
        say(f"throughput/{kind}: GET hello, GET /v1/websites ({seconds:.0f} s each)")
        hello, hello_p99, _ = get_rate(wrk, url, "/bench/hello", seconds, conns)
        sessions_before = pg_sessions(db)
        first, first_p99, first_bad = get_rate(
            wrk, url, "/v1/websites?limit=50", seconds, conns, big
        )
        sessions_after = pg_sessions(db)
        page = httpx.get(
            f"{url}/v1/websites",
            params={"limit": 500},
            timeout=60,
            headers={"Authorization": f"Bearer {big}"},
        ).json()
        cursor = page["next_cursor"] or ""
        deep, deep_p99, deep_bad = get_rate(
            wrk, url, f"/v1/websites?limit=50&cursor={cursor}", seconds, conns, big
        )
        cold, cold_bad = uncached_first_page(db, wrk, seconds, conns)
        tool = "wrk -t1" if wrk else "bench.loadgen (asyncio, not wrk)"
        results = [
            Result(
                f"{kind}: GET /v1/websites first page of 50 / hello",
                first,
                hello,
                "req/s",
                target=f"≥ {TARGET}×",
                met=first / hello >= TARGET,
                notes=[
                    f"{tool}, {conns} connections: hello p99 {hello_p99:.1f} ms; websites "
                    f"p99 {first_p99:.1f} ms; non-2xx {first_bad}"
                    + (
                        f"; new PostgreSQL connections during the run: "
                        f"{sessions_after - sessions_before}"
                        if sessions_before is not None and sessions_after is not None
                        else ""
                    )
                ],
            ),
            Result(
                f"{kind}: GET /v1/websites later page of 50 / hello",
                deep,
                hello,
                "req/s",
                target=f"≥ {TARGET}×",
                met=deep / hello >= TARGET,
                notes=[f"p99 {deep_p99:.1f} ms; non-2xx {deep_bad}"],
            ),
            Result(
                f"{kind}: GET /v1/websites first page, read cache off / hello",
                cold,
                hello,
                "req/s",
                notes=[
                    f"ICP_READ_CACHE=0: every request reads the session and the "
                    f"page from the database; non-2xx {cold_bad}"
                ],
            ),
        ]

        say(f"throughput/{kind}: create, submit and review at {conns} connections")
        filers = [login(url, load_filer(j)) for j in range(min(conns, LOAD_FILERS))]
        plans: list[list[dict[str, Any]]] = []
        for signed in filers:
            auth = {"Authorization": f"Bearer {signed['token']}"}
            items = httpx.get(
                f"{url}/v1/websites", params={"limit": 500}, headers=auth, timeout=60
            ).json()["items"]
            plan = []
            for website in items:
                a, b, c, d = website["ips"][0].split(".")
                plan.append(
                    {
                        "method": "POST",
                        "path": "/v1/change-requests",
                        "headers": {**auth, "Idempotency-Key": str(uuid.uuid4())},
                        "body": {
                            "website_id": website["id"],
                            "proposed_ips": [f"{a}.{b}.{c}.{int(d) + 4}"],
                        },
                        "tag": signed["token"],
                    }
                )
            plans.append(plan)
        before = server.errors()
        created = loadgen(url, plans, seconds * 4)
        results.append(_ops("create draft", created, hello, kind, server, before, conns))
        by_filer: dict[str, list[dict[str, Any]]] = {}
        for r in created["responses"]:
            if r["status"] == 201 and r["id"] is not None:
                by_filer.setdefault(r["tag"], []).append(
                    {
                        "method": "POST",
                        "path": f"/v1/change-requests/{r['id']}/submit",
                        "headers": {
                            "Authorization": f"Bearer {r['tag']}",
                            "Idempotency-Key": str(uuid.uuid4()),
                        },
                        "id": r["id"],
                    }
                )
        before = server.errors()
        submitted = loadgen(url, list(by_filer.values()), seconds * 4)
        results.append(_ops("submit", submitted, hello, kind, server, before, conns))
        reviewer = login(url, REVIEWER)["token"]
        ids = [r["id"] for r in submitted["responses"] if r["status"] == 200]
        review_plans = [
            [
                {
                    "method": "POST",
                    "path": f"/v1/change-requests/{i}/review",
                    "headers": {"Authorization": f"Bearer {reviewer}"},
                    "body": {"decision": "approve", "reasons": [], "comment": ""},
                }
                for i in ids[j::conns]
            ]
            for j in range(conns)
        ]
        before = server.errors()
        reviewed = loadgen(url, [p for p in review_plans if p], seconds * 4)
        results.append(_ops("review (approve)", reviewed, hello, kind, server, before, conns))
        return results
    finally:
        server.stop()


def uncached_first_page(db: Any, wrk: str | None, seconds: float, conns: int) -> tuple[float, int]:
    """The first page from a second server with the read cache off: what a miss costs."""
    os.environ["ICP_READ_CACHE"] = "0"
    try:
        server = BenchServer(db)
    finally:
        del os.environ["ICP_READ_CACHE"]
    try:
        token = login(server.url, BIG_FILER)["token"]
        rate, _p99, bad = get_rate(wrk, server.url, "/v1/websites?limit=50", seconds, conns, token)
        return rate, bad
    finally:
        server.stop()


def run(sizes: Sizes) -> list[Result]:
    wrk = None if os.environ.get("BENCH_NO_WRK") else ensure_wrk()
    results = run_one("sqlite", sizes, wrk)
    if sizes.postgres:
        results += run_one("postgresql", sizes, wrk)
    return [report(r) for r in results]
