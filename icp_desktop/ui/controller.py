"""Builds the app's objects in one place and wires them: server, session, events, tray.

:class:`AppController` owns the backend, the main window, the embedded service, the event
poller and the notifier, and runs the session's life: the remembered token at start, sign in,
sign out (the token revoked and removed from the keyring), an expired session, and quitting.
"""

from __future__ import annotations

import argparse
import logging
import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal

from icp_desktop.client.errors import ApiError, AuthRequired
from icp_desktop.domain.clock import clock_from_spec
from icp_desktop.ui import session_store
from icp_desktop.ui.backend import Backend
from icp_desktop.ui.main_window import MainWindow
from icp_desktop.ui.paths import RESOURCES_DIR, AppPaths
from icp_desktop.ui.presenters.errors import error_reason

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from icp_desktop.client.event_models import Event
    from icp_desktop.client.models import Account, Login
    from icp_desktop.ui.account_notifications import AccountNotifications
    from icp_desktop.ui.embedded import EmbeddedService
    from icp_desktop.ui.events import PollerThread
    from icp_desktop.ui.i18n import Wording
    from icp_desktop.ui.tray import Notifier

log = logging.getLogger(__name__)

TOLD_IN_TRAY = "ui/told_still_running_in_tray"


class AppController(QObject):
    """Creates and connects the app's parts; see the module docstring.

    Signals:
        server_ready(str): the service answers at this URL (embedded or given).
        session_started(object): signed in (the :class:`~icp_desktop.client.models.Account`).
        session_ended(): signed out, or the session expired.
        poller_ready(): the event poller has its cursor; later outcomes will be notified.
    """

    server_ready = Signal(str)
    session_started = Signal(object)
    session_ended = Signal()
    poller_ready = Signal()

    def __init__(
        self,
        app: QApplication,
        args: argparse.Namespace,
        paths: AppPaths,
        *,
        use_tray: bool | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__()
        self.app = app
        self.args = args
        self.paths = paths
        self.use_tray = use_tray
        self.settings = settings or QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
        self.backend = Backend()
        self.backend.paths = paths
        # --now, else ICP_NOW (inherited by the local service too), else the wall clock.
        self.now_spec: str | None = getattr(args, "now", None) or os.environ.get("ICP_NOW")
        self.backend.clock = clock_from_spec(self.now_spec)
        self.backend.demo = bool(args.demo or not args.server)
        self.window = MainWindow(self.backend, self.settings)
        self.window.restore_state()
        page = self.window.sign_in_page
        page.set_demo(self.backend.demo)
        page.set_server(
            args.server,
            ready=False,
            note="" if args.server else lambda: self.tr("starting the local service…"),
        )
        remembered = self.settings.value("session/username", "")
        if remembered:
            page.set_username(str(remembered))
            page.remember_check.setChecked(True)
        self.embedded: EmbeddedService | None = None
        self.poller: PollerThread | None = None
        self._stalled_pollers: list[PollerThread] = []
        self.notifier: Notifier | None = None
        self.account_notifications: AccountNotifications | None = None
        self.keyring_available: bool | None = None  # None until probed
        self._started = False
        self._shut_down = False
        page.signed_in.connect(self.on_sign_in_page_signed_in)
        self.window.sign_out_requested.connect(self.sign_out)
        self.window.quit_requested.connect(self.quit)
        self.window.hidden_to_tray.connect(self.on_window_hidden_to_tray)
        self.window.notifications_toggled.connect(self.toggle_notifications)
        self.backend.auth_expired.connect(self.on_backend_auth_expired)
        self.backend.connection_state.connect(self.on_backend_connection_state)

    # --- start ------------------------------------------------------------------------------

    def after_first_paint(self) -> None:
        """Everything that may wait until the sign-in window is on screen."""
        if self._started:
            return
        self._started = True
        from PySide6.QtGui import QIcon

        from icp_desktop.ui.logging_setup import setup_logging

        self.window.build_chrome()
        self.paths.ensure()
        setup_logging(self.paths.log)
        icon = QIcon(str(RESOURCES_DIR / "icons" / "icp-desktop.svg"))
        self.window.set_app_icon(icon)
        self.app.setWindowIcon(icon)
        self._build_notifier(icon)
        self._add_language_button()
        self.backend.run(self._probe_keyring, self._set_keyring)
        if self.args.server:
            self._use_server(self.args.server)
        else:
            from icp_desktop.ui.embedded import EmbeddedService

            now = ("--now", self.now_spec) if self.now_spec else ()
            self.embedded = EmbeddedService(self.paths.service_dir, extra_args=now)
            self.backend.run(self.embedded.start, self._use_server, self._on_embedded_failed)

    def _build_notifier(self, icon: QIcon) -> None:
        from icp_desktop.ui.account_notifications import (
            AccountNotifications,
            desktop_notifications,
        )
        from icp_desktop.ui.tray import Notifier

        self.notifier = Notifier(
            icon,
            self,
            use_tray=self.use_tray,
            clock=self.backend.clock,
            desktop=desktop_notifications(self.args, self.tr("ICP Desktop"), self),
        )
        self.notifier.open_status.connect(self.window.open_status)
        self.notifier.open_requested.connect(self.window.bring_to_front)
        self.notifier.sign_out_requested.connect(self.sign_out)
        self.notifier.quit_requested.connect(self.quit)
        self.notifier.list.unread_changed.connect(self.window.set_unread_count)
        self.account_notifications = AccountNotifications(
            self.backend, self.notifier, self.paths.data, self
        )
        self.dock = self.window.add_notifications_dock(self.notifier.list)
        self.window.keep_in_tray = self.notifier.has_tray
        self.app.setQuitOnLastWindowClosed(not self.notifier.has_tray)

    def _add_language_button(self) -> None:
        try:
            from icp_desktop.ui.language_menu import LanguageButton
        except ImportError:  # the language chooser is optional
            return
        self.language_button = LanguageButton(self.settings)
        self.window.statusBar().addWidget(self.language_button)

    def on_window_hidden_to_tray(self) -> None:
        """Closing the window hid it: say once (ever) that the app goes on in the tray."""
        if self.notifier is None or self.settings.value(TOLD_IN_TRAY, False, type=bool):
            return
        self.settings.setValue(TOLD_IN_TRAY, True)
        self.notifier.say(
            self.tr("ICP Desktop is still running"),
            self.tr(
                "It keeps running in the tray to notify you of review outcomes. Quit "
                "from the tray icon's menu, or with File > Quit (Ctrl+Q)."
            ),
        )

    def toggle_notifications(self) -> None:
        if self.notifier is not None:
            from PySide6.QtCore import Qt

            self.dock.setVisible(not self.dock.isVisible())
            if self.dock.isVisible():  # a third of the window at most: the page keeps room
                width = min(340, self.window.width() // 3)
                self.window.resizeDocks([self.dock], [width], Qt.Orientation.Horizontal)

    @staticmethod
    def _probe_keyring() -> bool:
        """On the worker thread: whether a secure keyring answers (said once in the log)."""
        try:
            session_store.probe()
        except session_store.KeyringUnavailable as exc:
            log.info(
                "no secure keyring (%s): sessions are kept in memory only and are not remembered",
                exc,
            )
            return False
        return True

    def _set_keyring(self, available: bool) -> None:
        self.keyring_available = available
        self.window.sign_in_page.set_keyring_available(available)

    def _on_embedded_failed(self, error: ApiError) -> None:
        log.error("local service failed: %s", error_reason(error))
        self.window.sign_in_page.set_server(
            None,
            ready=False,
            note=lambda: self.tr(
                "the local service could not be started; see the log in {0}"
            ).format(self.paths.log),
        )

    def _use_server(self, url: str) -> None:
        self.backend.set_server(url, verify=self.args.ca_bundle or True)
        self.window.sign_in_page.set_server(url, ready=True)
        self.server_ready.emit(url)
        self._try_remembered_session(url)

    def _try_remembered_session(self, url: str) -> None:
        """The token remembered in the keyring (read on the I/O worker), then the service asked
        who it belongs to, as its holder."""
        username = str(self.settings.value("session/username", "") or "")
        if not username:
            return

        def load() -> str | None:
            try:
                return session_store.load_token(url, username)
            except session_store.KeyringUnavailable:
                return None

        def on_token(token: str | None) -> None:
            if not token or self.backend.account is not None:
                return
            self.backend.call(
                lambda api: api.me(),
                lambda account: self._resume(token, account),
                lambda e: self._on_resume_failed(url, username, e),
                identity=self.backend.identity_for(token),
            )

        self.backend.run(load, on_token, lambda e: log.info("no remembered session: %r", e))

    def _resume(self, token: str, account: Account) -> None:
        if self.backend.account is None:
            self.start_session(token, account)

    def _on_resume_failed(self, url: str, username: str, error: ApiError) -> None:
        log.info("no remembered session: %r", error)
        if isinstance(error, AuthRequired):
            self.backend.run(lambda: session_store.forget_token_if_possible(url, username))

    # --- session ----------------------------------------------------------------------------

    def on_sign_in_page_signed_in(self, login: Login, remember: bool) -> None:
        token, account = login.token, login.account
        url, username = self.backend.server_url or "", account.username
        if remember:
            self.settings.setValue("session/username", username)
            if self.keyring_available is False:
                self._on_keyring_save_failed()
            else:
                self.backend.run(
                    lambda: session_store.save_token_if_possible(url, username, token),
                    lambda saved: None if saved else self._on_keyring_save_failed(),
                )
        else:
            self.settings.remove("session/username")
            if self.keyring_available is not False:  # without one, nothing was stored
                self.backend.run(lambda: session_store.forget_token_if_possible(url, username))
        self.start_session(token, account)

    def _on_keyring_save_failed(self) -> None:
        if self.keyring_available is not False:
            self._set_keyring(False)
        self.window.statusBar().showMessage(
            self.tr(
                "No secure keyring: you stay signed in until you quit, but will not be remembered."
            ),
            10_000,
        )

    def start_session(self, token: str, account: Account) -> None:
        self.backend.set_session(token, account)
        self._gate_reminders(account)
        last_page = self.settings.value("window/last_page")
        self.window.show_signed_in(account, str(last_page) if last_page else None)
        if self.notifier is not None:
            self.notifier.set_account(account)
        if self.account_notifications is not None:
            self.account_notifications.start(account)
        self._start_poller(token, account)
        self.session_started.emit(account)

    def _gate_reminders(self, account: Account) -> None:
        """SMS verification reminders pop up once each, and not over a focused window that
        shows that change's countdown already."""
        if self.notifier is None:
            return
        from icp_desktop.ui.sms_reminders import ReminderGate, reminders_file

        def on_screen(change_id: int) -> bool:
            page = self.window.current_page()
            return bool(
                self.window.isActiveWindow()
                and page is not None
                and page.shows_countdown_of(change_id)
            )

        gate = ReminderGate(
            reminders_file(self.paths.data, self.backend.server_url or "", account.id),
            on_screen,
            self.backend.clock,
            run=lambda job: self.backend.run(job, None, lambda _e: None),
        )
        self.backend.run(gate.read_shown, gate.set_shown, lambda _e: None)
        self.notifier.popup_filter = gate.should_pop

    def _start_poller(self, token: str, account: Account) -> None:
        from icp_desktop.ui.events import EventPoller, PollerThread, cursor_file

        self._stop_poller()
        url = self.backend.server_url or ""
        poller = EventPoller(
            url, token, cursor_file(self.paths.data, url, account.id), verify=self.backend.verify
        )
        poller.events_received.connect(self.on_poller_events)
        poller.state_changed.connect(self.on_poller_state)
        poller.ready.connect(self.poller_ready)
        poller.auth_expired.connect(self.on_backend_auth_expired)
        self.poller = PollerThread(poller)
        self.poller.start()

    def _stop_poller(self) -> None:
        if self.poller is not None:
            if not self.poller.stop():
                # never drop a running QThread (Qt aborts the process): keep it until it ends
                log.warning("the event poller did not stop in time")
                self._stalled_pollers.append(self.poller)
            self.poller = None

    def _join_stalled_pollers(self, timeout_ms: int = 10_000) -> None:
        """Wait for the pollers that did not stop when their session ended (quitting)."""
        for poller in self._stalled_pollers:
            if not poller.join(timeout_ms):
                log.error("an event poller thread is still running at exit")
        self._stalled_pollers = [p for p in self._stalled_pollers if p.running]

    def on_poller_events(self, events: list[Event]) -> None:
        if self.notifier is not None:
            self.notifier.handle_events(events)
        for event in events:
            self.window.forward_event(event)

    def on_poller_state(self, state: str) -> None:
        self.window.set_connection_text(
            (lambda: self.tr("Reconnecting…")) if state == "reconnecting" else ""
        )

    def on_backend_connection_state(self, state: str) -> None:
        texts: dict[str, Wording] = {
            "offline": lambda: self.tr("Offline — the server cannot be reached"),
            "tls_error": lambda: self.tr("TLS failure — the server is not trusted"),
        }
        self.window.set_connection_text(texts.get(state, ""))

    def _end_session(self, message: Wording | str) -> None:
        account = self.backend.account
        self._stop_poller()
        self.backend.end_session()  # the session's calls out are cancelled, never sent
        if self.account_notifications is not None:
            self.account_notifications.end()
        if self.notifier is not None:
            self.notifier.clear()
            self.notifier.set_account(None)
        self.window.show_sign_in(message)
        if account is not None:
            self.window.sign_in_page.set_username(account.username)
        self.session_ended.emit()

    def sign_out(self) -> None:
        """Revoke the token on the service, forget it in the keyring, back to sign-in."""
        account, token = self.backend.account, self.backend.token
        if account is None:
            return
        url, username = self.backend.server_url or "", account.username
        revoked_as = self.backend.identity_for(token, account.id)
        self.settings.remove("session/username")
        self._end_session("")
        self.window.sign_in_page.remember_check.setChecked(False)
        # made after the session's own calls were cancelled, as the token being revoked
        self.backend.call(
            lambda api: api.logout(),
            lambda _r: None,
            lambda e: log.info(
                "sign-out: the service was not told (%s); the token expires on its own",
                e.title or e.code,
            ),
            identity=revoked_as,
        )
        if self.keyring_available is not False:  # without one the token was never stored
            self.backend.run(lambda: session_store.forget_token_if_possible(url, username))

    def on_backend_auth_expired(self) -> None:
        if self.backend.account is None:
            return
        url, username = self.backend.server_url or "", self.backend.account.username
        if self.keyring_available is not False:
            self.backend.run(lambda: session_store.forget_token_if_possible(url, username))
        self._end_session(lambda: self.tr("Your session has ended. Please sign in again."))

    # --- quit -------------------------------------------------------------------------------

    def quit(self) -> None:
        if self._shut_down:
            return  # the window closing after shutdown (tests) must not quit the app again
        self.window.quitting = True
        self.app.quit()

    def shutdown(self) -> None:
        """Stop the poller, the worker thread and the embedded service; save window state."""
        if self._shut_down:
            return
        self._shut_down = True
        self.window.save_state()
        self._stop_poller()
        if self.embedded is not None:
            self.embedded.cancel()
        self.backend.shutdown()
        self._join_stalled_pollers()
        if self.embedded is not None:
            try:
                self.embedded.stop()
            except OSError:
                log.exception("stopping the local service failed")
        if self.notifier is not None:
            self.notifier.hide()
        self.settings.sync()
        if self._started:
            from icp_desktop.ui.logging_setup import close_logging

            close_logging()
