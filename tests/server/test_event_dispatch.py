"""The event dispatcher in one process: waiting long-polls cost no query, an event wakes only
the polls it concerns, and a poll with an old cursor misses nothing that is dispatched while
it reads the database.

The real app on a real SQLite database, served in process (``httpx.ASGITransport``); the
statements are counted where SQLAlchemy sends them to the database.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from sqlalchemy import event
from sqlalchemy.util import await_only

from icp_desktop.server.services.event_dispatch import EventDispatcher
from icp_desktop.server.unit_of_work import UnitOfWork
from tests.server import workflow_api as api
from tests.server.conftest import InProcess

pytestmark = pytest.mark.anyio

LISTENERS = 40
DOMAIN = "yunzhan-tech.cn"


def dispatcher(inproc: InProcess) -> EventDispatcher:
    found: EventDispatcher = inproc.app.state.events
    return found


def count_statements(inproc: InProcess) -> list[str]:
    statements: list[str] = []
    event.listen(
        inproc.database.engine.sync_engine,
        "before_cursor_execute",
        lambda _c, _cur, stmt, *_a: statements.append(stmt),
    )
    return statements


async def until(check: Callable[[], bool], seconds: float = 10.0) -> None:
    for _ in range(int(seconds / 0.01)):
        if check():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("timed out")


async def cursor_of(client: httpx.AsyncClient, headers: dict[str, str]) -> str:
    """The cursor at the end of the caller's history."""
    cursor = None
    while True:
        params = {"after": cursor} if cursor else {}
        batch = (await client.get("/v1/events", headers=headers, params=params)).json()
        if not batch["items"]:
            return str(batch["cursor"])
        cursor = batch["cursor"]


def poll(
    client: httpx.AsyncClient, headers: dict[str, str], cursor: str, wait: float = 20
) -> asyncio.Task[httpx.Response]:
    return asyncio.create_task(
        client.get(
            "/v1/events", headers=headers, params={"after": cursor, "wait": wait}, timeout=wait + 10
        )
    )


