"""The editor of a website's associated service IPs (关联服务IP地址) in a Change Access."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from icp_desktop.domain.ip import InvalidServiceIP, parse_service_ip
from icp_desktop.domain.validation import canonical_ip
from icp_desktop.ui.i18n import Retranslatable
from icp_desktop.ui.reason_text import reason_text
from icp_desktop.ui.widgets.field_error import FieldErrorLabel
from icp_desktop.ui.widgets.resource_picker import ResourcePicker

if TYPE_CHECKING:
    from icp_desktop.client.models import Resource


def diff_ips(before: list[str], after: list[str]) -> tuple[list[str], list[str], list[str]]:
    """(added, removed, kept) between two IP lists, compared by canonical form, order kept."""
    old = [canonical_ip(ip) for ip in before]
    new = [canonical_ip(ip) for ip in after]
    added = [ip for ip in new if ip not in old]
    removed = [ip for ip in old if ip not in new]
    kept = [ip for ip in new if ip in old]
    return added, removed, kept


class _IpRow(Retranslatable, QFrame):
    """One IP of the list: the address, whether it is new, its reasons, a remove button."""

    remove_requested = Signal(str)

    def __init__(self, ip: str, is_new: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ip = ip
        self.is_new = is_new
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 3, 6, 3)
        line = QHBoxLayout()
        self.address = QLabel(ip, self)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        line.addWidget(self.address, 1)
        self.tag = QLabel(self)
        self.tag.setStyleSheet("color: #27ae60;" if is_new else "color: #5f6b76;")
        line.addWidget(self.tag)
        self.remove = QToolButton(self)
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self.ip))
        line.addWidget(self.remove)
        outer.addLayout(line)
        self.error = FieldErrorLabel(self)
        outer.addWidget(self.error)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.tag.setText(self.tr("new") if self.is_new else self.tr("current"))
        self.remove.setText(self.tr("Remove"))
        self.remove.setAccessibleName(self.tr("Remove {0}").format(self.ip))


class IpListEditor(Retranslatable, QWidget):
    """Add and remove associated service IPs; typed ones are checked as they are typed.

    Signals:
        changed: the list changed (by the user or by ``set_ips``).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._base: list[str] = []
        self._ips: list[str] = []
        self._rows: dict[str, _IpRow] = {}
        self._read_only = False
        self._ip_reasons: dict[str, list[str]] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(4)
        layout.addLayout(self.rows_box)
        self.empty_label = QLabel(self)
        self.empty_label.setStyleSheet("color: #5f6b76;")
        layout.addWidget(self.empty_label)
        self.list_error = FieldErrorLabel(self)
        layout.addWidget(self.list_error)

        entry = QHBoxLayout()
        self.input = QLineEdit(self)
        self.input.textChanged.connect(self.on_input_text_changed)
        self.input.returnPressed.connect(self.on_add_clicked)
        entry.addWidget(self.input, 1)
        self.add_button = QPushButton(self)
        self.add_button.setEnabled(False)
        self.add_button.clicked.connect(self.on_add_clicked)
        entry.addWidget(self.add_button)
        layout.addLayout(entry)
        self.input_feedback = QLabel(self)
        self.input_feedback.setWordWrap(True)
        layout.addWidget(self.input_feedback)

        self.picker = ResourcePicker(self)
        self.picker.ip_chosen.connect(self.add_ip)
        layout.addWidget(self.picker, 1)
        layout.addStretch(0)  # takes the space when the picker is hidden (read-only)
        self._refresh_rows()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The fixed texts; the page words the check of what is typed again (it knows the
        resources the check names)."""
        self.empty_label.setText(self.tr("No associated service IPs."))
        self.input.setPlaceholderText(self.tr("Type an IPv4 or IPv6 address"))
        self.input.setAccessibleName(self.tr("New associated service IP"))
        self.add_button.setText(self.tr("Add"))

    # --- the list --------------------------------------------------------------------------

    def ips(self) -> list[str]:
        return list(self._ips)

    def base_ips(self) -> list[str]:
        return list(self._base)

    def set_base(self, ips: list[str]) -> None:
        """The website's current IPs: what "before" means in the summary."""
        self._base = [canonical_ip(ip) for ip in ips]
        self._refresh_rows()

    def set_ips(self, ips: list[str]) -> None:
        self._ips = []
        for ip in ips:
            if canonical_ip(ip) not in self._ips:
                self._ips.append(canonical_ip(ip))
        self._refresh_rows()
        self.changed.emit()

    def add_ip(self, ip: str) -> bool:
        """Add ``ip`` (already checked or picked from a resource); False if already listed."""
        if self._read_only or canonical_ip(ip) in self._ips:
            return False
        self._ips.append(canonical_ip(ip))
        self._refresh_rows()
        self.changed.emit()
        return True

    def remove_ip(self, ip: str) -> None:
        if self._read_only or ip not in self._ips:
            return
        self._ips.remove(ip)
        self._refresh_rows()
        self.changed.emit()

    def summary(self) -> tuple[list[str], list[str], list[str]]:
        """(added, removed, kept) relative to the website's current IPs."""
        return diff_ips(self._base, self._ips)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for widget in (self.input, self.add_button, self.input_feedback, self.picker):
            widget.setVisible(not read_only)
        self._refresh_rows()

    def set_resources(self, resources: list[Resource], website_id: int | None) -> None:
        self.picker.set_resources(resources, website_id)

    # --- reasons at the fields -------------------------------------------------------------

    def set_reasons(self, list_reasons: list[str], ip_reasons: dict[str, list[str]]) -> None:
        """Show reasons on the list and on single IPs; reasons for unlisted IPs go on the list."""
        on_list = list(list_reasons)
        by_ip = {canonical_ip(ip): texts for ip, texts in ip_reasons.items()}
        for ip, texts in by_ip.items():
            if ip not in self._rows:
                on_list.extend(f"{ip}: {t}" for t in texts)
        self._ip_reasons = by_ip
        self.list_error.set_reasons(on_list)
        for ip, row in self._rows.items():
            row.error.set_reasons(by_ip.get(ip, []))

    def clear_reasons(self) -> None:
        self.set_reasons([], {})

    def reason_at(self, ip: str) -> str:
        """The reason text shown at one IP's row ('' when none)."""
        row = self._rows.get(canonical_ip(ip))
        return row.error.text() if row is not None and not row.error.isHidden() else ""

    def list_reason(self) -> str:
        return self.list_error.text() if not self.list_error.isHidden() else ""

    # --- typing an address -----------------------------------------------------------------

    def on_input_text_changed(self, text: str) -> None:
        normalised, reason = self.check_text(text)
        if normalised is not None:
            self.input_feedback.setStyleSheet("color: #27ae60;")
            self.input_feedback.setText(
                self.tr("Will be added as {0}").format(normalised) + self._resource_note(normalised)
            )
        else:
            self.input_feedback.setStyleSheet("color: #c0392b;")
            self.input_feedback.setText(reason)
        self.input_feedback.setAccessibleDescription(self.input_feedback.text())
        self.add_button.setEnabled(normalised is not None)

    def check_text(self, text: str) -> tuple[str | None, str]:
        """(normalised address, '') when ``text`` can be added, else (None, why not)."""
        if not text.strip():
            return None, ""
        try:
            address = str(parse_service_ip(text))
        except InvalidServiceIP as refused:
            return None, reason_text(refused)  # from code + params, in the UI's language
        if address in self._ips:
            return None, self.tr("{0} is already in the list").format(address)
        refusal = self._resource_refusal(address)
        return (None, refusal) if refusal else (address, "")

    def _resource_refusal(self, address: str) -> str:
        """Why the service would refuse ``address`` for this website, judged from the resources
        already loaded (ownership, a resource that cannot serve filed sites, capacity)."""
        if not self.picker.resources:
            return ""  # not loaded (yet): the service checks at submit
        resource = self.picker.resource_of(address)
        if resource is None:
            return self.tr(
                "{0} is not an IP of any of your service resources: the service "
                "will refuse it. Pick an IP from the list below."
            ).format(address)
        name = resource.instance_name
        if not resource.can_serve_filed_sites:
            return self.tr("{0} is on {1}, which cannot serve filed websites: {2}").format(
                address, name, self.picker.unavailable_text(resource)
            )
        served, capacity = self._load(resource)
        if not self._uses(resource) and served >= capacity:
            return self.tr(
                "{0} is on {1}, which already serves {2} websites (at most {3})."
            ).format(address, name, served, capacity)
        return ""

    def _resource_note(self, address: str) -> str:
        resource = self.picker.resource_of(address)
        if resource is None:
            return ""
        served, capacity = self._load(resource)
        after = served if self._uses(resource) else served + 1
        return " " + self.tr("(on {0}: {1} of {2} websites with this one)").format(
            resource.instance_name, after, capacity
        )

    @staticmethod
    def _load(resource: Resource) -> tuple[int, int]:
        return resource.websites_served, resource.capacity

    def _uses(self, resource: Resource) -> bool:
        """True when this website already uses the resource (it then counts once)."""
        website = self.picker.website_id
        return any(website in ip.website_ids for ip in resource.ips)

    def on_add_clicked(self) -> None:
        normalised, _reason = self.check_text(self.input.text())
        if normalised is not None and self.add_ip(normalised):
            self.input.clear()

    # --- drawing ---------------------------------------------------------------------------

    def _refresh_rows(self) -> None:
        for row in self._rows.values():
            self.rows_box.removeWidget(row)
            # Hidden now: a dialog opened before the next event loop turn (restore a draft)
            # would otherwise show the old rows overlapping the new ones.
            row.hide()
            row.deleteLater()
        self._rows = {}
        reasons = self._ip_reasons
        for ip in self._ips:
            row = _IpRow(ip, ip not in self._base, self)
            row.remove.setVisible(not self._read_only)
            row.remove_requested.connect(self.remove_ip)
            row.error.set_reasons(reasons.get(ip, []))
            self.rows_box.addWidget(row)
            self._rows[ip] = row
        self.empty_label.setVisible(not self._ips)
        self.picker.set_listed(self._ips)
