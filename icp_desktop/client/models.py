"""Typed answers of the filing service that pages read field by field.

Plain dataclasses built from the JSON the service sends (``from_json``), so a page reads
``year.holidays`` and ``deadline.estimated`` instead of digging in dicts. Only the standard
library: the UI may import this before the first paint.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, Literal

CalendarSource = Literal["operator", "file", "package", "none"]
DeadlineKind = Literal["first_review", "administration_submission", "administration_review"]


def parse_api_time(value: Any) -> datetime | None:
    """An aware datetime from the service's ISO 8601 text (UTC when no offset is given)."""
    if not value:
        return None
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(
        str(value).replace("Z", "+00:00"))
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


@dataclass(frozen=True)
class Deadline:
    """The deadline a change waits on now (``ChangeOut.deadline``); None when nothing is
    pending (a draft, a rejection at the filer's turn, a finished or withdrawn change).

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
    def from_json(cls, data: Any) -> Deadline | None:
        if not isinstance(data, dict) or not data.get("due_at"):
            return None
        due_at = parse_api_time(data["due_at"])
        assert due_at is not None
        return cls(kind=data.get("kind", "first_review"), due_at=due_at,
                   estimated=bool(data.get("estimated")), overdue=bool(data.get("overdue")),
                   working_days_left=int(data.get("working_days_left") or 0))

    @classmethod
    def of_change(cls, change: dict[str, Any] | None) -> Deadline | None:
        """The pending deadline of a change as the service sent it."""
        return cls.from_json((change or {}).get("deadline"))


@dataclass(frozen=True)
class CalendarYearSummary:
    year: int
    source: CalendarSource


@dataclass(frozen=True)
class CalendarAttention:
    """Something the operator should do: ``current_year_missing`` or ``next_year_missing``."""

    code: str
    year: int
    message: str


@dataclass(frozen=True)
class CalendarSummary:
    """``GET /v1/calendar``: today in Beijing, the years around it and what needs attention."""

    today: date
    years: tuple[CalendarYearSummary, ...]
    attention: tuple[CalendarAttention, ...]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CalendarSummary:
        return cls(
            today=date.fromisoformat(str(data["today"])),
            years=tuple(CalendarYearSummary(int(y["year"]), y["source"])
                        for y in data.get("years") or []),
            attention=tuple(CalendarAttention(str(a["code"]), int(a["year"]),
                                              str(a.get("message") or ""))
                            for a in data.get("attention") or []),
        )

    def source_of(self, year: int) -> CalendarSource | None:
        return next((y.source for y in self.years if y.year == year), None)


def _days(items: Any) -> dict[date, str]:
    return {date.fromisoformat(str(item["date"])): str(item.get("name") or "")
            for item in items or []}


@dataclass(frozen=True)
class CalendarYear:
    """``GET /v1/calendar/{year}``: one year's days off and make-up working days (调休).

    Attributes:
        source: ``operator`` (saved in the service), ``file`` (an overrides file),
            ``package`` (chinesecalendar) or ``none`` (no data: weekends only).
        holidays: day off -> festival name (weekends inside a holiday included).
        workdays: weekend day that is a working day -> festival name.
        version: the operator's saves of this year (0: never saved); sent back when saving.
    """

    year: int
    source: CalendarSource
    holidays: dict[date, str] = field(default_factory=dict)
    workdays: dict[date, str] = field(default_factory=dict)
    version: int = 0
    updated_at: datetime | None = None
    updated_by: str | None = None
    notice_text: str | None = None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CalendarYear:
        return cls(
            year=int(data["year"]), source=data.get("source", "none"),
            holidays=_days(data.get("holidays")), workdays=_days(data.get("workdays")),
            version=int(data.get("version") or 0),
            updated_at=parse_api_time(data.get("updated_at")),
            updated_by=data.get("updated_by"), notice_text=data.get("notice_text"),
        )

    @property
    def has_data(self) -> bool:
        return self.source != "none"


@dataclass(frozen=True)
class CalendarSaved:
    """The answer to saving or removing a year: the year as stored now, and how many open
    changes' deadlines moved."""

    year: CalendarYear
    changes_recomputed: int

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CalendarSaved:
        return cls(CalendarYear.from_json(data["year"]), int(data.get("changes_recomputed") or 0))


