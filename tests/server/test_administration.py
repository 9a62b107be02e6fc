"""The administration stage: the simulator's own decisions, and an operator submitting and
recording outcomes by hand."""

from __future__ import annotations

from pathlib import Path

from tests.helpers.live_server import LiveServer, start_live_server
from tests.server import workflow_api as api
from tests.server.workflow_api import UserClient, user_client

__all__ = ["user_client"]


def test_simulator_rejection_keeps_the_old_ips_and_gives_reasons(
    tmp_path: Path, user_client: UserClient
) -> None:
    server = start_live_server(tmp_path / "srv", admin_simulator="reject", admin_delay=0)
    try:
        demo = user_client(server, "demo")
        reviewer = user_client(server, "reviewer")
        operator = user_client(server, "operator")
        cid = api.submitted_change(demo, "yunzhan-tech.cn", [api.SPARE_V4])["id"]
        assert api.review(reviewer, cid, "approve").status_code == 200
        rejected = api.wait_for_status(demo, cid, "administration_rejected")
        assert rejected["reasons"] and rejected["reasons"][0]["message"]
        assert rejected["timeline"][-1]["actor"]["kind"] == "administration"
        assert rejected["allowed_actions"] == ["submit", "withdraw"]
        assert api.website(demo, "yunzhan-tech.cn")["ips"] == ["47.93.18.21"]
        late = api.admin_result(operator, cid, "approve")
        assert (late.status_code, late.json()["code"]) == (409, "wrong_status")
    finally:
        server.stop()


def test_operator_cannot_record_over_a_pending_simulated_decision(
    tmp_path: Path, user_client: UserClient
) -> None:
    server = start_live_server(tmp_path / "srv", admin_simulator="approve", admin_delay=600)
    try:
        demo = user_client(server, "demo")
        reviewer = user_client(server, "reviewer")
        operator = user_client(server, "operator")
        cid = api.submitted_change(demo, "yunzhan-tech.cn", [api.SPARE_V4])["id"]
        assert api.review(reviewer, cid, "approve").status_code == 200
        api.wait_for_status(demo, cid, "administration_review")
        response = api.admin_result(
            operator, cid, "reject", [{"field": "proposed_ips", "message": "no"}]
        )
        assert (response.status_code, response.json()["code"]) == (409, "handled_by_simulator")
        assert api.change(operator, cid)["allowed_actions"] == []
    finally:
        server.stop()


def test_operator_submits_an_overdue_change_and_records_the_approval(
    shared_server: LiveServer, user_client: UserClient
) -> None:
    operator = user_client(shared_server, "operator")
    demo2 = user_client(shared_server, "demo2")
    _, cursor = api.events_after(demo2, None)
    queue = operator.get("/v1/review-queue", params={"stage": "administration_submission"}).json()[
        "items"
    ]
    held = next(i["change"] for i in queue if i["change"]["website"]["domain"] == "qinghe-net.cn")
    assert held["overdue"] is True
    submitted = operator.post(f"/v1/change-requests/{held['id']}/administration-submit")
    assert submitted.status_code == 200, submitted.text
    assert submitted.json()["status"] == "administration_review"
    again = operator.post(f"/v1/change-requests/{held['id']}/administration-submit")
    assert again.status_code == 409
    bare = api.admin_result(operator, held["id"], "reject")
    assert bare.status_code == 422
    done = api.admin_result(operator, held["id"], "approve")
    assert done.status_code == 200, done.text
    assert done.json()["status"] == "approved"
    assert api.website(demo2, "qinghe-net.cn")["ips"] == held["proposed_ips"]
    items, _ = api.events_after(demo2, cursor)
    assert [e["kind"] for e in items if e["change_id"] == held["id"]] == [
        "administration.submitted",
        "sms_verification.reminder",
        "administration.approved",
    ]
