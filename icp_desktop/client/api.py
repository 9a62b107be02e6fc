"""The filing-service HTTP client: one typed method per endpoint of ``/v1``.

Every answer is a typed model (:mod:`.models`, :mod:`.change_models`, :mod:`.event_models` …);
the plumbing (session, retries, errors) is :class:`~icp_desktop.client.api_base.ApiBase`, the
staff's and the administration stage's endpoints :class:`~icp_desktop.client.api_staff.StaffApi`.
"""

from __future__ import annotations

from typing import Any

from icp_desktop.client.api_base import JSON
from icp_desktop.client.api_staff import StaffApi, reasons_json
from icp_desktop.client.change_models import Change, ChangePage, IPCheck, Reason, ReviewQueue
from icp_desktop.client.event_models import EventBatch
from icp_desktop.client.migration_models import (
    Migration,
    MigrationBatchDecision,
    MigrationNextStep,
    MigrationSummary,
)
from icp_desktop.client.models import Account, Health, Login, Resource, Website, WebsitePage
from icp_desktop.client.precheck_models import PrecheckReport
from icp_desktop.client.wire import objects


class ApiClient(StaffApi):
    """A client of the filing service.

    Args:
        base_url: the service root, e.g. ``http://127.0.0.1:8765`` (``/v1`` is added).
        token: the session token, sent as ``Authorization: Bearer``.
        timeout: (connect, read) timeouts in seconds.
        verify: ``True`` for the system CA store, or the path of a CA bundle. Never disabled.
        retries: how many times a repeatable request is retried after a transport failure.
        backoff: the first pause between retries, doubled each time.
    """

    # --- auth and health ------------------------------------------------------------------

    def health(self) -> Health:
        return Health.from_json(self._json("GET", "/health", timeout=(self.timeout[0], 5.0)))

    def login(self, username: str, password: str) -> Login:
        """Sign in; on success the client keeps the token for later calls."""
        login = Login.from_json(
            self._json("POST", "/auth/login", json={"username": username, "password": password})
        )
        self.token = login.token
        return login

    def logout(self) -> None:
        """Revoke the session token on the service and forget it here."""
        try:
            self._json("POST", "/auth/logout")
        finally:
            self.token = None

    def me(self) -> Account:
        return Account.from_json(self._json("GET", "/me"))

    # --- websites and resources -----------------------------------------------------------

    def list_websites(
        self,
        q: str | None = None,
        status: str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
    ) -> WebsitePage:
        return WebsitePage.from_json(
            self._json(
                "GET",
                "/websites",
                params={"q": q or None, "status": status, "cursor": cursor, "limit": limit},
            )
        )

    def get_website(self, website_id: int) -> Website:
        data, etag = self._json_and_etag("GET", f"/websites/{website_id}")
        return Website.from_json(data, etag)

    def list_resources(self) -> list[Resource]:
        """The caller's service resources (cloud servers) and their IPs."""
        data = self._json("GET", "/resources")
        return [Resource.from_json(r) for r in objects(data.get("items"))]

    # --- change requests ------------------------------------------------------------------

    def create_change(
        self, website_id: int, proposed_ips: list[str], idempotency_key: str
    ) -> Change:
        return self._change(
            "POST",
            "/change-requests",
            json={"website_id": website_id, "proposed_ips": proposed_ips},
            headers={"Idempotency-Key": idempotency_key},
        )

    def list_changes(
        self,
        status: str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        website_id: int | None = None,
        q: str | None = None,
    ) -> ChangePage:
        """The caller's changes, all statuses, newest first; ``q`` matches the license number,
        website name or domain, or ``#12`` (a change number)."""
        return ChangePage.from_json(
            self._json(
                "GET",
                "/change-requests",
                params={
                    "status": status,
                    "cursor": cursor,
                    "limit": limit,
                    "website_id": website_id,
                    "q": q or None,
                },
            )
        )

    def get_change(self, change_id: int) -> Change:
        return self._change("GET", f"/change-requests/{change_id}")

    def update_change(self, change_id: int, proposed_ips: list[str], if_match: str) -> Change:
        return self._change(
            "PATCH",
            f"/change-requests/{change_id}",
            json={"proposed_ips": proposed_ips},
            headers={"If-Match": if_match},
        )

    def submit_change(self, change_id: int, idempotency_key: str) -> Change:
        return self._change(
            "POST",
            f"/change-requests/{change_id}/submit",
            headers={"Idempotency-Key": idempotency_key},
        )

    def withdraw_change(self, change_id: int) -> Change:
        return self._change("POST", f"/change-requests/{change_id}/withdraw")

    def change_checks(self, change_id: int) -> list[IPCheck]:
        data = self._json("GET", f"/change-requests/{change_id}/checks")
        return [IPCheck.from_json(c) for c in objects(data)]

    def precheck_proposal(self, website_id: int, proposed_ips: list[str]) -> PrecheckReport:
        """Run the pre-submit checks (DNS, reachability, footer, the subject's other websites)
        for a proposed IP list; nothing is stored. Takes up to a few seconds."""
        return PrecheckReport.from_json(
            self._json(
                "POST",
                f"/websites/{website_id}/prechecks",
                json={"proposed_ips": proposed_ips},
                timeout=(self.timeout[0], 15.0),
            )
        )

    def change_prechecks(self, change_id: int) -> PrecheckReport:
        """The same checks for a stored change (its owner, or a reviewer)."""
        return PrecheckReport.from_json(
            self._json(
                "GET", f"/change-requests/{change_id}/prechecks", timeout=(self.timeout[0], 15.0)
            )
        )

    # --- planned migrations ---------------------------------------------------------------

    def file_migration(
        self,
        website_ids: list[int],
        target_ips: list[str],
        mode: str,
        idempotency_key: str,
        *,
        source_resource_id: int | None = None,
        source_ip: str | None = None,
    ) -> Migration:
        """Open and submit one change per website, all or none (``mode``: ``replace`` or
        ``two_step``); a refusal names each website or target IP at fault."""
        body: dict[str, Any] = {"website_ids": website_ids, "target_ips": target_ips, "mode": mode}
        if source_resource_id is not None:
            body["source_resource_id"] = source_resource_id
        if source_ip is not None:
            body["source_ip"] = source_ip
        return Migration.from_json(
            self._json(
                "POST", "/migrations", json=body, headers={"Idempotency-Key": idempotency_key}
            )
        )

    def list_migrations(self) -> list[MigrationSummary]:
        """Your migrations (staff: everyone's), newest first, as summaries."""
        data = self._json("GET", "/migrations")
        return [MigrationSummary.from_json(m) for m in objects(data.get("items"))]

    def get_migration(self, migration_id: int) -> Migration:
        return Migration.from_json(self._json("GET", f"/migrations/{migration_id}"))

    def migration_next_step(self, migration_id: int) -> MigrationNextStep:
        """Two steps: remove the old IPs of every website whose domain has moved."""
        return MigrationNextStep.from_json(
            self._json("POST", f"/migrations/{migration_id}/next-step")
        )

    def review_migration(
        self,
        migration_id: int,
        decision: str,
        reasons: list[Reason] | None = None,
        comment: str = "",
        website_ids: list[int] | None = None,
    ) -> MigrationBatchDecision:
        """Approve or reject the batch's pending first reviews in one decision."""
        body: dict[str, Any] = {
            "decision": decision,
            "reasons": reasons_json(reasons),
            "comment": comment,
        }
        if website_ids is not None:
            body["website_ids"] = website_ids
        return MigrationBatchDecision.from_json(
            self._json("POST", f"/migrations/{migration_id}/review", json=body)
        )

    # --- first review ---------------------------------------------------------------------

    def review_queue(
        self,
        stage: str | None = None,
        q: str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
    ) -> ReviewQueue:
        return ReviewQueue.from_json(
            self._json(
                "GET",
                "/review-queue",
                params={"stage": stage, "q": q or None, "cursor": cursor, "limit": limit},
            )
        )

    def review(
        self,
        change_id: int,
        decision: str,
        reasons: list[Reason] | None = None,
        comment: str = "",
    ) -> Change:
        return self._change(
            "POST",
            f"/change-requests/{change_id}/review",
            json={"decision": decision, "reasons": reasons_json(reasons), "comment": comment},
        )

    # --- events ---------------------------------------------------------------------------

    def events(self, after: str | None = None, wait: float = 25.0) -> EventBatch:
        """Long-poll for the caller's events after ``after``."""
        read_timeout = max(self.timeout[1], wait + 10.0)
        data: JSON = self._json(
            "GET",
            "/events",
            params={"after": after, "wait": wait},
            timeout=(self.timeout[0], read_timeout),
        )
        return EventBatch.from_json(data)
