"""Demo change requests in every interesting status, made through the workflow's own services.

Each change goes through the same calls a person's requests would make, so its timeline,
audit entries, events and outbox messages are real. Websites 1 and 6 of ``demo`` (and those
whose change ended) stay free for trying a fresh Change Access.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from icp_desktop.domain.sms_verification import next_reminder_at
from icp_desktop.domain.status import ChangeStatus
from icp_desktop.server.db import session_now
from icp_desktop.server.gateway import ManualGateway
from icp_desktop.server.models.accounts import Account
from icp_desktop.server.models.catalog import Website
from icp_desktop.server.models.workflow import ChangeRequest, ChangeTransition
from icp_desktop.server.schemas import AdministrationResultIn, Reason, ReviewIn
from icp_desktop.server.services import (
    administration,
    calendars,
    changes,
    deadlines,
    review,
    sms_verification,
    transitions,
)

# A demo change held back from the automatic submission, so the operator's queue has one.
HOLD_TOKEN = "demo-hold"  # noqa: S105 - a claim marker, not a secret


class _Demo:
    """Drives the services for one session, committing after each step like a request would."""

    def __init__(self, session: AsyncSession, accounts: dict[str, Account]) -> None:
        self.s = session
        self.a = accounts

    async def website_id(self, domain: str) -> int:
        website_id = await self.s.scalar(select(Website.id).where(Website.domain == domain))
        assert website_id is not None, domain
        return int(website_id)

    async def draft(self, owner: str, domain: str, ips: list[str]) -> ChangeRequest:
        change = await changes.create_draft(
            self.s, self.a[owner], await self.website_id(domain), ips
        )
        await self.s.commit()
        return change

    async def submitted(self, owner: str, domain: str, ips: list[str]) -> ChangeRequest:
        change = await self.draft(owner, domain, ips)
        change = await changes.submit(self.s, change, self.a[owner])
        await self.s.commit()
        return change

    async def decided(
        self,
        change: ChangeRequest,
        decision: str,
        reasons: list[Reason] | None = None,
        comment: str = "",
    ) -> ChangeRequest:
        body = ReviewIn(decision=decision, reasons=reasons or [], comment=comment)  # type: ignore[arg-type]
        change = await review.decide(self.s, change, self.a["reviewer"], body)
        await self.s.commit()
        return change

    async def with_administration(self, change: ChangeRequest) -> ChangeRequest:
        change = await administration.submit_manually(
            self.s, change, self.a["operator"], ManualGateway()
        )
        await self.s.commit()
        return change

    async def administration_result(
        self, change: ChangeRequest, decision: str, reasons: list[Reason] | None = None
    ) -> ChangeRequest:
        body = AdministrationResultIn(decision=decision, reasons=reasons or [])  # type: ignore[arg-type]
        change = await administration.record_result(self.s, change, self.a["operator"], body)
        await self.s.commit()
        return change

    async def hours_ago(self, change: ChangeRequest, hours: int) -> None:
        """Move a change at the administration, its SMS verification countdown and its
        timeline ``hours`` into the past (its window is that far along)."""
        await self._shift(change, timedelta(hours=hours))

    async def backdate(self, change: ChangeRequest, days: int) -> None:
        """Move a change's dates into the past so its deadline has passed (overdue demo)."""
        await self._shift(change, timedelta(days=days))

    async def _shift(self, change: ChangeRequest, delta: timedelta) -> None:
        """Move a change's moments, timeline and SMS countdown ``delta`` into the past; its
        deadlines are counted again from the moved moments, as the workflow would have."""
        change = await transitions.reload(self.s, change.id)
        moved: dict[str, datetime] = {
            col: getattr(change, col) - delta
            for col in (
                "created_at",
                "updated_at",
                "submitted_at",
                "approved_at",
                "administration_submitted_at",
            )
            if getattr(change, col) is not None
        }
        fresh = deadlines.recompute(
            await calendars.current(self.s),
            ChangeStatus(change.status),
            submitted_at=moved.get("submitted_at"),
            approved_at=moved.get("approved_at"),
            administration_submitted_at=moved.get("administration_submitted_at"),
            first_review_days=1,
            administration_days=change.administration_window_days
            or deadlines.ADMINISTRATION_WORKING_DAYS,
        )
        values: dict[str, object] = dict(moved)
        values.update(
            first_review_due_at=fresh.first_review_due_at,
            administration_due_at=fresh.administration_due_at,
            administration_expected_by=fresh.administration_expected_by,
            due_estimated=fresh.estimated,
        )
        await self.s.execute(
            update(ChangeRequest).where(ChangeRequest.id == change.id).values(**values)
        )
        for step in (
            await self.s.scalars(
                select(ChangeTransition).where(ChangeTransition.change_id == change.id)
            )
        ).all():
            step.at -= delta
        row = await sms_verification.current(self.s, change)
        if row is not None:
            row.started_at -= delta
            row.expires_at -= delta
            row.next_reminder_at = next_reminder_at(
                row.started_at, row.expires_at, row.reminders_sent
            )
            await self.s.execute(
                update(Website)
                .where(Website.id == change.website_id)
                .values(open_change_sms_until=row.expires_at)
            )
        await self.s.commit()


