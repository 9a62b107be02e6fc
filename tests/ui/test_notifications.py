"""Outcome notifications: a reviewer decides through the API, the filer's app shows it at once,
lists it in the in-app list, and opens the change's status page when it is clicked."""

from __future__ import annotations

import time
from typing import Any

import requests

from tests.helpers.events import event
from tests.helpers.live_server import LiveServer


def reviewer_session(url: str) -> requests.Session:
    session = requests.Session()
    answer = session.post(
        f"{url}/v1/auth/login",
        json={"username": "reviewer", "password": "reviewer-pass"},
        timeout=10,
    )
    answer.raise_for_status()
    session.headers["Authorization"] = f"Bearer {answer.json()['token']}"
    return session


def pending_change_of(session: requests.Session, url: str, owner: str) -> dict[str, Any]:
    queue = session.get(f"{url}/v1/review-queue", params={"stage": "first_review"}, timeout=10)
    queue.raise_for_status()
    return next(
        i["change"]
        for i in queue.json()["items"]
        if i["change"]["owner"]["username"] == owner
        and i["change"]["status"] == "pending_first_review"
    )


def decide(session: requests.Session, url: str, change_id: int, decision: str) -> None:
    reasons = (
        []
        if decision == "approve"
        else [{"field": "proposed_ips", "message": "The domain does not resolve to this address."}]
    )
    answer = session.post(
        f"{url}/v1/change-requests/{change_id}/review",
        json={"decision": decision, "reasons": reasons, "comment": ""},
        timeout=10,
    )
    answer.raise_for_status()


def signed_in_filer(qtbot: Any, make_controller: Any, sign_in: Any, url: str, **kwargs: Any) -> Any:
    controller = make_controller(url, **kwargs)
    with qtbot.waitSignal(controller.poller_ready, timeout=20_000):
        sign_in(controller, "demo")
    return controller


def test_a_rejection_is_notified_within_a_second_and_opens_the_status_page(
    qtbot: Any,
    make_controller: Any,
    sign_in: Any,
    live_server: LiveServer,
) -> None:
    controller = signed_in_filer(qtbot, make_controller, sign_in, live_server.url)
    reviewer = reviewer_session(live_server.url)
    change = pending_change_of(reviewer, live_server.url, "demo")

    with qtbot.waitSignal(controller.notifier.notified, timeout=5_000) as shown:
        started = time.monotonic()
        decide(reviewer, live_server.url, change["id"], "reject")
    latency = time.monotonic() - started
    note = shown.args[0]
    assert latency < 1.0, f"notified after {latency:.2f} s"
    assert note["kind"] == "first_review.rejected"
    assert note["change_id"] == change["id"]
    assert "does not resolve" in note["message"]

    # the in-app list has it, unread, and the toolbar counts it
    notes = controller.notifier.list.notes()
    # newest first; the account's earlier outcomes are listed below it, read
    assert notes[0]["change_id"] == change["id"]
    assert controller.notifier.list.unread_count() == 1
    assert "(1)" in controller.window.notifications_button.text()

    # clicking it asks for the change's status page, and the window shows it
    controller.window.notifications_button.click()
    assert controller.dock.isVisible()
    with qtbot.waitSignal(controller.notifier.open_status) as opened:
        item = controller.notifier.list.item(0)
        controller.notifier.list.itemClicked.emit(item)
    assert opened.args == [change["id"]]
    assert controller.window.current_page_name() == "review_status"
    assert controller.notifier.list.unread_count() == 0


def test_outcomes_while_the_app_was_closed_are_notified_after_a_restart(
    qtbot: Any,
    make_controller: Any,
    sign_in: Any,
    live_server: LiveServer,
    app_paths: Any,
) -> None:
    first = signed_in_filer(qtbot, make_controller, sign_in, live_server.url)
    first.shutdown()
    reviewer = reviewer_session(live_server.url)
    change = pending_change_of(reviewer, live_server.url, "demo")
    decide(reviewer, live_server.url, change["id"], "approve")

    second = make_controller(live_server.url, paths=app_paths)
    with qtbot.waitSignal(second.notifier.notified, timeout=20_000) as shown:
        sign_in(second, "demo")
    assert shown.args[0]["kind"] == "first_review.approved"
    assert shown.args[0]["change_id"] == change["id"]


def test_other_events_are_not_notified(qtbot: Any, make_controller: Any) -> None:
    controller = make_controller("http://127.0.0.1:9")
    received: list[dict[str, Any]] = []
    controller.notifier.notified.connect(received.append)
    controller.on_poller_events(
        [
            event(e)
            for e in [
                {"id": 1, "kind": "change.submitted", "change_id": 3},
                {"id": 2, "kind": "queue.changed"},
                {
                    "id": 3,
                    "kind": "administration.approved",
                    "change_id": 3,
                    "payload": {"license_number": "京ICP备12345678号-1"},
                },
            ]
        ]
    )
    assert [n["kind"] for n in received] == ["administration.approved"]
    assert "京ICP备12345678号-1" in received[0]["message"]
