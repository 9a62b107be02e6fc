"""Concurrent requests released together at a barrier, and the rounds the race proofs run.

Shared by the quick race proofs (``test_races_more.py``) and the long ones (``soak_races.py``).
"""

from __future__ import annotations

import uuid
from collections import Counter
from pathlib import Path
from typing import Any

import httpx

from tests.helpers import http_client
from tests.helpers.concurrency import at_once
from tests.helpers.live_server import LiveServer, login_token

SPARE = ("39.108.77.12", "39.108.77.13", "2408:4003:10a0::66")
DOMAIN = "yunzhan-tech.cn"


def db_url(server: LiveServer) -> str:
    return server.database_url or f"sqlite:///{Path(server.data_dir) / 'filing.sqlite3'}"


class Actors:
    """Signed-in clients of one server: ``actors.get("reviewer", 16)`` gives 16 of them."""

    def __init__(self, server: LiveServer) -> None:
        self.server = server
        self.tokens: dict[str, str] = {}
        self.clients: list[httpx.Client] = []

    def get(self, username: str, n: int = 1) -> list[httpx.Client]:
        if username not in self.tokens:
            self.tokens[username] = login_token(self.server.url, username)
        made = [
            http_client.Client(
                base_url=self.server.url,
                timeout=60,
                headers={"Authorization": f"Bearer {self.tokens[username]}"},
            )
            for _ in range(n)
        ]
        self.clients += made
        return made

    def close(self) -> None:
        for client in self.clients:
            client.close()


def website_id(client: httpx.Client, domain: str = DOMAIN) -> int:
    items = client.get("/v1/websites", params={"q": domain}).json()["items"]
    return int(next(w["id"] for w in items if w["domain"] == domain))


def fresh_submitted(filer: httpx.Client, site: int, round_: int) -> dict[str, Any]:
    """A new change on ``site`` waiting for first review (the site must have no open change)."""
    made = filer.post(
        "/v1/change-requests",
        json={"website_id": site, "proposed_ips": [SPARE[round_ % 2]]},
        headers={"Idempotency-Key": uuid.uuid4().hex},
    )
    assert made.status_code == 201, made.text
    done = filer.post(f"/v1/change-requests/{made.json()['id']}/submit")
    assert done.status_code == 200, done.text
    return dict(done.json())


def decisions_race(actors: Actors, rounds: int, n: int = 16) -> dict[str, Any]:
    """``n`` reviewers decide one change at once, ``rounds`` times: exactly one winner each."""
    filer = actors.get("demo")[0]
    reviewers = actors.get("reviewer", n)
    site = website_id(filer)
    outcomes: Counter[int] = Counter()
    for round_ in range(rounds):
        cid = fresh_submitted(filer, site, round_)["id"]
        answers = at_once(
            n,
            lambda i, cid=cid: reviewers[i].post(
                f"/v1/change-requests/{cid}/review",
                json={
                    "decision": "reject",
                    "reasons": [{"field": "proposed_ips", "message": f"reviewer {i}"}],
                },
            ),
        )
        codes = Counter(a.status_code for a in answers)
        outcomes.update(codes)
        assert codes == {200: 1, 409: n - 1}, (round_, codes)
        assert {a.json()["code"] for a in answers if a.status_code == 409} == {"already_decided"}
        change = filer.get(f"/v1/change-requests/{cid}").json()
        decided = [t for t in change["timeline"] if t["action"] == "reject_first_review"]
        assert len(decided) == 1, change["timeline"]
        winner = next(a.json() for a in answers if a.status_code == 200)
        assert change["reasons"] == winner["reasons"]
        assert filer.post(f"/v1/change-requests/{cid}/withdraw").status_code == 200
    return {"rounds": rounds, "concurrent": n, "answers": dict(outcomes)}


