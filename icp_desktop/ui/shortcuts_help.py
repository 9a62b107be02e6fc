"""The keyboard shortcuts, listed in a dialog that F1 opens from any page.

The list is the documentation: every shortcut the pages define appears here, in the
interface language, so the app can be used without a mouse.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

HELP_KEY = "F1"


def t(text: str) -> str:
    return QCoreApplication.translate("Shortcuts", text)


def shortcuts() -> list[tuple[str, str, str]]:
    """``(where, keys, what)`` for every shortcut, translated now."""
    everywhere, licenses = t("Everywhere"), t("Licenses and websites")
    queue, review = t("First review queue"), t("First review")
    return [
        (everywhere, "F1", t("Show these keyboard shortcuts")),
        (everywhere, "Tab / Shift+Tab", t("Move to the next / previous control")),
        (everywhere, "Alt+Left", t("Back to the previous page")),
        (everywhere, "Alt+Home", t("Home page")),
        (everywhere, "Ctrl+H", t("Change history (filers)")),
        (everywhere, "Ctrl+Shift+N", t("Show or hide the notifications")),
        (everywhere, "Ctrl+Q", t("Quit (the app otherwise goes on in the tray)")),
        (everywhere, t("Alt + underlined letter"), t("Press that button")),
        (everywhere, "Enter", t("Press the default button (shown highlighted)")),
        (licenses, "Ctrl+F", t("Search license number, website name or domain")),
        (licenses, "Esc", t("Clear the search")),
        (
            t("Change history"),
            "Ctrl+F",
            t("Search license number, website name or domain, or #change number"),
        ),
        (t("Change history"), "Enter", t("Open the selected change's progress")),
        (queue, "J / Ctrl+Down", t("Next change")),
        (queue, "K / Ctrl+Up", t("Previous change")),
        (queue, "Enter", t("Open the selected change")),
        (review, "Ctrl+Enter / Alt+A", t("Approve")),
        (review, "Alt+R", t("Reject with the reasons given")),
    ]


class ShortcutsDialog(QDialog):
    """A read-only table of the shortcuts: where, keys, what they do."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(620, 440)
        rows = shortcuts()
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Where"), self.tr("Keys"), self.tr("What it does")]
        )
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)


def install_help_shortcut(window: QWidget) -> QShortcut:
    """F1 anywhere in ``window`` opens the shortcuts dialog."""
    shortcut = QShortcut(QKeySequence(HELP_KEY), window)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(lambda: ShortcutsDialog(window).exec())
    return shortcut
