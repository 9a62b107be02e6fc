"""The service restarted (SIGKILL, then started again) while the filer's app is open: the app
reconnects, resumes its event stream from its cursor, and misses no notification: neither an
outcome recorded before it has reconnected nor one recorded after."""

from __future__ import annotations

from typing import Any

from tests.helpers import http_client
from tests.helpers.live_server import LiveServer, login_token
from tests.robustness.budget import budget, record
from tests.ui.conftest import app_paths, fresh_live_server, make_controller, memory_keyring, sign_in
from tests.ui.test_notifications import signed_in_filer

__all__ = ["app_paths", "fresh_live_server", "make_controller", "memory_keyring", "sign_in"]
FREE = ("yunzhan-tech.cn", "jobs.yunzhan-tech.cn", "zhangwei-photo.cn")
REASON = [{"field": "proposed_ips", "message": "The domain does not resolve to this address."}]


def submitted(url: str, domain: str) -> int:
    with http_client.Client(
        base_url=url, timeout=20, headers={"Authorization": f"Bearer {login_token(url, 'demo')}"}
    ) as demo:
        site = next(
            w
            for w in demo.get("/v1/websites", params={"q": domain}).json()["items"]
            if w["domain"] == domain
        )
        made = demo.post(
            "/v1/change-requests", json={"website_id": site["id"], "proposed_ips": ["39.108.77.12"]}
        )
        assert made.status_code == 201, made.text
        done = demo.post(f"/v1/change-requests/{made.json()['id']}/submit")
        assert done.status_code == 200, done.text
        return int(made.json()["id"])


def reject(url: str, token: str, cid: int) -> None:
    answer = http_client.post(
        f"{url}/v1/change-requests/{cid}/review",
        timeout=20,
        headers={"Authorization": f"Bearer {token}"},
        json={"decision": "reject", "reasons": REASON, "comment": ""},
    )
    assert answer.status_code == 200, answer.text


def test_a_restarted_service_misses_no_notification(
    qtbot: Any,
    make_controller: Any,
    sign_in: Any,
    fresh_live_server: LiveServer,
) -> None:
    server = fresh_live_server
    restarts = budget(1, 5)
    controller = signed_in_filer(qtbot, make_controller, sign_in, server.url)
    heard: list[tuple[str, int]] = []
    controller.notifier.notified.connect(
        lambda note: heard.append((note["kind"], note["change_id"]))
    )
    expected: list[tuple[str, int]] = []
    for n in range(restarts):
        early, late = submitted(server.url, FREE[n % 3]), None
        server.kill()
        server.start()
        # Decided at once: the app is still backing off and has not polled the new process.
        reviewer = login_token(server.url, "reviewer")
        reject(server.url, reviewer, early)
        expected.append(("first_review.rejected", early))
        qtbot.waitUntil(lambda e=early: ("first_review.rejected", e) in heard, timeout=45_000)
        late = submitted(server.url, FREE[(n + 1) % 3])
        reject(server.url, reviewer, late)
        expected.append(("first_review.rejected", late))
        qtbot.waitUntil(lambda e=late: ("first_review.rejected", e) in heard, timeout=10_000)
        for cid in (early, late):  # leave the websites free for the next round
            http_client.post(
                f"{server.url}/v1/change-requests/{cid}/withdraw",
                timeout=20,
                headers={"Authorization": f"Bearer {login_token(server.url, 'demo')}"},
            )
    outcomes = [h for h in heard if h[0].startswith("first_review.")]
    assert outcomes == expected, (outcomes, expected)  # each once, in order
    record(
        "fault: service restarted under the open app",
        restarts=restarts,
        outcomes=len(expected),
        missed=0,
        doubled=len(outcomes) - len(set(outcomes)),
    )


def test_outcomes_recorded_while_the_service_is_away_arrive_once_after_it_is_back(
    qtbot: Any,
    make_controller: Any,
    sign_in: Any,
    fresh_live_server: LiveServer,
) -> None:
    """A graceful restart (the waiting poll is answered as shutdown begins, its cursor moved
    up to what the process had read), and outcomes recorded meanwhile by another service
    process on the same database: the app resumes from its cursor with no gap and no repeat."""
    server = fresh_live_server
    controller = signed_in_filer(qtbot, make_controller, sign_in, server.url)
    heard: list[tuple[str, int]] = []
    controller.notifier.notified.connect(
        lambda note: heard.append((note["kind"], note["change_id"]))
    )
    reviewer = login_token(server.url, "reviewer")
    first, second = submitted(server.url, FREE[0]), submitted(server.url, FREE[1])
    reject(server.url, reviewer, first)
    qtbot.waitUntil(lambda: ("first_review.rejected", first) in heard, timeout=10_000)

    server.stop()  # SIGTERM: the app's waiting poll is answered, then it backs off
    other = LiveServer(
        server.data_dir / "other",
        demo=False,
        database_url=f"sqlite:///{server.data_dir / 'filing.sqlite3'}",
    ).start()
    try:
        reject(other.url, login_token(other.url, "reviewer"), second)  # while the app's is away
    finally:
        other.stop()
    server.start()
    qtbot.waitUntil(lambda: ("first_review.rejected", second) in heard, timeout=45_000)
    third = submitted(server.url, FREE[2])
    reject(server.url, login_token(server.url, "reviewer"), third)
    qtbot.waitUntil(lambda: ("first_review.rejected", third) in heard, timeout=10_000)
    outcomes = [h for h in heard if h[0].startswith("first_review.")]
    assert outcomes == [("first_review.rejected", cid) for cid in (first, second, third)]
