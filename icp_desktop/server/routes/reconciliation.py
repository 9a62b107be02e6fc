"""Reconciliation (对账): the operator imports the administration's results, reads each one's
match, applies the results to record, and acknowledges disagreements."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from icp_desktop.domain.errors import FieldIssue, InvalidError
from icp_desktop.domain.reasons import render
from icp_desktop.domain.reconciliation_csv import ResultsUnreadable
from icp_desktop.server.administration_schemas import (
    AcknowledgeIn,
    DisagreementList,
    ReconciliationApplyIn,
    ReconciliationApplyOut,
    ReconciliationImportIn,
    ReconciliationImportList,
    ReconciliationImportOut,
    ReconciliationItemOut,
)
from icp_desktop.server.deps import OperatorAccount, ReadSessionDep, UnitOfWorkDep
from icp_desktop.server.routes.changes import PROBLEMS
from icp_desktop.server.services import reconciliation

router = APIRouter(prefix="/v1/reconciliation", tags=["reconciliation"])

Id = Annotated[int, Path(ge=1, le=2**31 - 1)]


@router.post(
    "/imports", status_code=201, response_model=ReconciliationImportOut, responses=PROBLEMS
)
async def import_results(
    body: ReconciliationImportIn, uow: UnitOfWorkDep, account: OperatorAccount
) -> ReconciliationImportOut:
    """Import a CSV of results (license number, result, reason, date). Read whole first: any
    bad row refuses the import (422, one problem per bad row with its ``line``). A stored
    import changes nothing until it is applied."""
    session = uow.session
    try:
        imported = await reconciliation.import_results(
            session, account, body.csv_text, body.filename
        )
    except ResultsUnreadable as exc:
        await session.rollback()
        raise InvalidError(
            [
                FieldIssue(
                    field="csv_text",
                    code=p.code,
                    message=render(p.code, {"line": p.line, **p.params}),
                    params={"line": p.line, "column": p.column, **p.params},
                )
                for p in exc.problems
            ],
            f"{len({p.line for p in exc.problems})} rows cannot be read; nothing was imported.",
        ) from None
    await uow.commit()
    return await reconciliation.import_out(session, imported.id)


@router.get("/imports", response_model=ReconciliationImportList, responses=PROBLEMS)
async def list_imports(
    session: ReadSessionDep, account: OperatorAccount
) -> ReconciliationImportList:
    return ReconciliationImportList(items=await reconciliation.recent_imports(session))


@router.get("/imports/{import_id}", response_model=ReconciliationImportOut, responses=PROBLEMS)
async def get_import(
    import_id: Id, session: ReadSessionDep, account: OperatorAccount
) -> ReconciliationImportOut:
    return await reconciliation.import_out(session, import_id)


@router.post(
    "/imports/{import_id}/apply", response_model=ReconciliationApplyOut, responses=PROBLEMS
)
async def apply_import(
    import_id: Id, body: ReconciliationApplyIn, uow: UnitOfWorkDep, account: OperatorAccount
) -> ReconciliationApplyOut:
    """Record the import's results to record (all, or ``item_ids``), each an audited
    administration decision; results whose change moved on meanwhile are skipped."""
    session = uow.session
    applied, skipped = await reconciliation.apply(session, account, import_id, body.item_ids)
    await uow.commit()
    return ReconciliationApplyOut(
        applied=applied,
        skipped=skipped,
        imported=await reconciliation.import_out(session, import_id),
    )


@router.get("/disagreements", response_model=DisagreementList, responses=PROBLEMS)
async def list_disagreements(
    session: ReadSessionDep,
    account: OperatorAccount,
    include_acknowledged: Annotated[bool, Query()] = False,
) -> DisagreementList:
    """Every disagreement not yet acknowledged (across imports), newest first."""
    return DisagreementList(items=await reconciliation.disagreements(session, include_acknowledged))


@router.post(
    "/items/{item_id}/acknowledge", response_model=ReconciliationItemOut, responses=PROBLEMS
)
async def acknowledge(
    item_id: Id, body: AcknowledgeIn, uow: UnitOfWorkDep, account: OperatorAccount
) -> ReconciliationItemOut:
    """Mark a disagreement as handled, with a note (audited)."""
    session = uow.session
    item = await reconciliation.acknowledge(session, account, item_id, body.note)
    out = await reconciliation.item_out(session, item)
    await uow.commit()
    return out
