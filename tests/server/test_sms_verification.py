"""MIIT SMS verification (短信核验): the countdown, its reminders, and how the step ends."""

from __future__ import annotations

import asyncio
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from icp_desktop.server.gateway import SimulatorGateway
from icp_desktop.server.models.workflow import AdministrationSubmission
from icp_desktop.server.services import administration, sms_verification
from tests.server import admin_stage_support as stage
from tests.server.conftest import in_process

pytestmark = pytest.mark.anyio


def stages(items: list[dict[str, object]], change_id: int) -> list[object]:
    return [
        e["payload"]["stage"]
        for e in items  # type: ignore[index]
        if e["kind"] == "sms_verification.reminder" and e["change_id"] == change_id
    ]


async def test_the_countdown_starts_at_the_hand_over_and_survives_a_restart(
    tmp_path: Path,
) -> None:
    clock = stage.fixed_clock()
    data = tmp_path / "data"
    async with in_process(data, clock) as app:
        handed = await stage.at_administration(app)
        sms = handed["sms_verification"]
        assert handed["status"] == "administration_review"
        assert sms["state"] == "awaiting" and sms["seconds_left"] == 24 * 3600
        assert sms["failures"] == 0 and sms["max_failures"] == 5
        assert sms["allowed"] == ["confirm", "record_failure"]  # as the operator sees it
        demo = await app.headers("demo")
        site = await app.client.get("/v1/websites", headers=demo, params={"q": "yunzhan-tech.cn"})
        mine = next(w for w in site.json()["items"] if w["domain"] == "yunzhan-tech.cn")
        assert mine["sms_verification_until"] == sms["expires_at"]  # the list's countdown
        assert stages(await stage.events(app, demo), handed["id"]) == ["start"]
    clock.advance(stage.hours(5))
    # Another service process on the same database, five hours on.
    async with in_process(data, clock, seed=False) as app:
        demo = await app.headers("demo")
        now = await stage.change(app, demo, handed["id"])
        assert now["sms_verification"]["seconds_left"] == 19 * 3600
        assert now["sms_verification"]["expires_at"] == sms["expires_at"]
        assert now["sms_verification"]["allowed"] == ["confirm"]  # the filer's own
        # Nothing new is due: the start reminder is not sent again after the restart.
        assert await sms_verification.send_due_reminders(app.database.sessions) == 0
        assert stages(await stage.events(app, demo), handed["id"]) == ["start"]


async def test_each_reminder_is_sent_once_even_with_two_processes(tmp_path: Path) -> None:
    clock = stage.fixed_clock()
    data = tmp_path / "data"
    async with in_process(data, clock) as one, in_process(data, clock, seed=False) as two:
        handed = await stage.at_administration(one)
        for hours_in, expected in (
            (11.9, ["start"]),
            (12, ["start", "12h_left"]),
            (19.99, ["start", "12h_left"]),
            (20, ["start", "12h_left", "4h_left"]),
            (23.9, ["start", "12h_left", "4h_left"]),
        ):
            clock.set(
                datetime.fromisoformat(handed["sms_verification"]["started_at"])
                + stage.hours(hours_in)
            )
            # Both processes' schedulers tick at once, twice.
            for _ in range(2):
                await asyncio.gather(
                    sms_verification.send_due_reminders(one.database.sessions),
                    sms_verification.send_due_reminders(two.database.sessions),
                )
            demo = await one.headers("demo")  # (a session lasts 12 hours)
            assert stages(await stage.events(one, demo), handed["id"]) == expected, hours_in


async def test_reminders_missed_while_no_service_ran_are_not_sent_late(tmp_path: Path) -> None:
    clock = stage.fixed_clock()
    async with in_process(tmp_path / "data", clock) as app:
        handed = await stage.at_administration(app)
        clock.advance(stage.hours(21))  # down from hour 1 to hour 21: only "4 hours left"
        await sms_verification.send_due_reminders(app.database.sessions)
        await sms_verification.send_due_reminders(app.database.sessions)
        demo = await app.headers("demo")  # (a session lasts 12 hours)
        assert stages(await stage.events(app, demo), handed["id"]) == ["start", "4h_left"]
        reminder = (await stage.events(app, demo, "sms_verification.reminder"))[-1]
        assert reminder["payload"]["seconds_left"] == 3 * 3600


