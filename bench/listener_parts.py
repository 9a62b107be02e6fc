"""The parts of the ``listeners`` benchmark: meters of a process, the writing filer, the
watching reviewer, and the crowd process driven over its pipes."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Any

import httpx

from bench.common import REPO

TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time of a process so far (``/proc/PID/stat``)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def postgres_pids(datadir: Path) -> list[int]:
    """The PostgreSQL server of this data directory and its children (backends, workers)."""
    try:
        postmaster = int((datadir / "postmaster.pid").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return []
    found = [postmaster]
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == postmaster:
                found.append(int(entry.name))
    return found


def settle(pids: list[int], below: float = 5.0, timeout: float = 30.0) -> float:
    """Wait until these processes use less than ``below`` % of a core over half a second
    (the service has worked through a burst of requests); the seconds it took."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        window = CpuWindow(pids).start()
        time.sleep(0.5)
        if window.stop() < below:
            break
    return time.monotonic() - started


class CpuWindow:
    """CPU used by some processes between ``start()`` and ``stop()``, as % of one core."""

    def __init__(self, pids: list[int]) -> None:
        self.pids = pids
        self.seconds = 0.0
        self.cpu = 0.0
        self.started = 0.0

    def _total(self) -> float:
        total = 0.0
        for pid in self.pids:
            with contextlib.suppress(OSError):  # a PostgreSQL backend that ended meanwhile
                total += cpu_seconds(pid)
        return total

    def start(self) -> CpuWindow:
        self.started, self._c0 = time.monotonic(), self._total()
        return self

    def stop(self) -> float:
        self.seconds = time.monotonic() - self.started
        self.cpu = self._total() - self._c0
        return self.percent

    @property
    def percent(self) -> float:
        return 100 * self.cpu / self.seconds if self.seconds else float("nan")


class Watcher(threading.Thread):
    """A reviewer's app: long-polls one server and notes when each submission arrives."""

    def __init__(self, url: str, token: str) -> None:
        super().__init__(daemon=True)
        self.client = httpx.Client(
            base_url=url, timeout=40, headers={"Authorization": f"Bearer {token}"}
        )
        self.cursor = ""
        while True:  # the end of the history first
            batch = self.client.get("/v1/events", params={"after": self.cursor}).json()
            self.cursor = batch["cursor"]
            if not batch["items"]:
                break
        self.arrived: dict[int, float] = {}
        self.stopping = threading.Event()

    def run(self) -> None:
        while not self.stopping.is_set():
            batch = self.client.get("/v1/events", params={"after": self.cursor, "wait": 3})
            now = time.perf_counter()
            batch.raise_for_status()
            for item in batch.json()["items"]:
                if item["kind"] == "queue.changed" and item["status"] == "pending_first_review":
                    self.arrived.setdefault(int(item["change_id"]), now)
            self.cursor = batch.json()["cursor"]

    def finish(self) -> None:
        self.stopping.set()
        self.join(10)
        self.client.close()


def write_cycles(
    url: str, token: str, seconds: float
) -> tuple[int, float, dict[int, tuple[float, float]]]:
    """One filer creating, submitting and withdrawing changes on one website back to back:
    cycles done, seconds taken, and when each submission was sent and answered (by change
    id)."""
    sent: dict[int, tuple[float, float]] = {}
    with httpx.Client(
        base_url=url, timeout=60, headers={"Authorization": f"Bearer {token}"}
    ) as client:
        website = client.get("/v1/websites", params={"limit": 1}).json()["items"][0]
        a, b, c, d = website["ips"][0].split(".")
        body = {"website_id": website["id"], "proposed_ips": [f"{a}.{b}.{c}.{int(d) + 4}"]}
        cycles, started = 0, time.perf_counter()
        while time.perf_counter() - started < seconds:
            created = client.post(
                "/v1/change-requests", json=body, headers={"Idempotency-Key": str(uuid.uuid4())}
            )
            created.raise_for_status()
            change_id = int(created.json()["id"])
            at = time.perf_counter()
            client.post(
                f"/v1/change-requests/{change_id}/submit",
                headers={"Idempotency-Key": str(uuid.uuid4())},
            ).raise_for_status()
            sent[change_id] = (at, time.perf_counter())
            client.post(f"/v1/change-requests/{change_id}/withdraw").raise_for_status()
            cycles += 1
        return cycles, time.perf_counter() - started, sent


class CrowdProcess:
    """``bench.crowd`` in its own process: ``ask("status")`` returns its counters."""

    def __init__(
        self, targets: list[tuple[str, int]], tokens: list[str], *, first_wait: float, wait: float
    ) -> None:
        self._dir = tempfile.TemporaryDirectory(prefix="icp-crowd-")
        plan = Path(self._dir.name) / "plan.json"
        plan.write_text(
            json.dumps(
                {"targets": targets, "tokens": tokens, "first_wait": first_wait, "wait": wait}
            )
        )
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bench.crowd", str(plan)],
            cwd=REPO,
            text=True,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
        self.apps = len(tokens)

    def ask(self, command: str = "status") -> dict[str, Any]:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError(f"the crowd process ended ({self.process.poll()})")
        return dict(json.loads(line))

    def until_all_wait(self, timeout: float) -> dict[str, Any]:
        """Poll the counters until every app has its long-poll in flight."""
        deadline = time.monotonic() + timeout
        while True:
            status = self.ask()
            if status["waiting"] >= self.apps or time.monotonic() > deadline:
                return status
            time.sleep(0.2)

    def stop(self) -> None:
        if self.process.poll() is None:
            assert self.process.stdin is not None
            try:
                self.process.stdin.write("quit\n")
                self.process.stdin.flush()
                self.process.wait(20)
            except (OSError, subprocess.TimeoutExpired):
                self.process.kill()
                self.process.wait(5)
        self._dir.cleanup()
