"""Pre-submit checks: for a proposal on Change Access, and for a change under review."""

from __future__ import annotations

import time

from fastapi import APIRouter

from icp_desktop.server.db import Database
from icp_desktop.server.deps import CurrentAccount, DatabaseDep, SettingsDep
from icp_desktop.server.prechecks.checks import CheckResult
from icp_desktop.server.routes.changes import PROBLEMS
from icp_desktop.server.schemas import PrecheckIn, PrecheckOut, PrecheckReport
from icp_desktop.server.services import prechecks

router = APIRouter(prefix="/v1", tags=["prechecks"])


@router.post("/websites/{website_id}/prechecks", response_model=PrecheckReport, responses=PROBLEMS)
async def check_proposal(
    website_id: int,
    body: PrecheckIn,
    database: DatabaseDep,
    account: CurrentAccount,
    settings: SettingsDep,
) -> PrecheckReport:
    """Check a proposed IP list for one of the caller's websites before it is submitted.

    Nothing is stored; a probe that gets no answer in time reports ``could_not_check``.
    """
    started = time.monotonic()
    proposed = prechecks.parse_proposed(body.proposed_ips)
    subjects = await prechecks.facts(database, website_id, account)
    results = await prechecks.run(subjects, proposed, settings, spent=time.monotonic() - started)
    return _report(database, subjects, proposed, results, started)


@router.get(
    "/change-requests/{change_id}/prechecks", response_model=PrecheckReport, responses=PROBLEMS
)
async def check_change(
    change_id: int,
    database: DatabaseDep,
    account: CurrentAccount,
    settings: SettingsDep,
) -> PrecheckReport:
    """The same checks for a change (its owner, or a reviewer beside the IP checks)."""
    started = time.monotonic()
    subjects, proposed = await prechecks.change_facts(database, change_id, account)
    results = await prechecks.run(subjects, proposed, settings, spent=time.monotonic() - started)
    return _report(database, subjects, proposed, results, started)


def _report(
    database: Database,
    subjects: prechecks.Subjects,
    proposed: list[str],
    results: list[CheckResult],
    started: float,
) -> PrecheckReport:
    return PrecheckReport(
        website_id=subjects.website_id,
        domain=subjects.site.domain,
        proposed_ips=proposed,
        checks=[
            PrecheckOut(
                check=r.check,  # type: ignore[arg-type]
                result=r.result,  # type: ignore[arg-type]
                code=r.code,
                params=r.params,
                message=r.message,
                message_zh=r.message_zh,
                ip=r.ip,
                elapsed_ms=r.elapsed_ms,
            )
            for r in results
        ],
        checked_at=database.clock.now(),
        elapsed_ms=int((time.monotonic() - started) * 1000),
    )