async def test_expiry_returns_the_change_and_modify_and_submit_starts_a_new_round(
    tmp_path: Path,
) -> None:
    clock = stage.fixed_clock()
    async with in_process(tmp_path / "data", clock) as app:
        handed = await stage.at_administration(app)
        clock.advance(stage.hours(23.99))
        await sms_verification.expire_due(app.database.sessions)
        demo = await app.headers("demo")
        assert (await stage.change(app, demo, handed["id"]))["status"] == "administration_review"
        clock.advance(stage.hours(0.02))
        await sms_verification.expire_due(app.database.sessions)
        await sms_verification.expire_due(app.database.sessions)  # nothing more: once
        returned = await stage.change(app, demo, handed["id"])
        assert returned["status"] == "administration_rejected"
        assert [r["code"] for r in returned["reasons"]] == ["sms_verification_expired"]
        assert returned["sms_verification"]["state"] == "expired"
        assert returned["timeline"][-1]["actor"]["kind"] == "administration"
        assert returned["allowed_actions"] == ["submit", "withdraw"]
        notified = await stage.events(app, demo, "administration.rejected")
        assert [e["change_id"] for e in notified].count(handed["id"]) == 1
        # Modify and Submit: a new round, and at the administration a new countdown.
        again = await app.client.post(f"/v1/change-requests/{handed['id']}/submit", headers=demo)
        assert again.status_code == 200, again.text
        await stage.approve(app, await app.headers("reviewer"), handed["id"])
        second = await stage.hand_over(app, await app.headers("operator"), handed["id"])
        assert second["round"] == 2
        assert second["sms_verification"]["round"] == 2
        assert second["sms_verification"]["state"] == "awaiting"
        assert second["sms_verification"]["seconds_left"] == 24 * 3600


async def test_five_wrong_tries_return_the_change(tmp_path: Path) -> None:
    clock = stage.fixed_clock()
    async with in_process(tmp_path / "data", clock) as app:
        handed = await stage.at_administration(app)
        operator = await app.headers("operator")
        url = f"/v1/change-requests/{handed['id']}/sms-verification"
        for n in range(1, 5):
            got = await app.client.post(url, headers=operator, json={"outcome": "failed_attempt"})
            assert got.status_code == 200, got.text
            assert got.json()["status"] == "administration_review"
            assert got.json()["sms_verification"]["failures"] == n
        fifth = await app.client.post(url, headers=operator, json={"outcome": "failed_attempt"})
        assert fifth.status_code == 200, fifth.text
        assert fifth.json()["status"] == "administration_rejected"
        assert fifth.json()["sms_verification"]["state"] == "failed"
        assert [r["code"] for r in fifth.json()["reasons"]] == ["sms_verification_failed"]
        sixth = await app.client.post(url, headers=operator, json={"outcome": "failed_attempt"})
        assert (sixth.status_code, sixth.json()["code"]) == (409, "sms_not_awaiting")
        demo = await app.headers("demo")
        tries = await stage.events(app, demo, "sms_verification.failed_attempt")
        assert [e["payload"]["failures"] for e in tries] == [1, 2, 3, 4]


