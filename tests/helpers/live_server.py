"""The real filing service as a subprocess on a free loopback port, for tests over HTTP.

::

    with start_live_server(tmp_path / "srv") as server:
        http_client.get(f"{server.url}/v1/health")

``python -m icp_desktop.server`` runs with its own data directory; with ``demo=True`` it
migrates, seeds the demo data and serves (``--demo``), otherwise it migrates and serves an
empty database. Output goes to ``server.out`` in the data directory.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path
from types import TracebackType

import httpx

from tests.helpers import http_client, seeded, zygote
from tests.helpers.clock import pinned_spec
from tests.helpers.ports import free_port
from tests.helpers.zygote import ForkedProcess

STARTUP_TIMEOUT = 60.0
PORT_ATTEMPTS = 3
LISTENING = b"ICP filing service listening on "


class LiveServer:
    """A running ``python -m icp_desktop.server`` process; stop, kill or restart it."""

    def __init__(
        self,
        data_dir: Path,
        *,
        database_url: str | None = None,
        demo: bool = True,
        admin_simulator: str = "off",
        admin_delay: float = 0.0,
        env: dict[str, str] | None = None,
        port: int | None = None,
        template: bool = True,
    ) -> None:
        self.data_dir = Path(data_dir)
        self.database_url = database_url
        self.demo = demo
        self.admin_simulator = admin_simulator
        self.admin_delay = admin_delay
        self.extra_env = dict(env or {})
        # A demo server's fresh database starts as a copy of one seeded under the same
        # settings (tests/helpers/seeded.py); False: the server seeds it itself.
        self.template = template
        self.port = port or free_port()
        # A port picked here may be taken by another process of a parallel test run between
        # the pick and the service's bind: the first start then moves to another free port.
        self._may_move = port is None
        self.host = "127.0.0.1"
        self.process: subprocess.Popen[bytes] | ForkedProcess | None = None
        self._started_at = time.monotonic()
        self.output_path = self.data_dir / "server.out"

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def _env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("ICP_")}
        env.update(
            ICP_ADMIN_SIMULATOR=self.admin_simulator,
            ICP_ADMIN_DELAY=str(self.admin_delay),
            # The simulator confirms the SMS verification itself unless a test says otherwise
            # (the demo's own default waits for the filer's click).
            ICP_ADMIN_SMS="auto",
            ICP_NOW=pinned_spec(),
            PYTHONUNBUFFERED="1",
        )
        if self.database_url:
            env["ICP_DATABASE_URL"] = self.database_url
        env.update(self.extra_env)
        return env

    def _command(self) -> list[str]:
        return [sys.executable, "-m", "icp_desktop.server", *self._arguments()]

    def _arguments(self) -> list[str]:
        where = ["--data-dir", str(self.data_dir)]
        if self.demo:
            return [
                "--demo",
                "--host",
                self.host,
                "--port",
                str(self.port),
                *where,
                "--admin-simulator",
                self.admin_simulator,
                "--admin-delay",
                str(self.admin_delay),
            ]
        return ["serve", "--host", self.host, "--port", str(self.port), *where]

    def start(self) -> LiveServer:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        env = self._env()
        if self.demo and self.template:
            self.template = False  # once: a restart keeps the data it has
            url = env.get("ICP_DATABASE_URL", "")
            if url.startswith("postgres"):
                seeded.fill_postgres(url, env)
            else:
                seeded.copy_sqlite(self.data_dir, env)
        if not self.demo:
            migrate = zygote.run_command(["migrate", "--data-dir", str(self.data_dir)], env)
            if migrate.returncode != 0:
                raise RuntimeError(f"migrate failed:\n{migrate.stdout}\n{migrate.stderr}")
        for attempt in range(PORT_ATTEMPTS):
            self._started_at = time.monotonic()
            written = self.output_path.stat().st_size if self.output_path.exists() else 0
            self.process = self._spawn(env)
            try:
                self._wait_healthy(written)
            except RuntimeError:
                if not (
                    self._may_move and attempt + 1 < PORT_ATTEMPTS and self._port_taken(written)
                ):
                    raise
                self.process = None
                self.port = free_port()
                continue
            break
        self._may_move = False  # a restart keeps the port its clients know
        return self

    def _spawn(self, env: dict[str, str]) -> subprocess.Popen[bytes] | ForkedProcess:
        """The service process: forked from this test process's zygote (the same program,
        started without importing it again; ``tests/helpers/zygote.py``), or a subprocess."""
        if zygote.enabled():
            return zygote.spawn_service(self._arguments(), env, Path.cwd(), self.output_path)
        with open(self.output_path, "ab") as out:
            return subprocess.Popen(
                self._command(),
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )

    def _port_taken(self, since: int) -> bool:
        """Whether the last start failed only because its port was taken."""
        return b"cannot listen on" in self._output_since(since)

    def running_for(self) -> timedelta:
        """How long since the server process was started (its pinned clock has run at most
        this far past the pinned moment)."""
        return timedelta(seconds=time.monotonic() - self._started_at)

    def _wait_healthy(self, since: int = 0) -> None:
        """Wait for this process to say it listens (another process may answer on a port
        taken from under it), then for ``/v1/health`` to answer."""
        deadline = time.monotonic() + STARTUP_TIMEOUT
        announced = False
        with http_client.Client(timeout=2.0) as client:
            while time.monotonic() < deadline:
                assert self.process is not None
                if self.process.poll() is not None:
                    raise RuntimeError(
                        f"the server exited with {self.process.returncode}:\n{self.output()}"
                    )
                announced = announced or LISTENING in self._output_since(since)
                try:
                    if announced and client.get(f"{self.url}/v1/health").status_code == 200:
                        return
                except httpx.TransportError:
                    pass
                time.sleep(0.05)
        self.kill()
        raise RuntimeError(f"the server did not become healthy:\n{self.output()}")

    def _output_since(self, since: int) -> bytes:
        try:
            with open(self.output_path, "rb") as out:
                out.seek(since)
                return out.read()
        except OSError:
            return b""

    def output(self) -> str:
        try:
            return self.output_path.read_text(errors="replace")[-8000:]
        except OSError:
            return ""

    def stop(self, timeout: float = 15.0) -> int | None:
        """SIGTERM and wait; SIGKILL if it does not exit in time. Returns the exit code."""
        if self.process is None:
            return None
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        code = self.process.returncode
        self.process = None
        return code

    def kill(self) -> None:
        """SIGKILL: the process dies without any cleanup, as in a crash."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)
        self.process = None

    def restart(self) -> LiveServer:
        """Stop (if running) and start again on the same port and data."""
        self.stop()
        return self.start()

    def __enter__(self) -> LiveServer:
        if self.process is None:
            self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def start_live_server(
    data_dir: Path,
    *,
    database_url: str | None = None,
    demo: bool = True,
    admin_simulator: str = "off",
    admin_delay: float = 0.0,
    env: dict[str, str] | None = None,
    template: bool = True,
) -> LiveServer:
    """Start the service and return once ``/v1/health`` answers."""
    return LiveServer(
        data_dir,
        database_url=database_url,
        demo=demo,
        admin_simulator=admin_simulator,
        admin_delay=admin_delay,
        env=env,
        template=template,
    ).start()


def login_token(url: str, username: str, password: str | None = None) -> str:
    """Sign in (password defaults to ``<username>-pass``, as for the demo accounts)."""
    response = http_client.post(
        f"{url}/v1/auth/login",
        json={"username": username, "password": password or f"{username}-pass"},
        timeout=10,
    )
    response.raise_for_status()
    return str(response.json()["token"])


def api_client(url: str, username: str | None = None, password: str | None = None) -> httpx.Client:
    """An httpx client on the server, signed in as ``username`` when given. Close it after use."""
    headers = {}
    if username is not None:
        headers["Authorization"] = f"Bearer {login_token(url, username, password)}"
    return http_client.Client(base_url=url, headers=headers, timeout=10)
