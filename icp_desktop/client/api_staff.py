"""The filing service's endpoints for the provider's staff and the administration stage: the
administration's submissions and results, the outbox, the working-day calendar, the SMS
verification step, authorization codes, province windows and reconciliation."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any
from urllib.parse import quote

from icp_desktop.client.administration_models import (
    AdministrationQueue,
    AuthorizationCodeInfo,
    AuthorizationCodes,
    IssuedCode,
    ProvinceWindow,
    ReconciliationImport,
    ReconciliationItem,
    StageTimes,
    stage_times,
)
from icp_desktop.client.api_base import JSON, ApiBase
from icp_desktop.client.calendar_models import CalendarSaved, CalendarSummary, CalendarYear
from icp_desktop.client.change_models import Change, Reason
from icp_desktop.client.event_models import OutboxMessage
from icp_desktop.client.wire import objects


def reasons_json(reasons: Iterable[Reason] | None) -> list[JSON]:
    return [reason.to_json() for reason in reasons or ()]


class StaffApi(ApiBase):
    """Endpoints of operators and reviewers' tools, and of the administration stage."""

    # --- the administration --------------------------------------------------------------

    def administration_submit(self, change_id: int) -> Change:
        return self._change("POST", f"/change-requests/{change_id}/administration-submit")

    def administration_result(
        self,
        change_id: int,
        decision: str,
        reasons: Iterable[Reason] | None = None,
        comment: str = "",
    ) -> Change:
        return self._change(
            "POST",
            f"/change-requests/{change_id}/administration-result",
            json={"decision": decision, "reasons": reasons_json(reasons), "comment": comment},
        )

    def outbox(self, status: str | None = None) -> list[OutboxMessage]:
        data = self._json("GET", "/outbox", params={"status": status})
        return [OutboxMessage.from_json(m) for m in objects(data.get("items"))]

    def retry_outbox(self, item_id: int) -> OutboxMessage:
        return OutboxMessage.from_json(self._json("POST", f"/outbox/{item_id}/retry"))

    def _change(self, method: str, path: str, **kwargs: Any) -> Change:
        data, etag = self._json_and_etag(method, path, **kwargs)
        return Change.from_json(data, etag)

    # --- working-day calendar -------------------------------------------------------------

    def calendar_summary(self) -> CalendarSummary:
        """The years around today, where their data comes from, and what needs the operator."""
        return CalendarSummary.from_json(self._json("GET", "/calendar"))

    def calendar_year(self, year: int) -> CalendarYear:
        """One year's holidays and make-up working days."""
        return CalendarYear.from_json(self._json("GET", f"/calendar/{year}"))

    def save_calendar_year(
        self,
        year: int,
        *,
        notice_text: str | None = None,
        holidays: Iterable[tuple[date, str]] | None = None,
        workdays: Iterable[tuple[date, str]] | None = None,
        version: int | None = None,
    ) -> CalendarSaved:
        """Save a whole year (operator): the State Council's notice as pasted, or the days.

        ``version`` is the one the edit started from; another save in between raises
        :class:`~icp_desktop.client.errors.Conflict` (field ``version``). An unreadable notice
        raises ``ValidationFailed`` with field ``notice_text`` (code ``notice_unreadable``,
        params ``line`` and ``reason_zh``); wrong days carry fields ``holidays``/``workdays``.
        """
        body: dict[str, Any] = {}
        if notice_text is not None:
            body["notice_text"] = notice_text
        if holidays is not None or workdays is not None:
            body["holidays"] = [{"date": d.isoformat(), "name": n} for d, n in holidays or ()]
            body["workdays"] = [{"date": d.isoformat(), "name": n} for d, n in workdays or ()]
        if version is not None:
            body["version"] = version
        return CalendarSaved.from_json(self._json("PUT", f"/calendar/{year}", json=body))

    def remove_calendar_year(self, year: int) -> CalendarSaved:
        """Forget the operator's data of ``year`` (operator); the package's counts again."""
        return CalendarSaved.from_json(self._json("DELETE", f"/calendar/{year}"))

    # --- the administration stage ---------------------------------------------------------

    def record_sms_verification(self, change_id: int, outcome: str = "verified") -> Change:
        """The filer's "I have verified" (``verified``), or an operator recording what the
        administration reported (``verified`` / ``failed_attempt``); returns the change."""
        return self._change(
            "POST", f"/change-requests/{change_id}/sms-verification", json={"outcome": outcome}
        )

    def issue_authorization_code(
        self, *, instance_id: str | None = None, resource_id: int | None = None
    ) -> IssuedCode:
        """A new code for a server (the only time the code is sent); refusals carry the field
        ``instance_id``."""
        body: dict[str, Any] = {"instance_id": instance_id, "resource_id": resource_id}
        return IssuedCode.from_json(
            self._json("POST", "/authorization-codes", json={k: v for k, v in body.items() if v})
        )

    def authorization_codes(
        self, *, instance_id: str | None = None, resource_id: int | None = None
    ) -> AuthorizationCodes:
        return AuthorizationCodes.from_json(
            self._json(
                "GET",
                "/authorization-codes",
                params={"instance_id": instance_id, "resource_id": resource_id},
            )
        )

    def invalidate_authorization_code(self, code_id: int) -> AuthorizationCodeInfo:
        return AuthorizationCodeInfo.from_json(
            self._json("POST", f"/authorization-codes/{code_id}/invalidate")
        )

    def use_authorization_code(self, change_id: int, code: str) -> Change:
        """Enter a code on a change (refusals carry the field ``authorization_code``)."""
        return self._change(
            "POST", f"/change-requests/{change_id}/authorization-codes", json={"code": code}
        )

    def remove_authorization_code(self, change_id: int, code_id: int) -> Change:
        return self._change("DELETE", f"/change-requests/{change_id}/authorization-codes/{code_id}")

    def province_windows(self) -> list[ProvinceWindow]:
        data = self._json("GET", "/province-windows")
        return [ProvinceWindow.from_json(w) for w in objects(data.get("items"))]

    def save_province_window(
        self, province: str, working_days: int, version: int | None = None
    ) -> ProvinceWindow:
        data = self._json(
            "PUT",
            f"/province-windows/{quote(province, safe='')}",
            json={"working_days": working_days, "version": version},
        )
        return ProvinceWindow.from_json(data["window"])

    def administration_queue(self) -> AdministrationQueue:
        return AdministrationQueue.from_json(self._json("GET", "/administration/queue"))

    def administration_times(self, since_days: int = 365) -> list[StageTimes]:
        return stage_times(
            self._json("GET", "/reports/administration-times", params={"since_days": since_days})
        )

    def import_results(self, csv_text: str, filename: str = "") -> ReconciliationImport:
        """Import the administration's results; a file with bad rows raises
        ``ValidationFailed`` with one field error per bad row (``params["line"]``)."""
        return ReconciliationImport.from_json(
            self._json(
                "POST", "/reconciliation/imports", json={"csv_text": csv_text, "filename": filename}
            )
        )

    def reconciliation_imports(self) -> list[ReconciliationImport]:
        data = self._json("GET", "/reconciliation/imports")
        return [ReconciliationImport.from_json(i) for i in objects(data.get("items"))]

    def reconciliation_import(self, import_id: int) -> ReconciliationImport:
        return ReconciliationImport.from_json(
            self._json("GET", f"/reconciliation/imports/{import_id}")
        )

    def apply_reconciliation(
        self, import_id: int, item_ids: list[int] | None = None
    ) -> tuple[int, int, ReconciliationImport]:
        data = self._json(
            "POST", f"/reconciliation/imports/{import_id}/apply", json={"item_ids": item_ids}
        )
        return (
            int(data["applied"]),
            int(data["skipped"]),
            ReconciliationImport.from_json(data["imported"]),
        )

    def disagreements(self, include_acknowledged: bool = False) -> list[ReconciliationItem]:
        data = self._json(
            "GET",
            "/reconciliation/disagreements",
            params={"include_acknowledged": "true" if include_acknowledged else None},
        )
        return [ReconciliationItem.from_json(i) for i in objects(data.get("items"))]

    def acknowledge_disagreement(self, item_id: int, note: str = "") -> ReconciliationItem:
        return ReconciliationItem.from_json(
            self._json("POST", f"/reconciliation/items/{item_id}/acknowledge", json={"note": note})
        )
