"""The sign-in page: server, username, password, remember me, and demo accounts in demo mode.

The page is built with Qt only (it is the first thing painted); the service call and the keyring
run through the backend on its worker thread once the user signs in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from icp_desktop.client.errors import (
    AccountLocked,
    ApiError,
    AuthRequired,
    TlsError,
    TooManyRequests,
    Unavailable,
    ValidationFailed,
)
from icp_desktop.ui.i18n import Retranslatable, Wording, worded
from icp_desktop.ui.presenters.errors import error_reason
from icp_desktop.ui.presenters.workflow import role_label
from icp_desktop.ui.widgets.message_line import MessageLine

if TYPE_CHECKING:
    from icp_desktop.client.models import Login
    from icp_desktop.ui.calls import Call
    from icp_desktop.ui.page_backend import PageBackend

# (username, password, role) — the demo service's accounts (DESIGN §6)
DEMO_ACCOUNTS: list[tuple[str, str, str]] = [
    ("demo", "demo-pass", "filer"),
    ("demo2", "demo2-pass", "filer"),
    ("reviewer", "reviewer-pass", "reviewer"),
    ("operator", "operator-pass", "operator"),
]


class SignInPage(Retranslatable, QWidget):
    """Asks for credentials and signs in through the backend.

    Signals:
        signed_in(object, bool): the :class:`~icp_desktop.client.models.Login` answer, and
            whether to remember the session on this computer.
    """

    signed_in = Signal(object, bool)

    def __init__(self, backend: PageBackend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.keyring_available: bool | None = None
        self._server: tuple[str | None, Wording | str] = (None, "")
        self._server_ready = False
        self._request: Call[Login] | None = None

        self.heading = QLabel(self.tr("Sign in to ICP filing (备案) Change Access (变更接入)"))
        self.heading.setObjectName("heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)

        self.server_label = QLabel(self.tr("Connecting…"))
        self.demo_combo = QComboBox()
        self.demo_combo.addItem("", None)
        for username, password, _role in DEMO_ACCOUNTS:
            self.demo_combo.addItem("", (username, password))
        self.demo_combo.activated.connect(self.on_demo_combo_activated)
        self.demo_label = QLabel(self.tr("Demo account:"))

        self.username_edit = QLineEdit()
        self.username_edit.setObjectName("username")
        self.username_edit.setPlaceholderText(self.tr("Account name"))
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("Password"))
        self.remember_check = QCheckBox(self.tr("Remember me on this computer"))
        self.keyring_label = QLabel()
        self.keyring_label.setWordWrap(True)
        self.keyring_label.hide()
        self.sign_in_button = QPushButton(self.tr("Sign in"))
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self.on_sign_in_button_clicked)
        self.username_edit.returnPressed.connect(self.password_edit.setFocus)
        self.password_edit.returnPressed.connect(self.on_sign_in_button_clicked)
        self.message_label = MessageLine()
        self.message_label.setObjectName("message")

        form = QFormLayout()
        form.addRow(self.tr("Server:"), self.server_label)
        form.addRow(self.demo_label, self.demo_combo)
        form.addRow(self.tr("Username:"), self.username_edit)
        form.addRow(self.tr("Password:"), self.password_edit)
        form.addRow("", self.remember_check)
        form.addRow("", self.keyring_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.sign_in_button)

        box = QWidget()
        box.setMaximumWidth(520)
        inner = QVBoxLayout(box)
        inner.addStretch(1)
        inner.addWidget(self.heading)
        inner.addSpacing(12)
        inner.addLayout(form)
        inner.addWidget(self.message_label)
        inner.addLayout(buttons)
        inner.addStretch(2)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box)
        outer.addStretch(1)
        self._form = form
        self.set_demo(False)
        self._update_enabled()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The page's texts from their source strings (again after a language switch)."""
        self.heading.setText(self.tr("Sign in to ICP filing (备案) Change Access (变更接入)"))
        self.demo_combo.setItemText(0, self.tr("Choose a demo account…"))
        for index, (username, _password, role) in enumerate(DEMO_ACCOUNTS, start=1):
            self.demo_combo.setItemText(index, f"{username} — {role_label(role)}")
        self.demo_label.setText(self.tr("Demo account:"))
        for field, text in (
            (self.server_label, self.tr("Server:")),
            (self.username_edit, self.tr("Username:")),
            (self.password_edit, self.tr("Password:")),
        ):
            label = self._form.labelForField(field)
            if isinstance(label, QLabel):
                label.setText(text)
        self.username_edit.setPlaceholderText(self.tr("Account name"))
        self.password_edit.setPlaceholderText(self.tr("Password"))
        self.remember_check.setText(self.tr("Remember me on this computer"))
        self.sign_in_button.setText(self.tr("Sign in"))
        if self.keyring_available is False:
            self.set_keyring_available(False)
        self._show_server()

    # --- set by the main window ----------------------------------------------------------

    def activate(self, **_target: int) -> None:
        if not self.username_edit.text():
            self.username_edit.setFocus()
        else:
            self.password_edit.setFocus()

    def set_demo(self, demo: bool) -> None:
        self.demo_label.setVisible(demo)
        self.demo_combo.setVisible(demo)

    def set_server(self, url: str | None, *, ready: bool, note: Wording | str = "") -> None:
        """Show which server is used and whether it takes sign-ins yet (``note``: why not)."""
        self._server_ready = ready
        self._server = (url, note)
        self._show_server()
        self._update_enabled()

    def _show_server(self) -> None:
        url, note = self._server
        text = url or self.tr("(not yet known)")
        if worded(note):
            text = f"{text} — {worded(note)}"
        self.server_label.setText(text)

    def set_keyring_available(self, available: bool) -> None:
        self.keyring_available = available
        if available:
            self.keyring_label.hide()
            return
        self.keyring_label.setText(
            self.tr(
                "No secure keyring is available on this system: your session is kept in memory "
                "only and you will have to sign in again next time."
            )
        )
        self.keyring_label.show()

    def set_username(self, username: str) -> None:
        self.username_edit.setText(username)

    def show_message(self, text: Wording | str, *, error: bool = True) -> None:
        self.message_label.show_message(text, error)

    # --- user actions --------------------------------------------------------------------

    def on_demo_combo_activated(self, index: int) -> None:
        data = self.demo_combo.itemData(index)
        if data:
            self.username_edit.setText(data[0])
            self.password_edit.setText(data[1])
            self.sign_in_button.setFocus()

    def on_sign_in_button_clicked(self) -> None:
        if not self.sign_in_button.isEnabled():
            return
        username = self.username_edit.text().strip()
        password = self.password_edit.text()
        if not username or not password:
            self.show_message(lambda: self.tr("Enter your username and password."))
            return
        remember = self.remember_check.isChecked()
        self.show_message(lambda: self.tr("Signing in…"), error=False)
        self._request = self.backend.call(
            lambda client: client.login(username, password),
            lambda data: self._on_login_ok(data, remember),
            self._on_login_failed,
        )
        self._update_enabled()

    def _on_login_ok(self, login: Login, remember: bool) -> None:
        self._request = None
        self.password_edit.clear()
        self.show_message("")
        self._update_enabled()
        self.signed_in.emit(login, remember)

    def _on_login_failed(self, error: ApiError) -> None:
        self._request = None
        self._update_enabled()
        server = self.backend.server_url or ""
        self.show_message(lambda: self.describe_error(error, server))
        self.password_edit.selectAll()
        self.password_edit.setFocus()

    def describe_error(self, error: ApiError, server: str) -> str:
        """A sentence saying what went wrong and what to do."""
        if isinstance(error, AuthRequired):
            return self.tr("Wrong username or password.")
        if isinstance(error, AccountLocked):
            return self.tr(
                "This account is locked after too many failed sign-ins. "
                "Wait a while, then try again."
            )
        if isinstance(error, TlsError):
            return self.tr(
                "The server's certificate could not be verified (TLS failure). "
                "Check the server address, or the CA bundle you configured."
            )
        if isinstance(error, TooManyRequests):
            return self.tr("Too many attempts. Wait a moment, then try again.")
        if isinstance(error, Unavailable):
            return self.tr(
                "The server {0} cannot be reached. Check the address and your network connection."
            ).format(server)
        if isinstance(error, ValidationFailed):
            return self.tr("Enter your username and password.")
        return self.tr("Sign-in failed: {0}").format(error_reason(error))

    def _update_enabled(self) -> None:
        self.sign_in_button.setEnabled(self._server_ready and self._request is None)
