"""The embedded local filing service: a child process on a free loopback port.

One service per data directory, shared by every app instance that uses that directory. A state
file (under a file lock) records the service's pid, URL and the app instances using it:

- a second app start finds a healthy service and reuses it;
- a crashed earlier run leaves a service behind: a healthy one is adopted, a hung one is killed
  and replaced, a dead one is simply replaced (on the same port when it is free);
- the last app instance to leave stops the service (terminate, then kill after a timeout).

All methods block (process start, health checks): call them on a worker thread.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import logging
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from icp_desktop.ui.files import atomic_write, read_json

log = logging.getLogger(__name__)

LISTENING = re.compile(r"ICP filing service listening on (https?://\S+)")
HOST = "127.0.0.1"


class EmbeddedServiceError(RuntimeError):
    """The local service could not be started."""


def _bindable(port: int) -> int | None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        # as uvicorn binds: connections of a dead predecessor in TIME_WAIT do not block
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((HOST, port))
        except OSError:
            return None
        return int(sock.getsockname()[1])


def free_port(preferred: int | None = None, patience: float = 0.0) -> int:
    """``preferred`` when it can be bound on the loopback interface, else any free port.

    ``patience``: seconds to keep trying ``preferred`` (a killed predecessor may still hold it
    for a moment).
    """
    if preferred:
        deadline = time.monotonic() + patience
        while True:
            port = _bindable(preferred)
            if port is not None:
                return port
            if time.monotonic() >= deadline:
                break
            time.sleep(0.1)
    port = _bindable(0)
    if port is None:
        raise EmbeddedServiceError("no free port on 127.0.0.1")
    return port


def pid_alive(pid: int) -> bool:
    """True when ``pid`` runs (a zombie counts as dead)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    stat = Path(f"/proc/{pid}/stat")
    with contextlib.suppress(OSError):
        return stat.read_text().rsplit(")", 1)[1].split()[0] != "Z"
    return True


def is_service_process(pid: int) -> bool:
    """True when ``pid`` is a live filing-service process (not a recycled pid)."""
    if not pid_alive(pid):
        return False
    cmdline = Path(f"/proc/{pid}/cmdline")
    if not cmdline.parent.exists():
        return True  # no /proc (not Linux): trust the state file
    with contextlib.suppress(OSError):
        return b"icp_desktop.server" in cmdline.read_bytes()
    return False


def healthy(url: str, timeout: float = 2.0) -> bool:
    """True when ``url``/v1/health answers 200 (stdlib only: this may run before requests)."""
    match = re.match(r"https?://([^:/]+):(\d+)", url)
    if not match:
        return False
    conn = http.client.HTTPConnection(match.group(1), int(match.group(2)), timeout=timeout)
    try:
        conn.request("GET", "/v1/health")
        return conn.getresponse().status == 200
    except OSError:
        return False
    finally:
        conn.close()


def terminate_pid(pid: int, timeout: float = 5.0) -> None:
    """SIGTERM, then SIGKILL when ``pid`` is still alive after ``timeout`` seconds."""
    for sig, wait in ((signal.SIGTERM, timeout), (signal.SIGKILL, 5.0)):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, sig)
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, os.WNOHANG)  # reap it when it is our own child
            if not pid_alive(pid):
                return
            time.sleep(0.05)


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+") as fh:
        try:
            import fcntl
        except ImportError:  # not POSIX: no cross-process lock, state file only
            yield
            return
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