def one_key_race(actors: Actors, rounds: int, n: int = 16) -> dict[str, Any]:
    """``n`` creates, then ``n`` submits, each with one shared key: one change, one submission."""
    filers = actors.get("demo", n)
    site = website_id(filers[0])
    for round_ in range(rounds):
        body = {"website_id": site, "proposed_ips": [SPARE[round_ % 2]]}
        key = uuid.uuid4().hex
        made = at_once(
            n,
            lambda i, body=body, key=key: filers[i].post(
                "/v1/change-requests", json=body, headers={"Idempotency-Key": key}
            ),
        )
        assert {a.status_code for a in made} == {201}, [a.text for a in made]
        assert len({a.json()["id"] for a in made}) == 1
        cid = made[0].json()["id"]
        key = uuid.uuid4().hex
        sent = at_once(
            n,
            lambda i, cid=cid, key=key: filers[i].post(
                f"/v1/change-requests/{cid}/submit", headers={"Idempotency-Key": key}
            ),
        )
        assert {a.status_code for a in sent} == {200}, [a.text for a in sent]
        assert len({a.text for a in sent}) == 1  # the same stored answer for everyone
        timeline = filers[0].get(f"/v1/change-requests/{cid}").json()["timeline"]
        assert [t["action"] for t in timeline] == ["create", "submit"]
        assert filers[0].post(f"/v1/change-requests/{cid}/withdraw").status_code == 200
    return {"rounds": rounds, "concurrent": n, "changes_per_round": 1}


def if_match_race(actors: Actors, rounds: int, n: int = 16) -> dict[str, Any]:
    """``n`` edits of one draft with the same ``If-Match``: one 200, the rest 412."""
    filers = actors.get("demo", n)
    site = website_id(filers[0])
    made = filers[0].post(
        "/v1/change-requests", json={"website_id": site, "proposed_ips": [SPARE[0]]}
    )
    assert made.status_code == 201, made.text
    cid, version = made.json()["id"], made.json()["version"]
    for round_ in range(rounds):
        answers = at_once(
            n,
            lambda i, version=version: filers[i].patch(
                f"/v1/change-requests/{cid}",
                json={"proposed_ips": [SPARE[i % 3]]},
                headers={"If-Match": f'"{version}"'},
            ),
        )
        codes = Counter(a.status_code for a in answers)
        assert codes == {200: 1, 412: n - 1}, (round_, codes)
        winner = next(a.json() for a in answers if a.status_code == 200)
        now = filers[0].get(f"/v1/change-requests/{cid}")
        assert now.json()["proposed_ips"] == winner["proposed_ips"]
        assert now.headers["etag"] == f'"{winner["version"]}"'
        version = winner["version"]
    assert filers[0].post(f"/v1/change-requests/{cid}/withdraw").status_code == 200
    return {"rounds": rounds, "concurrent": n}


def withdraw_versus_decision(actors: Actors, rounds: int) -> dict[str, Any]:
    """The filer withdraws while a reviewer decides: exactly one of them happens."""
    filer = actors.get("demo")[0]
    reviewer = actors.get("reviewer")[0]
    site = website_id(filer)
    wins: Counter[str] = Counter()
    for round_ in range(rounds):
        cid = fresh_submitted(filer, site, round_)["id"]
        withdrawn, decided = at_once(
            2,
            lambda i, cid=cid: (
                filer.post(f"/v1/change-requests/{cid}/withdraw")
                if i == 0
                else reviewer.post(
                    f"/v1/change-requests/{cid}/review",
                    json={
                        "decision": "reject",
                        "reasons": [{"field": "proposed_ips", "message": "x"}],
                    },
                )
            ),
        )
        codes = (withdrawn.status_code, decided.status_code)
        final = filer.get(f"/v1/change-requests/{cid}").json()
        actions = [t["action"] for t in final["timeline"]]
        if codes == (200, 409):
            wins["withdraw"] += 1
            assert actions == ["create", "submit", "withdraw"], actions
        else:
            # the decision came first; a withdrawal of a rejected change is still allowed
            assert decided.status_code == 200, (codes, decided.text)
            wins["decision"] += 1
            assert actions[:3] == ["create", "submit", "reject_first_review"], actions
            if withdrawn.status_code != 200:
                assert filer.post(f"/v1/change-requests/{cid}/withdraw").status_code == 200
        assert filer.get(f"/v1/change-requests/{cid}").json()["status"] == "withdrawn"
    return {"rounds": rounds, "wins": dict(wins)}
