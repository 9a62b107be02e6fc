"""Rejection reasons attached to fields (the IP list, one IP, or one of the website's filed
facts), plus a comment."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from icp_desktop.client.change_models import Reason
from icp_desktop.ui.accessibility import announce
from icp_desktop.ui.i18n import Retranslatable
from icp_desktop.ui.widgets.review_common import (
    FACT_FIELDS,
    common_reasons,
    field_label,
    reason_line,
    scheme_color,
)

REASON_ROLE = Qt.ItemDataRole.UserRole + 1


FACT_PREFIX = "field:"  # the target combo's data for a filed fact; an IP's is the IP itself


class ReviewReasonsEditor(Retranslatable, QWidget):
    """Collects rejection reasons, each on the IP list, on one IP or on one of the website's
    filed facts (its name, domain, service content, license number, subject), and a comment.

    A reason is chosen from the common reasons (its code travels with it) or typed.

    Signals:
        changed(): the list of reasons changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ips: list[str] = []
        self.target_combo = QComboBox(self)
        self.target_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.reason_combo = QComboBox(self)
        self.reason_combo.setEditable(True)
        self.reason_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line_edit = self.reason_combo.lineEdit()
        if line_edit is not None:
            line_edit.returnPressed.connect(self.add_pending)
        self._sent_text: dict[str, str] = {}
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_pending)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove_selected)

        self.list = QListWidget(self)
        self.list.setMaximumHeight(110)
        # Long reasons wrap instead of running off behind a horizontal scrollbar.
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {scheme_color('removed')};")
        self.error_label.setVisible(False)
        self.comment_edit = QPlainTextEdit(self)
        self.comment_edit.setMaximumHeight(70)
        self.comment_edit.setTabChangesFocus(True)

        pick = QHBoxLayout()
        pick.addWidget(self.target_combo)
        pick.addWidget(self.reason_combo, 1)
        pick.addWidget(self.add_button)
        listed = QHBoxLayout()
        listed.addWidget(self.list, 1)
        listed.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        self.reason_name = QLabel(self)
        self.reason_name.setBuddy(self.reason_combo)
        self.comment_name = QLabel(self)
        self.comment_name.setBuddy(self.comment_edit)
        form = QFormLayout()
        form.addRow(self.reason_name, pick)
        form.addRow("", listed)
        form.addRow("", self.error_label)
        form.addRow(self.comment_name, self.comment_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Every text in the UI language, keeping what the user chose or typed."""
        self.target_combo.setAccessibleName(self.tr("The reason is about"))
        self.reason_combo.setAccessibleName(self.tr("Reason"))
        line_edit = self.reason_combo.lineEdit()
        if line_edit is not None:
            line_edit.setPlaceholderText(self.tr("Choose a common reason or type your own"))
        chosen = self.reason_combo.currentData() if self.reason_combo.currentIndex() >= 0 else None
        typed = self.reason_combo.currentText() if chosen is None else ""
        self.reason_combo.clear()
        for code, text, sent in common_reasons():
            self.reason_combo.addItem(text, code)
            self._sent_text[code] = sent
        self.reason_combo.setCurrentIndex(self.reason_combo.findData(chosen) if chosen else -1)
        if typed:
            self.reason_combo.setEditText(typed)
        self.set_targets(self._ips)
        self.add_button.setText(self.tr("A&dd reason"))
        self.remove_button.setText(self.tr("Remove"))
        self.list.setAccessibleName(self.tr("Reasons"))
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item is not None:
                item.setText(reason_line(item.data(REASON_ROLE)))
        self.comment_edit.setPlaceholderText(self.tr("Comment for the filer (optional)"))
        self.comment_edit.setAccessibleName(self.tr("Comment"))
        self.reason_name.setText(self.tr("Rejection reason:"))
        self.comment_name.setText(self.tr("Comment:"))

    def set_targets(self, ips: list[str]) -> None:
        """What a reason can be attached to: the IP list, each IP, and the website's filed
        facts; the chosen one stays chosen while it is still offered."""
        current = self.target_combo.currentData()
        self._ips = list(ips)
        self.target_combo.clear()
        self.target_combo.addItem(self.tr("The IP list"), None)
        for ip in ips:
            self.target_combo.addItem(self.tr("IP {ip}").format(ip=ip), ip)
        for name in FACT_FIELDS:
            self.target_combo.addItem(field_label(name), FACT_PREFIX + name)
        self.target_combo.setCurrentIndex(
            max(0, self.target_combo.findData(current)) if current else 0
        )

    def set_target(self, ip: str | None) -> None:
        index = self.target_combo.findData(ip) if ip else 0
        if index >= 0:
            self.target_combo.setCurrentIndex(index)

    def add_pending(self) -> bool:
        """Add the reason being chosen/typed; False when the reason box is empty."""
        text = self.reason_combo.currentText().strip()
        if not text:
            return False
        index = self.reason_combo.findText(text, Qt.MatchFlag.MatchExactly)
        code = self.reason_combo.itemData(index) if index >= 0 else None
        message = self._sent_text.get(code, text) if code else text
        target = self.target_combo.currentData()
        if isinstance(target, str) and target.startswith(FACT_PREFIX):
            self.add_reason(None, message, code, field=target.removeprefix(FACT_PREFIX))
        else:
            self.add_reason(target, message, code)
        self.reason_combo.setCurrentIndex(-1)
        self.reason_combo.setEditText("")
        return True

    def add_reason(
        self, ip: str | None, message: str, code: str | None = None, *, field: str = "proposed_ips"
    ) -> None:
        reason = Reason(
            message=message[:500],
            field=field,
            ip=ip if field == "proposed_ips" else None,
            code=code,
        )
        item = QListWidgetItem(reason_line(reason), self.list)
        item.setData(REASON_ROLE, reason)
        self.error_label.setVisible(False)
        self.changed.emit()

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.changed.emit()

    def reasons(self) -> list[Reason]:
        return [self.list.item(i).data(REASON_ROLE) for i in range(self.list.count())]

    def comment(self) -> str:
        return self.comment_edit.toPlainText().strip()[:2000]

    def show_error(self, text: str) -> None:
        """Say at the field what is missing (text and colour, and focus moves there)."""
        self.error_label.setText("⚠ " + text)
        self.error_label.setVisible(True)
        announce(self.error_label, self.error_label.text())
        self.reason_combo.setFocus()

    def clear(self) -> None:
        self.list.clear()
        self.comment_edit.clear()
        self.reason_combo.setCurrentIndex(-1)
        self.reason_combo.setEditText("")
        self.error_label.setVisible(False)
        self.target_combo.setCurrentIndex(0)
