"""The background job of each service process: administration submissions, simulator, the SMS
verification's reminders and expiry, outbox.

Every tick (``settings.scheduler_interval``) it submits approved changes, applies the
simulator's due decisions, emits due SMS verification reminders, returns changes whose SMS
verification window ran out, and sends due emails and SMS; every ten minutes it also forgets the
sign-in throttle rows that no longer count anything. All its state is in the database and
every step claims its rows with conditional UPDATEs, so several processes may run it at once
and a restarted process picks up where the last one stopped.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable
from datetime import timedelta

from fastapi import FastAPI
from sqlalchemy import or_, select

from icp_desktop.server.db import Database
from icp_desktop.server.gateway import AdministrationGateway, gateway_for
from icp_desktop.server.models.workflow import (
    AdministrationSubmission,
    ChangeRequest,
    OutboxMessage,
)
from icp_desktop.server.services import accounts, administration, notifier, sms_verification
from icp_desktop.server.settings import Settings

log = logging.getLogger(__name__)

PRUNE_EVERY = 600.0  # seconds between prunings of stale sign-in throttle rows
STOP_GRACE = 5.0  # seconds a round under way may take to finish when the service stops


class Scheduler:
    """Runs :meth:`tick` every ``interval`` seconds until stopped."""

    def __init__(
        self,
        db: Database,
        settings: Settings,
        gateway: AdministrationGateway,
        sender: notifier.Sender,
    ) -> None:
        self.db = db
        self.settings = settings
        self.gateway = gateway
        self.sender = sender
        self.interval = max(0.05, settings.scheduler_interval)
        self._task: asyncio.Task[None] | None = None
        self._outbox: asyncio.Task[None] | None = None
        self._wake = asyncio.Event()
        self._stopping = False
        self._next_prune = 0.0

    async def tick(self) -> None:
        """One round of every job that has work; a failing job is logged and retried later."""
        sessions = self.db.sessions
        jobs: dict[str, Callable[[], Awaitable[int]]] = {
            "administration submission": lambda: administration.submit_due(sessions, self.gateway),
            "administration decisions": lambda: administration.apply_simulated(sessions),
            "SMS verification reminders": lambda: sms_verification.send_due_reminders(sessions),
            "SMS verification expiry": lambda: sms_verification.expire_due(sessions),
            "outbox": lambda: notifier.send_due(sessions, self.sender),
        }
        try:
            due = await self.pending_work()
        except Exception:
            log.exception("could not look for scheduled work; retrying next round")
            return
        if time.monotonic() >= self._next_prune:
            self._next_prune = time.monotonic() + PRUNE_EVERY
            await self._run_job("sign-in throttle pruning", self.prune_throttles)
        for name in due:
            if self._stopping:
                break
            if name == "outbox":
                # Sending runs beside the other jobs: a slow mail server must not hold up
                # the administration submissions.
                if self._outbox is None or self._outbox.done():
                    self._outbox = asyncio.get_running_loop().create_task(
                        self._run_job(name, jobs[name]), name="icp-outbox"
                    )
                continue
            await self._run_job(name, jobs[name])

    @staticmethod
    async def _run_job(name: str, job: Callable[[], Awaitable[int]]) -> None:
        try:
            await job()
        except Exception:
            log.exception("scheduled job '%s' failed; retrying next round", name)

    async def prune_throttles(self) -> int:
        async with self.db.sessions() as session:
            return await accounts.prune_login_throttles(session, self.settings)

    async def pending_work(self) -> list[str]:
        """The jobs with something to do, found in a read transaction.

        An idle service thus never takes SQLite's write lock just to find nothing to do.
        """
        now = self.db.clock.now()
        checks = {
            "administration submission": select(ChangeRequest.id).where(
                ChangeRequest.status == administration.PENDING,
                or_(
                    ChangeRequest.admin_claimed_until.is_(None),
                    ChangeRequest.admin_claimed_until < now,
                ),
            ),
            "administration decisions": select(AdministrationSubmission.id).where(
                AdministrationSubmission.decision.is_(None),
                AdministrationSubmission.gateway == "simulator",
                AdministrationSubmission.decide_at <= now,
            ),
            "SMS verification reminders": sms_verification.due_reminders(now),
            "SMS verification expiry": sms_verification.due_expiries(now),
            "outbox": select(OutboxMessage.id).where(
                OutboxMessage.status == "pending",
                OutboxMessage.next_attempt_at <= now,
                or_(OutboxMessage.claimed_until.is_(None), OutboxMessage.claimed_until < now),
            ),
        }
        async with self.db.read_sessions() as session:
            return [
                name
                for name, stmt in checks.items()
                if await session.scalar(stmt.limit(1)) is not None
            ]

    def poke(self) -> None:
        """Run the next tick now (after an approval, so the submission follows at once)."""
        self._wake.set()

    async def _run(self) -> None:
        while not self._stopping:
            await self.tick()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self.interval)
            self._wake.clear()

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run(), name="icp-scheduler")

    async def stop(self, grace: float = STOP_GRACE) -> None:
        """Let the round under way finish (each job ends its transaction), then stop.

        Cancelling a job in the middle of a transaction left its SQLite connection holding
        the write lock, and the shutdown then waited on it; only a round that outlives
        ``grace`` seconds is cancelled, and the stop waits at most ``grace`` more for it.
        """
        self._stopping = True
        self._wake.set()
        tasks = [task for task in (self._task, self._outbox) if task is not None]
        if tasks:
            _done, late = await asyncio.wait(tasks, timeout=grace)
            for task in late:
                task.cancel()
            if late:
                # A cancelled job may still wait on the database; the service stops anyway.
                _done, stuck = await asyncio.wait(late, timeout=grace)
                for task in stuck:
                    log.warning("scheduled work %s did not stop; leaving it", task.get_name())
        self._task = self._outbox = None


async def start(app: FastAPI) -> None:
    """Build the gateway and the scheduler from the app's settings and start the job."""
    settings: Settings = app.state.settings
    gateway = gateway_for(
        settings.admin_simulator,
        settings.admin_delay,
        settings.admin_approve_ratio,
        sms_window=timedelta(hours=settings.sms_window_hours),
        sms_mode=settings.admin_sms,
    )
    sender = notifier.Sender(settings, app.state.db.clock)
    scheduler = Scheduler(app.state.db, settings, gateway, sender)
    app.state.gateway = gateway
    app.state.scheduler = scheduler
    scheduler.start()


async def stop(app: FastAPI) -> None:
    scheduler: Scheduler | None = getattr(app.state, "scheduler", None)
    if scheduler is not None:
        await scheduler.stop()
