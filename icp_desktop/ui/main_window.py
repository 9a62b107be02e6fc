"""The main window: one stack of pages, the navigation between them, and the status bar.

The sign-in page is built at once; the pages of the signed-in account's role are imported and
built after sign-in (filer: Licenses; reviewer: Review queue; operator: Operator), so the first
paint needs nothing but Qt.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Signal
from PySide6.QtWidgets import QDockWidget, QMainWindow, QStackedWidget, QWidget

from icp_desktop.ui.backend import Backend
from icp_desktop.ui.formatting import format_number
from icp_desktop.ui.i18n import Retranslatable, Wording, worded
from icp_desktop.ui.pages.registry import PAGE_FACTORIES, ROLE_PAGES, TOP_LEVEL_PAGES
from icp_desktop.ui.pages.sign_in import SignInPage
from icp_desktop.ui.presenters.workflow import role_label

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QIcon

    from icp_desktop.client.event_models import Event
    from icp_desktop.client.models import Account
    from icp_desktop.ui.pages.contract import Page

log = logging.getLogger(__name__)


class _PageNavigator:
    """Takes a page where it asks to go: the window's :class:`Navigator` for its pages."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window

    def open_change_access(self, website_id: int) -> None:
        self._window.open_page("change_access", website_id=website_id)

    def open_status(self, change_id: int) -> None:
        self._window.open_page("review_status", change_id=change_id)

    def open_review(self, change_id: int) -> None:
        self._window.open_page("review_detail", change_id=change_id)

    def open_migration(self, migration_id: int) -> None:
        self._window.open_page("migration", migration_id=migration_id)

    def go_back(self) -> None:
        self._window.go_back()


def page_widget(page: Page) -> QWidget:
    """The widget a page is (every page is one)."""
    assert isinstance(page, QWidget)
    return page


