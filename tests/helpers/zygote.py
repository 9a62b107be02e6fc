"""Service processes forked from a process that has already imported the service.

Every start of ``python -m icp_desktop.server`` spends most of its time importing (FastAPI,
SQLAlchemy, Alembic, pydantic). The tests start the service a few hundred times, so each test
process keeps one *zygote*: a small process that imports the service's modules once, then forks
a child per start. The child is a real, separate service process — its own pid, environment,
working directory, output file and signals, killed for real by SIGKILL — that runs the same
``icp_desktop.server.cli.main`` as ``python -m icp_desktop.server`` with the same arguments.
The zygote runs no thread and no event loop, so nothing is half-held at the fork.

Protocol (one Unix-socket connection per child): the test process sends one JSON line
``{"args", "env", "cwd", "output"}``; the zygote answers ``{"pid": N}`` and, when the child has
exited, ``{"exit": code}`` (``-signal`` when a signal ended it, as ``Popen.returncode``).

``ICP_TEST_FORK=0`` turns the zygote off: every start is a plain subprocess.
"""

from __future__ import annotations

import contextlib
import json
import os
import selectors
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from types import FrameType
from typing import Any

REPO = Path(__file__).resolve().parents[2]
READY = "zygote ready"


def enabled() -> bool:
    return os.environ.get("ICP_TEST_FORK", "1") != "0"


# --- the test process's side -------------------------------------------------------------------


def run_command(
    args: list[str], env: dict[str, str] | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """``python -m icp_desktop.server ARGS`` as a plain subprocess (the real entry point, with
    ``env`` as its environment, default this process's), its output captured."""
    return subprocess.run(
        [sys.executable, "-m", "icp_desktop.server", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )


class ForkedProcess:
    """A service process forked by the zygote, with the part of ``Popen``'s interface the tests
    use: ``pid``, ``returncode``, ``poll``, ``wait``, ``send_signal``, ``terminate``, ``kill``."""

    def __init__(self, conn: socket.socket, pid: int, args: list[str]) -> None:
        self._conn = conn
        self._buffer = b""
        self.pid = pid
        self.args = args
        self.returncode: int | None = None
        self._orphaned = False

    def _read_exit(self, timeout: float | None) -> None:
        deadline = None if timeout is None else time.monotonic() + timeout
        while self.returncode is None:
            if self._orphaned:  # the zygote is gone: watch the pid itself
                if not self._alive():
                    self.returncode = -signal.SIGKILL  # its real status went with the zygote
                elif deadline is not None and time.monotonic() >= deadline:
                    return
                else:
                    time.sleep(0.05)
                continue
            left = None if deadline is None else max(0.0, deadline - time.monotonic())
            self._conn.settimeout(left)
            try:
                chunk = self._conn.recv(4096)
            except (TimeoutError, BlockingIOError):
                return
            if not chunk:
                self._orphaned = True
                self._conn.close()
                continue
            self._buffer += chunk
            if b"\n" in self._buffer:
                message = json.loads(self._buffer.split(b"\n", 1)[0])
                self.returncode = int(message["exit"])
                self._conn.close()

    def _alive(self) -> bool:
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return False
        return True

    def poll(self) -> int | None:
        if self.returncode is None:
            self._read_exit(0)
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        self._read_exit(timeout)
        if self.returncode is None:
            raise subprocess.TimeoutExpired(self.args, timeout or 0)
        return self.returncode

    def send_signal(self, sig: int) -> None:
        if self.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, sig)

    def terminate(self) -> None:
        self.send_signal(signal.SIGTERM)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)


class _Zygote:
    def __init__(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="icp-zygote-"))
        self.socket_path = self.dir / "zygote.sock"
        env = {k: v for k, v in os.environ.items() if not k.startswith("ICP_")}
        env["PYTHONUNBUFFERED"] = "1"
        with open(self.dir / "zygote.out", "wb") as out:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "tests.helpers.zygote", str(self.socket_path)],
                cwd=REPO,
                env=env,
                stdin=subprocess.PIPE,  # closed when this process ends: the zygote then exits
                stdout=subprocess.PIPE,
                stderr=out,
            )
        assert self.process.stdout is not None
        line = self.process.stdout.readline().decode().strip()
        if line != READY:
            raise RuntimeError(
                f"the zygote did not start: {line!r}\n{(self.dir / 'zygote.out').read_text()}"
            )

    def alive(self) -> bool:
        return self.process.poll() is None

    def spawn(self, args: list[str], env: dict[str, str], cwd: Path, output: Path) -> ForkedProcess:
        conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        conn.settimeout(30)
        conn.connect(str(self.socket_path))
        request = {"args": args, "env": env, "cwd": str(cwd), "output": str(output)}
        conn.sendall(json.dumps(request).encode() + b"\n")
        answer = b""
        while b"\n" not in answer:
            chunk = conn.recv(4096)
            if not chunk:
                raise RuntimeError("the zygote closed the connection without forking")
            answer += chunk
        first, rest = answer.split(b"\n", 1)
        forked = ForkedProcess(conn, int(json.loads(first)["pid"]), args)
        forked._buffer = rest
        return forked


