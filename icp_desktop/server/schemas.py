"""Pydantic schemas of the HTTP API (`/v1`): the wire contract the desktop client relies on.

ORM models live in :mod:`icp_desktop.server.models`; these classes are what goes over the wire.
Field-level reasons carry a stable ``code`` (with ``params``) so clients can translate them, and an
English ``message`` for anyone reading the raw JSON.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from icp_desktop.domain.status import Action, ChangeStatus, Role


class Schema(BaseModel):
    model_config = ConfigDict(from_attributes=True, extra="forbid")


# --- errors (application/problem+json, RFC 9457) -------------------------------------------


class FieldProblem(Schema):
    """One reason attached to one field.

    ``field`` is a top-level field name (``proposed_ips``, ``username`` …); ``ip`` narrows a
    reason on ``proposed_ips`` to one address.
    """

    field: str
    ip: str | None = None
    code: str = "invalid"
    message: str
    params: dict[str, Any] = Field(default_factory=dict)


class Problem(Schema):
    type: str = "about:blank"
    title: str
    status: int
    detail: str | None = None
    code: str | None = None
    errors: list[FieldProblem] = Field(default_factory=list)


# --- accounts and sessions -------------------------------------------------------------------


class AccountOut(Schema):
    id: int
    username: str
    role: Role
    display_name: str = ""
    email: str | None = None
    phone: str | None = None


class LoginIn(Schema):
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=256)


class LoginOut(Schema):
    token: str
    expires_at: datetime
    account: AccountOut


class Health(Schema):
    status: Literal["ok"] = "ok"
    version: str
    database: str


# --- subjects, websites, service resources ---------------------------------------------------


class OpenChangeRef(Schema):
    id: int
    status: ChangeStatus


class WebsiteOut(Schema):
    id: int
    subject_id: int
    subject_name: str
    subject_license_number: str  # 京ICP备12345678号
    license_number: str  # 京ICP备12345678号-1
    name: str
    domain: str
    service_content: str
    ips: list[str]
    version: int
    open_change: OpenChangeRef | None = None
    # The latest change of the website, open or finished (approved, withdrawn): the status
    # filters "approved"/"withdrawn" match it when no change is open.
    last_change: OpenChangeRef | None = None
    # While the open change awaits MIIT SMS verification: when its window ends.
    sms_verification_until: datetime | None = None
    updated_at: datetime


class WebsitePage(Schema):
    items: list[WebsiteOut]
    next_cursor: str | None = None
    total: int | None = None  # matching rows; given on the first page only


class ResourceIP(Schema):
    address: str
    version: Literal[4, 6]
    website_ids: list[int] = Field(default_factory=list)  # the caller's websites using it


class ResourceOut(Schema):
    id: int
    instance_id: str  # e.g. i-bp1a2b3c
    instance_name: str
    region: str  # e.g. cn-north-1
    region_name: str  # e.g. 华北-北京
    billing_type: Literal["subscription", "pay_as_you_go"]
    expires_at: datetime | None
    ips: list[ResourceIP]
    websites_served: int
    capacity: int = 5
    can_serve_filed_sites: bool
    unavailable_reason: str | None = None  # code: not_subscription, not_mainland, expired


class ResourceList(Schema):
    items: list[ResourceOut]


# --- change requests -------------------------------------------------------------------------

ReasonField = Literal[
    "proposed_ips", "website_name", "domain", "service_content", "license_number", "subject_name"
]


class Reason(Schema):
    """A reason for a rejection, attached to the IP list, to one IP (``ip``), or to one of the
    website's filed facts shown beside them (its name, domain, service content, license number,
    subject)."""

    field: ReasonField = "proposed_ips"
    ip: str | None = None
    code: str | None = None  # a common reason's code, when chosen from the list
    message: str = Field(min_length=1, max_length=500)


class ChangeCreate(Schema):
    website_id: int
    proposed_ips: list[str] = Field(max_length=64)


class ChangeUpdate(Schema):
    proposed_ips: list[str] = Field(max_length=64)


class ReviewIn(Schema):
    decision: Literal["approve", "reject"]
    reasons: list[Reason] = Field(default_factory=list, max_length=50)
    comment: str = Field(default="", max_length=2000)


class AdministrationResultIn(Schema):
    decision: Literal["approve", "reject"]
    reasons: list[Reason] = Field(default_factory=list, max_length=50)
    comment: str = Field(default="", max_length=2000)


class ActorOut(Schema):
    kind: Literal["filer", "reviewer", "operator", "service", "administration"]
    id: int | None = None
    username: str | None = None


class TimelineEntry(Schema):
    at: datetime
    actor: ActorOut
    action: Action | Literal["create", "edit", "sms_verified", "sms_failed_attempt"]
    from_status: ChangeStatus | None
    to_status: ChangeStatus
    round: int
    reasons: list[Reason] = Field(default_factory=list)
    comment: str = ""
    proposed_ips: list[str] | None = None  # what was proposed at this step (create, submit)


class WebsiteSummary(Schema):
    id: int
    license_number: str
    name: str
    domain: str
    service_content: str
    subject_name: str
    ips: list[str]
    version: int


class Deadline(Schema):
    """The deadline a change waits on now; a change at the filer's turn or finished has none.

    ``first_review``: the provider's first review, within 1 working day of submission;
    ``administration_submission``: the provider submits to the administration within 1
    working day of approval; ``administration_review``: the administration's usual window
    (up to 20 working days). Due times are the end of a working day in Beijing time.
    """

    kind: Literal["first_review", "administration_submission", "administration_review"]
    due_at: datetime
    estimated: bool  # some day in between had no calendar data: weekends only
    overdue: bool
    working_days_left: int  # 0: due today; negative: overdue by that many


class SmsVerificationOut(Schema):
    """The MIIT SMS verification (短信核验) of the change's current round.

    ``awaiting`` is the sub-state "awaiting SMS verification" of ``administration_review``;
    ``seconds_left`` is counted by the service's clock when the answer was made.
    """

    round: int
    state: Literal["awaiting", "verified", "expired", "failed", "closed"]
    started_at: datetime
    expires_at: datetime
    seconds_left: int
    window_hours: float
    failures: int
    max_failures: int
    reminders_sent: int
    next_reminder_at: datetime | None = None
    ended_at: datetime | None = None
    verified_by: Literal["filer", "administration", "operator"] | None = None
    allowed: list[Literal["confirm", "record_failure"]] = Field(default_factory=list)


class AdministrationWindowOut(Schema):
    """Where a change at the administration is in its province's window: "day N of up to M
    working days"."""

    province: str | None
    working_days: int  # M: the province's window
    day: int  # N: the working day of the window the change is in (beyond M when late)
    working_days_left: int
    expected_by: datetime
    estimated: bool
    beyond: bool  # longer at the administration than its window


