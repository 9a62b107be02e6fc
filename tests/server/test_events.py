"""GET /v1/events: long-poll that answers at once when something happens, and a cursor that
misses nothing, across reconnects, restarts and server processes."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.live_server import LiveServer, start_live_server
from tests.helpers.postgres import PostgresCluster
from tests.server import workflow_api as api
from tests.server.workflow_api import UserClient, user_client

__all__ = ["user_client"]


class Poll(threading.Thread):
    """One long-poll running in the background; records when its answer arrived."""

    def __init__(self, server: LiveServer, username: str, after: str, wait: float) -> None:
        super().__init__(daemon=True)
        self.client = api.signed_in(server, username)
        self.after, self.wait = after, wait
        self.items: list[dict[str, Any]] = []
        self.cursor = ""
        self.answered_at = 0.0

    def run(self) -> None:
        self.items, self.cursor = api.events_after(self.client, self.after, wait=self.wait)
        self.answered_at = time.monotonic()
        self.client.close()


def test_a_waiting_filer_hears_a_decision_within_a_second(
    shared_server: LiveServer, user_client: UserClient
) -> None:
    demo = user_client(shared_server, "demo")
    reviewer = user_client(shared_server, "reviewer")
    cid = api.submitted_change(demo, "yunzhan-tech.cn", [api.SPARE_V4])["id"]
    _, cursor = api.events_after(demo, None)
    poll = Poll(shared_server, "demo", cursor, wait=25)
    poll.start()
    time.sleep(0.3)  # let the poll reach the server and start waiting
    assert poll.is_alive()
    rejected = api.review(
        reviewer,
        cid,
        "reject",
        [{"field": "proposed_ips", "ip": api.SPARE_V4, "message": "wrong address"}],
    )
    decided_at = time.monotonic()
    assert rejected.status_code == 200
    poll.join(10)
    assert not poll.is_alive()
    assert poll.answered_at - decided_at < 1.0
    assert [e["kind"] for e in poll.items] == ["first_review.rejected"]
    assert poll.items[0]["payload"]["reasons"][0]["ip"] == api.SPARE_V4
    assert poll.cursor == str(poll.items[-1]["id"])
    demo.post(f"/v1/change-requests/{cid}/withdraw")


def test_an_idle_poll_returns_empty_after_its_wait_with_a_cursor_no_older(
    shared_server: LiveServer, user_client: UserClient
) -> None:
    demo2 = user_client(shared_server, "demo2")
    _, cursor = api.events_after(demo2, None)
    started = time.monotonic()
    items, again = api.events_after(demo2, cursor, wait=1.0)
    assert items == []
    # It may move past other accounts' events (so that a poll coming back finds its cursor
    # within what the service keeps in memory), never backwards.
    assert int(again) >= int(cursor)
    assert 0.9 <= time.monotonic() - started < 5
    assert api.events_after(demo2, again) == ([], again)


def test_events_are_private_and_staff_hear_queue_changes(
    shared_server: LiveServer, user_client: UserClient
) -> None:
    demo = user_client(shared_server, "demo")
    demo2 = user_client(shared_server, "demo2")
    reviewer = user_client(shared_server, "reviewer")
    marks = {
        name: api.events_after(c, None)[1]
        for name, c in (("demo", demo), ("demo2", demo2), ("reviewer", reviewer))
    }
    cid = api.submitted_change(demo, "jobs.yunzhan-tech.cn", [api.SPARE_V6])["id"]
    mine, _ = api.events_after(demo, marks["demo"])
    assert [e["kind"] for e in mine] == ["change.created", "change.submitted"]
    theirs, _ = api.events_after(demo2, marks["demo2"])
    assert theirs == []
    staff, _ = api.events_after(reviewer, marks["reviewer"])
    assert {e["kind"] for e in staff} == {"queue.changed"}
    assert cid in {e["change_id"] for e in staff}
    demo.post(f"/v1/change-requests/{cid}/withdraw")


def test_a_cursor_resumes_after_a_restart_without_missing_anything(
    tmp_path: Path, user_client: UserClient
) -> None:
    server = start_live_server(tmp_path / "srv")
    try:
        demo = user_client(server, "demo")
        reviewer = user_client(server, "reviewer")
        _, cursor = api.events_after(demo, None)
        cid = api.submitted_change(demo, "yunzhan-tech.cn", [api.SPARE_V4])["id"]
        server.restart()
        assert api.review(reviewer, cid, "approve").status_code == 200
        api.wait_for_status(demo, cid, "administration_review")
        # Read in batches from the old cursor: everything, in order, exactly once.
        seen: list[dict[str, Any]] = []
        while True:
            items, cursor = api.events_after(demo, cursor)
            if not items:
                break
            seen += items
        assert [e["kind"] for e in seen] == [
            "change.created",
            "change.submitted",
            "first_review.approved",
            "administration.submitted",
            "sms_verification.reminder",
        ]
        assert [e["id"] for e in seen] == sorted({e["id"] for e in seen})
    finally:
        server.stop()


@pytest.mark.parametrize(
    "backend_name", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def test_a_poll_on_one_process_hears_an_event_written_by_another(
    backend_name: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    if backend_name == "postgres":
        cluster: PostgresCluster = request.getfixturevalue("postgres_cluster")
        url = cluster.new_database()
    else:
        url = f"sqlite+aiosqlite:///{tmp_path / 'shared.sqlite3'}"
    first = start_live_server(tmp_path / "a", database_url=url)
    second = start_live_server(tmp_path / "b", database_url=url)
    try:
        demo_b = api.signed_in(second, "demo")
        reviewer_b = api.signed_in(second, "reviewer")
        cid = api.submitted_change(demo_b, "yunzhan-tech.cn", [api.SPARE_V4])["id"]
        demo_a = api.signed_in(first, "demo")
        _, cursor = api.events_after(demo_a, None)
        poll = Poll(first, "demo", cursor, wait=25)
        poll.start()
        time.sleep(0.3)
        assert (
            api.review(
                reviewer_b, cid, "reject", [{"field": "proposed_ips", "message": "no"}]
            ).status_code
            == 200
        )
        decided_at = time.monotonic()
        poll.join(10)
        assert [e["kind"] for e in poll.items] == ["first_review.rejected"]
        # Another process's event: a data_version check (SQLite, every 0.1 s) or a
        # notification (PostgreSQL) tells the waiting process's dispatcher.
        assert poll.answered_at - decided_at < 1.0
        for c in (demo_a, demo_b, reviewer_b):
            c.close()
    finally:
        first.stop()
        second.stop()


def test_odd_cursors_are_answered_not_crashed_on(
    shared_server: LiveServer, user_client: UserClient
) -> None:
    demo = user_client(shared_server, "demo")
    beyond, _ = api.events_after(demo, str(10**30))
    assert beyond == []
    everything, _ = api.events_after(demo, "not-a-cursor")
    assert everything == api.events_after(demo, None)[0]
    assert demo.get("/v1/events", params={"wait": 31}).status_code == 422


def test_stopping_the_server_answers_waiting_polls_at_once(
    tmp_path: Path, user_client: UserClient
) -> None:
    server = start_live_server(tmp_path / "srv")
    demo = user_client(server, "demo")
    _, cursor = api.events_after(demo, None)
    poll = Poll(server, "demo", cursor, wait=25)
    poll.start()
    time.sleep(0.3)  # let the poll reach the server and start waiting
    stopped_at = time.monotonic()
    server.stop()
    poll.join(10)
    assert not poll.is_alive()
    assert poll.items == [] and int(poll.cursor) >= int(cursor)
    assert poll.answered_at - stopped_at < 2.0
