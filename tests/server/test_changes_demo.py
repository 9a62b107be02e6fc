"""The demo data shows every status of the workflow, with real timelines."""

from __future__ import annotations

from collections import Counter

from tests.helpers.live_server import LiveServer
from tests.server import workflow_api as api
from tests.server.workflow_api import UserClient, user_client

__all__ = ["user_client"]


def test_demo_has_a_change_in_every_status_and_free_websites(
    shared_server: LiveServer, user_client: UserClient
) -> None:
    operator = user_client(shared_server, "operator")
    items = operator.get("/v1/change-requests", params={"limit": 500}).json()["items"]
    demo_items = items  # this module's server holds only what the demo seeding made
    statuses = Counter(c["status"] for c in demo_items)
    assert set(statuses) == {
        "draft",
        "pending_first_review",
        "first_review_rejected",
        "pending_administration_submission",
        "administration_review",
        "administration_rejected",
        "approved",
        "withdrawn",
    }
    assert statuses["pending_first_review"] >= 3
    pending = [c for c in demo_items if c["status"] == "pending_first_review"]
    assert sum(c["overdue"] for c in pending) == 1
    rejected = next(c for c in demo_items if c["status"] == "first_review_rejected")
    assert any(r["ip"] for r in rejected["reasons"])
    full = api.change(operator, next(c["id"] for c in demo_items if c["status"] == "approved"))
    assert [t["to_status"] for t in full["timeline"]] == [
        "draft",
        "pending_first_review",
        "pending_administration_submission",
        "administration_review",
        "approved",
    ]
    demo = user_client(shared_server, "demo")
    free = demo.get("/v1/websites", params={"status": "none", "limit": 50}).json()["items"]
    assert {"yunzhan-tech.cn", "jobs.yunzhan-tech.cn"} <= {w["domain"] for w in free}