async def test_the_filer_records_the_verification_once(tmp_path: Path) -> None:
    clock = stage.fixed_clock()
    async with in_process(tmp_path / "data", clock) as app:
        handed = await stage.at_administration(app)
        url = f"/v1/change-requests/{handed['id']}/sms-verification"
        other = await app.client.post(
            url, headers=await app.headers("demo2"), json={"outcome": "verified"}
        )
        assert other.status_code == 404  # not theirs
        staff = await app.client.post(
            url, headers=await app.headers("reviewer"), json={"outcome": "verified"}
        )
        assert staff.status_code == 403
        filer = await app.headers("demo")
        wrong = await app.client.post(url, headers=filer, json={"outcome": "failed_attempt"})
        assert wrong.status_code == 422 and wrong.json()["errors"][0]["field"] == "outcome"
        clock.advance(stage.hours(3))
        done = await app.client.post(url, headers=filer, json={"outcome": "verified"})
        assert done.status_code == 200, done.text
        sms = done.json()["sms_verification"]
        assert (sms["state"], sms["verified_by"], sms["allowed"]) == ("verified", "filer", [])
        assert done.json()["status"] == "administration_review"
        assert done.json()["timeline"][-1]["action"] == "sms_verified"
        assert done.json()["version"] > handed["version"]
        again = await app.client.post(url, headers=filer, json={"outcome": "verified"})
        assert (again.status_code, again.json()["code"]) == (409, "sms_not_awaiting")
        # Verified: no more reminders, no expiry.
        clock.advance(stage.hours(30))
        await sms_verification.send_due_reminders(app.database.sessions)
        await sms_verification.expire_due(app.database.sessions)
        filer = await app.headers("demo")  # (a session lasts 12 hours)
        still = await stage.change(app, filer, handed["id"])
        assert (still["status"], still["sms_verification"]["state"]) == (
            "administration_review",
            "verified",
        )
        assert stages(await stage.events(app, filer), handed["id"]) == ["start"]
        site = await app.client.get("/v1/websites", headers=filer, params={"q": "yunzhan-tech.cn"})
        mine = next(w for w in site.json()["items"] if w["domain"] == "yunzhan-tech.cn")
        assert mine["sms_verification_until"] is None
        # The operator records what the administration decided; the step stays verified.
        operator = await app.headers("operator")
        decided = await app.client.post(
            f"/v1/change-requests/{handed['id']}/administration-result",
            headers=operator,
            json={"decision": "approve", "reasons": []},
        )
        assert decided.status_code == 200, decided.text


async def test_an_approval_recorded_while_awaiting_implies_the_verification(
    tmp_path: Path,
) -> None:
    async with in_process(tmp_path / "data", stage.fixed_clock()) as app:
        handed = await stage.at_administration(app)
        operator = await app.headers("operator")
        decided = await app.client.post(
            f"/v1/change-requests/{handed['id']}/administration-result",
            headers=operator,
            json={"decision": "approve", "reasons": []},
        )
        assert decided.status_code == 200, decided.text
        demo = await app.headers("demo")
        done = await stage.change(app, demo, handed["id"])
        assert done["status"] == "approved"
        assert done["sms_verification"] is None  # a finished change shows no step


async def test_the_simulator_waits_for_the_filers_click_in_filer_mode(tmp_path: Path) -> None:
    clock = stage.fixed_clock()
    async with in_process(tmp_path / "data", clock) as app:
        app.app.state.gateway = SimulatorGateway("approve", 5.0, sms_mode="filer")
        filer, reviewer = await app.headers("demo"), await app.headers("reviewer")
        change = await stage.submitted(app, filer)
        await stage.approve(app, reviewer, change["id"])
        sessions = app.database.sessions
        assert await administration.submit_due(sessions, app.app.state.gateway) == 1
        async with sessions() as session:
            sub = await session.scalar(
                select(AdministrationSubmission).where(
                    AdministrationSubmission.change_id == change["id"]
                )
            )
            assert sub is not None and sub.decide_at is None  # waiting for the verification
        clock.advance(stage.hours(1))
        assert await administration.apply_simulated(sessions) == 0
        done = await app.client.post(
            f"/v1/change-requests/{change['id']}/sms-verification",
            headers=filer,
            json={"outcome": "verified"},
        )
        assert done.status_code == 200, done.text
        assert await administration.apply_simulated(sessions) == 0  # its delay runs from now
        clock.advance(stage.hours(0.01))
        assert await administration.apply_simulated(sessions) == 1
        assert (await stage.change(app, filer, change["id"]))["status"] == "approved"


async def test_the_simulator_in_auto_mode_confirms_when_it_decides(tmp_path: Path) -> None:
    clock = stage.fixed_clock()
    async with in_process(tmp_path / "data", clock) as app:
        gateway = SimulatorGateway("reject", 5.0, sms_mode="auto")
        filer, reviewer = await app.headers("demo"), await app.headers("reviewer")
        change = await stage.submitted(app, filer)
        await stage.approve(app, reviewer, change["id"])
        sessions = app.database.sessions
        assert await administration.submit_due(sessions, gateway) == 1
        clock.advance(stage.hours(0.01))
        assert await administration.apply_simulated(sessions) == 1
        rejected = await stage.change(app, filer, change["id"])
        assert rejected["status"] == "administration_rejected"
        assert rejected["sms_verification"]["state"] == "closed"