class EmbeddedService:
    """Starts (or reuses) the local filing service and stops it when no app uses it.

    Args:
        service_dir: the service's data directory (database, state and log files).
        python: the interpreter that runs ``-m icp_desktop.server``.
        extra_args: more server options (e.g. ``--admin-simulator off``).
        start_timeout: seconds to wait for the listening line.

    Attributes:
        url: the service's base URL once started.
        pid: the service's process id.
        reused: True when an already running service was taken over.
    """

    def __init__(
        self,
        service_dir: Path,
        *,
        python: str = sys.executable,
        extra_args: tuple[str, ...] = (),
        start_timeout: float = 90.0,
        env: dict[str, str] | None = None,
    ) -> None:
        self.service_dir = Path(service_dir)
        self.python = python
        self.extra_args = tuple(extra_args)
        self.start_timeout = start_timeout
        self.env = env
        self.url: str | None = None
        self.pid: int | None = None
        self.reused = False
        self.user_id = f"{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self._process: subprocess.Popen[bytes] | None = None
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        """Give up a start in progress (the app is quitting); safe from any thread."""
        self._cancelled.set()

    @property
    def state_file(self) -> Path:
        return self.service_dir / "service.json"

    @property
    def log_file(self) -> Path:
        return self.service_dir / "service.log"

    def _read_state(self) -> dict[str, Any]:
        state = read_json(self.state_file)
        return state if isinstance(state, dict) else {}

    def _write_state(self, state: dict[str, Any]) -> None:
        atomic_write(self.state_file, json.dumps(state, indent=1))

    @staticmethod
    def _live_users(state: dict[str, Any]) -> list[str]:
        users = [str(u) for u in state.get("users", [])]
        return [u for u in users if pid_alive(int(u.split(":", 1)[0]))]

    def start(self) -> str:
        """Start or reuse the service; returns its URL."""
        self.service_dir.mkdir(parents=True, exist_ok=True)
        with _locked(self.service_dir / "service.lock"):
            state = self._read_state()
            users = self._live_users(state)
            pid, url = state.get("pid"), state.get("url")
            if isinstance(pid, int) and isinstance(url, str) and is_service_process(pid):
                if healthy(url, timeout=2.0):
                    log.info("reusing the local service %s (pid %s)", url, pid)
                    self.url, self.pid, self.reused = url, pid, True
                    self._write_state({**state, "users": [*users, self.user_id]})
                    return url
                log.warning("local service pid %s does not answer: stopping it", pid)
                terminate_pid(pid, timeout=2.0)
            port = state.get("port") if isinstance(state.get("port"), int) else None
            # a predecessor that just died or was killed may hold its port for a moment
            self._spawn(port, patience=3.0 if isinstance(pid, int) else 0.0)
            assert self.url is not None and self._process is not None
            self._write_state(
                {
                    "pid": self._process.pid,
                    "url": self.url,
                    "port": int(self.url.rsplit(":", 1)[1]),
                    "users": [self.user_id],
                }
            )
            return self.url

    def _spawn(self, preferred_port: int | None, patience: float = 0.0) -> None:
        last_error = ""
        for attempt in range(3):
            if self._cancelled.is_set():
                break
            port = free_port(preferred_port if attempt == 0 else None, patience)
            args = [
                self.python,
                "-m",
                "icp_desktop.server",
                "--demo",
                "--host",
                HOST,
                "--port",
                str(port),
                "--data-dir",
                str(self.service_dir),
                *self.extra_args,
            ]
            with open(self.log_file, "ab") as out:
                offset = out.tell()
                env = {**os.environ, **(self.env or {}), "PYTHONUNBUFFERED": "1"}
                self._process = subprocess.Popen(  # noqa: S603 (our own interpreter and module)
                    args,
                    stdout=out,
                    stderr=subprocess.STDOUT,
                    stdin=subprocess.DEVNULL,
                    env=env,
                    start_new_session=True,
                )
            url = self._wait_listening(offset)
            if url is not None:
                self.url, self.pid, self.reused = url, self._process.pid, False
                log.info("local service started at %s (pid %s)", url, self.pid)
                return
            last_error = self._log_tail(offset)
            terminate_pid(self._process.pid, timeout=2.0)
            self._process = None
        raise EmbeddedServiceError(f"the local service did not start: {last_error}")

    def _wait_listening(self, offset: int) -> str | None:
        assert self._process is not None
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline and not self._cancelled.is_set():
            match = LISTENING.search(self._log_tail(offset))
            if match and healthy(match.group(1)):
                return match.group(1)
            if self._process.poll() is not None:
                return None
            time.sleep(0.05)
        return None

    def _log_tail(self, offset: int) -> str:
        try:
            with open(self.log_file, "rb") as fh:
                fh.seek(offset)
                return fh.read().decode("utf-8", "replace")
        except OSError:
            return ""

    def stop(self, timeout: float = 5.0) -> bool:
        """Leave the service; stop it unless another app instance still uses it.

        Returns True when the service process was stopped.
        """
        with _locked(self.service_dir / "service.lock"):
            state = self._read_state()
            users = [u for u in self._live_users(state) if u != self.user_id]
            pid = state.get("pid")
            if users and isinstance(pid, int) and is_service_process(pid):
                self._write_state({**state, "users": users})
                return False
            if isinstance(pid, int) and is_service_process(pid):
                terminate_pid(pid, timeout=timeout)
            if self._process is not None:
                with contextlib.suppress(subprocess.TimeoutExpired):
                    self._process.wait(timeout=0.5)
            self._write_state({"port": state.get("port"), "users": []})
            return True
