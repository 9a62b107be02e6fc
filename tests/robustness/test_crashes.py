"""The service killed with SIGKILL at random moments of create, submit and decision while the
client retries with the same Idempotency-Key: no duplicate, no lost change, no half-written row.

After every kill the service is started again on the same database; the database itself is then
checked (``integrity.violations``): each change's status is where its timeline ends, every step
audited, no orphan rows, at most one open change per website.
"""

from __future__ import annotations

import random
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable
from functools import partial
from pathlib import Path

import httpx
import pytest

from tests.helpers import http_client
from tests.helpers.live_server import LiveServer, login_token, start_live_server
from tests.helpers.postgres import PostgresCluster
from tests.robustness import integrity
from tests.robustness.budget import budget, record

DOMAIN = "yunzhan-tech.cn"
PROPOSALS = (["39.108.77.12"], ["39.108.77.13"])  # demo's spare resource, in turn


class Crasher:
    """Sends requests to a service that may be killed under them, restarting it as needed."""

    def __init__(self, server: LiveServer, seed: int) -> None:
        self.server = server
        self.random = random.Random(seed)
        self.kills = Counter[str]()
        self.interrupted = 0

    def ensure_running(self) -> None:
        if self.server.process is None or self.server.process.poll() is not None:
            self.server.process = None
            self.server.start()

    def send(self, step: str, request: Callable[[], httpx.Response], kill: bool) -> httpx.Response:
        """Send until an answer comes; with ``kill`` the first attempt races a SIGKILL."""
        for _attempt in range(30):
            timer = None
            if kill:
                timer = threading.Timer(self.random.uniform(0.0, 0.06), self.server.kill)
                timer.start()
                self.kills[step] += 1
                kill = False
            try:
                response = request()
            except httpx.TransportError:
                self.interrupted += 1
                response = None
            if timer is not None:
                timer.join()
            self.ensure_running()
            if response is not None and response.status_code != 503:
                return response
        raise AssertionError(f"{step}: no answer after 30 attempts")


def run_rounds(server: LiveServer, rounds: int, seed: int, suite: str) -> None:
    db_url = server.database_url or f"sqlite:///{Path(server.data_dir) / 'filing.sqlite3'}"
    since = integrity.watermark(db_url)
    before = {int(c["id"]) for c in integrity.snapshot(db_url)["changes"]}
    crasher = Crasher(server, seed)
    tokens = {name: login_token(server.url, name) for name in ("demo", "reviewer")}

    def client(name: str) -> httpx.Client:
        return http_client.Client(
            base_url=server.url, timeout=20, headers={"Authorization": f"Bearer {tokens[name]}"}
        )

    created: list[int] = []
    with client("demo") as demo, client("reviewer") as reviewer:
        site = next(
            w
            for w in demo.get("/v1/websites", params={"q": DOMAIN}).json()["items"]
            if w["domain"] == DOMAIN
        )
        for n in range(rounds):
            victim = crasher.random.choice(("create", "submit", "decide"))
            body = {"website_id": site["id"], "proposed_ips": PROPOSALS[n % 2]}
            key = uuid.uuid4().hex
            made = crasher.send(
                "create",
                partial(
                    demo.post, "/v1/change-requests", json=body, headers={"Idempotency-Key": key}
                ),
                victim == "create",
            )
            assert made.status_code == 201, made.text
            cid = int(made.json()["id"])
            created.append(cid)
            key = uuid.uuid4().hex
            done = crasher.send(
                "submit",
                partial(
                    demo.post, f"/v1/change-requests/{cid}/submit", headers={"Idempotency-Key": key}
                ),
                victim == "submit",
            )
            assert done.status_code == 200, done.text
            decided = crasher.send(
                "decide",
                partial(
                    reviewer.post,
                    f"/v1/change-requests/{cid}/review",
                    json={"decision": "approve", "reasons": [], "comment": ""},
                ),
                victim == "decide",
            )
            # A retried decision that had been recorded before the kill is "already decided".
            assert decided.status_code in (200, 409), decided.text
            if decided.status_code == 409:
                assert decided.json()["code"] == "already_decided", decided.text
            data = integrity.snapshot(db_url)
            broken = integrity.violations(data, since)
            assert not broken, broken
            mine = sorted(int(c["id"]) for c in data["changes"] if int(c["id"]) not in before)
            assert mine == created, f"changes in the database {mine}, made {created}"
            # Leave the website free for the next round (the administration is manual here).
            state = crasher.send(
                "read", partial(demo.get, f"/v1/change-requests/{cid}"), False
            ).json()
            assert state["round"] == 1
            decisions = [t for t in state["timeline"] if t["action"] == "approve_first_review"]
            assert len(decisions) == 1, state["timeline"]
            finish(server, cid, tokens)
    record(
        suite,
        rounds=rounds,
        kills=dict(crasher.kills),
        requests_cut_by_a_kill=crasher.interrupted,
        changes=len(created),
        failures=0,
    )


def finish(server: LiveServer, cid: int, tokens: dict[str, str]) -> None:
    """The operator records the administration's approval, so the website is free again."""
    if "operator" not in tokens:
        tokens["operator"] = login_token(server.url, "operator")
    with http_client.Client(
        base_url=server.url, timeout=20, headers={"Authorization": f"Bearer {tokens['operator']}"}
    ) as operator:
        # A kill while the scheduler held the change's submission claim delays the submission
        # until the claim expires (15 s): allow for that.
        deadline = time.monotonic() + 60
        cursor = operator.get("/v1/events", params={"wait": 0}).json()["cursor"]
        while time.monotonic() < deadline:
            status = operator.get(f"/v1/change-requests/{cid}").json()["status"]
            if status == "approved":
                return
            if status == "administration_review":
                answer = operator.post(
                    f"/v1/change-requests/{cid}/administration-result",
                    json={"decision": "approve", "reasons": []},
                )
                assert answer.status_code in (200, 409), answer.text
                continue
            # the scheduler submits it to the administration by itself
            cursor = operator.get("/v1/events", params={"wait": 1, "after": cursor}).json()[
                "cursor"
            ]
    raise AssertionError(f"change {cid} never reached approved")


def test_sigkill_during_create_submit_and_decision_loses_and_doubles_nothing_sqlite(
    tmp_path: Path,
) -> None:
    server = start_live_server(tmp_path / "srv", env={"ICP_SCHEDULER_INTERVAL": "0.05"})
    try:
        run_rounds(server, budget(2, 40), seed=1, suite="crash: SQLite")
    finally:
        server.stop()


@pytest.mark.postgres
def test_sigkill_during_create_submit_and_decision_loses_and_doubles_nothing_postgres(
    tmp_path: Path,
    postgres_cluster: PostgresCluster,
) -> None:
    url = postgres_cluster.new_database()
    server = start_live_server(
        tmp_path / "srv", database_url=url, env={"ICP_SCHEDULER_INTERVAL": "0.05"}
    )
    try:
        run_rounds(server, budget(2, 30), seed=2, suite="crash: PostgreSQL")
    finally:
        server.stop()
        integrity.forget(url)