PrecheckResult = Literal["pass", "warn", "fail", "could_not_check"]


@dataclass(frozen=True)
class PrecheckCheck:
    """One pre-submit check: ``check`` (dns, reachability, footer, subject_sites), its
    ``result`` and the ``code``/``params`` that word it in either language
    (:func:`icp_desktop.domain.precheck_text.render_check`); ``ip`` for reachability."""

    check: str
    result: PrecheckResult
    code: str
    params: dict[str, Any]
    message: str
    ip: str | None = None
    elapsed_ms: int = 0

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PrecheckCheck:
        return cls(check=str(data["check"]), result=data["result"], code=str(data["code"]),
                   params=dict(data.get("params") or {}), message=str(data.get("message", "")),
                   ip=data.get("ip"), elapsed_ms=int(data.get("elapsed_ms") or 0))


@dataclass(frozen=True)
class PrecheckReport:
    """The pre-submit checks of a proposal or a change, as run at ``checked_at``."""

    website_id: int
    domain: str
    proposed_ips: list[str]
    checks: list[PrecheckCheck]
    checked_at: datetime | None
    elapsed_ms: int

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PrecheckReport:
        return cls(website_id=int(data["website_id"]), domain=str(data.get("domain", "")),
                   proposed_ips=list(data.get("proposed_ips") or []),
                   checks=[PrecheckCheck.from_json(c) for c in data.get("checks") or []],
                   checked_at=parse_api_time(data.get("checked_at")),
                   elapsed_ms=int(data.get("elapsed_ms") or 0))


@dataclass(frozen=True)
class MigrationItem:
    """One website of a migration: the step it is on (of ``steps``) and that step's change."""

    website_id: int
    step: int
    steps: int
    change: dict[str, Any]
    first_change_id: int

    @property
    def domain(self) -> str:
        return str(self.change.get("website", {}).get("domain", ""))

    @property
    def status(self) -> str:
        return str(self.change.get("status", ""))


@dataclass(frozen=True)
class Migration:
    """``/v1/migrations/{id}``: a batch moving websites from ``source_ips`` to ``target_ips``
    (``mode``: ``replace`` or ``two_step``)."""

    id: int
    mode: str
    owner: str
    source_ips: list[str]
    target_ips: list[str]
    created_at: datetime | None
    items: list[MigrationItem]
    counts: dict[str, int]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Migration:
        return cls(
            id=int(data["id"]), mode=str(data.get("mode", "replace")),
            owner=str(data.get("owner", "")), source_ips=list(data.get("source_ips") or []),
            target_ips=list(data.get("target_ips") or []),
            created_at=parse_api_time(data.get("created_at")),
            items=[MigrationItem(website_id=int(i["website_id"]), step=int(i["step"]),
                                 steps=int(i["steps"]), change=dict(i["change"]),
                                 first_change_id=int(i["first_change_id"]))
                   for i in data.get("items") or []],
            counts={str(k): int(v) for k, v in (data.get("counts") or {}).items()})


@dataclass(frozen=True)
class MigrationWaiting:
    """A website that cannot take its second step yet, and why (``code``)."""

    website_id: int
    domain: str
    code: str
    message: str


@dataclass(frozen=True)
class MigrationNextStep:
    started: list[int]
    waiting: list[MigrationWaiting]
    migration: Migration

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> MigrationNextStep:
        return cls(started=[int(w) for w in data.get("started") or []],
                   waiting=[MigrationWaiting(int(w["website_id"]), str(w.get("domain", "")),
                                             str(w["code"]), str(w.get("message", "")))
                            for w in data.get("waiting") or []],
                   migration=Migration.from_json(data["migration"]))


@dataclass(frozen=True)
class MigrationBatchDecision:
    """The answer to a batch decision: the change ids decided and those skipped (with why)."""

    decided: list[int]
    skipped: list[dict[str, Any]]
    migration: Migration

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> MigrationBatchDecision:
        return cls(decided=[int(c) for c in data.get("decided") or []],
                   skipped=list(data.get("skipped") or []),
                   migration=Migration.from_json(data["migration"]))