async def test_waiting_listeners_cost_no_database_query(inproc: InProcess) -> None:
    demo, demo2 = await inproc.headers("demo"), await inproc.headers("demo2")
    reviewer = await inproc.headers("reviewer")
    client = inproc.client
    cursors = [await cursor_of(client, h) for h in (demo, demo2, reviewer)]
    statements = count_statements(inproc)
    polls = [
        poll(client, h, c)
        for _ in range(LISTENERS // 3)
        for h, c in zip((demo, demo2, reviewer), cursors, strict=True)
    ]
    await until(lambda: len(dispatcher(inproc).listeners) == len(polls))
    statements.clear()
    reads = dispatcher(inproc).reads
    await asyncio.sleep(1.0)  # ten data_version checks of the dispatcher
    assert statements == []
    assert dispatcher(inproc).reads == reads
    assert not any(p.done() for p in polls)
    for p in polls:
        p.cancel()


async def test_an_event_wakes_only_the_polls_it_concerns_and_they_cost_no_query(
    inproc: InProcess,
) -> None:
    demo, demo2 = await inproc.headers("demo"), await inproc.headers("demo2")
    reviewer, operator = await inproc.headers("reviewer"), await inproc.headers("operator")
    client = inproc.client
    who = {"demo": demo, "demo2": demo2, "reviewer": reviewer, "operator": operator}
    cursors = {name: await cursor_of(client, h) for name, h in who.items()}
    site = next(
        w
        for w in (await client.get("/v1/websites", headers=demo)).json()["items"]
        if w["domain"] == DOMAIN
    )
    polls = {
        name: [poll(client, who[name], cursors[name]) for _ in range(LISTENERS // 4)]
        for name in who
    }
    await until(lambda: len(dispatcher(inproc).listeners) == LISTENERS)
    statements = count_statements(inproc)

    # A draft is demo's alone.
    created = await client.post(
        "/v1/change-requests",
        headers=demo,
        json={"website_id": site["id"], "proposed_ips": [api.SPARE_V4]},
    )
    assert created.status_code == 201, created.text
    answers = await asyncio.wait_for(asyncio.gather(*polls["demo"]), 5)
    for answer in answers:
        assert [e["kind"] for e in answer.json()["items"]] == ["change.created"]
    await asyncio.sleep(0.3)
    assert not any(p.done() for name in ("demo2", "reviewer", "operator") for p in polls[name])
    # The write's own statements, then one read of the new events for all the polls.
    reads = [s for s in statements if "FROM events" in s]
    assert len(reads) == 1 and "account_id =" not in reads[0], reads

    # A submission concerns demo, and the reviewers' and operators' queues: not demo2.
    statements.clear()
    again = [poll(client, demo, answers[0].json()["cursor"]) for _ in range(LISTENERS // 4)]
    await until(lambda: len(dispatcher(inproc).listeners) == LISTENERS)
    submitted = await client.post(
        f"/v1/change-requests/{created.json()['id']}/submit", headers=demo
    )
    assert submitted.status_code == 200, submitted.text
    staff = await asyncio.wait_for(
        asyncio.gather(*again, *polls["reviewer"], *polls["operator"]), 5
    )
    kinds = [[e["kind"] for e in a.json()["items"]] for a in staff]
    assert kinds == [["change.submitted"]] * len(again) + [["queue.changed"]] * (
        len(polls["reviewer"]) + len(polls["operator"])
    )
    await asyncio.sleep(0.3)
    assert not any(p.done() for p in polls["demo2"])
    assert len([s for s in statements if "FROM events" in s]) == 1
    for p in polls["demo2"]:
        p.cancel()
    await client.post(f"/v1/change-requests/{created.json()['id']}/withdraw", headers=demo)


@pytest.mark.parametrize("moment", ["before", "after"])
async def test_an_old_cursor_misses_nothing_dispatched_while_it_reads_the_database(
    inproc: InProcess,
    moment: str,
) -> None:
    """The poll registers, then reads the database; an event committed just before (or just
    after) that read's snapshot reaches it exactly once: from the read, or from the
    dispatcher, never both, never neither."""
    demo = await inproc.headers("demo")
    client = inproc.client
    everything = (await client.get("/v1/events", headers=demo)).json()["items"]
    assert everything, "the demo data gives demo a history"
    site = next(
        w
        for w in (await client.get("/v1/websites", headers=demo)).json()["items"]
        if w["domain"] == DOMAIN
    )
    reached, go_on = asyncio.Event(), asyncio.Event()

    def pause(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        # The poll's own read (the dispatcher's has no account filter).
        if "FROM events" in statement and "account_id =" in statement and not reached.is_set():
            reached.set()
            await_only(go_on.wait())

    hook = "before_cursor_execute" if moment == "before" else "after_cursor_execute"
    event.listen(inproc.database.engine.sync_engine, hook, pause)
    # Cursor 0 is behind what the dispatcher keeps in memory: the poll reads the database.
    waiting = poll(client, demo, "0", wait=10)
    await asyncio.wait_for(reached.wait(), 10)
    horizon = dispatcher(inproc).horizon
    created = await client.post(
        "/v1/change-requests",
        headers=demo,
        json={"website_id": site["id"], "proposed_ips": [api.SPARE_V4]},
    )
    assert created.status_code == 201
    await until(lambda: dispatcher(inproc).horizon > horizon)  # dispatched: the poll has it
    go_on.set()
    answer = (await asyncio.wait_for(waiting, 10)).json()
    ids = [e["id"] for e in answer["items"]]
    assert ids == sorted(set(ids))  # in order, none twice
    assert ids[: len(everything)] == [e["id"] for e in everything]
    assert [e["kind"] for e in answer["items"][len(everything) :]] == ["change.created"]
    assert answer["cursor"] == str(ids[-1])
    event.remove(inproc.database.engine.sync_engine, hook, pause)
    await client.post(f"/v1/change-requests/{created.json()['id']}/withdraw", headers=demo)


async def test_a_quick_poll_right_after_a_write_sees_it(inproc: InProcess) -> None:
    """A poll with ``wait=0`` answers from memory, yet never before the dispatcher has read
    what this process has just committed."""
    demo = await inproc.headers("demo")
    client = inproc.client
    cursor = await cursor_of(client, demo)
    site = next(
        w
        for w in (await client.get("/v1/websites", headers=demo)).json()["items"]
        if w["domain"] == DOMAIN
    )
    for _ in range(5):
        created = await client.post(
            "/v1/change-requests",
            headers=demo,
            json={"website_id": site["id"], "proposed_ips": [api.SPARE_V4]},
        )
        batch = (await client.get("/v1/events", headers=demo, params={"after": cursor})).json()
        assert [e["kind"] for e in batch["items"]] == ["change.created"]
        # From a cursor before both: the first is in memory already, the second may still
        # be on its way into it; the answer waits for it.
        await client.post(f"/v1/change-requests/{created.json()['id']}/submit", headers=demo)
        batch = (await client.get("/v1/events", headers=demo, params={"after": cursor})).json()
        assert [e["kind"] for e in batch["items"]] == ["change.created", "change.submitted"]
        await client.post(f"/v1/change-requests/{created.json()['id']}/withdraw", headers=demo)
        batch = (
            await client.get("/v1/events", headers=demo, params={"after": batch["cursor"]})
        ).json()
        assert [e["kind"] for e in batch["items"]] == ["change.withdrawn"]
        cursor = batch["cursor"]


async def test_the_long_polls_own_path_answers_as_the_route_does(inproc: InProcess) -> None:
    """Ordinary polls take the short path ahead of the routing; unusual ones (an unknown
    parameter, bad credentials, a refused wait) reach the route and get its answers."""
    demo = await inproc.headers("demo")
    client = inproc.client
    cursor = (await client.get("/v1/events", headers=demo)).json()["items"][2]["id"]
    short = await client.get("/v1/events", headers=demo, params={"after": cursor, "wait": 0})
    routed = await client.get(
        "/v1/events", headers=demo, params={"after": cursor, "wait": 0, "unknown": "1"}
    )
    assert short.status_code == routed.status_code == 200
    assert short.json() == routed.json() and short.json()["items"]
    assert short.headers["content-type"] == routed.headers["content-type"]
    refused = await client.get("/v1/events", headers=demo, params={"wait": 31})
    assert refused.status_code == 422 and refused.json()["code"] == "validation_failed"
    for headers in ({}, {"Authorization": "Bearer nonsense"}, {"Authorization": "Basic x"}):
        answer = await client.get("/v1/events", headers=headers, params={"wait": 1})
        assert answer.status_code == 401, answer.text
        assert answer.headers["content-type"] == "application/problem+json"
    assert (
        await client.get("/v1/events", headers=demo, params={"after": "x\x00"})
    ).status_code == 400


async def test_a_catch_up_read_ahead_of_the_dispatcher_hands_nothing_out_twice(
    inproc: InProcess,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A poll with an old cursor reads the database, where events may already be that the
    dispatcher has not read yet (another process's, or a commit whose read is under way); when
    the dispatcher then reads them, the poll must not get them a second time."""
    from icp_desktop.server.services import event_dispatch, events

    demo = await inproc.headers("demo")
    await inproc.client.get("/v1/events", headers=demo)  # the dispatcher is running
    gate = asyncio.Event()
    read_after = events.read_after

    async def held(*args: Any, **kwargs: Any) -> Any:
        await gate.wait()
        return await read_after(*args, **kwargs)

    monkeypatch.setattr(event_dispatch.events, "read_after", held)
    me = (await inproc.client.get("/v1/me", headers=demo)).json()["id"]
    async with inproc.database.sessions() as session:
        await UnitOfWork.of(session).emit(kind="change.created", account_id=me)
        await session.commit()  # its read now waits at the gate
    poll = asyncio.create_task(
        inproc.client.get("/v1/events", headers=demo, params={"after": "0", "wait": 0})
    )
    await asyncio.sleep(0.3)  # the poll's own read has found the event meanwhile
    gate.set()
    items = (await asyncio.wait_for(poll, 10)).json()["items"]
    ids = [e["id"] for e in items]
    assert len(ids) == len(set(ids)), ids
