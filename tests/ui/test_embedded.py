"""The embedded local service: started, shared by a second instance, adopted or replaced after
a crash, and stopped by the last instance to leave. Real service processes throughout."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from icp_desktop.ui.embedded import EmbeddedService, healthy, pid_alive

ROOT = Path(__file__).resolve().parents[2]

OWNER = textwrap.dedent("""
    import sys, time
    from icp_desktop.ui.embedded import EmbeddedService
    service = EmbeddedService(sys.argv[1], extra_args=("--admin-simulator", "off"))
    print(service.start(), service.pid, flush=True)
    time.sleep(600)
""")


def wait_gone(pid: int, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not pid_alive(pid):
            return True
        time.sleep(0.05)
    return False


@pytest.fixture
def service_dir(tmp_path: Path) -> Path:
    return tmp_path / "service"


def service(service_dir: Path) -> EmbeddedService:
    return EmbeddedService(service_dir, extra_args=("--admin-simulator", "off"))


def test_started_shared_by_a_second_instance_and_stopped_by_the_last(service_dir: Path) -> None:
    first = service(service_dir)
    url = first.start()
    try:
        assert url.startswith("http://127.0.0.1:")
        assert healthy(url)
        assert not first.reused
        second = service(service_dir)
        assert second.start() == url
        assert second.reused and second.pid == first.pid
        # the first instance quits: the second still uses the service
        assert first.stop() is False
        assert healthy(url)
        # the last one quits: the service stops
        assert second.stop() is True
        assert first.pid is not None and wait_gone(first.pid)
        assert not healthy(url)
    finally:
        if first.pid and pid_alive(first.pid):
            os.kill(first.pid, signal.SIGKILL)


def test_a_crashed_app_leaves_a_service_that_the_next_start_adopts(service_dir: Path) -> None:
    owner = subprocess.Popen(
        [sys.executable, "-c", OWNER, str(service_dir)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    service_pid = 0
    try:
        assert owner.stdout is not None
        url, pid = owner.stdout.readline().split()
        service_pid = int(pid)
        owner.send_signal(signal.SIGKILL)  # the app crashes: its service is orphaned
        owner.wait(10)
        assert healthy(url)
        again = service(service_dir)
        assert again.start() == url
        assert again.reused and again.pid == service_pid
        assert again.stop() is True
        assert wait_gone(service_pid)
    finally:
        owner.kill()
        if service_pid and pid_alive(service_pid):
            os.kill(service_pid, signal.SIGKILL)


def test_a_hung_orphan_is_killed_and_replaced_on_the_same_port(service_dir: Path) -> None:
    first = service(service_dir)
    url = first.start()
    old_pid = first.pid
    assert old_pid is not None
    os.kill(old_pid, signal.SIGSTOP)  # hung: the process exists but does not answer
    replacement = service(service_dir)
    try:
        new_url = replacement.start()
        assert wait_gone(old_pid)
        assert not replacement.reused and replacement.pid != old_pid
        assert new_url == url  # the port was freed: no "port in use"
        assert healthy(new_url)
    finally:
        replacement.stop()
        if pid_alive(old_pid):
            os.kill(old_pid, signal.SIGKILL)
    assert replacement.pid is not None and wait_gone(replacement.pid)


def test_a_dead_service_is_restarted(service_dir: Path) -> None:
    first = service(service_dir)
    url = first.start()
    assert first.pid is not None
    os.kill(first.pid, signal.SIGKILL)
    assert wait_gone(first.pid)
    again = service(service_dir)
    try:
        assert again.start() == url
        assert not again.reused
        assert healthy(url)
    finally:
        again.stop()
