"""Typed answers of the filing service: accounts, websites and the filer's service resources.

Plain frozen dataclasses built from the service's JSON (``from_json``), one per schema of the
published OpenAPI document (``tests/client/test_contract.py`` holds them to it). Changes and
the review queue are in :mod:`.change_models`, events and the outbox in :mod:`.event_models`.
Only the standard library: the UI may import this before the first paint.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from icp_desktop.client.wire import (
    JsonObject,
    api_time,
    ints,
    objects,
    opt_int,
    opt_str,
    parse_api_time,
    strings,
)
from icp_desktop.domain.status import ChangeStatus, Role

__all__ = [
    "Account",
    "ChangeRef",
    "Health",
    "Login",
    "Resource",
    "ResourceIP",
    "Website",
    "WebsitePage",
    "etag_of",
    "parse_api_time",
]


def etag_of(version: int) -> str:
    """The ``ETag`` the service gives an object of this version (``If-Match`` sends it back)."""
    return f'"{version}"'


@dataclass(frozen=True, slots=True)
class Account:
    """``AccountOut``: who is signed in (or who owns a change)."""

    id: int
    username: str
    role: Role
    display_name: str = ""
    email: str | None = None
    phone: str | None = None

    @classmethod
    def from_json(cls, data: JsonObject) -> Account:
        return cls(
            id=int(data["id"]),
            username=str(data["username"]),
            role=Role(data.get("role") or "filer"),
            display_name=str(data.get("display_name") or ""),
            email=opt_str(data.get("email")),
            phone=opt_str(data.get("phone")),
        )

    @property
    def shown_name(self) -> str:
        """The display name, else the username."""
        return self.display_name or self.username


@dataclass(frozen=True, slots=True)
class Login:
    """``LoginOut``: the answer to signing in."""

    token: str
    expires_at: datetime
    account: Account

    @classmethod
    def from_json(cls, data: JsonObject) -> Login:
        return cls(
            token=str(data["token"]),
            expires_at=api_time(data["expires_at"]),
            account=Account.from_json(data["account"]),
        )

    def __repr__(self) -> str:  # never in a log by accident
        return f"Login(token=<hidden>, account={self.account!r})"


@dataclass(frozen=True, slots=True)
class Health:
    status: str
    version: str
    database: str

    @classmethod
    def from_json(cls, data: JsonObject) -> Health:
        return cls(
            str(data.get("status") or ""),
            str(data.get("version") or ""),
            str(data.get("database") or ""),
        )


@dataclass(frozen=True, slots=True)
class ChangeRef:
    """``OpenChangeRef``: a website's open (or latest) change, by id and status."""

    id: int
    status: ChangeStatus

    @classmethod
    def from_json(cls, data: JsonObject | None) -> ChangeRef | None:
        if not data:
            return None
        return cls(int(data["id"]), ChangeStatus(data["status"]))


@dataclass(frozen=True, slots=True)
class Website:
    """``WebsiteOut``: a filed website and its associated service IPs.

    Attributes:
        open_change: the change not yet approved or withdrawn, if any.
        last_change: the latest change, open or finished.
        sms_verification_until: while the open change awaits MIIT SMS verification, when
            its window ends.
        etag: what ``If-Match`` sends back (the ``ETag`` header of a single website).
    """

    id: int
    subject_id: int
    subject_name: str
    subject_license_number: str
    license_number: str
    name: str
    domain: str
    service_content: str
    ips: tuple[str, ...]
    version: int
    updated_at: datetime
    open_change: ChangeRef | None = None
    last_change: ChangeRef | None = None
    sms_verification_until: datetime | None = None
    etag: str = ""

    @classmethod
    def from_json(cls, data: JsonObject, etag: str | None = None) -> Website:
        version = int(data.get("version") or 0)
        return cls(
            id=int(data["id"]),
            subject_id=int(data.get("subject_id") or 0),
            subject_name=str(data.get("subject_name") or ""),
            subject_license_number=str(data.get("subject_license_number") or ""),
            license_number=str(data["license_number"]),
            name=str(data["name"]),
            domain=str(data["domain"]),
            service_content=str(data.get("service_content") or ""),
            ips=strings(data.get("ips")),
            version=version,
            updated_at=api_time(data["updated_at"]),
            open_change=ChangeRef.from_json(data.get("open_change")),
            last_change=ChangeRef.from_json(data.get("last_change")),
            sms_verification_until=parse_api_time(data.get("sms_verification_until")),
            etag=etag or etag_of(version),
        )


@dataclass(frozen=True, slots=True)
class WebsitePage:
    """``WebsitePage``: one page of websites; ``total`` on the first page only."""

    items: tuple[Website, ...]
    next_cursor: str | None = None
    total: int | None = None

    @classmethod
    def from_json(cls, data: JsonObject) -> WebsitePage:
        return cls(
            tuple(Website.from_json(w) for w in objects(data.get("items"))),
            opt_str(data.get("next_cursor")),
            opt_int(data.get("total")),
        )


@dataclass(frozen=True, slots=True)
class ResourceIP:
    """One address of a service resource, and the caller's websites using it."""

    address: str
    version: int
    website_ids: tuple[int, ...] = ()

    @classmethod
    def from_json(cls, data: JsonObject) -> ResourceIP:
        return cls(
            str(data["address"]), int(data.get("version") or 4), ints(data.get("website_ids"))
        )


@dataclass(frozen=True, slots=True)
class Resource:
    """``ResourceOut``: a cloud server of the filer's that may serve filed websites.

    Attributes:
        unavailable_reason: why it cannot serve filed sites (``not_subscription``,
            ``not_mainland``, ``expired``), when it cannot.
    """

    id: int
    instance_id: str
    instance_name: str
    region: str
    region_name: str
    billing_type: str
    expires_at: datetime | None
    ips: tuple[ResourceIP, ...]
    websites_served: int
    can_serve_filed_sites: bool
    capacity: int = 5
    unavailable_reason: str | None = None

    @classmethod
    def from_json(cls, data: JsonObject) -> Resource:
        return cls(
            id=int(data["id"]),
            instance_id=str(data["instance_id"]),
            instance_name=str(data.get("instance_name") or ""),
            region=str(data.get("region") or ""),
            region_name=str(data.get("region_name") or ""),
            billing_type=str(data.get("billing_type") or ""),
            expires_at=parse_api_time(data.get("expires_at")),
            ips=tuple(ResourceIP.from_json(i) for i in objects(data.get("ips"))),
            websites_served=int(data.get("websites_served") or 0),
            can_serve_filed_sites=bool(data.get("can_serve_filed_sites")),
            capacity=int(data.get("capacity") or 5),
            unavailable_reason=opt_str(data.get("unavailable_reason")),
        )

    @property
    def addresses(self) -> tuple[str, ...]:
        return tuple(ip.address for ip in self.ips)
