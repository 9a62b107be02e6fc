"""The main window's menu bar: File, Go, Language and Help, and the status bar's F1 hint.

Everything a toolbar button or a key does is also in a menu, so it can be found by looking:
Quit with Ctrl+Q, the interface language, the keyboard shortcuts (F1). The texts are set in
:meth:`MainMenus.retranslate_ui` from their source strings, again on every language switch.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu

from icp_desktop.ui.language_menu import LanguageActions

if TYPE_CHECKING:
    from collections.abc import Callable


def _t(text: str) -> str:
    return QCoreApplication.translate("MainMenus", text)


class MainMenus(QObject):
    """Builds and words the menus of ``window``; the actions are attributes for the window.

    Args:
        window: the main window (its ``menuBar()`` and ``statusBar()`` are filled).
        settings: where a language choice is saved.
        show_shortcuts: opens the keyboard shortcuts (F1, Help menu).

    Attributes:
        quit_action: File > Quit (Ctrl+Q).
        sign_out_action: File > Sign out (shown while signed in).
        history_action: Go > Change history (the filer's; hidden for other roles).
        notifications_action: Go > Notifications.
    """

    def __init__(
        self, window: QMainWindow, settings: QSettings | None, show_shortcuts: Callable[[], None]
    ) -> None:
        super().__init__(window)
        bar = window.menuBar()
        self.file_menu = QMenu(bar)
        self.go_menu = QMenu(bar)
        self.language_menu = QMenu(bar)
        self.help_menu = QMenu(bar)
        for menu in (self.file_menu, self.go_menu, self.language_menu, self.help_menu):
            bar.addMenu(menu)

        self.sign_out_action = QAction(window)
        self.quit_action = QAction(window)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.file_menu.addAction(self.sign_out_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.history_action = QAction(window)
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.notifications_action = QAction(window)
        self.notifications_action.setShortcut(QKeySequence("Ctrl+Shift+N"))

        self.languages = LanguageActions(settings, self.language_menu)

        self.shortcuts_action = QAction(window)
        self.shortcuts_action.setShortcut(QKeySequence("F1"))
        self.shortcuts_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.shortcuts_action.triggered.connect(show_shortcuts)
        self.help_menu.addAction(self.shortcuts_action)

        # the hint that F1 exists, where the eye ends up when looking for help: the status bar
        self.hint = QLabel()
        self.hint.setObjectName("f1_hint")
        self.hint.setEnabled(False)  # drawn greyed: a hint, not a message
        window.statusBar().addPermanentWidget(self.hint)
        self.retranslate_ui()

    def add_go_actions(self, *actions: QAction) -> None:
        """Back, Home (the toolbar's), then the window's own destinations."""
        for action in actions:
            self.go_menu.addAction(action)
        self.go_menu.addSeparator()
        self.go_menu.addAction(self.history_action)
        self.go_menu.addAction(self.notifications_action)

    def set_signed_in(self, signed_in: bool, role: str | None = None) -> None:
        self.sign_out_action.setVisible(signed_in)
        self.go_menu.menuAction().setVisible(signed_in)
        self.history_action.setVisible(signed_in and role == "filer")

    def retranslate_ui(self) -> None:
        self.file_menu.setTitle(_t("&File"))
        self.go_menu.setTitle(_t("&Go"))
        self.language_menu.setTitle(_t("&Language"))
        self.help_menu.setTitle(_t("&Help"))
        self.sign_out_action.setText(_t("Sign &out"))
        self.quit_action.setText(_t("&Quit"))
        self.quit_action.setToolTip(
            _t(
                "Quit ICP Desktop (also from the tray): no more "
                "notifications until it is started again"
            )
        )
        self.history_action.setText(_t("Change &history"))
        self.notifications_action.setText(_t("&Notifications"))
        self.shortcuts_action.setText(_t("&Keyboard shortcuts"))
        self.hint.setText(_t("F1: keyboard shortcuts"))
        self.hint.setToolTip(_t("Press F1 for the keyboard shortcuts of every page"))
        self.languages.retranslate_ui()