async def seed_demo_changes(session: AsyncSession) -> None:
    """Add one or more demo changes in each status of the workflow."""
    accounts = {a.username: a for a in (await session.scalars(select(Account))).all()}
    if not {"demo", "demo2", "reviewer", "operator"} <= set(accounts):
        return
    d = _Demo(session, accounts)

    # draft
    await d.draft("demo", "zhangwei-blog.cn", ["121.40.56.78", "39.108.77.12"])
    # pending first review: one overdue, two in time
    late = await d.submitted("demo", "blog.yunzhan-tech.cn", ["47.93.18.22", "2408:4003:10a0::66"])
    await d.backdate(late, 4)
    await d.submitted("demo", "help.yunzhan-tech.cn", ["2400:3200:1600::21", "39.108.77.12"])
    await d.submitted("demo", "docs.yunzhan-tech.cn", ["47.93.18.21", "39.108.77.13"])
    # first review rejected, with a reason on one IP
    rejected = await d.submitted("demo", "shop.yunzhan-tech.cn", ["47.93.18.22", "39.108.77.13"])
    await d.decided(
        rejected,
        "reject",
        [
            Reason(
                ip="39.108.77.13",
                code="site_not_reachable",
                message="网站无法访问或未解析到所填IP，请确认域名解析后重新提交 / The website does "
                "not resolve to 39.108.77.13; check the DNS records and submit again",
            ),
        ],
        comment="请核实新IP上的网站服务后重新提交。",
    )
    # withdrawn
    withdrawn = await d.draft("demo", "zhangwei-photo.cn", ["121.40.56.79", "39.108.77.13"])
    await changes.withdraw(session, withdrawn, accounts["demo"])
    await session.commit()
    # approved: the website now uses the new IP
    done = await d.submitted("demo", "zw-notes.cn", ["39.108.77.12"])
    done = await d.with_administration(await d.decided(done, "approve"))
    await d.administration_result(done, "approve")

    # pending administration submission, overdue and held for the operator to submit
    waiting = await d.decided(
        await d.submitted("demo2", "qinghe-net.cn", ["47.98.66.101", "47.98.66.103"]), "approve"
    )
    await d.backdate(waiting, 4)
    await session.execute(
        update(ChangeRequest)
        .where(ChangeRequest.id == waiting.id)
        .values(
            admin_claim_token=HOLD_TOKEN,
            admin_claimed_until=session_now(session) + timedelta(days=3650),
        )
    )
    await session.commit()
    # under administration review, recorded by hand (the operator records the outcome)
    await d.with_administration(
        await d.decided(
            await d.submitted("demo2", "edu.qinghe-net.cn", ["47.98.66.103"]), "approve"
        )
    )
    # rejected by the administration
    adm = await d.with_administration(
        await d.decided(
            await d.submitted("demo2", "bbs.qinghe-net.cn", ["2408:4005:3c0::9", "47.98.66.101"]),
            "approve",
        )
    )
    await d.administration_result(
        adm,
        "reject",
        [
            Reason(
                message="管局核验：网站负责人联系方式无法接通，请核实后重新提交 / "
                "The administration could not reach the website's contact person; "
                "check and submit again"
            ),
        ],
    )
    # at the administration, awaiting MIIT SMS verification for 5 hours already (the
    # countdown on the status page and in the list; "I have verified")
    awaiting = await d.with_administration(
        await d.decided(
            await d.submitted("demo", "data.yunzhan-tech.cn", ["39.108.77.13"]), "approve"
        )
    )
    await d.hours_ago(awaiting, 5)
