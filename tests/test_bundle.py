"""The one-folder bundle (``make bundle``) starts, shows its version, and runs the embedded
demo service the app starts when frozen.

The bundle in dist/icp-desktop is reused when it was built from the current sources;
otherwise it is built first (PyInstaller, about a minute and a half on two cores).
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from icp_desktop import APP_ID, APP_NAME
from icp_desktop.ui.embedded import EmbeddedService, healthy, pid_alive
from tests.helpers import http_client
from tests.helpers.ci import missing_dependency

pytestmark = [pytest.mark.bundle, pytest.mark.timeout(900)]

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
BUNDLE = DIST / APP_ID


def _stamp_module():  # type: ignore[no-untyped-def]
    path = ROOT / "scripts" / "bundle_stamp.py"
    spec = importlib.util.spec_from_file_location("bundle_stamp", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def executable() -> Path:
    if importlib.util.find_spec("PyInstaller") is None:
        missing_dependency("PyInstaller (pip install -e '.[dev]')")
    stamp = _stamp_module()
    if not stamp.is_fresh(BUNDLE):
        build = subprocess.run(
            ["bash", str(ROOT / "scripts" / "build_bundle.sh")],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=840,
            check=False,
        )
        assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    assert (BUNDLE / stamp.STAMP_NAME).exists()
    return BUNDLE / APP_ID


def _run(
    args: list[str], tmp_path: Path, timeout: float = 60.0
) -> tuple[subprocess.CompletedProcess[str], float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    done = subprocess.run(
        args, capture_output=True, text=True, timeout=timeout, env=env, cwd=tmp_path, check=False
    )
    return done, time.perf_counter() - started


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_bundled_app_starts_offscreen_and_quits(
    executable: Path, tmp_path: Path, lang: str
) -> None:
    done, seconds = _run(
        [
            str(executable),
            "--quit-after-startup",
            "--lang",
            lang,
            "--data-dir",
            str(tmp_path / "data"),
        ],
        tmp_path,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    print(f"bundle start-up to the painted sign-in window ({lang}): {seconds:.2f} s")


def test_the_bundle_has_the_package_name_and_version(executable: Path, tmp_path: Path) -> None:
    from importlib.metadata import version

    done, _ = _run([str(executable), "--version"], tmp_path)
    assert done.returncode == 0
    # argparse writes the version message to stderr
    assert (done.stdout + done.stderr).strip() == f"{APP_NAME} {version('icp-desktop')}"


def test_the_bundle_carries_translations_and_icons_and_not_unused_qt(executable: Path) -> None:
    internal = executable.parent / "_internal"
    translations = internal / "resources" / "translations"
    for name in ("icp_desktop_zh_CN.qm", "icp_desktop_en.qm", "qtbase_zh_CN.qm"):
        assert (translations / name).stat().st_size > 0, name
    assert list((internal / "resources" / "icons").glob("*.svg"))
    libs = {p.name for p in (internal / "PySide6" / "Qt" / "lib").glob("*.so*")}
    assert any(n.startswith("libQt6Widgets") for n in libs)
    assert any(n.startswith("libQt6Svg") for n in libs)  # the SVG icons
    unused = [
        n
        for n in libs
        if n.startswith(("libQt6Quick", "libQt6Qml", "libQt6Pdf", "libQt6WebEngine"))
    ]
    assert not unused
    size = sum(
        p.stat().st_size for p in executable.parent.rglob("*") if p.is_file() and not p.is_symlink()
    )
    print(f"bundle size: {size / 1e6:.0f} MB")
    assert size < 260e6


@pytest.fixture
def service(executable: Path, tmp_path: Path) -> Iterator[EmbeddedService]:
    # What the frozen app does: its embedded service is `<bundle exe> -m icp_desktop.server`.
    embedded = EmbeddedService(
        tmp_path / "service",
        python=str(executable),
        extra_args=("--admin-simulator", "off"),
        start_timeout=60.0,
    )
    yield embedded
    embedded.stop()


def test_the_frozen_app_runs_its_embedded_demo_service(service: EmbeddedService) -> None:
    url = service.start()
    assert http_client.get(f"{url}/v1/health", timeout=5).json()["status"] == "ok"
    login = http_client.post(
        f"{url}/v1/auth/login", json={"username": "demo", "password": "demo-pass"}, timeout=10
    )
    assert login.status_code == 200
    token = login.json()["token"]
    websites = http_client.get(
        f"{url}/v1/websites", headers={"Authorization": f"Bearer {token}"}, timeout=10
    )
    assert websites.status_code == 200 and websites.json()["items"]
    pid = service.pid
    assert pid is not None
    assert service.stop() is True
    assert not pid_alive(pid)


def test_a_second_app_start_reuses_the_running_bundled_service(
    executable: Path, tmp_path: Path
) -> None:
    first = EmbeddedService(
        tmp_path / "shared", python=str(executable), extra_args=("--admin-simulator", "off")
    )
    second = EmbeddedService(tmp_path / "shared", python=str(executable))
    try:
        url = first.start()
        # the frozen service is recognised as ours by its command line, not restarted
        assert second.start() == url and second.reused
        assert second.stop() is False  # the first app still uses it
        assert healthy(url)
    finally:
        second.stop()
        first.stop()
    assert first.pid is not None and not pid_alive(first.pid)


def test_the_frozen_app_starts_its_own_embedded_service(executable: Path, tmp_path: Path) -> None:
    """No --server: the bundled app starts `<itself> -m icp_desktop.server --demo` as the
    source app starts `python -m icp_desktop.server --demo`."""
    import json
    import signal

    data = tmp_path / "app"
    state = data / "data" / "service" / "service.json"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    app = subprocess.Popen(
        [str(executable), "--data-dir", str(data), "--lang", "zh_CN"],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = None
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and app.poll() is None:
            current = json.loads(state.read_text()) if state.exists() else {}
            if current.get("url") and healthy(current["url"]):
                url = current["url"]
                break
            time.sleep(0.1)
        assert url is not None, "the bundled app did not start its local service"
        assert app.poll() is None, "the app exited while starting its service"
        cmdline = Path(f"/proc/{current['pid']}/cmdline").read_bytes().split(b"\0")
        assert cmdline[0] == str(executable).encode()
        assert cmdline[1:3] == [b"-m", b"icp_desktop.server"]
    finally:
        app.send_signal(signal.SIGTERM)
        app.wait(timeout=30)
        # whatever the app left running, the next start would adopt; stop it here
        EmbeddedService(data / "data" / "service", python=str(executable)).stop()
    assert not healthy(url)
