"""Backend: calls run on the worker thread, results and errors come back on the GUI thread."""

from __future__ import annotations

import gc
import socket
import threading
import weakref
from typing import Any

from PySide6.QtCore import Qt, QThread

from icp_desktop.client.errors import ApiError, AuthRequired, Unavailable
from icp_desktop.client.models import Account
from icp_desktop.domain.status import Role
from icp_desktop.ui.backend import Backend
from tests.helpers.live_server import LiveServer


def closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}"


def test_a_call_runs_off_the_gui_thread_and_answers_on_it(
    qtbot: Any, ui_backend: Backend, live_server: LiveServer
) -> None:
    ui_backend.set_server(live_server.url)
    gui_thread = QThread.currentThread()
    seen: dict[str, Any] = {}

    def fn(client: Any) -> dict[str, Any]:
        seen["worker_thread"] = QThread.currentThread()
        return client.health()

    def on_ok(result: dict[str, Any]) -> None:
        seen["result"] = result
        seen["callback_thread"] = QThread.currentThread()

    busy: list[bool] = []
    ui_backend.busy_changed.connect(busy.append)
    ui_backend.call(fn, on_ok)
    assert busy == [True]
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"].status == "ok"
    assert seen["worker_thread"] is not gui_thread
    assert seen["callback_thread"] is gui_thread
    assert busy == [True, False]
    assert not ui_backend.busy


def test_errors_arrive_typed(qtbot: Any, ui_backend: Backend, live_server: LiveServer) -> None:
    ui_backend.set_server(live_server.url)
    errors: list[ApiError] = []
    ui_backend.call(lambda c: c.login("demo", "wrong"), lambda _r: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], AuthRequired)


def test_a_refused_token_while_signed_in_emits_auth_expired(
    qtbot: Any, ui_backend: Backend, live_server: LiveServer
) -> None:
    ui_backend.set_server(live_server.url)
    ui_backend.set_session("not-a-valid-token", Account(1, "demo", Role.FILER))
    with qtbot.waitSignal(ui_backend.auth_expired, timeout=10_000):
        ui_backend.call(lambda c: c.me(), lambda _r: None, lambda _e: None)


def test_cancelled_results_are_dropped(
    qtbot: Any, ui_backend: Backend, live_server: LiveServer
) -> None:
    ui_backend.set_server(live_server.url)
    results: list[str] = []
    dropped = ui_backend.call(lambda c: c.health(), lambda _r: results.append("dropped"))
    dropped.cancel()
    ui_backend.call(lambda c: c.health(), lambda _r: results.append("kept"))
    qtbot.waitUntil(lambda: results == ["kept"])
    qtbot.wait(50)
    assert results == ["kept"]


def test_an_unreachable_server_reports_offline(qtbot: Any, ui_backend: Backend) -> None:
    ui_backend.set_server(closed_port_url())
    errors: list[ApiError] = []
    with qtbot.waitSignal(ui_backend.connection_state, timeout=15_000) as state:
        ui_backend.call(lambda c: c.health(), lambda _r: None, errors.append)
    assert state.args == ["offline"]
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], Unavailable)


def test_a_bug_in_a_job_becomes_an_error_not_a_dead_worker(
    qtbot: Any, ui_backend: Backend, live_server: LiveServer
) -> None:
    ui_backend.set_server(live_server.url)
    errors: list[ApiError] = []
    results: list[Any] = []
    ui_backend.run(lambda: 1 / 0, results.append, errors.append)
    ui_backend.call(lambda c: c.health(), results.append)
    qtbot.waitUntil(lambda: len(results) == 1 and len(errors) == 1)
    assert "division" in (errors[0].detail or "")
    assert results[0].status == "ok"


class _Page:
    """Stands for what a job's closure holds (a page, its data): it must be let go of on the
    GUI thread, as a page's last reference would delete its widgets there."""


def test_calls_and_what_their_jobs_hold_are_let_go_of_on_the_gui_thread(
    qtbot: Any, ui_backend: Backend
) -> None:
    # A Qt object deleted on a worker thread races the GUI thread's event loop: the app
    # crashes now and then, in the middle of handling some other event. Calls cancelled
    # while they wait behind a slow job are the case where the worker held them last.
    gui = threading.get_ident()
    freed_on: dict[str, list[int]] = {"call": [], "page": []}
    gate = threading.Event()
    answers: list[str] = []
    ui_backend.run(lambda: gate.wait(10), lambda _r: answers.append("slow"))
    kept = []
    for index in range(40):
        page = _Page()
        weakref.finalize(page, lambda: freed_on["page"].append(threading.get_ident()))
        call = ui_backend.run(lambda p=page: p, lambda _r: answers.append("cancelled"))
        call.destroyed.connect(
            lambda *_: freed_on["call"].append(threading.get_ident()),
            Qt.ConnectionType.DirectConnection,
        )
        if index % 2:
            call.cancel()  # cancelled while it waits its turn
        else:
            kept.append(index)
        del page, call
    gate.set()
    qtbot.waitUntil(lambda: len(answers) == 1 + len(kept), timeout=10_000)
    gc.collect()
    qtbot.waitUntil(lambda: len(freed_on["page"]) == 40 and len(freed_on["call"]) == 40)
    assert answers.count("cancelled") == len(kept) == 20
    assert set(freed_on["page"]) == {gui}
    assert set(freed_on["call"]) == {gui}
