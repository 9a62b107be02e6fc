"""The operator keeps the working-day calendar: importing a year from the State Council's
notice, the deadlines it moves, and every process counting with it at once."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from icp_desktop.domain.calendar import CHINA_TZ
from icp_desktop.domain.clock import FixedClock
from icp_desktop.server.models.audit import AuditEntry
from tests.server.conftest import InProcess, in_process

pytestmark = pytest.mark.anyio

# A 2027 notice in the published form (the days are made up for the test: the weekdays are
# 2027's, so the parser's checks pass).
NOTICE_2027 = """国务院办公厅关于2027年部分节假日安排的通知

各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
经国务院批准，现将2027年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。
一、元旦：1月1日（周五）至3日（周日）放假，共3天。
二、春节：2月6日（农历除夕、周六）至14日（农历正月初八、周日）放假调休，共9天。2月20日（周六）上班。
三、清明节：4月3日（周六）至5日（周一）放假，共3天。
四、劳动节：5月1日（周六）至5日（周三）放假调休，共5天。5月8日（周六）上班。
五、端午节：6月9日（周三）至11日（周五）放假，共3天。
六、中秋节：9月15日（周三）至17日（周五）放假，共3天。
七、国庆节：10月1日（周五）至7日（周四）放假调休，共7天。9月26日（周日）、10月9日（周六）上班。
节假日期间，各地区、各部门要妥善安排好值班和安全、保卫、疫情防控等工作。
国务院办公厅
2026年11月10日
"""

NEW_YEARS_EVE = datetime(2026, 12, 31, 23, 59, tzinfo=CHINA_TZ)
# The tests that run on a clock stopped at a moment of their own (NEW_YEARS_EVE, say): the
# suite's reruns at other moments would repeat them unchanged.
OWN_CLOCK = pytest.mark.own_clock


def beijing_day(value: str) -> date:
    """The Beijing day a due time (the next midnight) closes."""
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return (moment - timedelta(microseconds=1)).astimezone(CHINA_TZ).date()


async def submit_change(app: InProcess, headers: dict[str, str]) -> dict[str, Any]:
    client = app.client
    sites = (await client.get("/v1/websites", headers=headers)).json()["items"]
    site = next(w for w in sites if w["domain"] == "yunzhan-tech.cn")
    created = await client.post(
        "/v1/change-requests",
        headers=headers,
        json={"website_id": site["id"], "proposed_ips": ["39.108.77.12"]},
    )
    assert created.status_code == 201, created.text
    submitted = await client.post(
        f"/v1/change-requests/{created.json()['id']}/submit", headers=headers
    )
    assert submitted.status_code == 200, submitted.text
    return dict(submitted.json())


@OWN_CLOCK
async def test_a_year_without_data_gives_estimates_until_its_notice_is_imported(
    tmp_path: Path,
) -> None:
    async with in_process(tmp_path / "data", FixedClock(NEW_YEARS_EVE)) as app:
        demo = await app.headers("demo")
        operator = await app.headers("operator")
        change = await submit_change(app, demo)
        # No data for 2027: 1 January (元旦) is counted as a working day, and it says so.
        assert change["deadline"]["kind"] == "first_review"
        assert change["deadline"]["estimated"] is True
        assert beijing_day(change["deadline"]["due_at"]) == date(2027, 1, 1)
        cursor = (await app.client.get("/v1/events", headers=demo)).json()["cursor"]

        saved = await app.client.put(
            "/v1/calendar/2027", headers=operator, json={"notice_text": NOTICE_2027, "version": 0}
        )
        assert saved.status_code == 200, saved.text
        body = saved.json()
        assert body["year"]["source"] == "operator"
        assert body["year"]["version"] == 1
        assert body["changes_recomputed"] >= 1
        holidays = {d["date"]: d["name"] for d in body["year"]["holidays"]}
        assert holidays["2027-01-01"] == "元旦"
        assert "2027-02-20" in {d["date"] for d in body["year"]["workdays"]}

        # The open change now waits until the end of Monday 4 January, no longer an estimate.
        fresh = (await app.client.get(f"/v1/change-requests/{change['id']}", headers=demo)).json()
        assert beijing_day(fresh["deadline"]["due_at"]) == date(2027, 1, 4)
        assert fresh["deadline"]["estimated"] is False
        # … and the filer's app heard of it.
        batch = (await app.client.get("/v1/events", headers=demo, params={"after": cursor})).json()
        moved = [e for e in batch["items"] if e["kind"] == "change.deadline_changed"]
        mine = [e for e in moved if e["change_id"] == change["id"]]
        assert len(mine) == 1
        assert mine[0]["payload"]["estimated"] is False


@OWN_CLOCK
async def test_the_import_is_audited_and_a_stale_save_is_refused(tmp_path: Path) -> None:
    async with in_process(tmp_path / "data", FixedClock(NEW_YEARS_EVE)) as app:
        operator = await app.headers("operator")
        first = await app.client.put(
            "/v1/calendar/2027", headers=operator, json={"notice_text": NOTICE_2027, "version": 0}
        )
        assert first.status_code == 200
        # Someone else saved meanwhile: an edit started from version 0 must not overwrite it.
        stale = await app.client.put(
            "/v1/calendar/2027",
            headers=operator,
            json={
                "holidays": [{"date": "2027-01-01", "name": "元旦"}],
                "workdays": [],
                "version": 0,
            },
        )
        assert stale.status_code == 409
        assert stale.json()["errors"][0]["field"] == "version"
        async with app.database.read_sessions() as session:
            entries = (
                await session.scalars(
                    select(AuditEntry).where(AuditEntry.action == "calendar.save")
                )
            ).all()
        assert len(entries) == 1
        assert "2027-01-01" in entries[0].after["holidays"]
        assert entries[0].before["source"] == "none"


async def test_only_an_operator_keeps_the_calendar(inproc: InProcess) -> None:
    for user in ("demo", "reviewer"):
        response = await inproc.client.put(
            "/v1/calendar/2027",
            headers=await inproc.headers(user),
            json={"notice_text": NOTICE_2027},
        )
        assert response.status_code == 403
    # Everybody may read it.
    read = await inproc.client.get("/v1/calendar/2026", headers=await inproc.headers("demo"))
    assert read.status_code == 200
    assert read.json()["source"] == "package"
    assert {"date": "2026-10-01", "name": "国庆节"} in read.json()["holidays"]


@pytest.mark.parametrize(
    ("text", "line"),
    [
        # the notice of another year pasted under 2027
        (NOTICE_2027.replace("2027年部分", "2028年部分"), 1),
        # a weekday that is not that date's in 2027
        (NOTICE_2027.replace("1月1日（周五）", "1月1日（周四）"), 5),
        # a "total" that does not match the range
        (NOTICE_2027.replace("共9天", "共8天"), 6),
    ],
)
async def test_an_unreadable_notice_is_refused_at_its_line_and_nothing_is_saved(
    inproc: InProcess,
    text: str,
    line: int,
) -> None:
    operator = await inproc.headers("operator")
    response = await inproc.client.put(
        "/v1/calendar/2027", headers=operator, json={"notice_text": text}
    )
    assert response.status_code == 422
    problem = response.json()["errors"][0]
    assert problem["field"] == "notice_text"
    assert problem["code"] == "notice_unreadable"
    assert problem["params"]["line"] == line
    assert any("\u4e00" <= c <= "\u9fff" for c in problem["params"]["reason_zh"])
    year = (await inproc.client.get("/v1/calendar/2027", headers=operator)).json()
    assert year["source"] == "none"
    assert year["version"] == 0


async def test_days_entered_by_hand_are_checked_field_by_field(inproc: InProcess) -> None:
    operator = await inproc.headers("operator")
    response = await inproc.client.put(
        "/v1/calendar/2027",
        headers=operator,
        json={
            "holidays": [{"date": "2027-01-01"}, {"date": "2028-01-01"}],
            "workdays": [{"date": "2027-01-01"}, {"date": "2027-01-05"}],
        },
    )
    assert response.status_code == 422
    found = {(p["field"], p["code"]) for p in response.json()["errors"]}
    assert found == {
        ("holidays", "outside_year"),
        ("workdays", "both_holiday_and_workday"),
        ("workdays", "workday_not_weekend"),
    }
    both = await inproc.client.put(
        "/v1/calendar/2027", headers=operator, json={"notice_text": NOTICE_2027, "holidays": []}
    )
    assert both.status_code == 422


@OWN_CLOCK
async def test_a_year_saved_on_one_process_counts_on_another_at_once(tmp_path: Path) -> None:
    clock = FixedClock(NEW_YEARS_EVE)
    async with (
        in_process(tmp_path / "data", clock) as first,
        in_process(tmp_path / "data", clock, seed=False) as second,
    ):
        demo = await second.headers("demo")
        # The second process has built its calendar (no 2027 data) before the import.
        before = await submit_change(second, demo)
        assert before["deadline"]["estimated"] is True
        saved = await first.client.put(
            "/v1/calendar/2027",
            headers=await first.headers("operator"),
            json={"notice_text": NOTICE_2027},
        )
        assert saved.status_code == 200
        after = (
            await second.client.get(f"/v1/change-requests/{before['id']}", headers=demo)
        ).json()
        assert after["deadline"]["estimated"] is False
        assert after["deadline"]["working_days_left"] == 1  # Monday 4 January


@OWN_CLOCK
async def test_removing_a_year_brings_the_estimates_back(tmp_path: Path) -> None:
    async with in_process(tmp_path / "data", FixedClock(NEW_YEARS_EVE)) as app:
        operator = await app.headers("operator")
        demo = await app.headers("demo")
        await app.client.put(
            "/v1/calendar/2027", headers=operator, json={"notice_text": NOTICE_2027}
        )
        change = await submit_change(app, demo)
        assert change["deadline"]["estimated"] is False
        removed = await app.client.delete("/v1/calendar/2027", headers=operator)
        assert removed.status_code == 200
        assert removed.json()["year"]["source"] == "none"
        fresh = (await app.client.get(f"/v1/change-requests/{change['id']}", headers=demo)).json()
        assert fresh["deadline"]["estimated"] is True
        again = await app.client.delete("/v1/calendar/2027", headers=operator)
        assert again.status_code == 404


@OWN_CLOCK
@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (datetime(2026, 10, 31, 12, tzinfo=CHINA_TZ), []),
        (datetime(2026, 11, 1, 9, tzinfo=CHINA_TZ), [("next_year_missing", 2027)]),
        (datetime(2027, 3, 1, 9, tzinfo=CHINA_TZ), [("current_year_missing", 2027)]),
    ],
)
async def test_the_operator_is_told_from_1_november_when_next_year_has_no_data(
    tmp_path: Path,
    today: datetime,
    expected: list[tuple[str, int]],
) -> None:
    async with in_process(tmp_path / "data", FixedClock(today)) as app:
        operator = await app.headers("operator")
        summary = (await app.client.get("/v1/calendar", headers=operator)).json()
        assert [(a["code"], a["year"]) for a in summary["attention"]] == expected
        if expected:
            assert str(expected[0][1]) in summary["attention"][0]["message"]
            saved = await app.client.put(
                "/v1/calendar/2027", headers=operator, json={"notice_text": NOTICE_2027}
            )
            assert saved.status_code == 200
            summary = (await app.client.get("/v1/calendar", headers=operator)).json()
            assert summary["attention"] == []
            assert {"year": 2027, "source": "operator"} in summary["years"]


async def test_a_finished_change_has_no_pending_deadline(inproc: InProcess) -> None:
    demo = await inproc.headers("demo")
    changes = (
        await inproc.client.get("/v1/change-requests", headers=demo, params={"limit": 100})
    ).json()["items"]
    by_status = {c["status"]: c for c in changes}
    for status in ("approved", "withdrawn", "draft", "first_review_rejected"):
        assert by_status[status]["deadline"] is None, status
        assert by_status[status]["overdue"] is False
    assert by_status["pending_first_review"]["deadline"]["kind"] == "first_review"


@OWN_CLOCK
async def test_a_year_no_deadline_reaches_moves_nothing(tmp_path: Path) -> None:
    """Saving a year far from every open change recomputes nothing and tells nobody: the demo
    data's deadlines (overdue ones too) are what the calendar gives."""
    async with in_process(tmp_path / "data", FixedClock(NEW_YEARS_EVE)) as app:
        operator = await app.headers("operator")
        cursor = (await app.client.get("/v1/events", headers=operator)).json()["cursor"]
        saved = await app.client.put(
            "/v1/calendar/2095",
            headers=operator,
            json={"holidays": [{"date": "2095-01-03", "name": "元旦"}], "workdays": []},
        )
        assert saved.status_code == 200, saved.text
        assert saved.json()["changes_recomputed"] == 0
        batch = (
            await app.client.get("/v1/events", headers=operator, params={"after": cursor})
        ).json()
        assert batch["items"] == []


async def test_a_save_repeated_after_a_lost_answer_is_no_conflict(inproc: InProcess) -> None:
    operator = await inproc.headers("operator")
    body = {"notice_text": NOTICE_2027, "version": 0}
    first = await inproc.client.put("/v1/calendar/2027", headers=operator, json=body)
    again = await inproc.client.put("/v1/calendar/2027", headers=operator, json=body)
    assert (first.status_code, again.status_code) == (200, 200)
    assert again.json()["year"]["version"] == 1
    assert again.json()["changes_recomputed"] == 0
    # a different edit from the same old version still conflicts
    other = await inproc.client.put(
        "/v1/calendar/2027",
        headers=operator,
        json={"holidays": [{"date": "2027-01-01", "name": "元旦"}], "workdays": [], "version": 0},
    )
    assert other.status_code == 409
