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


def test_the_shortcuts_dialog_lists_every_shortcut_in_the_interface_language(
    qapp: Any, qtbot: Any, monkeypatch: Any
) -> None:
    from PySide6.QtWidgets import QWidget

    from icp_desktop.ui import i18n
    from icp_desktop.ui.shortcuts_help import ShortcutsDialog, install_help_shortcut, shortcuts

    window = QWidget()
    qtbot.addWidget(window)
    opened: list[ShortcutsDialog] = []
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda self: opened.append(self) or 0)
    shortcut = install_help_shortcut(window)
    assert shortcut.key().toString() == "F1"
    shortcut.activated.emit()
    assert len(opened) == 1
    dialog = opened[0]
    qtbot.addWidget(dialog)
    keys = [dialog.table.item(row, 1).text() for row in range(dialog.table.rowCount())]
    assert "Alt+R" in keys and "Ctrl+F" in keys and len(keys) == len(shortcuts())
    try:
        i18n.switch_language(qapp, "zh_CN")
        chinese = ShortcutsDialog()
        qtbot.addWidget(chinese)
        assert chinese.windowTitle() == "键盘快捷键"
        assert chinese.table.item(0, 0).text() == "所有页面"
    finally:
        i18n.switch_language(qapp, "en")
