"""The authorization code (授权码) part of Change Access: enter a code to file IPs of a server
another account owns, see the servers the change's codes open up, pick their IPs.

The code typed is a secret: it is sent once and cleared; it is never part of the local draft.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from icp_desktop.client.administration_models import Authorization
from icp_desktop.ui.formatting import beijing_date
from icp_desktop.ui.i18n import Retranslatable
from icp_desktop.ui.widgets.review_common import scheme_color

_IP_ROLE = Qt.ItemDataRole.UserRole + 1
_CODE_ROLE = Qt.ItemDataRole.UserRole + 2


def _t(text: str) -> str:
    return QCoreApplication.translate("AuthorizationCodeEntry", text)


def state_text(state: str) -> str:
    return {
        "unused": _t("unused"),
        "in_filing": _t("in filing"),
        "used": _t("used"),
        "invalid": _t("invalid"),
    }.get(state, state)


class AuthorizationCodeEntry(Retranslatable, QGroupBox):
    """A code field with its reason, and the IPs of the servers authorised for the change.

    Signals:
        use_requested(str): the filer asked to use the code typed.
        remove_requested(int): take this code (id) off the change.
        ip_chosen(str): an authorised IP was picked (double-click or Add).
    """

    use_requested = Signal(str)
    remove_requested = Signal(int)
    ip_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        row = QHBoxLayout()
        self.code = QLineEdit(self)
        self.code.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX")
        self.code.setEchoMode(QLineEdit.EchoMode.Password)  # a secret, as a password is
        self.code.returnPressed.connect(self.on_use_clicked)
        row.addWidget(self.code, 1)
        self.use_button = QPushButton(self)
        self.use_button.clicked.connect(self.on_use_clicked)
        row.addWidget(self.use_button)
        layout.addLayout(row)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {scheme_color('removed')};")
        self.error.hide()
        layout.addWidget(self.error)
        self.servers = QListWidget(self)
        self.servers.setMaximumHeight(110)
        self.servers.itemDoubleClicked.connect(self._on_item_chosen)
        self.servers.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.servers)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self._on_add_clicked)
        buttons.addWidget(self.add_button)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        buttons.addWidget(self.remove_button)
        layout.addLayout(buttons)
        self._authorizations: list[Authorization] = []
        self.retranslate_ui()

    # --- state ----------------------------------------------------------------------------

    def set_authorizations(self, authorizations: list[Authorization]) -> None:
        self._authorizations = list(authorizations)
        self.servers.clear()
        for auth in authorizations:
            head = QListWidgetItem(
                _t("{name} ({instance}) · {region} · code {state}, valid until {date}").format(
                    name=auth.resource.instance_name,
                    instance=auth.resource.instance_id,
                    region=auth.resource.region_name,
                    state=state_text(auth.state),
                    date=beijing_date(auth.expires_at),
                )
            )
            head.setData(_CODE_ROLE, auth.code_id)
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            self.servers.addItem(head)
            for ip in auth.resource.ips:
                item = QListWidgetItem(f"    {ip}")
                item.setData(_IP_ROLE, ip)
                item.setData(_CODE_ROLE, auth.code_id)
                self.servers.addItem(item)
        self.servers.setVisible(bool(authorizations))
        self.add_button.setVisible(bool(authorizations))
        self.remove_button.setVisible(bool(authorizations))
        self._update_buttons()

    def authorizations(self) -> list[Authorization]:
        return list(self._authorizations)

    def set_editable(self, editable: bool) -> None:
        self.code.setEnabled(editable)
        self.use_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and self._selected_code() is not None)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.code.setAccessibleDescription(text)

    def clear_code(self) -> None:
        self.code.clear()

    # --- reacting ---------------------------------------------------------------------------

    def on_use_clicked(self) -> None:
        text = self.code.text().strip()
        if not text:
            self.show_error(_t("Enter the authorization code the server's owner gave you."))
            return
        self.show_error("")
        self.use_requested.emit(text)

    def _selected_code(self) -> int | None:
        items = self.servers.selectedItems()
        return int(items[0].data(_CODE_ROLE)) if items else None

    def _update_buttons(self) -> None:
        items = self.servers.selectedItems()
        self.add_button.setEnabled(bool(items and items[0].data(_IP_ROLE)))
        self.remove_button.setEnabled(self.code.isEnabled() and bool(items))

    def _on_item_chosen(self, item: QListWidgetItem) -> None:
        ip = item.data(_IP_ROLE)
        if ip:
            self.ip_chosen.emit(str(ip))

    def _on_add_clicked(self) -> None:
        items = self.servers.selectedItems()
        if items:
            self._on_item_chosen(items[0])

    def _on_remove_clicked(self) -> None:
        code_id = self._selected_code()
        if code_id is not None:
            self.remove_requested.emit(code_id)

    def retranslate_ui(self) -> None:
        """The fixed texts, and the authorised servers listed, from the codes the change holds."""
        self.setTitle(_t("Authorization code (授权码)"))
        self.note.setText(
            _t(
                "Filing IPs of a server another account owns (another account "
                "of your company, an agency)? Enter the code its owner issued."
            )
        )
        self.use_button.setText(_t("Use code"))
        self.add_button.setText(_t("Add selected IP"))
        self.remove_button.setText(_t("Remove code"))
        self.code.setAccessibleName(_t("Authorization code"))
        self.set_authorizations(self._authorizations)
