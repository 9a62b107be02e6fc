"""Typed answers about changes: a Change Access request, its timeline and deadline, its checks,
and the review queue.

Plain frozen dataclasses built from the service's JSON (``from_json``), one per schema of the
published OpenAPI document (``tests/client/test_contract.py`` holds them to it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from icp_desktop.client.administration_models import (
    AdministrationWindow,
    Authorization,
    SmsVerification,
)
from icp_desktop.client.models import Account, etag_of
from icp_desktop.client.wire import (
    JsonObject,
    api_time,
    counts,
    objects,
    opt_int,
    opt_str,
    parse_api_time,
    strings,
)
from icp_desktop.domain.status import Action, ChangeStatus

DeadlineKind = Literal["first_review", "administration_submission", "administration_review"]


@dataclass(frozen=True, slots=True)
class Reason:
    """A rejection reason on the IP list, on one IP (``ip``), or on one of the website's filed
    facts (``field``: ``website_name``, ``domain`` …); ``code`` when a common reason was
    chosen. Sent with a decision as well as read from a change."""

    message: str
    field: str = "proposed_ips"
    ip: str | None = None
    code: str | None = None

    @classmethod
    def from_json(cls, data: JsonObject) -> Reason:
        return cls(
            message=str(data.get("message") or ""),
            field=str(data.get("field") or "proposed_ips"),
            ip=opt_str(data.get("ip")),
            code=opt_str(data.get("code")),
        )

    def to_json(self) -> JsonObject:
        return {"field": self.field, "ip": self.ip, "code": self.code, "message": self.message}


def reasons_of(items: object) -> tuple[Reason, ...]:
    return tuple(Reason.from_json(r) for r in objects(items))


@dataclass(frozen=True, slots=True)
class TimelineActor:
    """``ActorOut``: who did a step (``kind``: filer, reviewer, operator, service,
    administration) and, for a person, their account."""

    kind: str
    id: int | None = None
    username: str | None = None


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One recorded step of a change: who moved it from where to where, with what reasons."""

    at: datetime
    actor: TimelineActor
    action: str
    from_status: ChangeStatus | None
    to_status: ChangeStatus
    round: int
    reasons: tuple[Reason, ...] = ()
    comment: str = ""
    proposed_ips: tuple[str, ...] | None = None

    @classmethod
    def from_json(cls, data: JsonObject) -> TimelineEntry:
        actor = data.get("actor") or {}
        source = data.get("from_status")
        proposed = data.get("proposed_ips")
        return cls(
            at=api_time(data["at"]),
            actor=TimelineActor(
                str(actor.get("kind") or ""),
                opt_int(actor.get("id")),
                opt_str(actor.get("username")),
            ),
            action=str(data.get("action") or ""),
            from_status=ChangeStatus(source) if source else None,
            to_status=ChangeStatus(data["to_status"]),
            round=int(data.get("round") or 0),
            reasons=reasons_of(data.get("reasons")),
            comment=str(data.get("comment") or ""),
            proposed_ips=strings(proposed) if proposed is not None else None,
        )


@dataclass(frozen=True, slots=True)
class WebsiteSummary:
    """The website a change is for, as filed when the change was read."""

    id: int
    license_number: str
    name: str
    domain: str
    service_content: str
    subject_name: str
    ips: tuple[str, ...]
    version: int

    @classmethod
    def from_json(cls, data: JsonObject) -> WebsiteSummary:
        return cls(
            id=int(data["id"]),
            license_number=str(data.get("license_number") or ""),
            name=str(data.get("name") or ""),
            domain=str(data.get("domain") or ""),
            service_content=str(data.get("service_content") or ""),
            subject_name=str(data.get("subject_name") or ""),
            ips=strings(data.get("ips")),
            version=int(data.get("version") or 0),
        )


@dataclass(frozen=True, slots=True)
class Deadline:
    """The deadline a change waits on now (``ChangeOut.deadline``); a change has none when
    nothing is pending (a draft, a rejection at the filer's turn, a finished or withdrawn one).

    Attributes:
        kind: the stage whose deadline it is.
        due_at: the moment it runs out (the midnight that ends a Beijing working day).
        estimated: a day in between had no holiday data: the service counted weekends only.
        overdue: ``due_at`` has passed.
        working_days_left: 0 when due today, negative when overdue by that many.
    """

    kind: DeadlineKind
    due_at: datetime
    estimated: bool
    overdue: bool
    working_days_left: int

    @classmethod
    def from_json(cls, data: object) -> Deadline | None:
        if not isinstance(data, dict) or not data.get("due_at"):
            return None
        return cls(
            kind=data.get("kind", "first_review"),
            due_at=api_time(data["due_at"]),
            estimated=bool(data.get("estimated")),
            overdue=bool(data.get("overdue")),
            working_days_left=int(data.get("working_days_left") or 0),
        )


