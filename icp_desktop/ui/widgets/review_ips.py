"""The proposed IPs of a change, each marked added / removed / kept, with its automatic checks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from icp_desktop.ui.formatting import format_number
from icp_desktop.ui.i18n import Retranslatable
from icp_desktop.ui.widgets.review_common import (
    check_name,
    ip_change_text,
    scheme_color,
)

if TYPE_CHECKING:
    from icp_desktop.client.change_models import IPCheck

IP_ROLE = Qt.ItemDataRole.UserRole + 1
CHANGE_ROLE = Qt.ItemDataRole.UserRole + 2


def children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    """The direct children of a tree item (Qt's API returns optional items one by one)."""
    found = (item.child(i) for i in range(item.childCount()))
    return [child for child in found if child is not None]


def ip_changes(base_ips: list[str], proposed_ips: list[str]) -> list[tuple[str, str]]:
    """(ip, added|removed|kept) for every IP: the proposed ones in order, then the removed."""
    base = set(base_ips)
    proposed = set(proposed_ips)
    rows = [(ip, "kept" if ip in base else "added") for ip in proposed_ips]
    rows += [(ip, "removed") for ip in base_ips if ip not in proposed]
    return rows


class ReviewIpTree(Retranslatable, QTreeWidget):
    """One top-level row per IP (address, added/removed/kept marker, summary of its checks);
    below it one row per automatic check, passed or failed with the service's reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown: tuple[list[str], list[str], list[IPCheck] | None] | None = None
        self.setColumnCount(3)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.header().setStretchLastSection(True)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setHeaderLabels([self.tr("IP address"), self.tr("Change"), self.tr("Checks")])
        self.setAccessibleName(self.tr("Proposed IP addresses and their checks"))
        if self._shown is not None:
            selected = self.selected_ip()
            self.set_change(*self._shown)
            for item in children(self.invisibleRootItem()):
                if item.data(0, IP_ROLE) == selected:
                    self.setCurrentItem(item)

    def set_change(
        self, base_ips: list[str], proposed_ips: list[str], checks: list[IPCheck] | None
    ) -> None:
        """Show the diff of ``base_ips`` → ``proposed_ips``; ``checks`` None means still loading."""
        self._shown = (base_ips, proposed_ips, checks)
        self.clear()
        by_ip: dict[str, list[IPCheck]] = {}
        for check in checks or []:
            by_ip.setdefault(check.ip, []).append(check)
        for ip, change in ip_changes(base_ips, proposed_ips):
            own = by_ip.get(ip, [])
            item = QTreeWidgetItem(self, [ip, ip_change_text(change), self._summary(own, checks)])
            item.setData(0, IP_ROLE, ip)
            item.setData(0, CHANGE_ROLE, change)
            color = QBrush(QColor(scheme_color(change)))
            item.setForeground(1, color)
            font = item.font(1)
            font.setBold(change != "kept")
            item.setFont(1, font)
            if change == "removed":
                font0 = item.font(0)
                font0.setStrikeOut(True)
                item.setFont(0, font0)
            for check in own:
                passed = check.passed
                verdict = self.tr("✔ Passed") if passed else self.tr("✘ Failed")
                reason = check.message
                child = QTreeWidgetItem(item, [check_name(check.check), verdict, reason])
                child.setToolTip(2, reason)
                if not passed:
                    child.setForeground(1, QBrush(QColor(scheme_color("removed"))))
                    child.setForeground(2, QBrush(QColor(scheme_color("removed"))))
            item.setExpanded(any(not c.passed for c in own) or len(own) <= 4)

    def _summary(self, own: list[IPCheck], checks: list[IPCheck] | None) -> str:
        if checks is None:
            return self.tr("checking…")
        if not own:
            return self.tr("no checks")
        failed = sum(1 for c in own if not c.passed)
        if failed:
            return self.tr("✘ {failed} of {total} checks failed").format(
                failed=format_number(failed), total=format_number(len(own))
            )
        if len(own) == 1:
            return self.tr("✔ the check passed")
        return self.tr("✔ all {total} checks passed").format(total=format_number(len(own)))

    def rows(self) -> list[tuple[str, str, str]]:
        """(ip, marker text, checks summary) per IP, as shown."""
        return [(i.text(0), i.text(1), i.text(2)) for i in children(self.invisibleRootItem())]

    def check_rows(self, ip: str) -> list[tuple[str, str, str]]:
        """(check name, verdict, reason) under ``ip``, as shown."""
        for item in children(self.invisibleRootItem()):
            if item.text(0) == ip:
                return [(c.text(0), c.text(1), c.text(2)) for c in children(item)]
        return []

    def selected_ip(self) -> str | None:
        item = self.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        return None if item is None else item.data(0, IP_ROLE)
