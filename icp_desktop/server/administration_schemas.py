"""Wire schemas of the administration stage: SMS verification, authorization codes, province
windows, the administration queue and its report, and reconciliation (``/v1``).

What a change itself carries (its SMS step, window and codes) is in
:mod:`icp_desktop.server.schemas` with ``ChangeOut``.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import Field

from icp_desktop.domain.provinces import MAX_WINDOW_DAYS, MIN_WINDOW_DAYS
from icp_desktop.server.schemas import AdministrationWindowOut, Schema, SmsVerificationOut

# --- SMS verification ------------------------------------------------------------------------


class SmsVerificationIn(Schema):
    """``verified``: the filer's "I have verified" (or an operator recording the
    administration's confirmation); ``failed_attempt``: one wrong try the administration
    reported (operator)."""

    outcome: Literal["verified", "failed_attempt"]


# --- authorization codes ---------------------------------------------------------------------

CodeStateOut = Literal["unused", "in_filing", "used", "invalid"]


class AuthorizationCodeIssueIn(Schema):
    """The server to issue a code for: its instance id (``i-…``) or its id."""

    instance_id: str | None = Field(default=None, max_length=64)
    resource_id: int | None = Field(default=None, ge=1, le=2**31 - 1)


class AuthorizationCodeOut(Schema):
    """A code as its issuer sees it afterwards: never the code itself."""

    id: int
    resource_id: int
    state: CodeStateOut
    issued_at: datetime
    expires_at: datetime
    issued_by: str | None = None
    change_id: int | None = None
    used_at: datetime | None = None
    invalidated_at: datetime | None = None


class AuthorizationCodeIssued(Schema):
    """The answer to issuing: the code, this once."""

    code: str
    authorization: AuthorizationCodeOut


class AuthorizedServerOut(Schema):
    id: int
    instance_id: str
    instance_name: str
    region_name: str
    billing_type: str
    expires_at: datetime | None
    ips: list[str]
    live_codes: int
    limit: int
    can_issue: bool
    cannot_issue_reason: str | None = None  # a reason code
    cannot_issue_message: str | None = None


class AuthorizationCodeList(Schema):
    server: AuthorizedServerOut
    items: list[AuthorizationCodeOut]


class AuthorizationCodeUseIn(Schema):
    code: str = Field(min_length=1, max_length=64)


# --- province windows, the administration queue, the report ----------------------------------


class ProvinceWindowOut(Schema):
    province: str
    working_days: int
    version: int
    updated_at: datetime | None = None
    updated_by: str | None = None


class ProvinceWindowList(Schema):
    items: list[ProvinceWindowOut]
    default_working_days: int


class ProvinceWindowIn(Schema):
    working_days: int = Field(ge=MIN_WINDOW_DAYS, le=MAX_WINDOW_DAYS)
    version: int | None = Field(default=None, ge=0)  # the one the edit started from


class ProvinceWindowSaved(Schema):
    window: ProvinceWindowOut
    changes_recomputed: int


class AdministrationQueueItem(Schema):
    """One change at the administration: how far into its province's window, and its SMS
    step."""

    change_id: int
    round: int
    license_number: str
    website_name: str
    domain: str
    owner: str
    submitted_at: datetime | None
    window: AdministrationWindowOut
    progress: float  # day / working days (above 1 when beyond the window)
    sms_verification: SmsVerificationOut | None = None
    gateway: str | None = None  # simulator | manual


class AdministrationQueue(Schema):
    items: list[AdministrationQueueItem]  # furthest into their window first
    # total (every change at the administration), listed (those in items), and among the
    # listed: awaiting_sms, beyond_window
    counts: dict[str, int]


Stage = Literal[
    "first_review", "administration_submission", "sms_verification", "administration_review"
]


class StageTimes(Schema):
    province: str  # "" for all provinces together
    stage: Stage
    count: int
    p50_hours: float
    p90_hours: float


class AdministrationTimesReport(Schema):
    since: datetime
    until: datetime
    rows: list[StageTimes]


# --- reconciliation --------------------------------------------------------------------------


class ReconciliationImportIn(Schema):
    csv_text: str = Field(min_length=1, max_length=1_000_000)
    filename: str = Field(default="", max_length=200)


Match = Literal["agrees", "to_record", "disagreement"]
ItemStatus = Literal["open", "applied", "skipped", "acknowledged"]


class ReconciliationItemOut(Schema):
    """One result and how it matches the service's record. ``kind`` of a disagreement:
    ``unknown_license``, ``no_change_at_administration``, ``contradicts``, ``filing_cancelled``,
    ``duplicate_in_import`` or ``beyond_window`` (flagged, not from the file)."""

    id: int
    import_id: int
    line: int | None
    license_number: str
    result: Literal["approved", "rejected", "cancelled"] | None
    reason: str
    result_date: date | None
    website_id: int | None
    change_id: int | None
    round: int | None
    match: Match
    kind: str | None
    detail: dict[str, Any] = Field(default_factory=dict)
    status: ItemStatus
    resolved_at: datetime | None = None
    resolved_by: str | None = None
    note: str = ""


class ReconciliationImportSummary(Schema):
    id: int
    filename: str
    imported_at: datetime
    imported_by: str | None
    rows: int
    counts: dict[str, int]  # agrees, to_record, disagreement, applied, open_disagreements


class ReconciliationImportOut(ReconciliationImportSummary):
    items: list[ReconciliationItemOut]


class ReconciliationImportList(Schema):
    items: list[ReconciliationImportSummary]


class ReconciliationApplyIn(Schema):
    # None: every result to record
    item_ids: list[Annotated[int, Field(ge=1, le=2**31 - 1)]] | None = Field(
        default=None, max_length=5000
    )


class ReconciliationApplyOut(Schema):
    applied: int
    skipped: int
    imported: ReconciliationImportOut


class AcknowledgeIn(Schema):
    note: str = Field(default="", max_length=500)


class DisagreementList(Schema):
    items: list[ReconciliationItemOut]
