"""The filer's own service resources (cloud servers) and their IPs, to pick from."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from icp_desktop.ui.formatting import beijing_date, format_number
from icp_desktop.ui.i18n import Retranslatable
from icp_desktop.ui.presenters.workflow import region_label

if TYPE_CHECKING:
    from icp_desktop.client.models import Resource

_IP_ROLE = Qt.ItemDataRole.UserRole + 1
_RESOURCE_ROLE = Qt.ItemDataRole.UserRole + 2


class ResourcePicker(Retranslatable, QWidget):
    """A tree of resources → IPs; a resource that cannot serve filed sites is shown disabled.

    Signals:
        ip_chosen(str): an IP was picked (double-click, Enter or the Add button).
        move_requested(int, str): "Move websites to another server…" from the resource with
            this id (the selected one, or 0 when none is selected), or from its one address
            (the selected IP; "" when a server or nothing is selected).
    """

    ip_chosen = Signal(str)
    move_requested = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.intro = QLabel(self)
        layout.addWidget(self.intro)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        self.tree.setAlternatingRowColors(True)
        # Notes wrap in their column instead of ending in "…".
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemDoubleClicked.connect(self.on_tree_item_double_clicked)
        self.tree.itemSelectionChanged.connect(self._update_button)
        # Asks for a few rows, and takes the room the page has left beyond them: a taller wish
        # would push "Check before submitting" out of the column's view.
        self.tree.setMinimumHeight(self.tree.fontMetrics().height() * 8)
        policy = self.tree.sizePolicy()
        policy.setVerticalPolicy(QSizePolicy.Policy.Ignored)
        self.tree.setSizePolicy(policy)
        layout.addWidget(self.tree, 1)
        row = QHBoxLayout()
        self.move_button = QPushButton(self)
        self.move_button.clicked.connect(self.on_move_clicked)
        row.addWidget(self.move_button)
        row.addStretch(1)
        self.add_button = QPushButton(self)
        self.add_button.setEnabled(False)
        self.add_button.clicked.connect(self.on_add_clicked)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        self._listed: set[str] = set()
        self._ip_items: list[QTreeWidgetItem] = []
        self.resources: list[Resource] = []
        self.website_id: int | None = None
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The fixed texts, and the notes of the resources listed (expanded and selected stay)."""
        self.intro.setText(self.tr("Or pick from your service resources:"))
        self.tree.setHeaderLabels(
            [self.tr("Instance / IP"), self.tr("Region"), self.tr("Websites / note")]
        )
        self.tree.setAccessibleName(self.tr("Service resources"))
        self.move_button.setText(self.tr("Move websites to another server…"))
        self.move_button.setToolTip(
            self.tr(
                "Move every website of the selected server, or of the selected IP only, to "
                "another server's IPs in one batch of changes"
            )
        )
        self.add_button.setText(self.tr("Add selected IP"))
        self.reword()

    def set_resources(self, resources: list[Resource], website_id: int | None) -> None:
        self.resources, self.website_id = list(resources), website_id
        self.tree.clear()
        self._ip_items = []
        for resource in resources:
            usable = resource.can_serve_filed_sites
            top = QTreeWidgetItem([f"{resource.instance_name} ({resource.instance_id})", "", ""])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled if usable else Qt.ItemFlag.NoItemFlags)
            self.tree.addTopLevelItem(top)
            for ip in resource.ips:
                full = resource.websites_served >= resource.capacity and (
                    website_id not in ip.website_ids
                )
                child = QTreeWidgetItem([ip.address, "", ""])
                child.setData(0, _IP_ROLE, ip.address)
                enabled = usable and not full
                child.setFlags(
                    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                    if enabled
                    else Qt.ItemFlag.NoItemFlags
                )
                top.addChild(child)
                self._ip_items.append(child)
            top.setExpanded(usable)
            top.setData(0, _RESOURCE_ROLE, resource.id)
        self.reword()
        self.tree.resizeColumnToContents(0)
        self._update_button()

    def reword(self) -> None:
        """The regions and notes, from the resources, in the language of the interface."""
        for row, resource in enumerate(self.resources):
            item = self.tree.topLevelItem(row)
            if item is None:
                continue
            item.setText(1, region_label(resource.region, resource.region_name))
            if resource.can_serve_filed_sites:
                item.setText(
                    2,
                    self.tr("{0}/{1} websites").format(
                        format_number(resource.websites_served), format_number(resource.capacity)
                    ),
                )
            else:
                item.setText(2, self.unavailable_text(resource))
                item.setToolTip(0, item.text(2))
            for i, ip in enumerate(resource.ips):
                child = item.child(i)
                if child is not None:
                    child.setText(2, self.ip_note(resource, list(ip.website_ids)))

    def ip_note(self, resource: Resource, users: list[int]) -> str:
        """Who uses an IP of ``resource`` (``users``: the websites on it), or why it is full."""
        full = resource.websites_served >= resource.capacity and self.website_id not in users
        if full and resource.can_serve_filed_sites:
            return self.tr("resource full ({0} websites)").format(resource.capacity)
        if self.website_id in users:
            return self.tr("used by this website")
        if users:
            return self.tr("used by {0} other website(s)").format(len(users))
        return self.tr("free")

    def resource_of(self, address: str) -> Resource | None:
        """The resource ``address`` (canonical form) belongs to, or None."""
        return next((r for r in self.resources if address in r.addresses), None)

    def selected_resource_id(self) -> int:
        item = self.tree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        return int(item.data(0, _RESOURCE_ROLE) or 0) if item is not None else 0

    def selected_ip(self) -> str:
        item = self.tree.currentItem()
        return str(item.data(0, _IP_ROLE) or "") if item is not None else ""

    def on_move_clicked(self) -> None:
        self.move_requested.emit(self.selected_resource_id(), self.selected_ip())

    def unavailable_text(self, resource: Resource) -> str:
        """Why a resource cannot serve filed websites, in words."""
        code = resource.unavailable_reason
        if code == "not_subscription":
            return self.tr("Pay-as-you-go: filed websites need a subscription resource")
        if code == "not_mainland":
            return self.tr("Not in a mainland China region")
        if code == "expired":
            return self.tr("Expired on {0}").format(beijing_date(resource.expires_at) or "—")
        return self.tr("Cannot serve filed websites")

    def set_listed(self, ips: list[str]) -> None:
        """IPs already in the website's list are marked so they are not picked twice."""
        self._listed = set(ips)
        self._update_button()

    def selectable_ips(self) -> list[str]:
        """Every IP a filer can pick now (enabled, not yet listed)."""
        return [
            str(item.data(0, _IP_ROLE))
            for item in self._ip_items
            if item.flags() & Qt.ItemFlag.ItemIsEnabled
            and item.data(0, _IP_ROLE) not in self._listed
        ]

    def disabled_ips(self) -> list[str]:
        """IPs shown but not pickable (their resource cannot serve filed sites, or is full)."""
        return [
            str(item.data(0, _IP_ROLE))
            for item in self._ip_items
            if not item.flags() & Qt.ItemFlag.ItemIsEnabled
        ]

    def select_ip(self, address: str) -> bool:
        for item in self._ip_items:
            if item.data(0, _IP_ROLE) == address and item.flags() & Qt.ItemFlag.ItemIsEnabled:
                self.tree.setCurrentItem(item)
                return True
        return False

    def _selected_ip(self) -> str | None:
        item = self.tree.currentItem()
        if item is None or not item.isSelected():
            return None
        address = item.data(0, _IP_ROLE)
        return address if address and address not in self._listed else None

    def _update_button(self) -> None:
        self.add_button.setEnabled(self._selected_ip() is not None)

    def on_tree_item_double_clicked(self, item: QTreeWidgetItem, column: int) -> None:
        address = item.data(0, _IP_ROLE)
        if address and item.flags() & Qt.ItemFlag.ItemIsEnabled and address not in self._listed:
            self.ip_chosen.emit(address)

    def on_add_clicked(self) -> None:
        address = self._selected_ip()
        if address:
            self.ip_chosen.emit(address)
