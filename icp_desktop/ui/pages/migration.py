"""A planned migration's progress, per website: the step it is on, its change's status, and
"Remove the old IPs now" (the second step of the two-step mode) with who still waits and why."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from icp_desktop.client.errors import ApiError
from icp_desktop.client.migration_models import Migration, MigrationNextStep
from icp_desktop.ui.calls import Call
from icp_desktop.ui.formatting import beijing_time_labelled
from icp_desktop.ui.i18n import Retranslatable
from icp_desktop.ui.presenters.errors import error_reason
from icp_desktop.ui.presenters.workflow import status_label
from icp_desktop.ui.widgets.busy import BusySpinner
from icp_desktop.ui.widgets.migration_texts import (
    interception_note,
    mode_name,
    step_text,
    waiting_text,
)

if TYPE_CHECKING:
    from icp_desktop.client.event_models import Event
    from icp_desktop.client.interface import FilingApi
    from icp_desktop.client.migration_models import MigrationSummary
    from icp_desktop.ui.page_backend import PageBackend
    from icp_desktop.ui.pages.contract import Navigator

CHANGE_ROLE = Qt.ItemDataRole.UserRole + 1
DOMAIN, NAME, STEP, STATUS, CHANGE = range(5)


class MigrationPage(Retranslatable, QWidget):
    """One migration of the filer's (the latest unless told which), and the list to switch.

    Signals:
        open_status(int): show the change with this id (double-click on a website).
        back(): return to the page before.
    """

    open_status = Signal(int)
    back = Signal()

    def __init__(self, backend: PageBackend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self.migration: Migration | None = None
        self._summaries: list[MigrationSummary] = []
        self._request: Call[tuple[list[MigrationSummary], Migration | None]] | None = None
        self._step_request: Call[MigrationNextStep] | None = None
        self.back_button = QPushButton(self)
        self.back_button.clicked.connect(self.back)
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.spinner = BusySpinner(self)
        self.chooser = QComboBox(self)
        self.chooser.activated.connect(self._on_chooser_activated)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #a15c00;")
        self.table = QTableWidget(0, 5, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.cellDoubleClicked.connect(self._on_cell_double_clicked)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.refresh)
        self.next_step_button = QPushButton(self)
        self.next_step_button.clicked.connect(self.take_next_step)

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        top.addWidget(self.spinner)
        top.addWidget(self.chooser)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.next_step_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details)
        layout.addWidget(self.warning)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.back_button.setText(self.tr("← Back"))
        self.title.setText(self.tr("Moving websites to another server"))
        self.chooser.setAccessibleName(self.tr("Your migrations"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Domain"),
                self.tr("Website name"),
                self.tr("Step"),
                self.tr("Status"),
                self.tr("Change"),
            ]
        )
        self.table.setAccessibleName(self.tr("Websites of this migration"))
        self.warning.setText("⚠ " + interception_note())
        self.refresh_button.setText(self.tr("Refresh"))
        self.next_step_button.setText(self.tr("Remove the old IPs now"))
        self.next_step_button.setToolTip(
            self.tr(
                "Step 2 of the two-step mode: for each website whose first change is approved and "
                "whose domain resolves to the new IPs only, file the change that removes the old "
                "IPs"
            )
        )
        self.empty_label.setText(
            self.tr(
                "No migrations yet. To move every website of a server to another server in one "
                "step, open a website's Change Access and choose \"Move websites to another "
                'server…" under your service resources.'
            )
        )
        self._show()

    # --- loading --------------------------------------------------------------------------

    def connect_navigation(self, navigator: Navigator) -> None:
        self.open_status.connect(navigator.open_status)
        self.back.connect(navigator.go_back)

    def shows_countdown_of(self, _change_id: int) -> bool:
        return False

    def activate(self, **target: int) -> None:
        """Show the migration ``migration_id`` (0 or missing: the latest)."""
        self.message.setText("")
        self.load(int(target.get("migration_id") or 0))

    def refresh(self) -> None:
        self.load(self.migration.id if self.migration else 0)

    def on_event(self, event: Event) -> None:
        """A change of this migration moved on: show its new status."""
        if self.migration is None or not self.isVisible() or self.busy:
            return
        if event.change_id in {i.change.id for i in self.migration.items}:
            self.refresh()

    @property
    def busy(self) -> bool:
        return self._request is not None or self._step_request is not None

    def load(self, migration_id: int) -> None:
        def fetch(api: FilingApi) -> tuple[list[MigrationSummary], Migration | None]:
            summaries = api.list_migrations()
            wanted = migration_id or (summaries[0].id if summaries else 0)
            return summaries, api.get_migration(wanted) if wanted else None

        def done(result: tuple[list[MigrationSummary], Migration | None]) -> None:
            self._settle()
            self._summaries, self.migration = result
            self._show()

        def failed(error: ApiError) -> None:
            self._settle()
            self.message.setText(
                self.tr("Could not load the migration: {0}").format(error_reason(error))
            )

        if self._request is not None:
            self._request.cancel()
        self.spinner.start()
        self._request = self._backend.call(fetch, done, failed)

    def _settle(self) -> None:
        self._request = self._step_request = None
        self.spinner.stop()

    # --- showing --------------------------------------------------------------------------

    def _show(self) -> None:
        migration = self.migration
        self.chooser.clear()
        for summary in self._summaries:
            self.chooser.addItem(
                self.tr("Migration #{id} · {n} websites · {when}").format(
                    id=summary.id,
                    n=summary.websites,
                    when=beijing_time_labelled(summary.created_at),
                ),
                summary.id,
            )
        if migration is not None:
            self.chooser.setCurrentIndex(self.chooser.findData(migration.id))
        self.chooser.setVisible(len(self._summaries) > 1)
        self.empty_label.setVisible(migration is None and not self.busy)
        self.table.setVisible(migration is not None)
        self.details.setVisible(migration is not None)
        self.next_step_button.setVisible(migration is not None and migration.mode == "two_step")
        self.table.setRowCount(0)
        if migration is None:
            return
        self.details.setText(
            self.tr("Migration #{id}, filed {when}: from {source} to {target} · {mode}").format(
                id=migration.id,
                when=beijing_time_labelled(migration.created_at),
                source=", ".join(migration.source_ips),
                target=", ".join(migration.target_ips),
                mode=mode_name(migration.mode),
            )
        )
        self.table.setRowCount(len(migration.items))
        for row, item in enumerate(migration.items):
            cells = [
                item.domain,
                item.change.website.name,
                step_text(item.step, item.steps),
                status_label(item.status),
                f"#{item.change.id}",
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(CHANGE_ROLE, item.change.id)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
        self.next_step_button.setEnabled(any(i.step == 1 for i in migration.items))

    def rows(self) -> list[tuple[str, ...]]:
        """Every website's row as shown (for tests and screen readers)."""
        return [tuple(self._cell(r, c) for c in range(5)) for r in range(self.table.rowCount())]

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def _on_chooser_activated(self, index: int) -> None:
        self.load(int(self.chooser.itemData(index) or 0))

    def _on_cell_double_clicked(self, row: int, _column: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.open_status.emit(int(item.data(CHANGE_ROLE)))

    # --- the second step ------------------------------------------------------------------

    def take_next_step(self) -> None:
        migration = self.migration
        if migration is None or self.busy:
            return
        self.next_step_button.setEnabled(False)
        self.spinner.start()

        def done(result: MigrationNextStep) -> None:
            self._settle()
            self.migration = result.migration
            self._show()
            lines = []
            if result.started:
                lines.append(
                    self.tr("Removing the old IPs of {n} website(s): submitted for review.").format(
                        n=len(result.started)
                    )
                )
            if result.waiting:
                lines.append(self.tr("Still waiting:"))
                lines += [
                    f"• {w.domain}: {waiting_text(w.code, w.message)}" for w in result.waiting
                ]
            self.message.setText("\n".join(lines))

        def failed(error: ApiError) -> None:
            self._settle()
            self._show()
            self.message.setText(
                self.tr("The old IPs could not be removed: {0}").format(error_reason(error))
            )

        migration_id = migration.id
        self._step_request = self._backend.call(
            lambda api: api.migration_next_step(migration_id), done, failed
        )
