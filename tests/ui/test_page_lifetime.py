"""No callback outlives its page (issue 13, item 20).

Signing out removes the role's pages. Removing the page on screen made the stack show another
one for a moment (the review queue, which refreshes when shown), after the session's calls had
been cancelled: that call's answer then reached a deleted page ("Internal C++ object (BusyBar)
already deleted"). Signing in as three roles and quitting from the tray went through it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication

from icp_desktop.ui.calls import is_within


def _wait_idle(qtbot: Any, controller: Any) -> None:
    qtbot.waitUntil(lambda: not controller.backend.busy, timeout=15_000)


def test_signing_out_from_a_review_leaves_no_call_for_the_removed_pages(
    qtbot: Any,
    make_controller: Any,
    sign_in: Any,
    live_server: Any,
) -> None:
    controller = make_controller(live_server.url)
    window = controller.window
    for username in ("reviewer", "operator", "demo"):
        sign_in(controller, username)
        _wait_idle(qtbot, controller)
        if "review_queue" in window.pages:
            queue = window.pages["review_queue"]
            window.open_page("review_queue")
            qtbot.waitUntil(lambda q=queue: q._loaded_once, timeout=15_000)
            change_id = queue.model.change_id(0)
            window.open_page("review_detail", change_id=change_id)
            _wait_idle(qtbot, controller)
            window.go_home()  # the operator's home comes before the queue in the stack
            _wait_idle(qtbot, controller)
        pages = list(window.pages.values())
        controller.sign_out()
        # nothing a removed page asked for may still be out, and none may be asked for later
        for _ in range(5):
            assert not [
                o
                for o in controller.backend.pending_owners()
                if any(is_within(o, page) for page in pages)
            ], "a removed page still waits for an answer"
            QApplication.processEvents()
        assert all(p not in window.pages.values() for p in pages)
    qtbot.wait(300)  # answers that were already on their way arrive (and must be dropped)


def test_an_answer_for_a_deleted_page_is_dropped(
    qtbot: Any, ui_backend: Any, live_server: Any
) -> None:
    from icp_desktop.ui.widgets.review_common import BusyBar

    ui_backend.set_server(live_server.url)
    bar = BusyBar()
    bar.begin()
    delivered: list[object] = []

    def on_ok(_result: object) -> None:
        delivered.append(_result)
        bar.end()  # raises RuntimeError if the bar was deleted

    ui_backend.call(lambda api: api.health(), on_ok, owner=bar)
    bar.deleteLater()
    QApplication.sendPostedEvents(None, 0)  # deferred deletes happen now
    from PySide6.QtCore import QEvent

    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    qtbot.waitUntil(lambda: not ui_backend.busy, timeout=10_000)
    assert delivered == []
