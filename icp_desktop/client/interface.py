"""What a call may ask of the filing service: the typed interface of the service's client.

:class:`FilingApi` lists every endpoint method of :class:`~icp_desktop.client.api.ApiClient`
with the typed model it answers with. A call's job (``backend.call(lambda api: …)``) gets one,
so pages and their jobs are checked against it, and a fake service in the tests can stand in
for the real client by implementing it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Protocol

from icp_desktop.client.administration_models import (
    AdministrationQueue,
    AuthorizationCodeInfo,
    AuthorizationCodes,
    IssuedCode,
    ProvinceWindow,
    ReconciliationImport,
    ReconciliationItem,
    StageTimes,
)
from icp_desktop.client.calendar_models import CalendarSaved, CalendarSummary, CalendarYear
from icp_desktop.client.change_models import Change, ChangePage, IPCheck, Reason, ReviewQueue
from icp_desktop.client.event_models import EventBatch, OutboxMessage
from icp_desktop.client.migration_models import (
    Migration,
    MigrationBatchDecision,
    MigrationNextStep,
    MigrationSummary,
)
from icp_desktop.client.models import Account, Health, Login, Resource, Website, WebsitePage
from icp_desktop.client.precheck_models import PrecheckReport


class FilingApi(Protocol):
    """The filing service's endpoints, as a worker thread's job calls them.

    Attributes:
        token: the session token the next request carries (the backend sets the call's).
    """

    token: str | None

    # --- sign-in -------------------------------------------------------------------------------

    def health(self) -> Health: ...
    def login(self, username: str, password: str) -> Login: ...
    def logout(self) -> None: ...
    def me(self) -> Account: ...

    # --- websites and resources ----------------------------------------------------------------

    def list_websites(
        self,
        q: str | None = None,
        status: str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
    ) -> WebsitePage: ...
    def get_website(self, website_id: int) -> Website: ...
    def list_resources(self) -> list[Resource]: ...

    # --- changes -------------------------------------------------------------------------------

    def create_change(
        self, website_id: int, proposed_ips: list[str], idempotency_key: str
    ) -> Change: ...
    def list_changes(
        self,
        status: str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        website_id: int | None = None,
        q: str | None = None,
    ) -> ChangePage: ...
    def get_change(self, change_id: int) -> Change: ...
    def update_change(self, change_id: int, proposed_ips: list[str], if_match: str) -> Change: ...
    def submit_change(self, change_id: int, idempotency_key: str) -> Change: ...
    def withdraw_change(self, change_id: int) -> Change: ...
    def change_checks(self, change_id: int) -> list[IPCheck]: ...
    def precheck_proposal(self, website_id: int, proposed_ips: list[str]) -> PrecheckReport: ...
    def change_prechecks(self, change_id: int) -> PrecheckReport: ...

    # --- planned migrations --------------------------------------------------------------------

    def file_migration(
        self,
        website_ids: list[int],
        target_ips: list[str],
        mode: str,
        idempotency_key: str,
        *,
        source_resource_id: int | None = None,
        source_ip: str | None = None,
    ) -> Migration: ...
    def list_migrations(self) -> list[MigrationSummary]: ...
    def get_migration(self, migration_id: int) -> Migration: ...
    def migration_next_step(self, migration_id: int) -> MigrationNextStep: ...
    def review_migration(
        self,
        migration_id: int,
        decision: str,
        reasons: list[Reason] | None = None,
        comment: str = "",
        website_ids: list[int] | None = None,
    ) -> MigrationBatchDecision: ...

    # --- first review and the administration ---------------------------------------------------

    def review_queue(
        self,
        stage: str | None = None,
        q: str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
    ) -> ReviewQueue: ...
    def review(
        self, change_id: int, decision: str, reasons: list[Reason] | None = None, comment: str = ""
    ) -> Change: ...
    def administration_submit(self, change_id: int) -> Change: ...
    def administration_result(
        self,
        change_id: int,
        decision: str,
        reasons: Iterable[Reason] | None = None,
        comment: str = "",
    ) -> Change: ...
    def outbox(self, status: str | None = None) -> list[OutboxMessage]: ...
    def retry_outbox(self, item_id: int) -> OutboxMessage: ...

    # --- events --------------------------------------------------------------------------------

    def events(self, after: str | None = None, wait: float = 25.0) -> EventBatch: ...

    # --- working-day calendar ------------------------------------------------------------------

    def calendar_summary(self) -> CalendarSummary: ...
    def calendar_year(self, year: int) -> CalendarYear: ...
    def save_calendar_year(
        self,
        year: int,
        *,
        notice_text: str | None = None,
        holidays: Iterable[tuple[date, str]] | None = None,
        workdays: Iterable[tuple[date, str]] | None = None,
        version: int | None = None,
    ) -> CalendarSaved: ...
    def remove_calendar_year(self, year: int) -> CalendarSaved: ...

    # --- the administration stage --------------------------------------------------------------

    def record_sms_verification(self, change_id: int, outcome: str = "verified") -> Change: ...
    def issue_authorization_code(
        self, *, instance_id: str | None = None, resource_id: int | None = None
    ) -> IssuedCode: ...
    def authorization_codes(
        self, *, instance_id: str | None = None, resource_id: int | None = None
    ) -> AuthorizationCodes: ...
    def invalidate_authorization_code(self, code_id: int) -> AuthorizationCodeInfo: ...
    def use_authorization_code(self, change_id: int, code: str) -> Change: ...
    def remove_authorization_code(self, change_id: int, code_id: int) -> Change: ...
    def province_windows(self) -> list[ProvinceWindow]: ...
    def save_province_window(
        self, province: str, working_days: int, version: int | None = None
    ) -> ProvinceWindow: ...
    def administration_queue(self) -> AdministrationQueue: ...
    def administration_times(self, since_days: int = 365) -> list[StageTimes]: ...
    def import_results(self, csv_text: str, filename: str = "") -> ReconciliationImport: ...
    def reconciliation_imports(self) -> list[ReconciliationImport]: ...
    def reconciliation_import(self, import_id: int) -> ReconciliationImport: ...
    def apply_reconciliation(
        self, import_id: int, item_ids: list[int] | None = None
    ) -> tuple[int, int, ReconciliationImport]: ...
    def disagreements(self, include_acknowledged: bool = False) -> list[ReconciliationItem]: ...
    def acknowledge_disagreement(self, item_id: int, note: str = "") -> ReconciliationItem: ...
