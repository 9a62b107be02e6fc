"""The language chooser: the menu bar's Language menu and a small status bar button, both
with 简体中文 / English, each in its own name.

They are available on every page, the sign-in page included. Choosing a language switches the
running app (see :func:`icp_desktop.ui.i18n.switch_language`) and saves the choice. The button's
menu is built on the first click, so it costs nothing before the sign-in window is painted.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu, QToolButton, QWidget

from icp_desktop.ui import i18n
from icp_desktop.ui.i18n import Retranslatable


def choose_language(lang: str, settings: QSettings | None) -> None:
    app = QApplication.instance()
    if app is not None:
        i18n.switch_language(app, lang, settings)


class LanguageActions(QObject):
    """One checkable action per interface language in ``menu``; the current one is checked.

    Args:
        settings: where the choice is saved (``ui/language``); None to not save it.
        menu: the menu the actions are added to.

    Signals:
        chosen(str): the user chose this language (it is in use now).
    """

    chosen = Signal(str)

    def __init__(self, settings: QSettings | None, menu: QMenu) -> None:
        super().__init__(menu)
        self.settings = settings
        self.group = QActionGroup(menu)
        self.actions_by_language: dict[str, QAction] = {}
        for lang in i18n.SUPPORTED:
            action = QAction(i18n.display_name(lang), menu)
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, code=lang: self.choose(code))
            self.group.addAction(action)
            menu.addAction(action)
            self.actions_by_language[lang] = action
        self.retranslate_ui()

    def choose(self, lang: str) -> None:
        choose_language(lang, self.settings)
        self.retranslate_ui()
        self.chosen.emit(lang)

    def retranslate_ui(self) -> None:
        current = i18n.current_language()
        for lang, action in self.actions_by_language.items():
            action.setChecked(lang == current)
            action.setStatusTip(
                self.tr("Show the interface in {0}").format(i18n.display_name(lang))
            )


class LanguageButton(Retranslatable, QToolButton):
    """A tool button whose menu lists the interface languages, each in its own name.

    Args:
        settings: where the choice is saved (``ui/language``); None to not save it.
    """

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("language")
        self.setAutoRaise(True)
        self.actions_by_language: dict[str, Any] = {}
        self.clicked.connect(self.show_languages)
        self._update()

    def language_menu(self) -> Any:
        """The menu of languages (built on first use)."""
        if self.menu() is None:
            menu = QMenu(self)
            self.languages = LanguageActions(self.settings, menu)
            self.actions_by_language = self.languages.actions_by_language
            self.languages.chosen.connect(self._update)
            self.setMenu(menu)
            self._update()
        return self.menu()

    def show_languages(self) -> None:
        self.language_menu()
        self.showMenu()

    def choose(self, lang: str) -> None:
        choose_language(lang, self.settings)
        self._update()

    def _update(self) -> None:
        current = i18n.current_language()
        for lang, action in self.actions_by_language.items():
            action.setChecked(lang == current)
        # the language's own name: found by someone who reads only the other language
        self.setText(i18n.display_name(current))
        self.setToolTip(self.tr("Interface language"))
        self.setAccessibleName(self.tr("Interface language"))

    def retranslate_ui(self) -> None:
        self._update()
