"""Screen readers can name every control on every page, in both languages, and the keyboard
reaches them all (no control that takes focus is left out of the tab chain)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from icp_desktop.ui import i18n
from tests.ui.every_page import demo_ids

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSpinBox,
    QTabBar,
)


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def _inside_composite(widget: QWidget) -> bool:
    """Parts of a combo box, spin box or tab bar: the composite itself carries the name."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox | QTabBar):
            return True
        parent = parent.parentWidget()
    return False


def unnamed_controls(page: QWidget) -> list[str]:
    found = []
    for widget in page.findChildren(QWidget):
        if (
            not isinstance(widget, CONTROLS)
            or isinstance(widget, QHeaderView)
            or widget.focusPolicy() == Qt.FocusPolicy.NoFocus
            or _inside_composite(widget)
        ):
            continue
        if not accessible_name(widget).strip():
            hint = getattr(widget, "placeholderText", lambda: "")() or widget.objectName()
            found.append(f"{type(widget).__name__} {hint!r}".strip())
    return found


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_every_control_on_every_page_has_an_accessible_name(
    lang: str,
    qapp: Any,
    qtbot: Any,
    live_server: Any,
    make_controller: Callable[..., Any],
    sign_in: Callable[..., Any],
) -> None:
    ids = demo_ids(live_server.url)
    i18n.switch_language(qapp, lang)
    problems: list[str] = []
    try:
        for user, pages in (
            (
                "demo",
                [
                    ("licenses", {}),
                    ("change_access", {"website_id": ids["website_id"]}),
                    ("review_status", {"change_id": ids["change_id"]}),
                ],
            ),
            (
                "reviewer",
                [("review_queue", {}), ("review_detail", {"change_id": ids["pending_id"]})],
            ),
            ("operator", [("operator", {})]),
        ):
            controller = make_controller(live_server.url)
            window = controller.window
            if user == "demo":
                problems += [f"sign_in: {p}" for p in unnamed_controls(window.sign_in_page)]
            sign_in(controller, user)
            for name, kwargs in pages:
                if kwargs:
                    window.open_page(name, **kwargs)
                page = window.pages[name]
                backend = controller.backend
                qtbot.waitUntil(lambda b=backend: not b.busy, timeout=10_000)
                problems += [f"{name}: {p}" for p in unnamed_controls(page)]
                tab_chain = _tab_chain(window)
                problems += [
                    f"{name}: {type(w).__name__} is not in the tab chain"
                    for w in page.findChildren(QWidget)
                    if isinstance(w, CONTROLS)
                    and w.isVisible()
                    and w.isEnabled()
                    and w.focusPolicy() & Qt.FocusPolicy.TabFocus
                    and not _inside_composite(w)
                    and w not in tab_chain
                ]
    finally:
        i18n.switch_language(qapp, "en")
    assert not problems, "\n".join(problems)


def _tab_chain(window: QWidget) -> set[QWidget]:
    chain: set[QWidget] = set()
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window and widget not in chain:
        chain.add(widget)
        widget = widget.nextInFocusChain()
    return chain
