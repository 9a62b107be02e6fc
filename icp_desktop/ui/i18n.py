"""The user interface language: which one to use, and installing its translators.

The language comes from, in order: ``--lang``, the saved setting (``ui/language``), the system
locale. Any Chinese system locale gets the mainland Chinese (zh_CN) translation, because the
people who file ICP changes work in simplified Chinese; everything else gets English.

:class:`Translations` owns the installed ``QTranslator`` objects. Switching installs the new
translators and removes the old ones, so Qt sends ``QEvent.LanguageChange`` to every widget;
widgets that set their texts in one ``retranslate_ui()`` method (see :class:`Retranslatable`)
set them again from their source strings and the data they hold, never from what they show.
``QLocale.setDefault`` follows the language, so dates and numbers formatted with ``QLocale()``
use the user's conventions.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
)

from icp_desktop.ui.paths import RESOURCES_DIR

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    _WidgetBase = QWidget
else:
    _WidgetBase = object

Wording = Callable[[], str]  # words a text (from the data it is about) in the current language

SUPPORTED: tuple[str, ...] = ("zh_CN", "en")
DEFAULT = "en"
LANGUAGE_SETTING = "ui/language"
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
CATALOG = "icp_desktop"


def worded(text: Wording | str) -> str:
    """``text`` as shown now: a fixed text as it is, a wording called."""
    return text() if callable(text) else text


def normalise(name: str | None) -> str | None:
    """``zh_CN``/``en`` for a locale name such as ``zh-Hans-CN``, ``zh_TW`` or ``en_GB``.

    None for an empty or unsupported name (the caller then tries the next source).
    """
    if not name:
        return None
    name = name.strip().replace("-", "_")
    lowered = name.lower()
    if lowered.startswith("zh"):
        return "zh_CN"
    if lowered.startswith("en") or lowered in ("c", "posix"):
        return "en"
    return None


def system_language(locale: QLocale | None = None) -> str:
    """The supported language closest to the system locale (English when none is close)."""
    locale = locale or QLocale.system()
    if locale.language() == QLocale.Language.Chinese:
        return "zh_CN"
    for name in locale.uiLanguages():
        found = normalise(name)
        if found:
            return found
    return DEFAULT


def choose_language(
    cli: str | None = None, setting: object = None, locale: QLocale | None = None
) -> str:
    """The language to use: ``--lang``, else the saved setting, else the system's."""
    for candidate in (cli, setting if isinstance(setting, str) else None):
        found = normalise(candidate)
        if found:
            return found
    return system_language(locale)


def saved_language(settings: QSettings) -> str | None:
    """The language the user picked in the app, if any."""
    found = normalise(str(settings.value(LANGUAGE_SETTING, "") or ""))
    return found


def save_language(settings: QSettings, lang: str) -> None:
    settings.setValue(LANGUAGE_SETTING, lang)


def current_language() -> str:
    """The language the interface is shown in now (follows :func:`switch_language`)."""
    return "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"


def qt_locale(lang: str) -> QLocale:
    return (
        QLocale(QLocale.Language.Chinese, QLocale.Country.China)
        if lang == "zh_CN"
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    )


def display_name(lang: str) -> str:
    """The language's own name, as a language menu shows it (never translated)."""
    return {"zh_CN": "简体中文", "en": "English"}.get(lang, lang)


class Translations(QObject):
    """The app's installed translators; one per application.

    Args:
        app: the application the translators are installed into.
        directory: where ``icp_desktop_<lang>.qm`` files are (tests point it elsewhere).

    Attributes:
        language: the language installed last (``en`` before any install).
    """

    def __init__(self, app: QCoreApplication, directory: Path = TRANSLATIONS_DIR) -> None:
        super().__init__(app)
        self.app = app
        self.directory = Path(directory)
        self.language = DEFAULT
        self.installed = False
        self._installed: list[QTranslator] = []

    def _load(self, lang: str) -> tuple[list[QTranslator], bool]:
        translators: list[QTranslator] = []
        app_translator = QTranslator(self)
        # English is the source language, but its catalog carries the plural forms (%n).
        found = app_translator.load(f"{CATALOG}_{lang}", str(self.directory))
        if found:
            translators.append(app_translator)
        if lang != "en":
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            # Qt's own strings: standard buttons, context menus of text fields, dialogs.
            qt_translator = QTranslator(self)
            for directory in (str(self.directory), qt_dir):
                if qt_translator.load(f"qtbase_{lang}", directory):
                    translators.append(qt_translator)
                    break
        return translators, found

    def install(self, lang: str) -> bool:
        """Use ``lang`` from now on; True when its app catalog was found.

        Installing the new translators (and removing the old ones) makes Qt post a
        ``LanguageChange`` event to every widget, so open pages can retranslate in place.
        """
        lang = normalise(lang) or DEFAULT
        translators, found = self._load(lang)
        for translator in translators:
            self.app.installTranslator(translator)
        for translator in self._installed:
            self.app.removeTranslator(translator)
            translator.deleteLater()
        self._installed = translators
        self.language = lang
        self.installed = True
        QLocale.setDefault(qt_locale(lang))
        return found


def install_translators(
    app: QCoreApplication, lang: str | None, settings: QSettings | None = None
) -> Translations:
    """Choose the language (``--lang``, setting, system) and install it; used at start-up."""
    translations = Translations(app)
    setting = saved_language(settings) if settings is not None else None
    translations.install(choose_language(lang, setting))
    return translations


def switch_language(
    app: QCoreApplication, lang: str, settings: QSettings | None = None
) -> Translations:
    """Switch the running app to ``lang`` (and remember it when ``settings`` is given).

    Reuses the app's :class:`Translations` when there is one, so the old translators are
    removed and every widget receives ``QEvent.LanguageChange``.
    """
    translations = app.findChild(Translations)
    if translations is None:
        translations = Translations(app)
    translations.install(lang)
    if settings is not None:
        save_language(settings, translations.language)
    # the application passes the change on to its windows, the windows to their widgets:
    # deliver both rounds now, so every open page speaks the new language when this returns
    for _ in range(2):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return translations


class Retranslatable(_WidgetBase):
    """Mixin for widgets whose texts follow the interface language; list it before the Qt
    class (``class Page(Retranslatable, QWidget)``).

    The widget sets every text in :meth:`retranslate_ui`, from its source strings and the data
    it holds, and calls it once when built; a language switch calls it again. What the user
    typed, the selection and the data stay as they are.
    """

    palette_in_texts = False  # True: the texts embed the colour scheme's colours as well

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.LanguageChange or (
            self.palette_in_texts and kind == QEvent.Type.PaletteChange
        ):
            self.retranslate_ui()
        super().changeEvent(event)
