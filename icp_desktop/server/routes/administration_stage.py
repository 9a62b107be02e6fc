"""The administration stage: SMS verification, province windows, the queue at the
administration and its times report."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import JSONResponse
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from icp_desktop.domain.errors import ConflictError, FieldIssue, ForbiddenError, InvalidError
from icp_desktop.domain.provinces import DEFAULT_WINDOW_DAYS
from icp_desktop.domain.status import Role
from icp_desktop.server.administration_schemas import (
    AdministrationQueue,
    AdministrationTimesReport,
    ProvinceWindowIn,
    ProvinceWindowList,
    ProvinceWindowOut,
    ProvinceWindowSaved,
    SmsVerificationIn,
)
from icp_desktop.server.deps import (
    CurrentAccount,
    OperatorAccount,
    ReadSessionDep,
    StaffAccount,
    UnitOfWorkDep,
)
from icp_desktop.server.gateway import AdministrationGateway, ManualGateway
from icp_desktop.server.models.accounts import Account
from icp_desktop.server.models.administration import ProvinceWindow
from icp_desktop.server.routes.changes import PROBLEMS, change_response
from icp_desktop.server.schemas import ChangeOut
from icp_desktop.server.services import (
    administration_views,
    change_views,
    changes,
    province_windows,
    sms_verification,
)
from icp_desktop.server.services.transitions import ActorRef

router = APIRouter(prefix="/v1", tags=["administration stage"])


def _gateway(request: Request) -> AdministrationGateway:
    gateway: AdministrationGateway | None = getattr(request.app.state, "gateway", None)
    return gateway or ManualGateway()


@router.post(
    "/change-requests/{change_id}/sms-verification", response_model=ChangeOut, responses=PROBLEMS
)
async def record_sms_verification(
    change_id: int,
    body: SmsVerificationIn,
    request: Request,
    uow: UnitOfWorkDep,
    account: CurrentAccount,
) -> JSONResponse:
    """Record the MIIT SMS verification: the filer's "I have verified" (``verified``), or what
    the administration reported, by an operator (``verified`` / ``failed_attempt``; the fifth
    wrong try returns the change)."""
    session = uow.session
    if account.role == Role.REVIEWER.value:
        raise ForbiddenError()
    change = await changes.get_visible(session, change_id, account)
    if account.role == Role.FILER.value and body.outcome != "verified":
        raise InvalidError(
            [
                FieldIssue(
                    field="outcome",
                    code="not_allowed",
                    message="A filer records only the verification",
                )
            ]
        )
    actor = ActorRef.of(account)
    if body.outcome == "verified":
        await sms_verification.confirm(session, change, actor, _gateway(request))
    else:
        await sms_verification.record_failure(session, change, actor)
    change = await changes.get_visible(session, change_id, account)
    out = await change_views.render_one(session, change, account)
    await uow.commit()
    scheduler = getattr(request.app.state, "scheduler", None)
    if scheduler is not None:
        scheduler.poke()  # a simulator waiting for the verification may decide soon
    return change_response(out)


# --- province windows ----------------------------------------------------------------------


async def _window_out(session: AsyncSession, row: ProvinceWindow) -> ProvinceWindowOut:
    updated_by = None
    if row.updated_by is not None:
        who = await session.get(Account, row.updated_by)
        updated_by = who.username if who else None
    return ProvinceWindowOut(
        province=row.province,
        working_days=row.working_days,
        version=row.version,
        updated_at=row.updated_at,
        updated_by=updated_by,
    )


@router.get("/province-windows", response_model=ProvinceWindowList, responses=PROBLEMS)
async def list_province_windows(
    session: ReadSessionDep, account: CurrentAccount
) -> ProvinceWindowList:
    """Each province's administration window in working days."""
    rows = await province_windows.all_windows(session)
    return ProvinceWindowList(
        items=[await _window_out(session, r) for r in rows],
        default_working_days=DEFAULT_WINDOW_DAYS,
    )


@router.put("/province-windows/{province}", response_model=ProvinceWindowSaved, responses=PROBLEMS)
async def save_province_window(
    province: Annotated[str, Path(min_length=1, max_length=32)],
    body: ProvinceWindowIn,
    uow: UnitOfWorkDep,
    account: OperatorAccount,
) -> ProvinceWindowSaved:
    """Set a province's window; its open changes at the administration follow (audited)."""
    session = uow.session
    if province.strip() != province or any(ord(ch) < 32 for ch in province):
        raise InvalidError(
            [FieldIssue(field="province", code="invalid", message="Not a province name")]
        )
    try:
        row, moved = await province_windows.save(
            session, account, province, body.working_days, body.version
        )
        out = await _window_out(session, row)
        await uow.commit()
    except province_windows.StaleWindowError as exc:
        await session.rollback()
        raise _stale(province, exc.current) from None
    except IntegrityError:
        await session.rollback()
        raise _stale(province, 1) from None
    return ProvinceWindowSaved(window=out, changes_recomputed=moved)


def _stale(province: str, current: int) -> Exception:
    return ConflictError(
        "province_window_changed",
        f"The window of {province} was changed by someone else meanwhile (now "
        f"version {current}); load it again.",
        [
            FieldIssue(
                field="version",
                code="province_window_changed",
                message="Another save came first",
                params={"current": current},
            )
        ],
    )


# --- the queue at the administration, and the report --------------------------------------


@router.get("/administration/queue", response_model=AdministrationQueue, responses=PROBLEMS)
async def administration_queue(
    session: ReadSessionDep, account: StaffAccount
) -> AdministrationQueue:
    """Every change at the administration, furthest into its province's window first, with
    its SMS verification."""
    return await administration_views.queue(session, account)


@router.get(
    "/reports/administration-times", response_model=AdministrationTimesReport, responses=PROBLEMS
)
async def administration_times(
    session: ReadSessionDep,
    account: OperatorAccount,
    since_days: Annotated[int, Query(ge=1, le=3650)] = 365,
) -> AdministrationTimesReport:
    """p50 and p90 time per province and stage, from the service's own history."""
    return await administration_views.stage_times(session, since_days)
