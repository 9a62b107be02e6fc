"""Which texts on screen are still in the language the user switched away from.

Tests only: the app never reads its own screen back through the catalogs; this tells a test
that a text left on screen is a catalog message of the old language (a finished translation,
or a template such as ``共 {0} 个网站`` filled with values) and not one of the new language.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableWidget,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from icp_desktop.ui.i18n import CATALOG, TRANSLATIONS_DIR

PLACEHOLDER = re.compile(r"%L?\d+|%n|\{\w*(?::[^{}]*)?\}")
WORDS = re.compile(r"[A-Za-z]{2,}|[\u4e00-\u9fff]")


class CatalogTexts:
    """The texts one language's catalog can put on screen.

    Attributes:
        exact: every finished message (every plural form) as shown.
        templates: a pattern per message with placeholders, for texts filled with values.
    """

    def __init__(self, messages: list[str]) -> None:
        self.exact = set(messages)
        self.templates: list[re.Pattern[str]] = []
        for text in self.exact:
            parts = PLACEHOLDER.split(text)
            # a template that is mostly placeholders would match any data
            if len(parts) > 1 and WORDS.search("".join(parts)):
                pattern = "(.+?)".join(re.escape(p) for p in parts)
                self.templates.append(re.compile(f"^{pattern}$", re.DOTALL))

    def has(self, text: str) -> bool:
        """True when ``text`` (or one of its lines) is a message of this catalog."""
        if text in self.exact or any(p.match(text) for p in self.templates):
            return True
        return "\n" in text and any(self.has(line) for line in text.split("\n") if line)


@cache
def catalog_texts(lang: str, directory: Path = TRANSLATIONS_DIR) -> CatalogTexts:
    """The finished messages of ``icp_desktop_<lang>.ts`` (English: the sources)."""
    root = ET.parse(Path(directory) / f"{CATALOG}_{lang}.ts").getroot()
    messages: list[str] = []
    for node in root.iter("message"):
        translation = node.find("translation")
        if lang == "en":
            messages.append(node.findtext("source") or "")
        if translation is None or translation.get("type"):
            continue
        forms = translation.findall("numerusform")
        messages += [f.text or "" for f in forms] if forms else [translation.text or ""]
    return CatalogTexts([m for m in messages if m.strip()])


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of the texts under ``root`` a user reads or a screen reader says: labels,
    buttons, placeholders, group titles, tabs, list and tree items, tooltips, accessible names."""
    # widgets a switch replaced are gone, not merely waiting to be deleted
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    shown: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts = [widget.toolTip(), widget.accessibleName()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
        elif isinstance(widget, QTreeWidget):
            texts += _tree_texts(widget)
        elif isinstance(widget, QTableWidget):
            texts += _table_texts(widget)
        where = f"{type(widget).__name__} {widget.objectName()}".strip()
        shown += [(where, t) for t in texts if t]
    for action in root.findChildren(QAction):
        shown += [("QAction", t) for t in (action.text(), action.toolTip()) if t]
    return shown


def _tree_texts(tree: QTreeWidget) -> list[str]:
    items: list[QTreeWidgetItem] = [tree.headerItem()]
    stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        item = stack.pop()
        items.append(item)
        stack += [item.child(i) for i in range(item.childCount())]
    return [item.text(c) for item in items for c in range(tree.columnCount())]


def _table_texts(table: QTableWidget) -> list[str]:
    texts = []
    for column in range(table.columnCount()):
        header = table.horizontalHeaderItem(column)
        texts.append(header.text() if header is not None else "")
        for row in range(table.rowCount()):
            item = table.item(row, column)
            texts.append(item.text() if item is not None else "")
    return texts


def leftovers(root: QWidget, old_lang: str, new_lang: str) -> list[str]:
    """Texts under ``root`` still in ``old_lang`` after a switch to ``new_lang``, each with
    the widget that shows it."""
    old, new = catalog_texts(old_lang), catalog_texts(new_lang)
    return [f"{where}: {t!r}" for where, t in shown_texts(root) if old.has(t) and not new.has(t)]
