"""Typed answers of the administration stage: the SMS verification step and the province window
of a change, authorization codes, the queue at the administration, the times report and
reconciliation.

Plain dataclasses built from the service's JSON (``from_json``); only the standard library.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from icp_desktop.client.wire import (
    JsonObject,
    JsonValue,
    api_date,
    counts,
    objects,
    opt_int,
    opt_str,
    parse_api_time,
    strings,
)
from icp_desktop.client.wire import api_time as _time


@dataclass(frozen=True)
class SmsVerification:
    """The MIIT SMS verification of a change's current round (``ChangeOut.sms_verification``).

    Attributes:
        state: ``awaiting`` (the sub-state "awaiting SMS verification"), ``verified``,
            ``expired``, ``failed`` or ``closed``.
        seconds_left: counted by the service's clock when the answer was made; a countdown
            goes on from there with a monotonic clock (the machine's clock may differ).
        allowed: what the caller may record now (``confirm``, ``record_failure``).
    """

    round: int
    state: str
    started_at: datetime
    expires_at: datetime
    seconds_left: int
    window_hours: float
    failures: int
    max_failures: int
    reminders_sent: int
    verified_by: str | None = None
    ended_at: datetime | None = None
    allowed: tuple[str, ...] = ()

    @property
    def awaiting(self) -> bool:
        return self.state == "awaiting"

    @classmethod
    def from_json(cls, data: Any) -> SmsVerification | None:
        if not isinstance(data, dict) or not data.get("expires_at"):
            return None
        return cls(
            round=int(data.get("round") or 0),
            state=str(data.get("state") or ""),
            started_at=_time(data["started_at"]),
            expires_at=_time(data["expires_at"]),
            seconds_left=int(data.get("seconds_left") or 0),
            window_hours=float(data.get("window_hours") or 24),
            failures=int(data.get("failures") or 0),
            max_failures=int(data.get("max_failures") or 5),
            reminders_sent=int(data.get("reminders_sent") or 0),
            verified_by=opt_str(data.get("verified_by")),
            ended_at=parse_api_time(data.get("ended_at")),
            allowed=strings(data.get("allowed")),
        )


@dataclass(frozen=True)
class AdministrationWindow:
    """Where a change at the administration is: day ``day`` of up to ``working_days``."""

    province: str | None
    working_days: int
    day: int
    working_days_left: int
    expected_by: datetime
    estimated: bool
    beyond: bool

    @classmethod
    def from_json(cls, data: Any) -> AdministrationWindow | None:
        if not isinstance(data, dict) or not data.get("expected_by"):
            return None
        return cls(
            province=opt_str(data.get("province")),
            working_days=int(data["working_days"]),
            day=int(data["day"]),
            working_days_left=int(data["working_days_left"]),
            expected_by=_time(data["expected_by"]),
            estimated=bool(data.get("estimated")),
            beyond=bool(data.get("beyond")),
        )


@dataclass(frozen=True)
class AuthorizedResource:
    """The server an authorization code opens, and its IPs."""

    id: int
    instance_id: str
    instance_name: str
    region_name: str
    ips: tuple[str, ...]

    @classmethod
    def from_json(cls, data: JsonObject) -> AuthorizedResource:
        return cls(
            id=int(data.get("id") or 0),
            instance_id=str(data.get("instance_id") or ""),
            instance_name=str(data.get("instance_name") or ""),
            region_name=str(data.get("region_name") or ""),
            ips=strings(data.get("ips")),
        )


@dataclass(frozen=True)
class Authorization:
    """A code entered on a change, and the server it opens (the code itself never comes back)."""

    code_id: int
    state: str
    expires_at: datetime
    resource: AuthorizedResource

    @classmethod
    def from_json(cls, data: JsonObject) -> Authorization:
        return cls(
            code_id=int(data["code_id"]),
            state=str(data.get("state")),
            expires_at=_time(data["expires_at"]),
            resource=AuthorizedResource.from_json(data.get("resource") or {}),
        )


@dataclass(frozen=True)
class AuthorizationCodeInfo:
    """A code as its issuer sees it afterwards (never the code)."""

    id: int
    state: str
    issued_at: datetime
    expires_at: datetime
    issued_by: str | None
    change_id: int | None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> AuthorizationCodeInfo:
        return cls(
            id=int(data["id"]),
            state=str(data["state"]),
            issued_at=_time(data["issued_at"]),
            expires_at=_time(data["expires_at"]),
            issued_by=opt_str(data.get("issued_by")),
            change_id=opt_int(data.get("change_id")),
        )


@dataclass(frozen=True)
class AuthorizedServer:
    id: int
    instance_id: str
    instance_name: str
    region_name: str
    ips: tuple[str, ...]
    live_codes: int
    limit: int
    can_issue: bool
    cannot_issue_reason: str | None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> AuthorizedServer:
        return cls(
            id=int(data["id"]),
            instance_id=str(data["instance_id"]),
            instance_name=str(data["instance_name"]),
            region_name=str(data.get("region_name") or ""),
            ips=strings(data.get("ips")),
            live_codes=int(data["live_codes"]),
            limit=int(data["limit"]),
            can_issue=bool(data["can_issue"]),
            cannot_issue_reason=data.get("cannot_issue_reason"),
        )


@dataclass(frozen=True)
class AuthorizationCodes:
    """``GET /v1/authorization-codes``: a server and its codes."""

    server: AuthorizedServer
    items: tuple[AuthorizationCodeInfo, ...]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> AuthorizationCodes:
        return cls(
            AuthorizedServer.from_json(data["server"]),
            tuple(AuthorizationCodeInfo.from_json(c) for c in objects(data.get("items"))),
        )


@dataclass(frozen=True)
class IssuedCode:
    """The answer to issuing: the code itself, this once."""

    code: str
    authorization: AuthorizationCodeInfo

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> IssuedCode:
        return cls(str(data["code"]), AuthorizationCodeInfo.from_json(data["authorization"]))

    def __repr__(self) -> str:  # never in a log by accident
        return f"IssuedCode(code=<hidden>, authorization={self.authorization!r})"


@dataclass(frozen=True)
class ProvinceWindow:
    province: str
    working_days: int
    version: int
    updated_at: datetime | None = None
    updated_by: str | None = None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ProvinceWindow:
        return cls(
            str(data["province"]),
            int(data["working_days"]),
            int(data["version"]),
            parse_api_time(data.get("updated_at")),
            opt_str(data.get("updated_by")),
        )


@dataclass(frozen=True)
class QueueItem:
    """A change at the administration, with its window and its SMS step."""

    change_id: int
    license_number: str
    website_name: str
    domain: str
    owner: str
    window: AdministrationWindow
    progress: float
    sms_verification: SmsVerification | None
    gateway: str | None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> QueueItem:
        window = AdministrationWindow.from_json(data["window"])
        assert window is not None
        return cls(
            change_id=int(data["change_id"]),
            license_number=str(data["license_number"]),
            website_name=str(data["website_name"]),
            domain=str(data["domain"]),
            owner=str(data["owner"]),
            window=window,
            progress=float(data["progress"]),
            sms_verification=SmsVerification.from_json(data.get("sms_verification")),
            gateway=opt_str(data.get("gateway")),
        )


@dataclass(frozen=True)
class AdministrationQueue:
    items: tuple[QueueItem, ...]
    counts: dict[str, int] = field(default_factory=dict)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> AdministrationQueue:
        return cls(
            tuple(QueueItem.from_json(i) for i in objects(data.get("items"))),
            counts(data.get("counts")),
        )


@dataclass(frozen=True)
class StageTimes:
    province: str
    stage: str
    count: int
    p50_hours: float
    p90_hours: float


def stage_times(data: dict[str, Any]) -> list[StageTimes]:
    return [
        StageTimes(
            str(r["province"]),
            str(r["stage"]),
            int(r["count"]),
            float(r["p50_hours"]),
            float(r["p90_hours"]),
        )
        for r in data.get("rows") or []
    ]


@dataclass(frozen=True)
class ReconciliationItem:
    id: int
    import_id: int
    line: int | None
    license_number: str
    result: str | None
    reason: str
    result_date: date | None
    change_id: int | None
    match: str
    kind: str | None
    status: str
    detail: dict[str, JsonValue]
    note: str

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ReconciliationItem:
        return cls(
            id=int(data["id"]),
            import_id=int(data["import_id"]),
            line=opt_int(data.get("line")),
            license_number=str(data["license_number"]),
            result=opt_str(data.get("result")),
            reason=str(data.get("reason") or ""),
            result_date=api_date(data.get("result_date")),
            change_id=opt_int(data.get("change_id")),
            match=str(data["match"]),
            kind=opt_str(data.get("kind")),
            status=str(data["status"]),
            detail=dict(data.get("detail") or {}),
            note=str(data.get("note") or ""),
        )


@dataclass(frozen=True)
class ReconciliationImport:
    id: int
    filename: str
    imported_at: datetime
    rows: int
    counts: dict[str, int]
    items: tuple[ReconciliationItem, ...] = ()

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ReconciliationImport:
        return cls(
            id=int(data["id"]),
            filename=str(data.get("filename") or ""),
            imported_at=_time(data["imported_at"]),
            rows=int(data["rows"]),
            counts=counts(data.get("counts")),
            items=tuple(ReconciliationItem.from_json(i) for i in objects(data.get("items"))),
        )
