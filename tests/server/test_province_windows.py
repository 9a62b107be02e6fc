"""Per-province administration windows: data the operator keeps, "day N of up to M working days"
on each change, the queue at the administration by how far into the window, and the p50/p90
report."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from icp_desktop.server.services import administration_views, calendars
from tests.server import admin_stage_support as stage
from tests.server.conftest import InProcess, in_process

pytestmark = pytest.mark.anyio


async def at_administration(app: InProcess) -> dict[str, dict[str, Any]]:
    """The demo data's changes at the administration, by domain (operator's view)."""
    listed = await app.client.get(
        "/v1/change-requests",
        headers=await app.headers("operator"),
        params={"status": "administration_review"},
    )
    return {c["website"]["domain"]: c for c in listed.json()["items"]}


async def test_windows_are_seeded_and_each_change_is_told_where_it_is(
    inproc: InProcess,
) -> None:
    listed = await inproc.client.get("/v1/province-windows", headers=await inproc.headers("demo"))
    windows = {w["province"]: w["working_days"] for w in listed.json()["items"]}
    assert len(windows) == 31 and windows["浙江"] == 30
    assert {d for p, d in windows.items() if p != "浙江"} == {20}
    changes = await at_administration(inproc)
    zhejiang = changes["edu.qinghe-net.cn"]["administration_window"]
    beijing = changes["data.yunzhan-tech.cn"]["administration_window"]
    assert (zhejiang["province"], zhejiang["working_days"], zhejiang["day"]) == ("浙江", 30, 1)
    assert (beijing["province"], beijing["working_days"]) == ("北京", 20)
    assert zhejiang["expected_by"] > beijing["expected_by"]
    deadline = changes["edu.qinghe-net.cn"]["deadline"]
    assert (deadline["kind"], deadline["due_at"]) == (
        "administration_review",
        zhejiang["expected_by"],
    )


async def test_the_operator_changes_a_window_and_open_changes_follow(tmp_path: Path) -> None:
    async with in_process(tmp_path / "data", stage.fixed_clock()) as app:
        operator = await app.headers("operator")
        before = (await at_administration(app))["edu.qinghe-net.cn"]
        listed = await app.client.get("/v1/province-windows", headers=operator)
        version = next(w["version"] for w in listed.json()["items"] if w["province"] == "浙江")
        for who, body, status in (
            ("demo", {"working_days": 25}, 403),
            ("operator", {"working_days": 0}, 422),
            ("operator", {"working_days": 61}, 422),
        ):
            refused = await app.client.put(
                "/v1/province-windows/浙江", headers=await app.headers(who), json=body
            )
            assert refused.status_code == status, (who, body)
        saved = await app.client.put(
            "/v1/province-windows/浙江",
            headers=operator,
            json={"working_days": 25, "version": version},
        )
        assert saved.status_code == 200, saved.text
        assert saved.json()["changes_recomputed"] == 1
        assert saved.json()["window"]["updated_by"] == "operator"
        after = (await at_administration(app))["edu.qinghe-net.cn"]
        assert after["administration_window"]["working_days"] == 25
        assert after["administration_expected_by"] < before["administration_expected_by"]
        told = await stage.events(app, await app.headers("demo2"), "change.deadline_changed")
        assert told and told[-1]["payload"]["window_days"] == 25
        stale = await app.client.put(
            "/v1/province-windows/浙江",
            headers=operator,
            json={"working_days": 30, "version": version},
        )
        assert (stale.status_code, stale.json()["code"]) == (409, "province_window_changed")
        # A calendar recomputation keeps each change's own window.
        async with app.database.sessions() as session:
            await calendars.recompute_open_changes(session, 1)
            await session.commit()
        again = (await at_administration(app))["edu.qinghe-net.cn"]
        assert again["administration_expected_by"] == after["administration_expected_by"]


async def test_the_queue_is_sorted_by_how_far_into_the_window(tmp_path: Path) -> None:
    clock = stage.fixed_clock()
    async with in_process(tmp_path / "data", clock) as app:
        clock.advance(timedelta(days=14))  # some 10 working days on
        operator = await app.headers("operator")
        queue = await app.client.get("/v1/administration/queue", headers=operator)
        assert queue.status_code == 200, queue.text
        items = queue.json()["items"]
        assert [i["domain"] for i in items] == ["data.yunzhan-tech.cn", "edu.qinghe-net.cn"]
        data, edu = items
        assert data["window"]["day"] == edu["window"]["day"] > 1
        assert data["progress"] > edu["progress"]  # the same day of 20 and of 30
        assert queue.json()["counts"]["awaiting_sms"] == 2
        assert (
            await app.client.get("/v1/administration/queue", headers=await app.headers("demo"))
        ).status_code == 403
        clock.advance(timedelta(days=30))
        late = (
            await app.client.get("/v1/administration/queue", headers=await app.headers("operator"))
        ).json()
        first = late["items"][0]
        assert first["window"]["beyond"] and first["window"]["day"] > 20
        assert late["counts"]["beyond_window"] >= 1


async def test_a_queue_longer_than_its_list_says_how_many_are_left_out(
    inproc: InProcess, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A provider's queue can outgrow what one answer lists (2,000 changes): the answer lists
    those nearest their expected date and still counts every change at the administration."""
    monkeypatch.setattr(administration_views, "MAX_QUEUE", 1)  # the demo data has two there
    queue = await inproc.client.get(
        "/v1/administration/queue", headers=await inproc.headers("operator")
    )
    assert queue.status_code == 200, queue.text
    body = queue.json()
    assert [i["domain"] for i in body["items"]] == ["data.yunzhan-tech.cn"]  # 20 days, not 30
    assert (body["counts"]["total"], body["counts"]["listed"]) == (2, 1)


async def test_the_report_gives_p50_and_p90_per_province_and_stage(tmp_path: Path) -> None:
    clock = stage.fixed_clock()
    async with in_process(tmp_path / "data", clock) as app:
        # One more change through every stage, verified after 2 hours.
        handed = await stage.at_administration(app)
        clock.advance(stage.hours(2))
        demo = await app.headers("demo")
        await app.client.post(
            f"/v1/change-requests/{handed['id']}/sms-verification",
            headers=demo,
            json={"outcome": "verified"},
        )
        clock.advance(stage.hours(46))
        operator = await app.headers("operator")
        await app.client.post(
            f"/v1/change-requests/{handed['id']}/administration-result",
            headers=operator,
            json={"decision": "approve", "reasons": []},
        )
        report = await app.client.get(
            "/v1/reports/administration-times", headers=operator, params={"since_days": 30}
        )
        assert report.status_code == 200, report.text
        rows = {(r["province"], r["stage"]): r for r in report.json()["rows"]}
        assert {
            "first_review",
            "administration_submission",
            "sms_verification",
            "administration_review",
        } <= {stage_ for p, stage_ in rows if p == ""}
        sms = rows[("北京", "sms_verification")]
        assert sms["count"] == 1 and sms["p50_hours"] == sms["p90_hours"] == 2.0
        review = rows[("北京", "administration_review")]
        assert review["p90_hours"] >= review["p50_hours"] and 48.0 in (
            review["p50_hours"],
            review["p90_hours"],
        )
        for row in report.json()["rows"]:
            assert 0 <= row["p50_hours"] <= row["p90_hours"] and row["count"] >= 1
        assert (
            await app.client.get(
                "/v1/reports/administration-times", headers=await app.headers("demo")
            )
        ).status_code == 403
