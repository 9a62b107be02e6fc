"""Retranslating open windows in place when the user switches the interface language.

Pages set their texts once, with ``self.tr(...)``, when they are built or when data arrives.
After a switch, :func:`retranslate_widgets` walks every open window and puts each text back
through the catalogs: a text that is a known translation in the old language (or a known
template filled with values, such as ``共 {0} 个网站``) is replaced by the same message in the
new language. What the user typed, the selection and the current page stay as they were.
Models that translate in ``data()``/``headerData()`` are simply asked to repaint.
"""

from __future__ import annotations

import logging
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from functools import cache, partial
from pathlib import Path

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from icp_desktop.ui.i18n import CATALOG, TRANSLATIONS_DIR

log = logging.getLogger(__name__)
_PLACEHOLDER = re.compile(r"\{\w*\}|%\d")
TERMS_CONTEXT = "Workflow"  # see icp_desktop.ui.presenters.workflow


class Catalog:
    """Both directions of one language's catalog, for texts already on screen.

    Attributes:
        to_source: translated text -> the English source.
        templates: (regex of a translated template, its source) for texts with placeholders.
        from_source: English source -> translation.
    """

    def __init__(self, entries: Iterable[tuple[str, str, str]]) -> None:
        self.to_source: dict[str, str] = {}
        self.from_source: dict[str, str] = {}
        self.in_context: dict[tuple[str, str], str] = {}
        self.templates: list[tuple[re.Pattern[str], str, list[str]]] = []
        for context, source, translated in entries:
            self.in_context[(context, source)] = translated
            self.from_source.setdefault(source, translated)
            self.to_source.setdefault(translated, source)
            names = _PLACEHOLDER.findall(translated)
            if (
                names
                and sorted(names) == sorted(_PLACEHOLDER.findall(source))
                and len(set(names)) == len(names)
            ):
                parts = _PLACEHOLDER.split(translated)
                pattern = "(.+?)".join(re.escape(p) for p in parts)
                self.templates.append((re.compile(f"^{pattern}$", re.DOTALL), source, names))
        # the longest templates first: "{0} websites" must not win over "Showing {0} of {1}"
        self.templates.sort(key=lambda t: -len(t[0].pattern))

    def lookup(self, source: str, contexts: Iterable[str] = ()) -> str:
        """``source`` in this language, preferring the first of ``contexts`` that has it."""
        for context in contexts:
            found = self.in_context.get((context, source))
            if found is not None:
                return found
        return self.from_source.get(source, source)

    def source_of(self, text: str) -> tuple[str, dict[str, str]] | None:
        """The source text (and placeholder values) that ``text`` is a translation of."""
        if text in self.to_source:
            return self.to_source[text], {}
        for pattern, source, names in self.templates:
            match = pattern.match(text)
            if match:
                return source, dict(zip(names, match.groups(), strict=True))
        return None


@cache
def load_catalog(lang: str, directory: Path = TRANSLATIONS_DIR) -> Catalog:
    """The finished messages of ``icp_desktop_<lang>.ts`` (English: each source to itself)."""
    path = Path(directory) / f"{CATALOG}_{lang}.ts"
    entries: list[tuple[str, str, str]] = []
    if path.exists():
        root = ET.parse(path).getroot()  # noqa: S314 (the app's own file)
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                node = message.find("translation")
                if node is None or node.get("type") in ("unfinished", "vanished", "obsolete"):
                    continue
                if node.text:
                    entries.append((name, source, node.text))
    # The workflow's terms first: a translated word met on its own (a status inside a
    # sentence) is taken for the term, not for a page's text that happens to read the same.
    entries.sort(key=lambda entry: entry[0] != TERMS_CONTEXT)
    return Catalog(entries)


def convert(text: str, old: Catalog, new: Catalog, contexts: Iterable[str] = ()) -> str | None:
    """``text`` (in the old language) in the new one; None when it is not a catalog text.

    ``contexts`` are the class names of the widget and its parents: the same English text
    may be translated differently on different pages.
    """
    if not text:
        return None
    found = old.source_of(text)
    if found is None:
        if "\n" not in text:
            return None
        # a label that joins several messages, one per line (a banner and its comment)
        lines = text.split("\n")
        converted = [convert(line, old, new, contexts) for line in lines]
        if all(c is None for c in converted):
            return None
        return "\n".join(
            c if c is not None else line for c, line in zip(converted, lines, strict=True)
        )
    source, values = found
    contexts = list(contexts)
    translated = new.lookup(source, contexts)
    for name, value in values.items():
        # a value may itself be a translated word (a status name inside a sentence)
        inner = convert(value, old, new, contexts)
        translated = translated.replace(name, inner if inner is not None else value, 1)
    return translated


