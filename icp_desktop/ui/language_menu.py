"""The language chooser: a small button (status bar or toolbar) with 简体中文 / English.

It is available on every page, the sign-in page included. Choosing a language switches the
running app (see :func:`icp_desktop.ui.i18n.switch_language`) and saves the choice.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu, QToolButton, QWidget

from icp_desktop.ui import i18n
from icp_desktop.ui.icons import icon


class LanguageButton(QToolButton):
    """A tool button whose menu lists the interface languages, each in its own name.

    Args:
        settings: where the choice is saved (``ui/language``); None to not save it.
    """

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("language")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setAutoRaise(True)
        self.setIcon(icon("language"))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        menu = QMenu(self)
        group = QActionGroup(self)
        group.setExclusive(True)
        self.actions_by_language: dict[str, QAction] = {}
        for lang in i18n.SUPPORTED:
            action = QAction(i18n.display_name(lang), menu)
            action.setCheckable(True)
            action.setData(lang)
            action.triggered.connect(lambda _checked=False, code=lang: self.choose(code))
            group.addAction(action)
            menu.addAction(action)
            self.actions_by_language[lang] = action
        self.setMenu(menu)
        self._update()

    def choose(self, lang: str) -> None:
        app = QApplication.instance()
        if app is None:
            return
        i18n.switch_language(app, lang, self.settings)
        self._update()

    def _update(self) -> None:
        current = i18n.current_language()
        for lang, action in self.actions_by_language.items():
            action.setChecked(lang == current)
        # the globe and the language's own name: found by someone who reads only the other one
        self.setText(i18n.display_name(current))
        self.setToolTip(self.tr("Interface language"))
        self.setAccessibleName(self.tr("Interface language"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._update()
        super().changeEvent(event)
