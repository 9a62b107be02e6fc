"""Authorization codes (授权码) of a server: issue one (shown once), see them, void one.

A filer chooses among the servers of their own account; an operator names any server by its
instance id. The code issued appears once in this dialog, with a copy button; it is never
logged, kept or shown again — closing the dialog forgets it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from icp_desktop.client.administration_models import (
    AuthorizationCodeInfo,
    AuthorizationCodes,
    IssuedCode,
)
from icp_desktop.client.errors import ApiError
from icp_desktop.client.models import Resource
from icp_desktop.domain.reasons import render
from icp_desktop.domain.status import Role
from icp_desktop.ui.formatting import beijing_date, beijing_time, format_number
from icp_desktop.ui.i18n import Retranslatable, current_language
from icp_desktop.ui.presenters.errors import error_reason
from icp_desktop.ui.reason_text import reason_text
from icp_desktop.ui.widgets.authorization_code_entry import state_text
from icp_desktop.ui.widgets.message_line import MessageLine
from icp_desktop.ui.widgets.review_common import scheme_color

if TYPE_CHECKING:
    from icp_desktop.ui.page_backend import PageBackend


def _t(text: str) -> str:
    return QCoreApplication.translate("AuthorizationCodesDialog", text)


class AuthorizationCodesDialog(Retranslatable, QDialog):
    """The codes of one server at a time (see the module docstring)."""

    def __init__(self, backend: PageBackend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        account = backend.account
        self.operator = account is not None and account.role is Role.OPERATOR
        self.listing: AuthorizationCodes | None = None
        self._copied = False
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        row = QHBoxLayout()
        self.server_prompt = QLabel(self)
        row.addWidget(self.server_prompt)
        self.servers = QComboBox(self)
        self.servers.currentIndexChanged.connect(self.on_servers_changed)
        self.instance = QLineEdit(self)
        self.instance.returnPressed.connect(self.load)
        self.look_up = QPushButton(self)
        self.look_up.clicked.connect(self.load)
        for widget in (self.servers, self.instance, self.look_up):
            row.addWidget(widget, 1 if widget is not self.look_up else 0)
        self.servers.setVisible(not self.operator)
        self.instance.setVisible(self.operator)
        self.look_up.setVisible(self.operator)
        layout.addLayout(row)
        self.server_label = QLabel(self)
        self.server_label.setWordWrap(True)
        layout.addWidget(self.server_label)

        self.reveal = QFrame(self)
        self.reveal.setFrameShape(QFrame.Shape.StyledPanel)
        self.reveal.setStyleSheet("QFrame { background: palette(alternate-base); }")
        reveal = QVBoxLayout(self.reveal)
        self.reveal_note = QLabel(self.reveal)
        self.reveal_note.setWordWrap(True)
        self.reveal_note.setStyleSheet(f"color: {scheme_color('overdue')}; font-weight: bold;")
        reveal.addWidget(self.reveal_note)
        code_row = QHBoxLayout()
        self.code_label = QLabel(self.reveal)
        self.code_label.setObjectName("issued_code")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.6)
        mono.setBold(True)
        self.code_label.setFont(mono)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        code_row.addWidget(self.code_label, 1)
        self.copy_button = QPushButton(self.reveal)
        self.copy_button.clicked.connect(self.copy_code)
        code_row.addWidget(self.copy_button)
        reveal.addLayout(code_row)
        self.reveal.hide()
        layout.addWidget(self.reveal)

        self.table = QTableWidget(0, 6, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        self.message = MessageLine(self, error_color=scheme_color("removed"), color="")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.issue_button = buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.issue_button.clicked.connect(self.issue)
        self.invalidate_button = buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.invalidate_button.clicked.connect(self.invalidate)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.retranslate_ui()
        self._update_buttons()
        if not self.operator:
            self._backend.call(
                lambda api: api.list_resources(), self._on_resources, self._on_failed
            )

    def retranslate_ui(self) -> None:
        """The fixed texts, the server and its codes (from the listing; the selection stays)."""
        self.setWindowTitle(_t("Authorization codes (授权码)"))
        self.intro.setText(
            _t(
                "A code lets another account (another account of your company, an "
                "agency's client) file websites on this server's IPs. At most "
                "5 valid codes per server, each valid for one year, for "
                "subscription servers with at least 90 days left."
            )
        )
        self.server_prompt.setText(_t("Server:"))
        self.instance.setPlaceholderText(_t("Instance id, e.g. i-wz9k2m3n4p5q6r7s"))
        self.look_up.setText(_t("Look up"))
        self.reveal_note.setText(
            _t(
                "The new code — shown only now. Copy it and give it to "
                "the account that files on this server through a safe "
                "channel; it cannot be shown again."
            )
        )
        self.copy_button.setText(_t("Copied") if self._copied else _t("Copy"))
        if self.code_label.text():
            self.code_label.setAccessibleName(_t("New authorization code"))
        self.table.setHorizontalHeaderLabels(
            [
                _t("Code"),
                _t("State"),
                _t("Issued (Beijing time)"),
                _t("Valid until"),
                _t("Issued by"),
                _t("Change"),
            ]
        )
        self.issue_button.setText(_t("Issue a code"))
        self.invalidate_button.setText(_t("Invalidate"))
        if self.listing is not None:
            self._show_server(self.listing)
            for row, code in enumerate(self.listing.items):
                for column, value in enumerate(self._row_texts(code)):
                    item = self.table.item(row, column)
                    if item is not None:
                        item.setText(value)

    @classmethod
    def open_for(cls, parent: QWidget | None, backend: PageBackend) -> AuthorizationCodesDialog:
        """Show the dialog (not modal: tests drive it) and return it."""
        dialog = cls(backend, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # --- loading --------------------------------------------------------------------------

    def _on_resources(self, resources: list[Resource]) -> None:
        self.servers.blockSignals(True)
        for resource in resources:
            self.servers.addItem(
                f"{resource.instance_name} ({resource.instance_id}) · {resource.region_name}",
                resource.instance_id,
            )
        self.servers.blockSignals(False)
        self.load()

    def on_servers_changed(self, _index: int) -> None:
        self.reveal.hide()
        self.code_label.clear()
        self.load()

    def instance_id(self) -> str:
        if self.operator:
            return self.instance.text().strip()
        return str(self.servers.currentData() or "")

    def load(self) -> None:
        instance_id = self.instance_id()
        if not instance_id:
            return
        self._backend.call(
            lambda api: api.authorization_codes(instance_id=instance_id),
            self._on_loaded,
            self._on_failed,
        )

    def _on_loaded(self, listing: AuthorizationCodes) -> None:
        self.listing = listing
        self._show_server(listing)
        self.table.setRowCount(len(listing.items))
        for row, code in enumerate(listing.items):
            for column, value in enumerate(self._row_texts(code)):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, code.id)
                self.table.setItem(row, column, item)
        self.message.show_message("")
        self._update_buttons()

    @staticmethod
    def _row_texts(code: AuthorizationCodeInfo) -> list[str]:
        return [
            f"#{code.id}",
            state_text(code.state),
            beijing_time(code.issued_at),
            beijing_date(code.expires_at),
            code.issued_by or "",
            f"#{code.change_id}" if code.change_id else "",
        ]

    def _show_server(self, listing: AuthorizationCodes) -> None:
        server = listing.server
        text = _t("{name} ({instance}) · {region} · IPs {ips} · {n} of {limit} codes valid").format(
            name=server.instance_name,
            instance=server.instance_id,
            region=server.region_name,
            ips=", ".join(server.ips),
            n=format_number(server.live_codes),
            limit=format_number(server.limit),
        )
        if server.cannot_issue_reason:
            text += "\n" + _t("No more codes: {reason}").format(
                reason=render(
                    server.cannot_issue_reason, {"limit": server.limit}, current_language()
                )
            )
        self.server_label.setText(text)

    def _on_failed(self, error: ApiError) -> None:
        self.message.show_message(
            lambda: "\n".join(
                [reason_text(e) for e in error.field_errors] or [error_reason(error)]
            ),
            error=True,
        )
        self._update_buttons()

    # --- actions ----------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        server = self.listing.server if self.listing else None
        self.issue_button.setEnabled(server is not None and server.can_issue)
        selected = self._selected()
        self.invalidate_button.setEnabled(selected is not None and selected.state == "unused")

    def _selected(self) -> AuthorizationCodeInfo | None:
        if self.listing is None:
            return None
        items = self.table.selectedItems()
        if not items:
            return None
        code_id = items[0].data(Qt.ItemDataRole.UserRole)
        return next((c for c in self.listing.items if c.id == code_id), None)

    def issue(self) -> None:
        server = self.listing.server if self.listing else None
        if server is None:
            return
        self.issue_button.setEnabled(False)
        self._backend.call(
            lambda api: api.issue_authorization_code(resource_id=server.id),
            self._on_issued,
            self._on_failed,
        )

    def _on_issued(self, issued: IssuedCode) -> None:
        self.code_label.setText(issued.code)
        self.code_label.setAccessibleName(_t("New authorization code"))
        self.reveal.show()
        self.message.show_message(
            lambda: _t("Code #{id} issued, valid until {date}.").format(
                id=issued.authorization.id, date=beijing_date(issued.authorization.expires_at)
            )
        )
        self.load()

    def copy_code(self) -> None:
        QGuiApplication.clipboard().setText(self.code_label.text())
        self._copied = True
        self.copy_button.setText(_t("Copied"))

    def invalidate(self) -> None:
        code = self._selected()
        if code is None:
            return
        self._backend.call(
            lambda api: api.invalidate_authorization_code(code.id),
            lambda _info: self.load(),
            self._on_failed,
        )

    def done(self, result: int) -> None:
        self.code_label.clear()  # the code is forgotten with the dialog
        super().done(result)
