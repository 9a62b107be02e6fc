"""What operators read about the administration stage: the changes at the administration by how
far into their province's window they are, and p50/p90 times per province and stage."""

from __future__ import annotations

import math
from collections import defaultdict
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from icp_desktop.domain.sms_verification import SmsState
from icp_desktop.domain.status import Action, ChangeStatus
from icp_desktop.server.administration_schemas import (
    AdministrationQueue,
    AdministrationQueueItem,
    AdministrationTimesReport,
    Stage,
    StageTimes,
)
from icp_desktop.server.db import session_now
from icp_desktop.server.models.accounts import Account
from icp_desktop.server.models.administration import SmsVerification
from icp_desktop.server.models.catalog import Subject, Website
from icp_desktop.server.models.workflow import (
    AdministrationSubmission,
    ChangeRequest,
    ChangeTransition,
)
from icp_desktop.server.services import calendars, province_windows, sms_verification

IN_REVIEW = ChangeStatus.ADMINISTRATION_REVIEW.value
MAX_QUEUE = 2000  # changes listed at most; the counts say how many there are


async def queue(session: AsyncSession, caller: Account) -> AdministrationQueue:
    """The changes at the administration, furthest into their window first: the
    ``MAX_QUEUE`` nearest their expected date, with how many there are in all."""
    now = session_now(session)
    calendar = await calendars.current(session)
    rows = (
        await session.execute(
            select(
                ChangeRequest,
                Website.license_number,
                Website.name,
                Website.domain,
                Account.username,
            )
            .join(Website, Website.id == ChangeRequest.website_id)
            .join(Account, Account.id == ChangeRequest.owner_id)
            .where(ChangeRequest.status == IN_REVIEW)
            .order_by(ChangeRequest.administration_expected_by, ChangeRequest.id)
            .limit(MAX_QUEUE)
        )
    ).all()
    in_all = len(rows)
    if in_all == MAX_QUEUE:  # a full list: how many there are is counted, not seen
        counted = await session.scalar(
            select(func.count()).select_from(ChangeRequest).where(ChangeRequest.status == IN_REVIEW)
        )
        in_all = max(in_all, int(counted or 0))
    changes = [r[0] for r in rows]
    windows = province_windows.windows_of(changes, calendar, now)
    sms = await sms_verification.of_changes(session, changes)
    gateways = (
        dict(
            (
                await session.execute(
                    select(
                        AdministrationSubmission.change_id, AdministrationSubmission.gateway
                    ).where(
                        AdministrationSubmission.change_id.in_([c.id for c in changes]),
                        AdministrationSubmission.decision.is_(None),
                    )
                )
            ).all()
        )
        if changes
        else {}
    )
    items = []
    for change, license_number, name, domain, owner in rows:
        window = windows.get(change.id)
        if window is None:
            continue
        items.append(
            AdministrationQueueItem(
                change_id=change.id,
                round=change.round,
                license_number=license_number,
                website_name=name,
                domain=domain,
                owner=owner,
                submitted_at=change.administration_submitted_at,
                window=window,
                progress=round(window.day / window.working_days, 4),
                sms_verification=sms_verification.to_out(sms[change.id], change, caller, now)
                if change.id in sms
                else None,
                gateway=gateways.get(change.id),
            )
        )
    items.sort(key=lambda i: (-i.progress, i.window.expected_by, i.change_id))
    counts = {
        "total": in_all,
        "listed": len(items),
        "awaiting_sms": sum(
            1
            for i in items
            if i.sms_verification is not None
            and i.sms_verification.state == SmsState.AWAITING.value
        ),
        "beyond_window": sum(1 for i in items if i.window.beyond),
    }
    return AdministrationQueue(items=items, counts=counts)


# --- p50 / p90 per province and stage --------------------------------------------------------

_DECISIONS = {
    "first_review": (Action.SUBMIT, {Action.APPROVE_FIRST_REVIEW, Action.REJECT_FIRST_REVIEW}),
    "administration_submission": (Action.APPROVE_FIRST_REVIEW, {Action.SUBMIT_TO_ADMINISTRATION}),
    "administration_review": (
        Action.SUBMIT_TO_ADMINISTRATION,
        {Action.ADMINISTRATION_APPROVE, Action.ADMINISTRATION_REJECT},
    ),
}


def percentile(sorted_hours: list[float], share: float) -> float:
    """Nearest-rank percentile of ascending values."""
    rank = max(1, math.ceil(share * len(sorted_hours)))
    return sorted_hours[rank - 1]


async def stage_times(session: AsyncSession, since_days: int) -> AdministrationTimesReport:
    """How long each stage took, p50 and p90 in hours, per province of the subject and for all,
    over the stages that ended in the last ``since_days`` days (the service's own history:
    the timelines, and the SMS verification steps)."""
    until = session_now(session)
    since = until - timedelta(days=since_days)
    # A stage ending in the period may have begun before it: read a margin before.
    margin = since - timedelta(days=90)
    steps = (
        await session.execute(
            select(
                ChangeTransition.change_id,
                ChangeTransition.round,
                ChangeTransition.action,
                ChangeTransition.at,
                Subject.province,
            )
            .join(ChangeRequest, ChangeRequest.id == ChangeTransition.change_id)
            .join(Website, Website.id == ChangeRequest.website_id)
            .join(Subject, Subject.id == Website.subject_id)
            .where(ChangeTransition.at >= margin)
            .order_by(ChangeTransition.id)
        )
    ).all()
    started: dict[tuple[int, int, str], datetime] = {}
    hours: dict[tuple[str, str], list[float]] = defaultdict(list)
    for change_id, round_, action, at, province in steps:
        for stage, (begin, ends) in _DECISIONS.items():
            key = (change_id, round_, stage)
            if action == begin.value:
                started[key] = at
            elif action in {e.value for e in ends} and key in started and at >= since:
                _add(hours, province or "", stage, (at - started.pop(key)))
    sms = (
        await session.execute(
            select(SmsVerification.started_at, SmsVerification.ended_at, Subject.province)
            .join(ChangeRequest, ChangeRequest.id == SmsVerification.change_id)
            .join(Website, Website.id == ChangeRequest.website_id)
            .join(Subject, Subject.id == Website.subject_id)
            .where(
                SmsVerification.ended_at >= since,
                SmsVerification.state.in_(
                    [SmsState.VERIFIED.value, SmsState.EXPIRED.value, SmsState.FAILED.value]
                ),
            )
        )
    ).all()
    for started_at, ended_at, province in sms:
        assert ended_at is not None
        _add(hours, province or "", "sms_verification", ended_at - started_at)
    rows = []
    order = (
        "first_review",
        "administration_submission",
        "sms_verification",
        "administration_review",
    )
    for (province, stage), values in sorted(
        hours.items(), key=lambda kv: (kv[0][0], order.index(kv[0][1]))
    ):
        values.sort()
        rows.append(
            StageTimes(
                province=province,
                stage=stage,  # type: ignore[arg-type]
                count=len(values),
                p50_hours=round(percentile(values, 0.5), 2),
                p90_hours=round(percentile(values, 0.9), 2),
            )
        )
    return AdministrationTimesReport(since=since, until=until, rows=rows)


def _add(
    hours: dict[tuple[str, str], list[float]], province: str, stage: Stage | str, took: timedelta
) -> None:
    value = max(0.0, took.total_seconds() / 3600)
    hours[(province, stage)].append(value)
    hours[("", stage)].append(value)
