"""The whole Change Access journey over HTTP against the real service (issue 2).

draft → submit → first review rejects with reasons → modify and submit → approve → submitted to
the administration by the service itself → the administration rejects → modify and submit →
approve → the administration approves → the website shows the new IPs; the filer's event
stream tells every outcome, in order.
"""

from __future__ import annotations

from collections.abc import Callable

import httpx

from tests.helpers.live_server import LiveServer
from tests.server import workflow_api as api
from tests.server.workflow_api import user_client

__all__ = ["user_client"]

ClientFor = Callable[[LiveServer, str | None], httpx.Client]


def test_full_journey_ends_with_the_new_ips_and_every_outcome_in_the_event_stream(
    live_server: LiveServer, user_client: ClientFor
) -> None:
    demo = user_client(live_server, "demo")
    reviewer = user_client(live_server, "reviewer")
    operator = user_client(live_server, "operator")
    _, start = api.events_after(demo, None)  # everything before the journey

    site = api.website(demo, "yunzhan-tech.cn")
    assert site["ips"] == ["47.93.18.21"]
    created = api.create(demo, site["id"], ["47.93.18.21", api.SPARE_V4], key="journey-1")
    assert created.status_code == 201, created.text
    draft = created.json()
    assert draft["status"] == "draft"
    assert draft["base_ips"] == ["47.93.18.21"]
    assert created.headers["ETag"] == f'"{draft["version"]}"'
    cid = draft["id"]

    submitted = api.submit(demo, cid, key="journey-submit-1").json()
    assert submitted["status"] == "pending_first_review"
    assert submitted["round"] == 1
    assert submitted["first_review_due_at"] is not None

    # First review rejects with a reason on one IP.
    rejected = api.review(
        reviewer,
        cid,
        "reject",
        [
            {
                "field": "proposed_ips",
                "ip": api.SPARE_V4,
                "code": "site_not_reachable",
                "message": "The site does not answer on this address",
            }
        ],
        comment="Check DNS",
    )
    assert rejected.status_code == 200, rejected.text
    seen = api.change(demo, cid)
    assert seen["status"] == "first_review_rejected"
    assert seen["reasons"][0]["ip"] == api.SPARE_V4
    assert seen["comment"] == "Check DNS"
    assert "submit" in seen["allowed_actions"]

    # Modify and Submit.
    edited = api.patch(demo, cid, ["47.93.18.21", api.SPARE_V4_B], seen["version"])
    assert edited.status_code == 200, edited.text
    again = api.submit(demo, cid, key="journey-submit-2").json()
    assert (again["status"], again["round"]) == ("pending_first_review", 2)

    assert api.review(reviewer, cid, "approve").status_code == 200
    # The service submits it to the administration by itself.
    in_admin = api.wait_for_status(demo, cid, "administration_review")
    assert in_admin["administration_expected_by"] is not None

    refused = api.admin_result(
        operator,
        cid,
        "reject",
        [{"field": "proposed_ips", "message": "The administration could not verify the IPs"}],
    )
    assert refused.status_code == 200, refused.text
    after_admin = api.change(demo, cid)
    assert after_admin["status"] == "administration_rejected"
    assert api.website(demo, "yunzhan-tech.cn")["ips"] == ["47.93.18.21"]

    # Modify and Submit after the administration's rejection: back to first review.
    final_ips = [api.SPARE_V4_B, api.SPARE_V6]
    assert api.patch(demo, cid, final_ips, after_admin["version"]).status_code == 200
    third = api.submit(demo, cid, key="journey-submit-3").json()
    assert (third["status"], third["round"]) == ("pending_first_review", 3)
    assert api.review(reviewer, cid, "approve").status_code == 200
    api.wait_for_status(demo, cid, "administration_review")
    assert api.admin_result(operator, cid, "approve").status_code == 200

    done = api.change(demo, cid)
    assert done["status"] == "approved"
    assert done["allowed_actions"] == []
    now_site = api.website(demo, "yunzhan-tech.cn")
    assert now_site["ips"] == final_ips
    assert now_site["version"] == site["version"] + 1
    assert now_site["open_change"] is None

    timeline = [(t["action"], t["to_status"]) for t in done["timeline"]]
    assert timeline[0] == ("create", "draft")
    assert timeline[-1] == ("administration_approve", "approved")
    assert [t["actor"]["kind"] for t in done["timeline"]].count("service") == 2

    items, _ = api.events_after(demo, start)
    kinds = [e["kind"] for e in items if e["change_id"] == cid]
    assert kinds == [
        "change.created",
        "change.submitted",
        "first_review.rejected",
        "change.submitted",
        "first_review.approved",
        "administration.submitted",
        "sms_verification.reminder",
        "administration.rejected",
        "change.submitted",
        "first_review.approved",
        "administration.submitted",
        "sms_verification.reminder",
        "administration.approved",
    ]
    rejection = next(e for e in items if e["kind"] == "first_review.rejected")
    assert rejection["payload"]["reasons"][0]["ip"] == api.SPARE_V4
    assert rejection["payload"]["comment"] == "Check DNS"
    assert rejection["payload"]["license_number"] == site["license_number"]


def test_simulator_decides_by_itself_and_its_decision_survives_a_restart(
    tmp_path: object, user_client: ClientFor
) -> None:
    from pathlib import Path

    from tests.helpers.live_server import start_live_server

    server = start_live_server(
        Path(str(tmp_path)) / "sim", admin_simulator="approve", admin_delay=3.0
    )
    try:
        demo = user_client(server, "demo")
        reviewer = user_client(server, "reviewer")
        submitted = api.submitted_change(demo, "jobs.yunzhan-tech.cn", [api.SPARE_V6])
        cid = submitted["id"]
        assert api.review(reviewer, cid, "approve").status_code == 200
        api.wait_for_status(demo, cid, "administration_review")
        # Killed before the simulated decision is due: the decision is in the database.
        server.kill()
        server.start()
        demo = user_client(server, "demo")
        done = api.wait_for_status(demo, cid, "approved", timeout=30)
        assert done["timeline"][-1]["actor"]["kind"] == "administration"
        assert api.website(demo, "jobs.yunzhan-tech.cn")["ips"] == [api.SPARE_V6]
    finally:
        server.stop()
