"""A throwaway PostgreSQL cluster for the test session (initdb + pg_ctl on a free port).

Use the ``postgres_cluster`` fixture (import it into a conftest) and ``cluster.new_database()``
for a fresh, empty database URL. When the PostgreSQL programs are missing the fixture skips,
or fails under ``CI=true``. As root the cluster runs as the ``postgres`` user, because initdb
refuses to run as root.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.ci import missing_dependency
from tests.helpers.ports import free_port


def find_bindir() -> Path | None:
    """Where initdb and pg_ctl live: ``pg_config --bindir``, else the PATH."""
    pg_config = shutil.which("pg_config")
    if pg_config:
        try:
            out = subprocess.run(
                [pg_config, "--bindir"], capture_output=True, text=True, check=True, timeout=10
            ).stdout.strip()
            if (Path(out) / "initdb").exists() and (Path(out) / "pg_ctl").exists():
                return Path(out)
        except (subprocess.SubprocessError, OSError):
            pass
    for candidate in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (candidate / "initdb").exists():
            return candidate
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        return Path(initdb).parent
    return None


class PostgresCluster:
    """One running cluster; ``new_database()`` hands out a fresh database each call."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.port = free_port()
        self.root = Path(tempfile.mkdtemp(prefix="icp-pg-"))
        self.datadir = self.root / "data"
        self.as_postgres = os.geteuid() == 0
        self.user = "postgres"
        self._counter = itertools.count(1)

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        cmd = list(args)
        if self.as_postgres:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=60, check=False)

    def start(self) -> None:
        if self.as_postgres:
            shutil.chown(self.root, "postgres", "postgres")
        result = self._run(
            str(self.bindir / "initdb"),
            "-D",
            str(self.datadir),
            "-A",
            "trust",
            "-U",
            self.user,
            "--no-sync",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
        )
        if result.returncode != 0:
            raise RuntimeError(f"initdb failed:\n{result.stdout}\n{result.stderr}")
        # The port picked may be taken by another process of a parallel test run before the
        # server binds it: then the cluster starts again on another free port.
        for attempt in range(3):
            result = self._pg_ctl_start()
            if result.returncode == 0:
                return
            log = self._log()
            if attempt < 2 and "could not bind" in log:
                self.port = free_port()
                continue
            raise RuntimeError(f"pg_ctl start failed:\n{result.stdout}\n{result.stderr}\n{log}")

    def _pg_ctl_start(self) -> subprocess.CompletedProcess[str]:
        options = f"-p {self.port} -k {self.root} -h 127.0.0.1 -c fsync=off -c max_connections=300"
        return self._run(
            str(self.bindir / "pg_ctl"),
            "-D",
            str(self.datadir),
            "-w",
            "-l",
            str(self.root / "server.log"),
            "-o",
            options,
            "start",
        )

    def _log(self) -> str:
        try:
            return (self.root / "server.log").read_text(errors="replace")
        except OSError:
            return ""

    def stop(self) -> None:
        pid = self._postmaster_pid()
        try:
            result = self._run(
                str(self.bindir / "pg_ctl"),
                "-D",
                str(self.datadir),
                "-m",
                "immediate",
                "-w",
                "stop",
            )
            stopped = result.returncode == 0
        except subprocess.TimeoutExpired:
            stopped = False
        if not stopped and pid is not None:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
        shutil.rmtree(self.root, ignore_errors=True)

    def _postmaster_pid(self) -> int | None:
        try:
            return int((self.datadir / "postmaster.pid").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            return None

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/{database}"

    def new_database(self, prefix: str = "icp") -> str:
        """Create an empty database and return its URL (``postgresql://…``)."""
        import psycopg

        name = f"{prefix}_{os.getpid()}_{next(self._counter)}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


def _interrupt_on_sigterm(_signum: int, _frame: object) -> None:
    # pytest runs fixture teardown on KeyboardInterrupt, so the cluster is stopped even when
    # the test run is terminated (``timeout``, CI cancel); SIGKILL still leaks it.
    raise KeyboardInterrupt("SIGTERM")


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[PostgresCluster]:
    bindir = find_bindir()
    if bindir is None:
        missing_dependency("PostgreSQL server programs (initdb, pg_ctl)")
    cluster = PostgresCluster(bindir)
    previous = signal.getsignal(signal.SIGTERM)
    if previous is signal.SIG_DFL:
        signal.signal(signal.SIGTERM, _interrupt_on_sigterm)
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.stop()
        if previous is signal.SIG_DFL:
            signal.signal(signal.SIGTERM, previous)


@pytest.fixture
def postgres_url(postgres_cluster: PostgresCluster) -> str:
    """A fresh empty database on the session's cluster."""
    return postgres_cluster.new_database()
