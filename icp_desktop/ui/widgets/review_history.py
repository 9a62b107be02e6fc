"""A change's history for the reviewer: every round and step, with reasons and comments."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from icp_desktop.ui.formatting import beijing_time
from icp_desktop.ui.i18n import Retranslatable
from icp_desktop.ui.presenters.workflow import actor_label, status_label
from icp_desktop.ui.widgets.review_common import reason_line
from icp_desktop.ui.widgets.review_ips import children

if TYPE_CHECKING:
    from icp_desktop.client.change_models import TimelineEntry


class ReviewHistoryTree(Retranslatable, QTreeWidget):
    """The change's timeline grouped by round (earlier rounds and why they were rejected)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._timeline: list[TimelineEntry] = []
        self._base_ips: list[str] = []
        self.setColumnCount(4)
        for column in range(3):
            self.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.header().setStretchLastSection(True)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setHeaderLabels(
            [
                self.tr("When (Beijing time)"),
                self.tr("Who"),
                self.tr("Status"),
                self.tr("Reasons and comment"),
            ]
        )
        self.setAccessibleName(self.tr("History of this change"))
        if self._timeline:
            self.set_timeline(self._timeline, self._base_ips)

    def set_timeline(
        self, timeline: list[TimelineEntry], base_ips: list[str] | None = None
    ) -> None:
        """Show ``timeline``; each submission says what it proposed against the round before
        (the first against ``base_ips``, the website's IPs when the change was opened)."""
        self._timeline = list(timeline)
        self._base_ips = list(base_ips or [])
        self.clear()
        rounds: dict[int, QTreeWidgetItem] = {}
        previous: list[str] = self._base_ips
        for entry in timeline:
            number = entry.round
            parent = rounds.get(number)
            if parent is None:
                # Round 0 is a draft that was never submitted.
                label = (
                    self.tr("Round {n}").format(n=number)
                    if number
                    else self.tr("Before submission")
                )
                parent = QTreeWidgetItem(self, [label])
                parent.setFirstColumnSpanned(True)
                font = parent.font(0)
                font.setBold(True)
                parent.setFont(0, font)
                rounds[number] = parent
            source = entry.from_status
            target = status_label(entry.to_status)
            moved = f"{status_label(source)} → {target}" if source else target
            notes = [reason_line(r) for r in entry.reasons]
            proposed = entry.proposed_ips
            if entry.action == "submit" and proposed is not None:
                notes.insert(
                    0,
                    self.tr("Proposed: {ips}").format(ips=proposal_diff(previous, list(proposed))),
                )
                previous = list(proposed)
            if entry.comment:
                notes.append(self.tr("Comment: {text}").format(text=entry.comment))
            who = actor_label(entry.actor.kind, entry.actor.username)
            child = QTreeWidgetItem(parent, [beijing_time(entry.at), who, moved, "\n".join(notes)])
            child.setToolTip(3, "\n".join(notes))
        self.expandAll()

    def lines(self) -> list[str]:
        """Every step as one line of text, as shown (for tests and screen readers)."""
        out = []
        for parent in children(self.invisibleRootItem()):
            out.append(parent.text(0))
            out.extend(" | ".join(child.text(c) for c in range(4)) for child in children(parent))
        return out


def proposal_diff(before: list[str], after: list[str]) -> str:
    """ "+ added, − removed, = kept" of a proposal against the one before it."""
    parts = [f"+ {ip}" for ip in after if ip not in before]
    parts += [f"− {ip}" for ip in before if ip not in after]
    parts += [f"= {ip}" for ip in after if ip in before]
    return "  ".join(parts) or "—"