@dataclass(frozen=True, slots=True)
class Change:
    """``ChangeOut``: a Change Access request as the caller may see it now.

    Attributes:
        base_ips: the website's IPs when the change was opened.
        round: 1 for the first submission, one more for each Modify and Submit.
        reasons: of the latest rejection; ``comment`` of the latest decision.
        deadline: the one pending now (None when finished, withdrawn or at the filer's turn).
        allowed_actions: what the caller may do with it now: the only source of the UI's
            buttons (the service decides who may decide what).
        etag: what ``If-Match`` sends back.
    """

    id: int
    website_id: int
    website: WebsiteSummary
    owner: Account
    status: ChangeStatus
    proposed_ips: tuple[str, ...]
    base_ips: tuple[str, ...]
    round: int
    version: int
    created_at: datetime
    updated_at: datetime
    reasons: tuple[Reason, ...] = ()
    comment: str = ""
    submitted_at: datetime | None = None
    deadline: Deadline | None = None
    migration_id: int | None = None
    sms_verification: SmsVerification | None = None
    administration_window: AdministrationWindow | None = None
    authorizations: tuple[Authorization, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    allowed_actions: tuple[Action, ...] = ()
    etag: str = ""

    @classmethod
    def from_json(cls, data: JsonObject, etag: str | None = None) -> Change:
        version = int(data.get("version") or 0)
        return cls(
            id=int(data["id"]),
            website_id=int(data["website_id"]),
            website=WebsiteSummary.from_json(data["website"]),
            owner=Account.from_json(data["owner"]),
            status=ChangeStatus(data["status"]),
            proposed_ips=strings(data.get("proposed_ips")),
            base_ips=strings(data.get("base_ips")),
            round=int(data.get("round") or 0),
            version=version,
            created_at=api_time(data["created_at"]),
            updated_at=api_time(data["updated_at"]),
            reasons=reasons_of(data.get("reasons")),
            comment=str(data.get("comment") or ""),
            submitted_at=parse_api_time(data.get("submitted_at")),
            deadline=Deadline.from_json(data.get("deadline")),
            migration_id=opt_int(data.get("migration_id")),
            sms_verification=SmsVerification.from_json(data.get("sms_verification")),
            administration_window=AdministrationWindow.from_json(data.get("administration_window")),
            authorizations=tuple(
                Authorization.from_json(a) for a in objects(data.get("authorizations"))
            ),
            timeline=tuple(TimelineEntry.from_json(e) for e in objects(data.get("timeline"))),
            allowed_actions=tuple(Action(a) for a in data.get("allowed_actions") or ()),
            etag=etag or etag_of(version),
        )

    def allows(self, action: Action | str) -> bool:
        """Whether the service lets the caller do ``action`` now."""
        return action in self.allowed_actions

    @property
    def is_editable(self) -> bool:
        """The filer may change the proposed IPs in this status."""
        return self.status.is_editable


@dataclass(frozen=True, slots=True)
class ChangePage:
    items: tuple[Change, ...]
    next_cursor: str | None = None
    total: int | None = None

    @classmethod
    def from_json(cls, data: JsonObject) -> ChangePage:
        return cls(
            tuple(Change.from_json(c) for c in objects(data.get("items"))),
            opt_str(data.get("next_cursor")),
            opt_int(data.get("total")),
        )


@dataclass(frozen=True, slots=True)
class IPCheck:
    """One automatic check of one proposed IP, as shown to the reviewer."""

    ip: str
    change: Literal["added", "removed", "kept"]
    check: str
    passed: bool
    code: str | None = None
    message: str = ""

    @classmethod
    def from_json(cls, data: JsonObject) -> IPCheck:
        return cls(
            ip=str(data["ip"]),
            change=data.get("change", "kept"),
            check=str(data["check"]),
            passed=bool(data.get("passed")),
            code=opt_str(data.get("code")),
            message=str(data.get("message") or ""),
        )


@dataclass(frozen=True, slots=True)
class ReviewQueueItem:
    """A change waiting for someone at the provider, and when it is due."""

    change: Change
    due_at: datetime | None = None
    working_days_left: int | None = None
    overdue: bool = False

    @classmethod
    def from_json(cls, data: JsonObject) -> ReviewQueueItem:
        return cls(
            Change.from_json(data["change"]),
            parse_api_time(data.get("due_at")),
            opt_int(data.get("working_days_left")),
            bool(data.get("overdue")),
        )


@dataclass(frozen=True, slots=True)
class ReviewQueue:
    """A page of the queue, and the number of changes per status (``counts``)."""

    items: tuple[ReviewQueueItem, ...]
    counts: dict[str, int]
    next_cursor: str | None = None

    @classmethod
    def from_json(cls, data: JsonObject) -> ReviewQueue:
        return cls(
            tuple(ReviewQueueItem.from_json(i) for i in objects(data.get("items"))),
            counts(data.get("counts")),
            opt_str(data.get("next_cursor")),
        )
