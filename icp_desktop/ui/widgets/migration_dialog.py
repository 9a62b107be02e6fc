""" "Move websites to another server…": pick the server being left, its websites, the target
server's IPs and the mode, then file one batch of changes (one per website) in one step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from icp_desktop.client.errors import ApiError, Unavailable
from icp_desktop.client.migration_models import Migration
from icp_desktop.ui.calls import Call
from icp_desktop.ui.drafts import new_idempotency_key
from icp_desktop.ui.presenters.errors import error_reason
from icp_desktop.ui.widgets.migration_texts import (
    capacity_text,
    field_error_lines,
    interception_note,
    mode_explanation,
    mode_name,
    website_blocker,
)

if TYPE_CHECKING:
    from icp_desktop.client.models import Resource, Website
    from icp_desktop.ui.page_backend import PageBackend

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def websites_on(resource: Resource, address: str | None = None) -> list[int]:
    """The ids of the caller's websites using any IP of ``resource`` (or only ``address``),
    in order."""
    seen: dict[int, None] = {}
    for ip in resource.ips:
        if address is None or ip.address == address:
            for website in ip.website_ids:
                seen[website] = None
    return list(seen)


def _source_key(resource_id: int, address: str | None = None) -> str:
    """A choice of the "move from" list: a whole server, or one of its addresses."""
    return f"ip:{address}" if address else f"resource:{resource_id}"


class MigrationDialog(QDialog):
    """Choose and file a planned migration (all network calls on the backend's worker).

    Signals:
        filed(object): the :class:`~icp_desktop.client.models.Migration` the service filed.
    """

    filed = Signal(object)

    def __init__(
        self,
        backend: PageBackend,
        resources: list[Resource],
        resource_id: int = 0,
        parent: QWidget | None = None,
        source_ip: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._backend = backend
        self.resources = [r for r in resources if r.ips]
        self.migration: Migration | None = None
        self._websites: dict[int, Website] = {}
        self._load_request: Call[list[Website]] | None = None
        # (request body, idempotency key)
        self._key: tuple[tuple[str, tuple[int, ...], tuple[str, ...], str], str] | None = None
        self.setWindowTitle(self.tr("Move websites to another server"))
        self.setMinimumWidth(620)

        intro = QLabel(
            self.tr(
                "Every website you choose gets one Change Access, all filed and submitted for "
                "first review together. The provider reviews them as a batch."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.source_combo = QComboBox(self)
        self.websites = QListWidget(self)
        self.websites.setWordWrap(True)
        self.websites.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.websites.setAccessibleName(self.tr("Websites to move"))
        self.websites_note = QLabel(self)
        self.websites_note.setWordWrap(True)
        self.target_combo = QComboBox(self)
        self.target_ips = QListWidget(self)
        self.target_ips.setAccessibleName(self.tr("Target IPs"))
        self.target_ips.setMaximumHeight(90)
        self.capacity_label = QLabel(self)
        self.capacity_label.setWordWrap(True)
        self.replace_radio = QRadioButton(mode_name("replace"), self)
        self.two_step_radio = QRadioButton(mode_name("two_step"), self)
        self.replace_radio.setChecked(True)
        modes = QButtonGroup(self)
        modes.addButton(self.replace_radio)
        modes.addButton(self.two_step_radio)
        self.mode_note = QLabel(self)
        self.mode_note.setWordWrap(True)
        self.warning = QLabel("⚠ " + interception_note(), self)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #a15c00;")
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c0392b;")
        self.error_label.hide()

        self.buttons = QDialogButtonBox(self)
        self.file_button = QPushButton(self)
        self.file_button.setDefault(True)
        self.buttons.addButton(self.file_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        assert cancel is not None
        self.file_button.clicked.connect(self.file)
        cancel.clicked.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Move from:"), self.source_combo)
        form.addRow(self.tr("Websites on it:"), self.websites)
        form.addRow("", self.websites_note)
        form.addRow(self.tr("Move to server:"), self.target_combo)
        form.addRow(self.tr("Its IPs to use:"), self.target_ips)
        form.addRow("", self.capacity_label)
        form.addRow(self.tr("How:"), self.replace_radio)
        form.addRow("", self.two_step_radio)
        form.addRow("", self.mode_note)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        for resource in self.resources:
            if not websites_on(resource):
                continue
            self.source_combo.addItem(self._resource_label(resource), _source_key(resource.id))
            carrying = [ip for ip in resource.ips if ip.website_ids]
            if len(carrying) > 1:  # one address alone: the others keep their websites
                for ip in carrying:
                    self.source_combo.addItem(
                        "    "
                        + self.tr("only {0} ({1} website(s))").format(
                            ip.address, len(ip.website_ids)
                        ),
                        _source_key(resource.id, ip.address),
                    )
        start = self.source_combo.findData(_source_key(resource_id, source_ip))
        if start < 0:
            start = self.source_combo.findData(_source_key(resource_id))
        self.source_combo.setCurrentIndex(max(0, start))
        self.source_combo.currentIndexChanged.connect(self._on_source_changed)
        self.target_combo.currentIndexChanged.connect(self._on_target_changed)
        self.websites.itemChanged.connect(self._update)
        self.target_ips.itemChanged.connect(self._update)
        modes.buttonToggled.connect(lambda *_: self._update())
        self._on_source_changed()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        backend: PageBackend,
        resources: list[Resource],
        resource_id: int = 0,
        source_ip: str | None = None,
    ) -> Migration | None:
        """Show the dialog, moving from the server ``resource_id`` or from its one address
        ``source_ip``; the migration filed, or None when cancelled."""
        dialog = cls(backend, resources, resource_id, parent, source_ip)
        dialog.exec()
        return dialog.migration

    # --- choices --------------------------------------------------------------------------

    def _resource(self, resource_id: object) -> Resource | None:
        return next((r for r in self.resources if r.id == resource_id), None)

    def _resource_label(self, resource: Resource) -> str:
        return f"{resource.instance_name} ({', '.join(resource.addresses)})"

    def source(self) -> Resource | None:
        """The server moved from (the one holding the address, when one address is moved)."""
        address = self.source_ip()
        if address is not None:
            return next((r for r in self.resources if address in r.addresses), None)
        key = str(self.source_combo.currentData() or "")
        return self._resource(int(key.removeprefix("resource:") or 0))

    def source_ip(self) -> str | None:
        """The one address moved from, or None when the whole server is."""
        key = str(self.source_combo.currentData() or "")
        return key.removeprefix("ip:") if key.startswith("ip:") else None

    def target(self) -> Resource | None:
        return self._resource(self.target_combo.currentData())

    def mode(self) -> str:
        return "two_step" if self.two_step_radio.isChecked() else "replace"

    def chosen_websites(self) -> list[int]:
        return [
            int(item.data(ID_ROLE))
            for item in self._items(self.websites)
            if item.data(ID_ROLE) is not None
            and item.flags() & Qt.ItemFlag.ItemIsEnabled
            and item.checkState() == Qt.CheckState.Checked
        ]

    def chosen_ips(self) -> list[str]:
        return [
            str(item.data(ID_ROLE))
            for item in self._items(self.target_ips)
            if item.checkState() == Qt.CheckState.Checked
        ]

    @staticmethod
    def _items(widget: QListWidget) -> list[QListWidgetItem]:
        found = (widget.item(i) for i in range(widget.count()))
        return [item for item in found if item is not None]

    def _on_source_changed(self) -> None:
        source = self.source()
        self.target_combo.blockSignals(True)
        self.target_combo.clear()
        targets = [
            r
            for r in self.resources
            if source is not None and r.id != source.id and r.can_serve_filed_sites
        ]
        for resource in targets:
            self.target_combo.addItem(self._resource_label(resource), resource.id)
        if targets:  # the one with the most room first
            roomiest = max(targets, key=lambda r: r.capacity - len(websites_on(r)))
            self.target_combo.setCurrentIndex(self.target_combo.findData(roomiest.id))
        self.target_combo.blockSignals(False)
        self._on_target_changed()
        self._load_websites()

    def _on_target_changed(self) -> None:
        self.target_ips.blockSignals(True)
        self.target_ips.clear()
        target = self.target()
        for number, address in enumerate(target.addresses if target is not None else ()):
            item = QListWidgetItem(address, self.target_ips)
            item.setData(ID_ROLE, address)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if number == 0 else Qt.CheckState.Unchecked)
        self.target_ips.blockSignals(False)
        self._update()

    def _load_websites(self) -> None:
        source = self.source()
        self.websites.clear()
        ids = websites_on(source, self.source_ip()) if source else []
        if self._load_request is not None:
            self._load_request.cancel()
        self.websites_note.setText(self.tr("Loading the websites…"))

        def done(sites: list[Website]) -> None:
            self._load_request = None
            self._websites = {s.id: s for s in sites}
            self._fill_websites(ids)

        def failed(error: ApiError) -> None:
            self._load_request = None
            self.websites_note.setText(
                self.tr("Could not load the websites: {0}").format(error_reason(error))
            )

        self._load_request = self._backend.call(
            lambda api: [api.get_website(i) for i in ids], done, failed
        )

    def _fill_websites(self, ids: list[int]) -> None:
        self.websites.blockSignals(True)
        self.websites.clear()
        for website_id in ids:
            site = self._websites.get(website_id)
            if site is None:
                continue
            blocker = website_blocker(site)
            text = f"{site.domain} · {site.name} · {', '.join(site.ips)}"
            item = QListWidgetItem(text, self.websites)
            item.setData(ID_ROLE, website_id)
            if blocker:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                item.setCheckState(Qt.CheckState.Unchecked)
                item.setToolTip(blocker)
                why = QListWidgetItem("      " + blocker, self.websites)  # its own line: whole
                why.setFlags(Qt.ItemFlag.NoItemFlags)
                why.setForeground(QBrush(QColor("#a15c00")))
            else:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
        self.websites.blockSignals(False)
        movable = len([i for i in ids if not website_blocker(self._websites.get(i))])
        self.websites_note.setText(
            self.tr("{0} of {1} websites can move now.").format(movable, len(ids))
            if ids
            else self.tr("No website of yours uses this server.")
        )
        self._update()

    # --- state ----------------------------------------------------------------------------

    def _update(self) -> None:
        target, chosen = self.target(), self.chosen_websites()
        text, over = capacity_text(target, chosen) if target else ("", False)
        if target is None:
            text = self.tr("No other server of yours can serve filed websites.")
        self.capacity_label.setText(text)
        self.capacity_label.setStyleSheet("color: #c0392b;" if over else "")
        self.mode_note.setText(mode_explanation(self.mode()))
        self.file_button.setText(self.tr("File {0} change(s) for review").format(len(chosen)))
        self.file_button.setEnabled(
            bool(chosen and self.chosen_ips()) and not over and target is not None
        )

    # --- filing ---------------------------------------------------------------------------

    def file(self) -> None:
        source = self.source()
        if source is None or not self.file_button.isEnabled():
            return
        websites, ips, mode = self.chosen_websites(), self.chosen_ips(), self.mode()
        source_ip = self.source_ip()
        source_id = None if source_ip else source.id
        body = (str(self.source_combo.currentData()), tuple(websites), tuple(ips), mode)
        if self._key is None or self._key[0] != body:
            self._key = (body, new_idempotency_key())  # a retry of the same batch files once
        key = self._key[1]
        self.file_button.setEnabled(False)
        self.error_label.hide()

        def done(migration: Migration) -> None:
            self.migration = migration
            self.filed.emit(migration)
            self.accept()

        def failed(error: ApiError) -> None:
            self._update()
            lines = field_error_lines(error.field_errors, self._websites)
            if not lines:
                lines = [error_reason(error)]
            if isinstance(error, Unavailable):
                lines.append(self.tr("Nothing was lost: filing again files the batch once."))
            self.error_label.setText("\n".join(lines))
            self.error_label.show()

        self._backend.call(
            lambda api: api.file_migration(
                websites, ips, mode, key, source_resource_id=source_id, source_ip=source_ip
            ),
            done,
            failed,
        )