def _contexts(obj: QObject) -> list[str]:
    names: list[str] = []
    current: QObject | None = obj
    while current is not None:
        names.extend(
            c.__name__ for c in type(current).__mro__ if c.__module__.startswith("icp_desktop")
        )
        current = current.parent()
    return names


def _swap(
    getter: Callable[[], str],
    setter: Callable[[str], None],
    old: Catalog,
    new: Catalog,
    contexts: list[str],
) -> None:
    text = getter()
    converted = convert(text, old, new, contexts)
    if converted is not None and converted != text:
        setter(converted)


def retranslate_widget(widget: QObject, old: Catalog, new: Catalog) -> None:
    """The texts of one widget or action, in the new language."""
    contexts = _contexts(widget)

    def swap(getter: Callable[[], str], setter: Callable[[str], None]) -> None:
        _swap(getter, setter, old, new, contexts)

    if isinstance(widget, QAction):
        swap(widget.text, widget.setText)
        swap(widget.toolTip, widget.setToolTip)
        return
    if not isinstance(widget, QWidget):
        return
    for getter, setter in (
        (widget.toolTip, widget.setToolTip),
        (widget.accessibleName, widget.setAccessibleName),
        (widget.accessibleDescription, widget.setAccessibleDescription),
        (widget.windowTitle, widget.setWindowTitle),
    ):
        swap(getter, setter)
    if isinstance(widget, QLabel | QAbstractButton):
        swap(widget.text, widget.setText)
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        swap(widget.placeholderText, widget.setPlaceholderText)
    if isinstance(widget, QGroupBox):
        swap(widget.title, widget.setTitle)
    if isinstance(widget, QMenu):
        swap(widget.title, widget.setTitle)
    if isinstance(widget, QComboBox):
        for i in range(widget.count()):
            swap(partial(widget.itemText, i), partial(widget.setItemText, i))
    if isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            swap(partial(widget.tabText, i), partial(widget.setTabText, i))
    if isinstance(widget, QTreeWidget):
        _retranslate_tree(widget, swap)
    if isinstance(widget, QListWidget):
        for i in range(widget.count()):
            item = widget.item(i)
            swap(item.text, item.setText)
    if isinstance(widget, QAbstractItemView):
        _refresh_model_view(widget)


def _retranslate_tree(
    tree: QTreeWidget, swap: Callable[[Callable[[], str], Callable[[str], None]], None]
) -> None:
    items: list[QTreeWidgetItem] = [tree.headerItem()]
    stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        item = stack.pop()
        if item is None:
            continue
        items.append(item)
        stack.extend(item.child(i) for i in range(item.childCount()))
    for item in items:
        for column in range(tree.columnCount()):
            swap(partial(item.text, column), partial(item.setText, column))


def _refresh_model_view(view: QAbstractItemView) -> None:
    """Views over models that call ``tr`` in ``data()``: ask them to fetch again."""
    model = view.model()
    if model is None:
        return
    if not isinstance(view, QListWidget | QTreeWidget):  # their texts were set above
        try:
            columns = model.columnCount(QModelIndex())
        except TypeError:  # a list model hides columnCount
            columns = 0
        if columns:
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
    view.viewport().update()


def retranslate_widgets(
    old_lang: str, new_lang: str, roots: Iterable[QWidget] | None = None
) -> int:
    """Retranslate every open window (or ``roots``); returns how many objects were visited."""
    if old_lang == new_lang:
        return 0
    old, new = load_catalog(old_lang), load_catalog(new_lang)
    visited = 0
    for root in roots if roots is not None else QApplication.topLevelWidgets():
        objects: list[QObject] = [root, *root.findChildren(QWidget), *root.findChildren(QAction)]
        for obj in objects:
            try:
                retranslate_widget(obj, old, new)
            except Exception:  # one odd widget must not stop the switch (or the app)
                log.exception("could not retranslate %r", obj)
            visited += 1
    return visited
