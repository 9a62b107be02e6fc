"""The service killed (SIGKILL) in the middle of a submit; the client retries with its key."""

from __future__ import annotations

import contextlib
import random
import threading
import time
from pathlib import Path

import httpx

from tests.helpers.live_server import start_live_server
from tests.server import workflow_api as api


def test_a_submit_killed_mid_flight_and_retried_with_its_key_happens_once(
    tmp_path: Path,
) -> None:
    server = start_live_server(tmp_path / "srv")
    rng = random.Random(20261127)  # kill points, not secrets
    plan = [
        ("yunzhan-tech.cn", api.SPARE_V4),
        ("jobs.yunzhan-tech.cn", api.SPARE_V6),
        ("zhangwei-photo.cn", api.SPARE_V4_B),
    ]
    try:
        for i, (domain, ip) in enumerate(plan):
            with api.signed_in(server, "demo") as demo:
                site = api.website(demo, domain)
                draft = api.create(demo, site["id"], [ip], key=f"create-{i}").json()

                def submit(i: int = i, cid: int = draft["id"]) -> None:
                    # The server dies under the request, as intended.
                    with contextlib.suppress(httpx.TransportError):
                        api.submit(demo, cid, key=f"submit-{i}")

                flight = threading.Thread(target=submit)
                flight.start()
                time.sleep(rng.uniform(0.0, 0.08))  # a random point of the request
                server.kill()
                flight.join(30)
            server.start()
            with api.signed_in(server, "demo") as demo:
                again = api.create(demo, site["id"], [ip], key=f"create-{i}")
                assert (again.status_code, again.json()["id"]) == (201, draft["id"])
                retried = api.submit(demo, draft["id"], key=f"submit-{i}")
                assert retried.status_code == 200, retried.text
                change = api.change(demo, draft["id"])
                assert (change["status"], change["round"]) == ("pending_first_review", 1)
                assert [t["action"] for t in change["timeline"]] == ["create", "submit"]
                items, _ = api.events_after(demo, None)
                assert [e["kind"] for e in items if e["change_id"] == draft["id"]] == [
                    "change.created",
                    "change.submitted",
                ]
                assert site["id"] in [
                    c["website_id"]
                    for c in demo.get(
                        "/v1/change-requests", params={"status": "pending_first_review"}
                    ).json()["items"]
                ]
    finally:
        server.stop()