class AuthorizedResourceOut(Schema):
    id: int
    instance_id: str
    instance_name: str
    region_name: str
    ips: list[str]


class AuthorizationOut(Schema):
    """An authorization code entered on the change (the code itself is never sent back)."""

    code_id: int
    state: Literal["unused", "in_filing", "used", "invalid"]
    expires_at: datetime
    resource: AuthorizedResourceOut


class ChangeOut(Schema):
    id: int
    website_id: int
    website: WebsiteSummary
    owner: AccountOut
    status: ChangeStatus
    proposed_ips: list[str]
    base_ips: list[str]  # the website's IPs when the change was opened
    round: int  # 1 for the first submission, +1 for each Modify and Submit
    version: int  # ETag
    reasons: list[Reason] = Field(default_factory=list)  # of the latest rejection
    comment: str = ""  # of the latest decision
    created_at: datetime
    updated_at: datetime
    submitted_at: datetime | None = None
    first_review_due_at: datetime | None = None
    administration_due_at: datetime | None = None  # end of the next working day after approval
    administration_expected_by: datetime | None = None  # + up to 20 working days
    due_estimated: bool = False  # a date had no calendar data: weekends only
    overdue: bool = False
    deadline: Deadline | None = None  # the one pending now (none when finished or withdrawn)
    migration_id: int | None = None  # the planned migration this change is a step of
    sms_verification: SmsVerificationOut | None = None  # of the current round, if it began
    administration_window: AdministrationWindowOut | None = None  # at the administration
    authorizations: list[AuthorizationOut] = Field(default_factory=list)
    timeline: list[TimelineEntry] = Field(default_factory=list)
    allowed_actions: list[Action] = Field(default_factory=list)  # for the caller, now


class ChangePage(Schema):
    items: list[ChangeOut]
    next_cursor: str | None = None
    total: int | None = None


class IPCheck(Schema):
    """One automatic check of one proposed IP, as shown to the reviewer."""

    ip: str
    change: Literal["added", "removed", "kept"]
    check: Literal["public", "owned", "capacity", "duplicate"]
    passed: bool
    code: str | None = None
    message: str = ""


class ReviewQueueItem(Schema):
    change: ChangeOut
    due_at: datetime | None
    working_days_left: int | None
    overdue: bool


class ReviewQueue(Schema):
    items: list[ReviewQueueItem]
    counts: dict[str, int]  # per status, for the reviewer's and operator's views
    next_cursor: str | None = None


# --- events ----------------------------------------------------------------------------------

EventKind = Literal[
    "change.created",
    "change.submitted",
    "change.withdrawn",
    "change.deadline_changed",
    "first_review.approved",
    "first_review.rejected",
    "administration.submitted",
    "administration.approved",
    "administration.rejected",
    "sms_verification.reminder",
    "sms_verification.verified",
    "sms_verification.failed_attempt",
    "queue.changed",
]


class EventOut(Schema):
    id: int
    kind: EventKind
    at: datetime
    change_id: int | None = None
    website_id: int | None = None
    status: ChangeStatus | None = None
    payload: dict[str, Any] = Field(default_factory=dict)  # reasons, comment, license_number …


class EventBatch(Schema):
    items: list[EventOut]
    cursor: str  # pass as ?after= to continue exactly where this batch ended


# --- outbox (operator) -------------------------------------------------------------------------


class OutboxMessageOut(Schema):
    """One email or SMS of the notifier's outbox, as an operator sees it."""

    id: int
    channel: Literal["email", "sms"]
    recipient: str
    subject: str = ""
    body: str
    status: Literal["pending", "sent", "failed"]
    attempts: int
    next_attempt_at: datetime | None = None
    last_error: str | None = None
    change_id: int | None = None
    created_at: datetime
    sent_at: datetime | None = None


class OutboxList(Schema):
    items: list[OutboxMessageOut]


# --- pre-submit checks -----------------------------------------------------------------------


class PrecheckIn(Schema):
    proposed_ips: list[str] = Field(min_length=1, max_length=16)


class PrecheckOut(Schema):
    """One check's result; ``code`` and ``params`` render it in any language."""

    check: Literal["dns", "reachability", "footer", "subject_sites"]
    result: Literal["pass", "warn", "fail", "could_not_check"]
    code: str
    params: dict[str, Any] = Field(default_factory=dict)
    message: str
    message_zh: str
    ip: str | None = None
    elapsed_ms: int = 0


class PrecheckReport(Schema):
    website_id: int
    domain: str
    proposed_ips: list[str]
    checks: list[PrecheckOut]
    checked_at: datetime
    elapsed_ms: int
