"""One unit of work per request: a request that fails part-way leaves nothing behind, and a
request that succeeds leaves its rows, its messages and its events together."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from icp_desktop.domain.errors import ConflictError
from icp_desktop.server.models.workflow import ChangeTransition, Event, OutboxMessage
from icp_desktop.server.services import notifier
from icp_desktop.server.unit_of_work import UnitOfWork
from tests.server.conftest import InProcess

pytestmark = pytest.mark.anyio

DOMAIN = "yunzhan-tech.cn"
NEW_IP = "39.108.77.12"


async def _counts(inproc: InProcess, change_id: int) -> tuple[int, int, int]:
    async with inproc.database.read_sessions() as session:
        transitions = await session.scalar(
            select(func.count()).where(ChangeTransition.change_id == change_id)
        )
        messages = await session.scalar(
            select(func.count()).where(OutboxMessage.change_id == change_id)
        )
        events = await session.scalar(select(func.count()).where(Event.change_id == change_id))
    return int(transitions or 0), int(messages or 0), int(events or 0)


async def _submitted(inproc: InProcess, demo: dict[str, str]) -> int:
    sites = (await inproc.client.get("/v1/websites", headers=demo)).json()["items"]
    site = next(w for w in sites if w["domain"] == DOMAIN)
    created = await inproc.client.post(
        "/v1/change-requests",
        headers=demo,
        json={"website_id": site["id"], "proposed_ips": [NEW_IP]},
    )
    cid = int(created.json()["id"])
    submitted = await inproc.client.post(f"/v1/change-requests/{cid}/submit", headers=demo)
    assert submitted.status_code == 200, submitted.text
    return cid


async def _events_after(inproc: InProcess, headers: dict[str, str], cursor: str) -> Any:
    response = await inproc.client.get(
        "/v1/events", headers=headers, params={"after": cursor, "wait": 0}
    )
    return response.json()


async def test_a_decision_refused_part_way_leaves_no_rows_no_message_and_no_event(
    inproc: InProcess, monkeypatch: pytest.MonkeyPatch
) -> None:
    demo = await inproc.headers("demo")
    reviewer = await inproc.headers("reviewer")
    cid = await _submitted(inproc, demo)
    cursor = (await _events_after(inproc, demo, "0"))["cursor"]
    before = await _counts(inproc, cid)

    # Refused after the move, its timeline entry and its event were already made.
    async def refuse(*_args: Any, **_kwargs: Any) -> None:
        raise ConflictError("try_again", "Refused at the last step.")

    monkeypatch.setattr(notifier, "enqueue_outcome", refuse)
    refused = await inproc.client.post(
        f"/v1/change-requests/{cid}/review",
        headers=reviewer,
        json={"decision": "approve"},
    )

    assert refused.status_code == 409
    assert refused.json()["code"] == "try_again"
    change = (await inproc.client.get(f"/v1/change-requests/{cid}", headers=demo)).json()
    assert change["status"] == "pending_first_review"
    assert [t["action"] for t in change["timeline"]] == ["create", "submit"]
    assert await _counts(inproc, cid) == before
    assert (await _events_after(inproc, demo, cursor))["items"] == []

    monkeypatch.undo()
    approved = await inproc.client.post(
        f"/v1/change-requests/{cid}/review",
        headers=reviewer,
        json={"decision": "approve"},
    )
    assert approved.status_code == 200, approved.text
    kinds = [e["kind"] for e in (await _events_after(inproc, demo, cursor))["items"]]
    assert kinds == ["first_review.approved"]
    transitions, messages, events = await _counts(inproc, cid)
    assert (transitions, events) == (before[0] + 1, before[2] + 3)  # the filer's + 2 queues
    assert messages > before[1]


async def test_events_of_a_unit_rolled_back_are_never_written(inproc: InProcess) -> None:
    demo = await inproc.headers("demo")
    me = (await inproc.client.get("/v1/me", headers=demo)).json()["id"]
    cursor = (await _events_after(inproc, demo, "0"))["cursor"]

    async with inproc.database.sessions() as session:
        unit = UnitOfWork.of(session)
        await unit.emit(kind="change.created", account_id=me, change_id=-1)
        await unit.rollback()
        await unit.emit(kind="change.created", account_id=me, change_id=-2)
        await unit.commit()

    items = (await _events_after(inproc, demo, cursor))["items"]
    assert [e["change_id"] for e in items] == [-2]
