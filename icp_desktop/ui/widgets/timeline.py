"""Every step of a Change Access as a list: time (Beijing time, labelled), who, what, and the
reasons given."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from icp_desktop.client.change_models import TimelineEntry
from icp_desktop.ui.formatting import beijing_time_labelled
from icp_desktop.ui.i18n import Retranslatable
from icp_desktop.ui.presenters.workflow import action_label, actor_label, status_label
from icp_desktop.ui.reason_text import reason_text
from icp_desktop.ui.widgets.review_common import scheme_color


class TimelineView(Retranslatable, QScrollArea):
    """The change's timeline (oldest first), one entry per recorded transition."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self._body = QWidget(self)
        self._layout = QVBoxLayout(self._body)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.setWidget(self._body)
        self._entries: list[QLabel] = []
        self._data: list[TimelineEntry] = []

    def entry_texts(self) -> list[str]:
        """The plain text of each entry, oldest first (what a reader sees)."""
        return [label.accessibleName() for label in self._entries]

    def retranslate_ui(self) -> None:
        """Rich text is built from the entries: build it again in the new language."""
        if self._data:
            self.set_entries(self._data)

    def set_entries(self, entries: list[TimelineEntry]) -> None:
        self._data = list(entries)
        for label in self._entries:
            label.deleteLater()
        self._entries = []
        for entry in entries:
            label = QLabel(self._body)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            html, plain = self._render(entry)
            label.setText(html)
            label.setAccessibleName(plain)
            self._layout.addWidget(label)
            self._entries.append(label)

    def _render(self, entry: TimelineEntry) -> tuple[str, str]:
        when = beijing_time_labelled(entry.at) or "—"
        who = actor_label(entry.actor.kind, entry.actor.username)
        what = action_label(entry.action)
        to_status = status_label(entry.to_status)
        lines = [f"{when} · {who} · {what} → {to_status}"]
        html = [
            f"<b>{escape(what)}</b> → {escape(to_status)}<br>"
            f"<span style='color:{scheme_color('kept')}'>{escape(when)} · {escape(who)}"
            + (
                f" · {escape(self.tr('round {0}').format(entry.round))}" if entry.round else ""
            )  # round 0: a draft not yet submitted
            + "</span>"
        ]
        for reason in entry.reasons:
            where = reason.ip or self.tr("Associated service IPs")
            text = f"{where}: {reason_text(reason)}"
            lines.append(text)
            red = scheme_color("removed")
            html.append(f"<br><span style='color:{red}'>• {escape(text)}</span>")
        if entry.comment:
            comment = self.tr("Comment: {0}").format(entry.comment)
            lines.append(comment)
            html.append(f"<br><i>{escape(comment)}</i>")
        return "".join(html), "\n".join(lines)
