"""Seeded benchmark databases and servers on them, made once per run and shared.

``seeded("sqlite", sizes)`` / ``seeded("postgresql", sizes)`` migrate and fill a database the
first time they are asked and return the same one afterwards. ``live_server(db)`` runs the
product's own ``python -m icp_desktop.server --demo`` on it (demo accounts added, the
administration simulator off).
"""

from __future__ import annotations

import atexit
import re
import shutil
import subprocess
import sys
import time
from typing import Any

import httpx

from bench.common import REPO, Sizes, free_port, work_dir
from bench.seeding import PASSWORD, SeededDatabase, seed_elsewhere

_SEEDED: dict[str, SeededDatabase] = {}
_CLUSTER: Any = None


def postgres_cluster() -> Any:
    """The run's throwaway PostgreSQL cluster (``tests.helpers.postgres``), started once."""
    global _CLUSTER
    if _CLUSTER is None:
        from tests.helpers.postgres import PostgresCluster, find_bindir

        bindir = find_bindir()
        if bindir is None:
            raise RuntimeError("PostgreSQL server programs (initdb, pg_ctl) are missing")
        cluster = PostgresCluster(bindir)
        cluster.start()
        atexit.register(cluster.stop)
        _CLUSTER = cluster
    return _CLUSTER


def seeded(kind: str, sizes: Sizes) -> SeededDatabase:
    if kind not in _SEEDED:
        data_dir = work_dir(kind)
        atexit.register(shutil.rmtree, data_dir, True)
        url = postgres_cluster().new_database("bench") if kind == "postgresql" else None
        _SEEDED[kind] = seed_elsewhere(data_dir, url, sizes)
    return _SEEDED[kind]


def live_server(db: SeededDatabase) -> Any:
    """The product's server (``--demo``, simulator off) on ``db``; a started ``LiveServer``."""
    from tests.helpers.live_server import LiveServer

    return LiveServer(
        db.data_dir, database_url=db.database_url, demo=True, admin_simulator="off"
    ).start()


class BenchServer:
    """``python -m bench.serve``: the product's app plus a hello endpoint, on ``db``."""

    def __init__(self, db: SeededDatabase) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        cmd = [
            sys.executable,
            "-m",
            "bench.serve",
            "--port",
            str(self.port),
            "--data-dir",
            str(db.data_dir),
        ]
        if db.database_url:
            cmd += ["--database-url", db.database_url]
        self.log_path = db.data_dir / "bench-serve.out"
        self.log = open(self.log_path, "ab")  # noqa: SIM115
        self.process = subprocess.Popen(
            cmd, cwd=REPO, stdout=self.log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"bench.serve exited {self.process.returncode}")
            try:
                if httpx.get(f"{self.url}/bench/hello", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.05)
        self.stop()
        raise RuntimeError("bench.serve did not start")

    def errors(self) -> dict[str, int]:
        """Exceptions the server logged so far: their final line (shortened) and how often."""
        counts: dict[str, int] = {}
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError:
            return counts
        for match in re.finditer(
            r"^([\w.]+(?:Error|Exception|Timeout)): (.{0,90})", text, re.MULTILINE
        ):
            key = f"{match.group(1)}: {match.group(2)}"
            counts[key] = counts.get(key, 0) + 1
        return counts

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        self.log.close()


def login(url: str, username: str) -> dict[str, Any]:
    response = httpx.post(
        f"{url}/v1/auth/login", timeout=30, json={"username": username, "password": PASSWORD}
    )
    response.raise_for_status()
    return dict(response.json())
