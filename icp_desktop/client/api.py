"""The filing-service HTTP client: one typed method per endpoint of ``/v1``.

:class:`ApiClient` owns a ``requests.Session`` with connect/read timeouts, retries for requests
that are safe to repeat (idempotent methods, and POSTs that carry an ``Idempotency-Key``), and
the mapping of ``application/problem+json`` answers onto :mod:`icp_desktop.client.errors`.
TLS certificates are always verified, against the system store or a given CA bundle.
A client is used by one thread at a time; :meth:`ApiClient.abort` may be called from any thread.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from datetime import date
from typing import Any
from urllib.parse import quote

import requests

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
from icp_desktop.client.errors import ApiError, TlsError, Unavailable, error_from_problem
from icp_desktop.client.models import (
    CalendarSaved,
    CalendarSummary,
    CalendarYear,
    Migration,
    MigrationBatchDecision,
    MigrationNextStep,
    PrecheckReport,
)
from icp_desktop.client.transport import AbortableAdapter

JSON = dict[str, Any]

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRY_STATUSES = frozenset({502, 503, 504})
DEFAULT_TIMEOUT = (3.05, 30.0)  # (connect, read) seconds


class ApiClient:
    """A client of the filing service.

    Args:
        base_url: the service root, e.g. ``http://127.0.0.1:8765`` (``/v1`` is added).
        token: the session token, sent as ``Authorization: Bearer``.
        timeout: (connect, read) timeouts in seconds.
        verify: ``True`` for the system CA store, or the path of a CA bundle. Never disabled.
        retries: how many times a repeatable request is retried after a transport failure.
        backoff: the first pause between retries, doubled each time.
    """

    def __init__(
        self,
        base_url: str,
        *,
        token: str | None = None,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        verify: bool | str = True,
        retries: int = 2,
        backoff: float = 0.2,
    ) -> None:
        if verify is False:
            raise ValueError("TLS verification cannot be turned off; pass a CA bundle path")
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self._aborted = threading.Event()
        self._adapter = AbortableAdapter(pool_connections=2, pool_maxsize=4)
        self._session = requests.Session()
        self._session.mount("http://", self._adapter)
        self._session.mount("https://", self._adapter)
        self._session.verify = verify
        self._session.headers.update({"Accept": "application/json, application/problem+json"})

    # --- plumbing -------------------------------------------------------------------------

    def close(self) -> None:
        self._session.close()

    def abort(self) -> None:
        """Fail the request in flight (if any) and every later one; safe from any thread."""
        self._aborted.set()
        self._adapter.abort()

    @property
    def aborted(self) -> bool:
        return self._aborted.is_set()

    def request(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        json: Any = None,
        headers: dict[str, str] | None = None,
        timeout: tuple[float, float] | None = None,
    ) -> requests.Response:
        """Send one request, retrying only when repeating it cannot do harm."""
        hdrs = dict(headers or {})
        if self.token:
            hdrs["Authorization"] = f"Bearer {self.token}"
        if params:
            params = {k: v for k, v in params.items() if v is not None}
        repeatable = method in IDEMPOTENT_METHODS or "Idempotency-Key" in hdrs
        attempts = 1 + (self.retries if repeatable else 0)
        url = f"{self.base_url}/v1{path}"
        for attempt in range(attempts):
            if self._aborted.is_set():
                raise Unavailable(0, "Cancelled", code="aborted")
            last = attempt == attempts - 1
            try:
                # verify per request: requests lets REQUESTS_CA_BUNDLE/CURL_CA_BUNDLE override a
                # session's CA bundle, which would silently drop the one the user configured.
                resp = self._session.request(
                    method, url, params=params, json=json, headers=hdrs,
                    timeout=timeout or self.timeout, verify=self._session.verify,
                )
            except requests.exceptions.SSLError as exc:
                raise TlsError(0, "TLS failure", code="tls", detail=str(exc)) from exc
            except (requests.exceptions.ConnectionError, requests.exceptions.Timeout) as exc:
                if self._aborted.is_set():
                    raise Unavailable(0, "Cancelled", code="aborted") from exc
                if last:
                    raise _transport_error(exc) from exc
            else:
                if resp.status_code in RETRY_STATUSES and not last:
                    resp.close()
                else:
                    if resp.status_code >= 400:
                        raise _http_error(resp)
                    return resp
            self._aborted.wait(self.backoff * (2**attempt))
        raise Unavailable(0, "Unreachable")  # not reached: the last attempt returns or raises

    def _json(self, method: str, path: str, **kwargs: Any) -> Any:
        resp = self.request(method, path, **kwargs)
        if resp.status_code == 204 or not resp.content:
            return None
        return resp.json()

    def _with_etag(self, resp: requests.Response) -> JSON:
        data: JSON = resp.json()
        data["etag"] = resp.headers.get("ETag") or f'"{data.get("version")}"'
        return data

    # --- auth and health ------------------------------------------------------------------

    def health(self) -> JSON:
        return self._json("GET", "/health", timeout=(self.timeout[0], 5.0))

    def login(self, username: str, password: str) -> JSON:
        """Sign in; on success the client keeps the token for later calls."""
        data: JSON = self._json(
            "POST", "/auth/login", json={"username": username, "password": password}
        )
        self.token = data["token"]
        return data

    def logout(self) -> None:
        """Revoke the session token on the service and forget it here."""
        try:
            self._json("POST", "/auth/logout")
        finally:
            self.token = None

    def me(self) -> JSON:
        return self._json("GET", "/me")

    # --- websites and resources -----------------------------------------------------------

    def list_websites(
        self, q: str | None = None, status: str | None = None,
        cursor: str | None = None, limit: int | None = None,
    ) -> JSON:
        return self._json(
            "GET", "/websites", params={"q": q or None, "status": status, "cursor": cursor,
                                        "limit": limit},
        )

    def get_website(self, website_id: int) -> JSON:
        return self._with_etag(self.request("GET", f"/websites/{website_id}"))

    def list_resources(self) -> JSON:
        return self._json("GET", "/resources")

    # --- change requests ------------------------------------------------------------------

    def create_change(
        self, website_id: int, proposed_ips: list[str], idempotency_key: str
    ) -> JSON:
        resp = self.request(
            "POST", "/change-requests",
            json={"website_id": website_id, "proposed_ips": proposed_ips},
            headers={"Idempotency-Key": idempotency_key},
        )
        return self._with_etag(resp)

    def list_changes(
        self, status: str | None = None, cursor: str | None = None, limit: int | None = None,
        website_id: int | None = None, q: str | None = None,
    ) -> JSON:
        """The caller's changes, all statuses, newest first; ``q`` matches the license number,
        website name or domain, or ``#12`` (a change number)."""
        return self._json(
            "GET", "/change-requests",
            params={"status": status, "cursor": cursor, "limit": limit,
                    "website_id": website_id, "q": q or None},
        )

    def get_change(self, change_id: int) -> JSON:
        return self._with_etag(self.request("GET", f"/change-requests/{change_id}"))

    def update_change(self, change_id: int, proposed_ips: list[str], if_match: str) -> JSON:
        resp = self.request(
            "PATCH", f"/change-requests/{change_id}",
            json={"proposed_ips": proposed_ips}, headers={"If-Match": if_match},
        )
        return self._with_etag(resp)

    def submit_change(self, change_id: int, idempotency_key: str) -> JSON:
        resp = self.request(
            "POST", f"/change-requests/{change_id}/submit",
            headers={"Idempotency-Key": idempotency_key},
        )
        return self._with_etag(resp)

    def withdraw_change(self, change_id: int) -> JSON:
        return self._with_etag(self.request("POST", f"/change-requests/{change_id}/withdraw"))

    def change_checks(self, change_id: int) -> list[JSON]:
        return self._json("GET", f"/change-requests/{change_id}/checks")

    def precheck_proposal(self, website_id: int, proposed_ips: list[str]) -> PrecheckReport:
        """Run the pre-submit checks (DNS, reachability, footer, the subject's other websites)
        for a proposed IP list; nothing is stored. Takes up to a few seconds."""
        return PrecheckReport.from_json(self._json(
            "POST", f"/websites/{website_id}/prechecks", json={"proposed_ips": proposed_ips},
            timeout=(self.timeout[0], 15.0)))

    def change_prechecks(self, change_id: int) -> PrecheckReport:
        """The same checks for a stored change (its owner, or a reviewer)."""
        return PrecheckReport.from_json(self._json(
            "GET", f"/change-requests/{change_id}/prechecks", timeout=(self.timeout[0], 15.0)))

    # --- planned migrations ---------------------------------------------------------------

    def file_migration(
        self, website_ids: list[int], target_ips: list[str], mode: str,
        idempotency_key: str, *, source_resource_id: int | None = None,
        source_ip: str | None = None,
    ) -> Migration:
        """Open and submit one change per website, all or none (``mode``: ``replace`` or
        ``two_step``); a refusal names each website or target IP at fault."""
        body: dict[str, Any] = {"website_ids": website_ids, "target_ips": target_ips,
                                "mode": mode}
        if source_resource_id is not None:
            body["source_resource_id"] = source_resource_id
        if source_ip is not None:
            body["source_ip"] = source_ip
        return Migration.from_json(self._json(
            "POST", "/migrations", json=body, headers={"Idempotency-Key": idempotency_key}))

    def list_migrations(self) -> list[JSON]:
        """Your migrations (staff: everyone's), newest first, as summaries."""
        return list(self._json("GET", "/migrations")["items"])

    def get_migration(self, migration_id: int) -> Migration:
        return Migration.from_json(self._json("GET", f"/migrations/{migration_id}"))

    def migration_next_step(self, migration_id: int) -> MigrationNextStep:
        """Two steps: remove the old IPs of every website whose domain has moved."""
        return MigrationNextStep.from_json(
            self._json("POST", f"/migrations/{migration_id}/next-step"))

    def review_migration(
        self, migration_id: int, decision: str, reasons: list[JSON] | None = None,
        comment: str = "", website_ids: list[int] | None = None,
    ) -> MigrationBatchDecision:
        """Approve or reject the batch's pending first reviews in one decision."""
        body: dict[str, Any] = {"decision": decision, "reasons": reasons or [],
                                "comment": comment}
        if website_ids is not None:
            body["website_ids"] = website_ids
        return MigrationBatchDecision.from_json(
            self._json("POST", f"/migrations/{migration_id}/review", json=body))

    # --- review and administration --------------------------------------------------------

    def review_queue(
        self, stage: str | None = None, q: str | None = None,
        cursor: str | None = None, limit: int | None = None,
    ) -> JSON:
        return self._json(
            "GET", "/review-queue",
            params={"stage": stage, "q": q or None, "cursor": cursor, "limit": limit},
        )

    def review(
        self, change_id: int, decision: str, reasons: list[JSON] | None = None,
        comment: str = "",
    ) -> JSON:
        return self._json(
            "POST", f"/change-requests/{change_id}/review",
            json={"decision": decision, "reasons": reasons or [], "comment": comment},
        )

    def administration_submit(self, change_id: int) -> JSON:
        return self._json("POST", f"/change-requests/{change_id}/administration-submit")

    def administration_result(
        self, change_id: int, decision: str, reasons: list[JSON] | None = None,
        comment: str = "",
    ) -> JSON:
        return self._json(
            "POST", f"/change-requests/{change_id}/administration-result",
            json={"decision": decision, "reasons": reasons or [], "comment": comment},
        )

    def outbox(self, status: str | None = None) -> Any:
        return self._json("GET", "/outbox", params={"status": status})

    def retry_outbox(self, item_id: int) -> Any:
        return self._json("POST", f"/outbox/{item_id}/retry")

    # --- working-day calendar -------------------------------------------------------------

    def calendar_summary(self) -> CalendarSummary:
        """The years around today, where their data comes from, and what needs the operator."""
        return CalendarSummary.from_json(self._json("GET", "/calendar"))

    def calendar_year(self, year: int) -> CalendarYear:
        """One year's holidays and make-up working days."""
        return CalendarYear.from_json(self._json("GET", f"/calendar/{year}"))

    def save_calendar_year(
        self, year: int, *, notice_text: str | None = None,
        holidays: Iterable[tuple[date, str]] | None = None,
        workdays: Iterable[tuple[date, str]] | None = None, version: int | None = None,
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

    def record_sms_verification(self, change_id: int, outcome: str = "verified") -> JSON:
        """The filer's "I have verified" (``verified``), or an operator recording what the
        administration reported (``verified`` / ``failed_attempt``); returns the change."""
        return self._with_etag(self.request(
            "POST", f"/change-requests/{change_id}/sms-verification",
            json={"outcome": outcome}))

    def issue_authorization_code(self, *, instance_id: str | None = None,
                                 resource_id: int | None = None) -> IssuedCode:
        """A new code for a server (the only time the code is sent); refusals carry the field
        ``instance_id``."""
        body: dict[str, Any] = {"instance_id": instance_id, "resource_id": resource_id}
        return IssuedCode.from_json(self._json(
            "POST", "/authorization-codes", json={k: v for k, v in body.items() if v}))

    def authorization_codes(self, *, instance_id: str | None = None,
                            resource_id: int | None = None) -> AuthorizationCodes:
        return AuthorizationCodes.from_json(self._json(
            "GET", "/authorization-codes",
            params={"instance_id": instance_id, "resource_id": resource_id}))

    def invalidate_authorization_code(self, code_id: int) -> AuthorizationCodeInfo:
        return AuthorizationCodeInfo.from_json(
            self._json("POST", f"/authorization-codes/{code_id}/invalidate"))

    def use_authorization_code(self, change_id: int, code: str) -> JSON:
        """Enter a code on a change (refusals carry the field ``authorization_code``)."""
        return self._with_etag(self.request(
            "POST", f"/change-requests/{change_id}/authorization-codes", json={"code": code}))

    def remove_authorization_code(self, change_id: int, code_id: int) -> JSON:
        return self._with_etag(self.request(
            "DELETE", f"/change-requests/{change_id}/authorization-codes/{code_id}"))

    def province_windows(self) -> list[ProvinceWindow]:
        data = self._json("GET", "/province-windows")
        return [ProvinceWindow.from_json(w) for w in data.get("items") or []]

    def save_province_window(self, province: str, working_days: int,
                             version: int | None = None) -> ProvinceWindow:
        data = self._json("PUT", f"/province-windows/{quote(province, safe='')}",
                          json={"working_days": working_days, "version": version})
        return ProvinceWindow.from_json(data["window"])

    def administration_queue(self) -> AdministrationQueue:
        return AdministrationQueue.from_json(self._json("GET", "/administration/queue"))

    def administration_times(self, since_days: int = 365) -> list[StageTimes]:
        return stage_times(self._json("GET", "/reports/administration-times",
                                      params={"since_days": since_days}))

    def import_results(self, csv_text: str, filename: str = "") -> ReconciliationImport:
        """Import the administration's results; a file with bad rows raises
        ``ValidationFailed`` with one field error per bad row (``params["line"]``)."""
        return ReconciliationImport.from_json(self._json(
            "POST", "/reconciliation/imports",
            json={"csv_text": csv_text, "filename": filename}))

    def reconciliation_imports(self) -> list[ReconciliationImport]:
        data = self._json("GET", "/reconciliation/imports")
        return [ReconciliationImport.from_json(i) for i in data.get("items") or []]

    def reconciliation_import(self, import_id: int) -> ReconciliationImport:
        return ReconciliationImport.from_json(
            self._json("GET", f"/reconciliation/imports/{import_id}"))

    def apply_reconciliation(self, import_id: int, item_ids: list[int] | None = None
                             ) -> tuple[int, int, ReconciliationImport]:
        data = self._json("POST", f"/reconciliation/imports/{import_id}/apply",
                          json={"item_ids": item_ids})
        return (int(data["applied"]), int(data["skipped"]),
                ReconciliationImport.from_json(data["imported"]))

    def disagreements(self, include_acknowledged: bool = False) -> list[ReconciliationItem]:
        data = self._json("GET", "/reconciliation/disagreements",
                          params={"include_acknowledged": "true" if include_acknowledged
                                  else None})
        return [ReconciliationItem.from_json(i) for i in data.get("items") or []]

    def acknowledge_disagreement(self, item_id: int, note: str = "") -> ReconciliationItem:
        return ReconciliationItem.from_json(self._json(
            "POST", f"/reconciliation/items/{item_id}/acknowledge", json={"note": note}))

    # --- events ---------------------------------------------------------------------------

    def events(self, after: str | None = None, wait: float = 25.0) -> JSON:
        """Long-poll for the caller's events after ``after``; returns ``{items, cursor}``."""
        read_timeout = max(self.timeout[1], wait + 10.0)
        return self._json(
            "GET", "/events", params={"after": after, "wait": wait},
            timeout=(self.timeout[0], read_timeout),
        )


def _transport_error(exc: Exception) -> ApiError:
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return Unavailable(0, "Connection timed out", code="connect_timeout", detail=str(exc))
    if isinstance(exc, requests.exceptions.Timeout):
        return Unavailable(0, "The service did not answer in time", code="timeout",
                           detail=str(exc))
    return Unavailable(0, "The service cannot be reached", code="unreachable", detail=str(exc))


def _http_error(resp: requests.Response) -> ApiError:
    try:
        body: Any = resp.json()
    except ValueError:
        body = None
    headers = {k: v for k, v in resp.headers.items() if k.lower() in ("retry-after", "etag")}
    return error_from_problem(resp.status_code, body, headers)

