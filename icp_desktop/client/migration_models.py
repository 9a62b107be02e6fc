"""Typed answers of planned migrations (``/v1/migrations``): several websites moved from one
server to another, each by its own change."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from icp_desktop.client.change_models import Change
from icp_desktop.client.wire import JsonObject, api_time, counts, ints, objects, strings


@dataclass(frozen=True, slots=True)
class MigrationItem:
    """One website of a migration: the step it is on (of ``steps``) and that step's change."""

    website_id: int
    step: int
    steps: int
    change: Change
    first_change_id: int

    @property
    def domain(self) -> str:
        return self.change.website.domain

    @property
    def status(self) -> str:
        return self.change.status.value

    @classmethod
    def from_json(cls, data: JsonObject) -> MigrationItem:
        return cls(
            website_id=int(data["website_id"]),
            step=int(data["step"]),
            steps=int(data["steps"]),
            change=Change.from_json(data["change"]),
            first_change_id=int(data["first_change_id"]),
        )


@dataclass(frozen=True, slots=True)
class Migration:
    """``/v1/migrations/{id}``: a batch moving websites from ``source_ips`` to ``target_ips``
    (``mode``: ``replace`` or ``two_step``)."""

    id: int
    mode: str
    owner: str
    source_ips: tuple[str, ...]
    target_ips: tuple[str, ...]
    created_at: datetime
    items: tuple[MigrationItem, ...]
    counts: dict[str, int]

    @classmethod
    def from_json(cls, data: JsonObject) -> Migration:
        return cls(
            id=int(data["id"]),
            mode=str(data.get("mode", "replace")),
            owner=str(data.get("owner", "")),
            source_ips=strings(data.get("source_ips")),
            target_ips=strings(data.get("target_ips")),
            created_at=api_time(data["created_at"]),
            items=tuple(MigrationItem.from_json(i) for i in objects(data.get("items"))),
            counts=counts(data.get("counts")),
        )


@dataclass(frozen=True, slots=True)
class MigrationSummary:
    """One migration in the list of the caller's: how many websites, not which."""

    id: int
    mode: str
    owner: str
    source_ips: tuple[str, ...]
    target_ips: tuple[str, ...]
    created_at: datetime
    websites: int
    counts: dict[str, int]

    @classmethod
    def from_json(cls, data: JsonObject) -> MigrationSummary:
        return cls(
            id=int(data["id"]),
            mode=str(data.get("mode", "replace")),
            owner=str(data.get("owner", "")),
            source_ips=strings(data.get("source_ips")),
            target_ips=strings(data.get("target_ips")),
            created_at=api_time(data["created_at"]),
            websites=int(data.get("websites") or 0),
            counts=counts(data.get("counts")),
        )


@dataclass(frozen=True, slots=True)
class MigrationWaiting:
    """A website that cannot take its second step yet, and why (``code``)."""

    website_id: int
    domain: str
    code: str
    message: str


@dataclass(frozen=True, slots=True)
class MigrationNextStep:
    started: tuple[int, ...]
    waiting: tuple[MigrationWaiting, ...]
    migration: Migration

    @classmethod
    def from_json(cls, data: JsonObject) -> MigrationNextStep:
        return cls(
            started=ints(data.get("started")),
            waiting=tuple(
                MigrationWaiting(
                    int(w["website_id"]),
                    str(w.get("domain", "")),
                    str(w["code"]),
                    str(w.get("message", "")),
                )
                for w in objects(data.get("waiting"))
            ),
            migration=Migration.from_json(data["migration"]),
        )


@dataclass(frozen=True, slots=True)
class SkippedChange:
    """A change a batch decision left alone, and why."""

    change_id: int
    website_id: int
    code: str
    message: str


@dataclass(frozen=True, slots=True)
class MigrationBatchDecision:
    """The answer to a batch decision: the change ids decided and those skipped (with why)."""

    decided: tuple[int, ...]
    skipped: tuple[SkippedChange, ...]
    migration: Migration

    @classmethod
    def from_json(cls, data: JsonObject) -> MigrationBatchDecision:
        return cls(
            decided=ints(data.get("decided")),
            skipped=tuple(
                SkippedChange(
                    int(s["change_id"]),
                    int(s["website_id"]),
                    str(s.get("code") or ""),
                    str(s.get("message") or ""),
                )
                for s in objects(data.get("skipped"))
            ),
            migration=Migration.from_json(data["migration"]),
        )
