"""A service asked to stop while its scheduler is submitting approved changes finishes that
round and lets go of the database: the changes it claimed reach the administration, and
another writer (the next service process, the command line) can write at once.

The real app's scheduler on a real SQLite database in this process. The claim statement is
held up for half a second (an SQLAlchemy event on the real engine) so that the stop arrives
while the round's transaction is open.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest
from sqlalchemy import event, select
from sqlalchemy.util import await_only

from icp_desktop.server.gateway import gateway_for
from icp_desktop.server.models.workflow import ChangeRequest
from icp_desktop.server.services import administration, notifier
from icp_desktop.server.services.scheduler import Scheduler
from tests.server.conftest import InProcess

# A stop that hangs fails the test within a minute, not at the suite's five.
pytestmark = [pytest.mark.anyio, pytest.mark.timeout(60)]


async def statuses(inproc: InProcess, ids: list[int]) -> set[str]:
    async with inproc.database.read_sessions() as session:
        rows = await session.scalars(select(ChangeRequest.status).where(ChangeRequest.id.in_(ids)))
        return set(rows)


def write_lock_is_free(path: str) -> bool:
    outside = sqlite3.connect(path, timeout=1.0, isolation_level=None)
    try:
        outside.execute("BEGIN IMMEDIATE")
        outside.execute("ROLLBACK")
        return True
    except sqlite3.OperationalError:
        return False
    finally:
        outside.close()


async def approve_waiting_changes(inproc: InProcess) -> list[int]:
    """First-review approvals of the demo's changes: the scheduler has them to submit."""
    reviewer = await inproc.headers("reviewer")
    async with inproc.database.read_sessions() as session:
        in_review = list(
            await session.scalars(
                select(ChangeRequest.id).where(ChangeRequest.status == "pending_first_review")
            )
        )
    for change_id in in_review:
        approved = await inproc.client.post(
            f"/v1/change-requests/{change_id}/review",
            headers=reviewer,
            json={"decision": "approve", "reasons": [], "comment": ""},
        )
        assert approved.json()["status"] == administration.PENDING, approved.text
    assert len(in_review) >= 2, "the demo data has changes waiting for the first review"
    return in_review


@asynccontextmanager
async def scheduler_holding_its_claim(
    inproc: InProcess, seconds: float
) -> AsyncIterator[Scheduler]:
    """A started scheduler, inside its claim of the approved changes, which takes ``seconds``."""
    claimed = asyncio.Event()

    def hold_the_claim(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith("UPDATE") and "admin_claim_token" in statement:
            claimed.set()
            await_only(asyncio.sleep(seconds))

    engine = inproc.database.engine.sync_engine
    event.listen(engine, "after_cursor_execute", hold_the_claim)
    settings = inproc.settings
    scheduler = Scheduler(
        inproc.database,
        settings,
        gateway_for("off", 0.0, settings.admin_approve_ratio),
        notifier.Sender(settings, inproc.database.clock),
    )
    scheduler.start()
    await asyncio.wait_for(claimed.wait(), 10)
    try:
        yield scheduler
    finally:
        event.remove(engine, "after_cursor_execute", hold_the_claim)


async def test_a_stop_during_a_submission_round_finishes_it_and_frees_the_database(
    inproc: InProcess,
) -> None:
    in_review = await approve_waiting_changes(inproc)
    async with scheduler_holding_its_claim(inproc, 0.5) as scheduler:
        # Stopping waits for the round (half a second here), never for a transaction left
        # open: cancelling the round mid-transaction left SQLite's write lock held and the
        # stop hung.
        stopping = asyncio.ensure_future(scheduler.stop())
        done, _late = await asyncio.wait({stopping}, timeout=5)
    assert stopping in done, "the scheduler did not stop"

    assert await statuses(inproc, in_review) == {"administration_review"}
    assert write_lock_is_free(str(inproc.settings.data_dir / "filing.sqlite3"))


async def test_a_round_that_outlives_the_grace_is_cancelled_and_the_stop_returns(
    inproc: InProcess,
) -> None:
    in_review = await approve_waiting_changes(inproc)
    async with scheduler_holding_its_claim(inproc, 30.0) as scheduler:
        stopping = asyncio.ensure_future(scheduler.stop(grace=0.2))
        done, _late = await asyncio.wait({stopping}, timeout=5)
    assert stopping in done, "the scheduler did not stop"
    # The claim was not committed: the changes wait for the next process to submit them.
    assert await statuses(inproc, in_review) == {administration.PENDING}