_zygote: _Zygote | None = None
_zygote_lock = threading.Lock()


def spawn_service(args: list[str], env: dict[str, str], cwd: Path, output: Path) -> ForkedProcess:
    """Start ``python -m icp_desktop.server ARGS`` as a child of this process's zygote, with
    exactly ``env`` as its environment and stdout and stderr appended to ``output``."""
    global _zygote
    with _zygote_lock:
        if _zygote is None or not _zygote.alive():
            _zygote = _Zygote()
        zygote = _zygote
    return zygote.spawn(args, env, cwd, output)


# --- the zygote's side -------------------------------------------------------------------------


def _preload() -> None:
    """Import what a service start imports, before any fork."""
    import uvicorn  # noqa: F401

    import icp_desktop.server.app
    import icp_desktop.server.cli
    import icp_desktop.server.migrations
    import icp_desktop.server.runner
    import icp_desktop.server.seed

    # Read once here, the newest schema revision is known to every service forked from here.
    icp_desktop.server.migrations.head_revision()


def _child(request: dict[str, Any], keep_closed: list[Any], pipe: tuple[int, int]) -> None:
    """In the forked child: become the service process the request describes. Never returns."""
    code = 1
    try:
        signal.set_wakeup_fd(-1)
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        for item in keep_closed:
            item.close()
        for fd in pipe:
            os.close(fd)
        out = os.open(request["output"], os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        os.dup2(out, 1)
        os.dup2(out, 2)
        os.close(out)
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)
        os.close(devnull)
        os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update(request["env"])
        import random

        random.seed()  # not the sequence every sibling inherited
        from icp_desktop.server.cli import main

        sys.argv = [sys.argv[0], *request["args"]]
        try:
            code = main(request["args"])
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except BaseException:
        import traceback

        traceback.print_exc()
        code = 1
    finally:
        try:
            import atexit

            atexit._run_exitfuncs()  # logging's flush among them, as at a normal exit
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code)


def _serve(socket_path: str) -> None:
    _preload()
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(socket_path)
    listener.listen(64)
    read_end, write_end = os.pipe()
    os.set_blocking(write_end, False)
    os.set_blocking(read_end, False)

    def on_child(_signum: int, _frame: FrameType | None) -> None:
        pass  # the wakeup fd carries the news to the loop

    signal.signal(signal.SIGCHLD, on_child)
    signal.set_wakeup_fd(write_end)
    selector = selectors.DefaultSelector()
    selector.register(listener, selectors.EVENT_READ, "accept")
    selector.register(read_end, selectors.EVENT_READ, "child")
    selector.register(0, selectors.EVENT_READ, "parent")
    children: dict[int, socket.socket] = {}
    print(READY, flush=True)
    while True:
        for key, _ in selector.select():
            if key.data == "parent":
                if not os.read(0, 4096):
                    return  # the test process has ended
            elif key.data == "child":
                while True:
                    try:
                        if not os.read(read_end, 4096):
                            break
                    except BlockingIOError:
                        break
                _reap(children)
            else:
                conn, _ = listener.accept()
                conn.setblocking(True)
                data = b""
                while b"\n" not in data:
                    chunk = conn.recv(65536)
                    if not chunk:
                        break
                    data += chunk
                if b"\n" not in data:
                    conn.close()
                    continue
                request = json.loads(data.split(b"\n", 1)[0])
                pid = os.fork()
                if pid == 0:
                    _child(
                        request,
                        [selector, listener, conn, *children.values()],
                        (read_end, write_end),
                    )
                children[pid] = conn
                conn.sendall(json.dumps({"pid": pid}).encode() + b"\n")
                _reap(children)


def _reap(children: dict[int, socket.socket]) -> None:
    while children:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        conn = children.pop(pid, None)
        if conn is not None:
            with contextlib.suppress(OSError):  # the test process may have gone
                message = {"exit": os.waitstatus_to_exitcode(status)}
                conn.sendall(json.dumps(message).encode() + b"\n")
            conn.close()


if __name__ == "__main__":
    _serve(sys.argv[1])
