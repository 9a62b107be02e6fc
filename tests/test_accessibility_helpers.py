"""Messages shown in labels are also given to screen readers, errors with a text marker."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel

from icp_desktop.ui.accessibility import ERROR_MARK, announce, error_text


def test_an_announced_message_is_the_label_s_accessible_description(qtbot: Any) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    label.setText("Draft saved.")
    announce(label, label.text())
    interface = QAccessible.queryAccessibleInterface(label)
    assert interface.text(QAccessible.Text.Description) == "Draft saved."
    was_active = QAccessible.isActive()
    QAccessible.setActive(True)
    try:
        announce(label, "保存失败")  # an alert with assistive technology listening: no error
    finally:
        QAccessible.setActive(was_active)
    assert label.accessibleDescription() == "保存失败"


def test_errors_carry_a_marker_once() -> None:
    assert error_text("Wrong password.") == f"{ERROR_MARK} Wrong password."
    assert error_text(error_text("x")) == f"{ERROR_MARK} x"
    assert error_text("") == ""
