"""Notification latency: a reviewer's decision recorded on the service → the app's notifier.

U1's app core (``AppController``: backend, event poller, ``Notifier``) runs in this process,
offscreen, signed in as a filer, talking to the real service through a counting proxy
(``bench.proxy``). For each of ~20 changes the filer's change is submitted, then a reviewer
rejects it over HTTP from another thread; the latency is from sending the decision until the
``Notifier.notified`` signal for that change. Baseline: the HTTP round trip of the decision.

Then the app is left idle and the proxy counts its requests (scaled to a minute): long-polling
means a request every ~25 s, busy polling would show many.
"""

from __future__ import annotations

import queue
import subprocess
import sys
import threading
import time
import uuid
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

import httpx

from bench.common import REPO, Result, Sizes, free_port, median, percentile, report, say, work_dir
from bench.databases import live_server, login
from bench.qt_support import qt_app, wait_until
from bench.seeding import REVIEWER, load_filer, seed_elsewhere

TARGET_MS = 1000.0
IDLE_TARGET = 6.0  # requests per minute: one long poll at most every 10 s


class CountingProxy:
    """``bench.proxy`` in its own process; ``count(since)`` reads the requests seen so far."""

    def __init__(self, target_port: int) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "bench.proxy",
                "--port",
                str(self.port),
                "--target-port",
                str(target_port),
            ],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            text=True,
        )
        assert self.process.stdout is not None
        self.process.stdout.readline()
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self.seen: list[tuple[float, str]] = []

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line)

    def requests(self) -> list[tuple[float, str]]:
        while True:
            try:
                parts = self.lines.get_nowait().split(maxsplit=3)
            except queue.Empty:
                return self.seen
            if len(parts) == 4:
                self.seen.append((float(parts[1]), f"{parts[2]} {parts[3].split('?')[0]}"))

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(5)


def _both(notified: dict[int, float], change_id: int, sent: dict[str, float]) -> bool:
    return change_id in notified and "done" in sent


def _prepare_changes(url: str, filer: str, count: int) -> list[int]:
    """Submit ``count`` valid changes of ``filer``; their ids, ready for a first review."""
    token = login(url, filer)["token"]
    ids = []
    with httpx.Client(
        base_url=url, timeout=30, headers={"Authorization": f"Bearer {token}"}
    ) as client:
        items = client.get("/v1/websites", params={"limit": 500}).json()["items"]
        for website in items[:count]:
            a, b, c, d = website["ips"][0].split(".")
            proposed = [f"{a}.{b}.{c}.{int(d) + 4}"]
            created = client.post(
                "/v1/change-requests",
                headers={"Idempotency-Key": str(uuid.uuid4())},
                json={"website_id": website["id"], "proposed_ips": proposed},
            )
            created.raise_for_status()
            change_id = int(created.json()["id"])
            client.post(
                f"/v1/change-requests/{change_id}/submit",
                headers={"Idempotency-Key": str(uuid.uuid4())},
            ).raise_for_status()
            ids.append(change_id)
    return ids


def run(sizes: Sizes) -> list[Result]:
    app = qt_app()
    from icp_desktop.client.models import Account
    from icp_desktop.ui.app import parse_args
    from icp_desktop.ui.controller import AppController
    from icp_desktop.ui.paths import AppPaths

    data = work_dir("notify")
    db = seed_elsewhere(
        data / "service",
        None,
        replace(sizes, websites=50, changes_per_filer=max(8, sizes.outcomes)),
    )
    server = live_server(db)
    proxy = CountingProxy(server.port)
    controller: Any = None
    try:
        filer = load_filer(0)
        change_ids = _prepare_changes(server.url, filer, sizes.outcomes)
        reviewer = login(server.url, REVIEWER)["token"]
        args = parse_args(
            ["--server", proxy.url, "--lang", "en", "--data-dir", str(Path(data) / "app")]
        )
        controller = AppController(app, args, AppPaths.under(Path(data) / "app"), use_tray=False)
        controller.after_first_paint()
        signed_in = login(server.url, filer)
        ready = threading.Event()
        controller.poller_ready.connect(ready.set)
        controller.start_session(signed_in["token"], Account.from_json(signed_in["account"]))
        if not wait_until(ready.is_set, 30):
            raise RuntimeError("the app's event poller did not start")
        notified: dict[int, float] = {}
        controller.notifier.notified.connect(
            lambda note: notified.setdefault(int(note["change_id"]), time.perf_counter())
        )

        say(f"notify: {len(change_ids)} rejections, each followed to the app's notifier")
        latencies: list[float] = []
        round_trips: list[float] = []
        with httpx.Client(
            base_url=server.url, timeout=30, headers={"Authorization": f"Bearer {reviewer}"}
        ) as client:
            for change_id in change_ids:
                sent: dict[str, float] = {}

                def decide(change_id: int = change_id, sent: dict[str, float] = sent) -> None:
                    sent["at"] = time.perf_counter()
                    client.post(
                        f"/v1/change-requests/{change_id}/review",
                        json={
                            "decision": "reject",
                            "comment": "",
                            "reasons": [{"message": "IP not owned (bench)"}],
                        },
                    ).raise_for_status()
                    sent["done"] = time.perf_counter()

                worker = threading.Thread(target=decide)
                worker.start()
                arrived = wait_until(partial(_both, notified, change_id, sent), 10)
                worker.join()
                if not arrived:
                    raise RuntimeError(f"no notification for change {change_id} within 10 s")
                latencies.append((notified[change_id] - sent["at"]) * 1000)
                round_trips.append((sent["done"] - sent["at"]) * 1000)

        during = len(proxy.requests())
        say(f"notify: counting the idle app's requests for {sizes.idle_seconds:.0f} s")
        wait_until(lambda: False, 1.0)  # let the last poll settle
        before = len(proxy.requests())
        idle_from = time.monotonic()
        wait_until(lambda: False, sizes.idle_seconds)
        idle_for = time.monotonic() - idle_from
        idle_requests = proxy.requests()[before:]
        per_minute = len(idle_requests) * 60 / idle_for
        kinds = sorted({kind for _t, kind in idle_requests})
        return [
            report(r)
            for r in (
                Result(
                    "notify: decision → app notifier (p95)",
                    percentile(latencies, 95),
                    percentile(round_trips, 95),
                    "ms",
                    target=f"≤ {TARGET_MS:.0f} ms",
                    met=percentile(latencies, 95) <= TARGET_MS,
                    notes=[
                        f"{len(latencies)} outcomes; median {median(latencies):.0f} ms, max "
                        f"{max(latencies):.0f} ms; decision round trip median "
                        f"{median(round_trips):.0f} ms"
                    ],
                ),
                Result(
                    "notify: app requests per idle minute",
                    per_minute,
                    60 / 25,
                    "req/min",
                    target=f"≤ {IDLE_TARGET:.0f} req/min",
                    met=per_minute <= IDLE_TARGET,
                    notes=[
                        f"{len(idle_requests)} requests in {idle_for:.0f} s idle "
                        f"({', '.join(kinds) or 'none'}); baseline: one 25 s long poll; "
                        f"{during} requests through the proxy while the outcomes came"
                    ],
                ),
            )
        ]
    finally:
        if controller is not None:
            controller.shutdown()
        proxy.stop()
        server.stop()
