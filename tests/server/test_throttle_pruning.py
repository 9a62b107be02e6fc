"""Sign-in throttle rows of every username ever tried do not pile up: the scheduler forgets the
ones that neither lock a username nor count recent failures, and only those."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from icp_desktop.server.gateway import gateway_for
from icp_desktop.server.models.accounts import LoginThrottle
from icp_desktop.server.services import notifier
from icp_desktop.server.services.scheduler import Scheduler
from tests.server.conftest import InProcess

pytestmark = pytest.mark.anyio


async def sign_in(inproc: InProcess, username: str, password: str) -> int:
    response = await inproc.client.post(
        "/v1/auth/login", json={"username": username, "password": password}
    )
    return response.status_code


async def throttled(inproc: InProcess) -> set[str]:
    async with inproc.database.read_sessions() as session:
        return set(await session.scalars(select(LoginThrottle.username_key)))


async def test_stale_throttle_rows_go_and_live_ones_keep_counting(inproc: InProcess) -> None:
    for name in ("ghost-1", "ghost-2", "demo2"):
        assert await sign_in(inproc, name, "wrong") == 401
    for _ in range(inproc.settings.lockout_threshold):
        await sign_in(inproc, "demo", "wrong")
    assert await sign_in(inproc, "demo", "demo-pass") == 423
    assert {"ghost-1", "ghost-2", "demo2", "demo"} <= await throttled(inproc)

    # The ghosts' failures are from long ago; demo2's failure is recent, demo is locked.
    window = timedelta(seconds=inproc.settings.lockout_window_seconds + 60)
    long_ago = inproc.database.clock.now() - window
    async with inproc.database.sessions() as session:
        await session.execute(
            update(LoginThrottle)
            .where(LoginThrottle.username_key.in_(["ghost-1", "ghost-2"]))
            .values(window_started_at=long_ago)
        )
        await session.commit()

    settings = inproc.settings
    await Scheduler(
        inproc.database,
        settings,
        gateway_for("off", 0.0, settings.admin_approve_ratio),
        notifier.Sender(settings, inproc.database.clock),
    ).tick()
    left = await throttled(inproc)
    assert "ghost-1" not in left and "ghost-2" not in left
    assert {"demo2", "demo"} <= left
    assert await sign_in(inproc, "demo", "demo-pass") == 423  # still locked
    # demo2's earlier failure still counts towards its lock.
    for _ in range(inproc.settings.lockout_threshold - 1):
        await sign_in(inproc, "demo2", "wrong")
    assert await sign_in(inproc, "demo2", "demo2-pass") == 423

    # A username pruned away starts afresh and can sign in at once.
    assert await sign_in(inproc, "ghost-1", "wrong") == 401