class MainWindow(Retranslatable, QMainWindow):
    """Holds the pages in a ``QStackedWidget`` and moves between them.

    Signals:
        sign_out_requested(): the user chose Sign out.
        quit_requested(): the user closed the window (no tray) or chose Quit (Ctrl+Q).
        notifications_toggled(): the notifications toolbar button was pressed.
        hidden_to_tray(): closing the window hid it; the app goes on in the tray.
    """

    sign_out_requested = Signal()
    quit_requested = Signal()
    notifications_toggled = Signal()
    hidden_to_tray = Signal()

    def __init__(
        self, backend: Backend, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.backend = backend
        self.settings = settings
        self.keep_in_tray = False  # set when a system tray exists
        self.quitting = False
        self.pages: dict[str, Page] = {}
        self._navigator = _PageNavigator(self)
        self.history: list[str] = []
        self.account: Account | None = None
        # The platform adds " — ICP Desktop" (the application's display name) itself.
        self.setWindowTitle(self.tr("ICP filing Change Access (备案变更接入)"))
        self.resize(1100, 720)

        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.sign_in_page = SignInPage(backend)
        self.stack.addWidget(self.sign_in_page)

        self._chrome_built = False
        self._unread = 0
        self._connection_text: Wording | str = ""
        self.notifications_dock: QDockWidget | None = None

    def add_notifications_dock(self, notifications: QWidget) -> QDockWidget:
        """The in-app notifications, docked on the right (hidden until asked for)."""
        from PySide6.QtCore import Qt

        dock = QDockWidget(self.tr("Notifications"), self)
        dock.setObjectName("notifications_dock")
        dock.setWidget(notifications)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        dock.hide()
        self.notifications_dock = dock
        return dock

    def build_chrome(self) -> None:
        """Build the toolbar and the status bar (after the first paint: not needed for it)."""
        if self._chrome_built:
            return
        self._chrome_built = True
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QAction, QKeySequence
        from PySide6.QtWidgets import QLabel, QProgressBar, QToolBar, QToolButton

        from icp_desktop.ui.icons import icon
        from icp_desktop.ui.menus import MainMenus

        self.toolbar = QToolBar(self.tr("Navigation"))
        self.toolbar.setObjectName("navigation")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(self.toolbar)
        self.toolbar.hide()
        self.home_action = QAction(icon("home"), self.tr("Home"), self)
        self.home_action.setShortcut(QKeySequence("Alt+Home"))
        self.home_action.triggered.connect(self.go_home)
        self.back_action = QAction(icon("back"), self.tr("Back"), self)
        self.back_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))  # Alt+Left
        self.back_action.triggered.connect(self.go_back)
        self.menus = MainMenus(self, self.settings, self.show_shortcuts)  # F1, Ctrl+Q
        self.menus.add_go_actions(self.back_action, self.home_action)
        self.menus.quit_action.triggered.connect(self.quit_requested)
        self.menus.sign_out_action.triggered.connect(self.sign_out_requested)
        self.history_action = self.menus.history_action
        self.history_action.triggered.connect(lambda: self.open_page("history"))
        # the toolbar's own action: a menu text's mnemonic ("变更记录(&H)") reads badly there
        self.history_tool_action = QAction(icon("calendar"), self.tr("Change history"), self)
        self.history_tool_action.triggered.connect(self.history_action.trigger)
        self.menus.notifications_action.triggered.connect(self.notifications_toggled)
        self.menus.set_signed_in(False)
        self.history_tool_action.setVisible(False)
        self.notifications_button = QToolButton()
        self.notifications_button.setIcon(icon("notifications"))
        self.notifications_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.notifications_button.setObjectName("notifications")
        self.notifications_button.clicked.connect(self.notifications_toggled)
        self.set_unread_count(0)
        self.sign_out_action = QAction(icon("sign-out"), self.tr("Sign out"), self)
        self.sign_out_action.triggered.connect(self.sign_out_requested)
        for item in (self.back_action, self.home_action, self.history_tool_action):
            self.toolbar.addAction(item)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.notifications_button)
        self.toolbar.addAction(self.sign_out_action)

        self.account_label = QLabel()
        self.connection_label = QLabel()
        self.busy_bar = QProgressBar()
        self.busy_bar.setObjectName("busy")
        self.busy_bar.setRange(0, 0)  # an endless "working" bar
        self.busy_bar.setMaximumWidth(120)
        self.busy_bar.setMaximumHeight(14)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        status = self.statusBar()
        status.addPermanentWidget(self.connection_label)
        status.addPermanentWidget(self.busy_bar)
        status.addPermanentWidget(self.account_label)
        self.backend.busy_changed.connect(self.set_busy)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The window's own texts, from their source strings (a language switch)."""
        title = self.tr("ICP filing Change Access (备案变更接入)")
        if self.account is not None:
            # two windows (two accounts) are told apart in the task bar by the account
            title = f"{self.account.username} — {title}"
        self.setWindowTitle(title)
        if not self._chrome_built:
            return
        self.toolbar.setWindowTitle(self.tr("Navigation"))
        self.home_action.setText(self.tr("Home"))
        self.back_action.setText(self.tr("Back"))
        self.history_tool_action.setText(self.tr("Change history"))
        self.sign_out_action.setText(self.tr("Sign out"))
        self.set_unread_count(self._unread)
        self.connection_label.setText(worded(self._connection_text))
        if self.notifications_dock is not None:
            self.notifications_dock.setWindowTitle(self.tr("Notifications"))
        self._update_account_label()
        self.menus.retranslate_ui()

    def show_shortcuts(self) -> None:
        from icp_desktop.ui.shortcuts_help import ShortcutsDialog

        ShortcutsDialog(self).exec()

    # --- state shown in the chrome -------------------------------------------------------

    def set_busy(self, busy: bool) -> None:
        self.build_chrome()
        self.busy_bar.setVisible(busy)

    def set_connection_text(self, text: Wording | str) -> None:
        """The connection's state in the status bar (empty while it is well)."""
        self.build_chrome()
        self._connection_text = text
        self.connection_label.setText(worded(text))

    def set_unread_count(self, count: int) -> None:
        self.build_chrome()
        self._unread = count
        text = self.tr("Notifications")
        self.notifications_button.setText(f"{text} ({format_number(count)})" if count else text)

    def set_app_icon(self, icon: QIcon) -> None:
        self.setWindowIcon(icon)

    # --- sign in / out -------------------------------------------------------------------

    def show_signed_in(self, account: Account, last_page: str | None = None) -> None:
        """Build the pages of the account's role and show its home page."""
        self.build_chrome()
        self.clear_pages()
        role = account.role.value
        for name in ROLE_PAGES.get(role, []):
            page = self._build_page(name)
            if page is not None:
                self.pages[name] = page
        self.account = account
        self._update_account_label()
        self.retranslate_ui()
        self.menus.set_signed_in(True, role)
        self.history_tool_action.setVisible(role == "filer")
        self.toolbar.show()
        home = self.home_page_name()
        if last_page in TOP_LEVEL_PAGES and last_page in self.pages:
            home = last_page
        if home is None:
            self.statusBar().showMessage(self.tr("No pages are available for this account."))
            return
        self.open_page(home)

    def _update_account_label(self) -> None:
        account = self.account
        if account is None:
            self.account_label.clear()
            return
        self.account_label.setText(
            self.tr("Signed in as {0} ({1})").format(
                account.shown_name, role_label(account.role.value)
            )
        )

    def show_sign_in(self, message: Wording | str = "") -> None:
        self.build_chrome()
        self.clear_pages()
        self.toolbar.hide()
        self.account = None
        self.retranslate_ui()
        self.menus.set_signed_in(False)
        self.stack.setCurrentWidget(self.sign_in_page)
        self.sign_in_page.show_message(message, error=bool(worded(message)))
        self.sign_in_page.activate()

    def clear_pages(self) -> None:
        """Remove the role's pages, and every call they made with them.

        The sign-in page is put on screen first: removing the page on screen would make the
        stack show another one for a moment, and a page that reloads when shown would ask the
        service for something after its session's calls were cancelled, then be deleted
        before the answer came (issue 13, item 20).
        """
        self.stack.setCurrentWidget(self.sign_in_page)
        for page in self.pages.values():
            widget = page_widget(page)
            self.backend.cancel_within(widget)
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.pages.clear()
        self.history.clear()

    def _build_page(self, name: str) -> Page | None:
        try:
            page = PAGE_FACTORIES[name](self.backend)
        except Exception:  # a page that fails to load must not take the app down
            log.exception("page %s could not be built", name)
            return None
        self.stack.addWidget(page_widget(page))
        page.connect_navigation(self._navigator)
        return page

    # --- navigation ----------------------------------------------------------------------

    def home_page_name(self) -> str | None:
        role = self.backend.role or ""
        return next((n for n in ROLE_PAGES.get(role, []) if n in self.pages), None)

    def current_page_name(self) -> str | None:
        current = self.stack.currentWidget()
        return next((n for n, p in self.pages.items() if page_widget(p) is current), None)

    def current_page(self) -> Page | None:
        name = self.current_page_name()
        return self.pages[name] if name is not None else None

    def open_page(self, name: str, **target: int) -> bool:
        page = self.pages.get(name)
        if page is None:
            if name == "review_status" and "review_detail" in self.pages:
                return self.open_page("review_detail", **target)
            log.warning("no page %s for this account", name)
            return False
        current = self.current_page_name()
        if current is not None and current != name:
            self.history.append(current)
        self.stack.setCurrentWidget(page_widget(page))
        page.activate(**target)
        if self.settings is not None:
            self.settings.setValue("window/last_page", name)
        self.back_action.setEnabled(bool(self.history))
        return True

    def open_status(self, change_id: int) -> bool:
        """Show the status page of one change (from a notification)."""
        self.bring_to_front()
        return self.open_page("review_status", change_id=change_id)

    def go_home(self) -> None:
        home = self.home_page_name()
        if home is not None:
            self.history.clear()
            self.open_page(home)

    def go_back(self) -> None:
        while self.history:
            name = self.history.pop()
            if name in self.pages:
                self.stack.setCurrentWidget(page_widget(self.pages[name]))
                break
        self.back_action.setEnabled(bool(self.history))

    def forward_event(self, event: Event) -> None:
        """Give a service event to every page."""
        for page in list(self.pages.values()):
            page.on_event(event)

    def bring_to_front(self) -> None:
        from PySide6.QtCore import Qt  # costly to import: kept out of the first paint

        self.show()
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.raise_()
        self.activateWindow()

    # --- window state --------------------------------------------------------------------

    def restore_state(self) -> None:
        if self.settings is None:
            return
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)

    def save_state(self) -> None:
        if self.settings is None:
            return
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        if self.keep_in_tray and not self.quitting:
            event.ignore()
            self.hide()
            self.hidden_to_tray.emit()
            return
        event.accept()
        self.quit_requested.emit()
