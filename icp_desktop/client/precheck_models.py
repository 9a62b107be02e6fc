"""Typed answers of the pre-submit checks (DNS, reachability, footer, the subject's sites)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from icp_desktop.client.wire import JsonObject, JsonValue, api_time, objects, opt_str, strings

PrecheckResult = Literal["pass", "warn", "fail", "could_not_check"]


@dataclass(frozen=True, slots=True)
class PrecheckCheck:
    """One pre-submit check: ``check`` (dns, reachability, footer, subject_sites), its
    ``result`` and the ``code``/``params`` that word it in either language
    (:func:`icp_desktop.domain.precheck_text.render_check`); ``ip`` for reachability."""

    check: str
    result: PrecheckResult
    code: str
    message: str
    params: dict[str, JsonValue] = field(default_factory=dict)
    ip: str | None = None
    elapsed_ms: int = 0

    @classmethod
    def from_json(cls, data: JsonObject) -> PrecheckCheck:
        return cls(
            check=str(data["check"]),
            result=data["result"],
            code=str(data["code"]),
            params=dict(data.get("params") or {}),
            message=str(data.get("message", "")),
            ip=opt_str(data.get("ip")),
            elapsed_ms=int(data.get("elapsed_ms") or 0),
        )


@dataclass(frozen=True, slots=True)
class PrecheckReport:
    """The pre-submit checks of a proposal or a change, as run at ``checked_at``."""

    website_id: int
    domain: str
    proposed_ips: tuple[str, ...]
    checks: tuple[PrecheckCheck, ...]
    checked_at: datetime
    elapsed_ms: int

    @classmethod
    def from_json(cls, data: JsonObject) -> PrecheckReport:
        return cls(
            website_id=int(data["website_id"]),
            domain=str(data.get("domain", "")),
            proposed_ips=strings(data.get("proposed_ips")),
            checks=tuple(PrecheckCheck.from_json(c) for c in objects(data.get("checks"))),
            checked_at=api_time(data.get("checked_at")),
            elapsed_ms=int(data.get("elapsed_ms") or 0),
        )
