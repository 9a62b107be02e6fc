"""Wire schemas of planned migrations (``/v1/migrations``)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field

from icp_desktop.server.schemas import ChangeOut, Reason, Schema


class MigrationIn(Schema):
    """Move ``website_ids`` off a server (``source_resource_id``) or one address
    (``source_ip``) onto ``target_ips``: at once (``replace``), or adding the new IPs first
    and removing the old ones once the domain resolves to the new ones (``two_step``)."""

    website_ids: list[int] = Field(min_length=1, max_length=500)
    target_ips: list[str] = Field(min_length=1, max_length=16)
    mode: Literal["replace", "two_step"] = "replace"
    source_resource_id: int | None = None
    source_ip: str | None = Field(default=None, max_length=100)


class MigrationItemOut(Schema):
    website_id: int
    step: int  # 1, or 2 once the old IPs are being removed (two_step)
    steps: int  # 1 (replace) or 2 (two_step)
    change: ChangeOut  # the change of the current step
    first_change_id: int


class MigrationOut(Schema):
    id: int
    mode: Literal["replace", "two_step"]
    owner: str
    source_ips: list[str]
    target_ips: list[str]
    created_at: datetime
    items: list[MigrationItemOut]
    counts: dict[str, int]  # changes of the current steps per status


class MigrationSummary(Schema):
    id: int
    mode: Literal["replace", "two_step"]
    owner: str
    source_ips: list[str]
    target_ips: list[str]
    created_at: datetime
    websites: int
    counts: dict[str, int]


class MigrationList(Schema):
    items: list[MigrationSummary]


class WaitingItem(Schema):
    website_id: int
    domain: str
    code: Literal[
        "no_second_step",
        "first_step_not_approved",
        "dns_not_checked",
        "dns_not_moved",
        "open_change",
    ]
    message: str


class NextStepOut(Schema):
    started: list[int]  # websites whose second change was opened and submitted
    waiting: list[WaitingItem]
    migration: MigrationOut


class BatchReviewIn(Schema):
    decision: Literal["approve", "reject"]
    reasons: list[Reason] = Field(default_factory=list, max_length=50)
    comment: str = Field(default="", max_length=2000)
    website_ids: list[int] | None = Field(default=None, max_length=500)  # default: all pending


class SkippedChange(Schema):
    change_id: int
    website_id: int
    code: str
    message: str


class BatchReviewOut(Schema):
    decided: list[int]  # change ids
    skipped: list[SkippedChange]
    migration: MigrationOut
