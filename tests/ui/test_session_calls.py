"""A call belongs to the session that made it (issue 14, item 1).

Signing out cancels the calls the session still has queued: they are never sent. Before, the
worker read the token when a queued call's turn came and a sign-out only dropped the answers,
so the previous account's queued calls still reached the service after the sign-out, and
could carry the next account's token. Against a slow service one call is in flight when the
filer signs out and three more wait behind it; then another filer signs in.
"""

from __future__ import annotations

from typing import Any

from icp_desktop.client.models import Account
from icp_desktop.domain.status import Role

DELAY = 1.0  # seconds the slow service takes to answer each request


def marked(log: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [entry for entry in log if "queued-by-demo" in entry["path"]]


def test_queued_calls_of_a_signed_out_account_never_reach_the_service(
    qtbot: Any,
    make_controller: Any,
    sign_in: Any,
    slow_server: Any,
) -> None:
    slow_server.delay = 0.0
    controller = make_controller(slow_server.url)
    sign_in(controller, "demo")
    qtbot.waitUntil(lambda: not controller.backend.busy, timeout=15_000)
    slow_server.delay = DELAY
    page = controller.window.pages["licenses"]
    for n in range(1, 5):  # the first goes out at once, the others wait for their turn
        controller.backend.call(
            lambda api, n=n: api.list_websites(q=f"queued-by-demo-{n}"), lambda _r: None, owner=page
        )
    qtbot.waitUntil(lambda: len(marked(slow_server.log)) == 1, timeout=10_000)

    controller.sign_out()
    sign_in(controller, "demo2")  # answered after the call in flight and the sign-out
    qtbot.waitUntil(lambda: not controller.backend.busy, timeout=30_000)
    qtbot.wait(int(DELAY * 1000))  # anything still queued would have gone out by now

    log = slow_server.log
    sent = marked(log)
    assert [e["authorization"] for e in sent] == ["Bearer token-demo"], sent  # in flight
    assert not [
        e
        for e in log
        if e["authorization"] == "Bearer token-demo2" and "queued-by-demo" in e["path"]
    ]
    logout = next(e for e in log if e["path"] == "/v1/auth/logout")
    assert logout["authorization"] == "Bearer token-demo"  # revoked as its own holder
    assert controller.backend.token == "token-demo2"


def test_a_new_session_never_lends_its_token_to_the_calls_of_the_one_before(
    qtbot: Any,
    ui_backend: Any,
    slow_server: Any,
) -> None:
    slow_server.delay = DELAY
    ui_backend.set_server(slow_server.url)
    ui_backend.set_session("token-demo", Account(1, "demo", Role.FILER))
    answers: list[int] = []
    for n in range(1, 5):
        ui_backend.call(
            lambda api, n=n: api.list_websites(q=f"queued-by-demo-{n}"),
            lambda _r, n=n: answers.append(n),
        )
    qtbot.waitUntil(lambda: len(marked(slow_server.log)) == 1, timeout=10_000)
    # another account's session starts while the first one's calls wait for their turn
    ui_backend.set_session("token-demo2", Account(2, "demo2", Role.FILER))
    ui_backend.call(lambda api: api.list_websites(q="asked-by-demo2"), lambda _r: None)
    qtbot.waitUntil(lambda: any("demo2" in e["path"] for e in slow_server.log), timeout=10_000)
    qtbot.waitUntil(lambda: not ui_backend.busy, timeout=10_000)

    sent = marked(slow_server.log)
    assert [e["authorization"] for e in sent] == ["Bearer token-demo"], sent
    assert answers == []  # the first session's answers are nobody's now
