"""The event dispatchers of two service processes on one database: a client moving between
them (as behind a load balancer) misses no event and gets none twice while writers on both
commit at once, and a session signed out on one ends its waiting poll on the other."""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.helpers import http_client
from tests.helpers.live_server import LiveServer, login_token, start_live_server
from tests.helpers.postgres import PostgresCluster
from tests.server import workflow_api as api

WRITING_SECONDS = 6.0
# (domain, proposed address) of demo's websites, one writer each.
WRITERS = (
    ("yunzhan-tech.cn", api.SPARE_V4),
    ("jobs.yunzhan-tech.cn", api.SPARE_V4_B),
    ("zhangwei-photo.cn", api.SPARE_V6),
)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def two_servers(
    request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[tuple[LiveServer, LiveServer]]:
    if request.param == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path / 'shared.sqlite3'}"
    else:
        cluster: PostgresCluster = request.getfixturevalue("postgres_cluster")
        url = cluster.new_database()
    first = start_live_server(tmp_path / "a", database_url=url)
    second = start_live_server(tmp_path / "b", database_url=url)
    try:
        yield first, second
    finally:
        first.stop()
        second.stop()


class Follower(threading.Thread):
    """A client following its events with long-polls, each to the other server process, with
    short waits so that many answers are empty (their cursors move past other accounts')."""

    def __init__(self, servers: tuple[LiveServer, LiveServer], username: str) -> None:
        super().__init__(daemon=True)
        self.clients = [api.signed_in(s, username) for s in servers]
        self.headers = dict(self.clients[1].headers)
        self.cursor = api.events_after(self.clients[0], None)[1]
        while True:  # to the end of the history
            items, self.cursor = api.events_after(self.clients[0], self.cursor)
            if not items:
                break
        self.start_cursor = self.cursor
        self.seen: list[dict[str, Any]] = []
        self.stop = threading.Event()
        self.failures: list[str] = []

    def run(self) -> None:
        waits = itertools.cycle((0.0, 0.3, 1.0, 0.0, 2.0))
        for client in itertools.cycle(self.clients):
            if self.stop.is_set():
                break
            response = client.get(
                "/v1/events", params={"after": self.cursor, "wait": next(waits)}, timeout=30
            )
            if response.status_code != 200:
                self.failures.append(response.text)
                break
            body = response.json()
            self.seen += body["items"]
            self.cursor = body["cursor"]

    def finish(self) -> None:
        self.stop.set()
        self.join(30)
        while True:  # whatever came after the last poll
            items, self.cursor = api.events_after(self.clients[1], self.cursor)
            if not items:
                break
            self.seen += items
        for client in self.clients:
            client.close()


def write(server: LiveServer, domain: str, ip: str, until: float, done: list[int]) -> None:
    """Create, submit and withdraw changes on one website, back to back."""
    with api.signed_in(server, "demo") as demo:
        site = api.website(demo, domain)
        while time.monotonic() < until:
            created = api.create(demo, site["id"], [ip])
            assert created.status_code == 201, created.text
            cid = created.json()["id"]
            assert api.submit(demo, cid).status_code == 200
            assert demo.post(f"/v1/change-requests/{cid}/withdraw").status_code == 200
            done.append(cid)


def test_a_client_moving_between_processes_misses_no_event_and_gets_none_twice(
    two_servers: tuple[LiveServer, LiveServer],
) -> None:
    followers = [Follower(two_servers, name) for name in ("demo", "reviewer", "operator")]
    for follower in followers:
        follower.start()
    until = time.monotonic() + WRITING_SECONDS
    done: list[int] = []
    writers = [
        threading.Thread(target=write, args=(two_servers[i % 2], domain, ip, until, done))
        for i, (domain, ip) in enumerate(WRITERS)
    ]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(WRITING_SECONDS + 60)
    assert len(done) >= 6, "the writers hardly wrote"
    for follower in followers:
        follower.finish()
        assert follower.failures == []
        # Everything the database holds for this client since it started following ...
        everything: list[dict[str, Any]] = []
        cursor = follower.start_cursor
        with http_client.Client(
            base_url=two_servers[0].url, headers=follower.headers, timeout=30
        ) as client:
            while True:
                items, cursor = api.events_after(client, cursor)
                if not items:
                    break
                everything += items
        # ... it saw, each once, in order.
        assert [e["id"] for e in follower.seen] == [e["id"] for e in everything]
        changes = {e["change_id"] for e in everything}
        assert set(done) <= changes


def test_signing_out_on_one_process_ends_the_waiting_poll_on_the_other(
    two_servers: tuple[LiveServer, LiveServer],
) -> None:
    first, second = two_servers
    token = login_token(first.url, "demo2")
    headers = {"Authorization": f"Bearer {token}"}
    answer: dict[str, Any] = {}

    def wait_on_first() -> None:
        with http_client.Client(base_url=first.url, headers=headers, timeout=40) as client:
            cursor = client.get("/v1/events").json()["cursor"]
            answer["started"] = time.monotonic()
            answer["response"] = client.get("/v1/events", params={"after": cursor, "wait": 25})
            answer["at"] = time.monotonic()

    poll = threading.Thread(target=wait_on_first, daemon=True)
    poll.start()
    time.sleep(0.5)  # the poll waits
    with http_client.Client(base_url=second.url, headers=headers, timeout=10) as other:
        assert other.post("/v1/auth/logout").status_code == 204
        signed_out = time.monotonic()
    # Refused by the first process at once: it checks the session in the database.
    with http_client.Client(base_url=first.url, headers=headers, timeout=10) as again:
        assert again.get("/v1/me").status_code == 401
    poll.join(10)
    response: httpx.Response = answer["response"]
    assert response.status_code == 401
    assert response.json()["code"] == "session_expired"
    assert answer["at"] - signed_out < 1.0
