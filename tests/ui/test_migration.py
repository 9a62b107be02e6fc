"""Moving a server's websites to another server against the real service: the dialog (websites
that cannot move disabled with the reason, capacity counting the move, the modes explained), one
batch filed in one step, the migration page per website, and the two-step mode's second step."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from icp_desktop.client.api import ApiClient
from icp_desktop.client.migration_models import Migration
from icp_desktop.client.models import Resource
from icp_desktop.ui.backend import Backend
from icp_desktop.ui.pages.change_access import ChangeAccessPage
from icp_desktop.ui.pages.migration import MigrationPage
from icp_desktop.ui.widgets.migration_dialog import MigrationDialog
from tests.helpers.live_server import LiveServer


@pytest.fixture
def resources(live_server: LiveServer) -> list[Resource]:
    client = ApiClient(live_server.url)
    client.login("demo", "demo-pass")
    return list(client.list_resources())


def resource_id(resources: list[Resource], name: str) -> int:
    return next(int(r.id) for r in resources if r.instance_name == name)


def open_dialog(
    qtbot: QtBot, backend: Backend, resources: list[Resource], name: str = "web-prod-02"
) -> MigrationDialog:
    dialog = MigrationDialog(backend, resources, resource_id(resources, name))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.websites.count() > 0, timeout=10_000)
    return dialog


def test_the_dialog_offers_the_movable_websites_and_counts_the_move(
    qtbot: QtBot, demo_backend: Backend, resources: list[Resource]
) -> None:
    dialog = open_dialog(qtbot, demo_backend, resources)
    texts = [dialog.websites.item(i).text() for i in range(dialog.websites.count())]
    assert [t.split(" · ")[0] for t in texts if " · " in t] == [
        "jobs.yunzhan-tech.cn",
        "zhangwei-blog.cn",
        "zhangwei-photo.cn",
    ]
    # shown, disabled, with the reason on its own line
    assert "Cannot move now: it has an open change" in texts[2]
    assert dialog.chosen_websites() == [6, 8]  # all that can move, by default
    assert dialog.target_combo.currentText().startswith("web-spare-01")
    assert dialog.chosen_ips() == ["39.108.77.12"]
    # zw-notes.cn moved there in the demo data: it counts
    assert dialog.capacity_label.text() == (
        "web-spare-01 serves 1 of at most 5 websites; with this move: 3."
    )
    assert "6 hours" in dialog.warning.text()
    assert dialog.file_button.text() == "File 2 change(s) for review"
    dialog.two_step_radio.setChecked(True)
    assert "Remove the old IPs now" in dialog.mode_note.text()
    # a full server cannot take them
    dialog.target_combo.setCurrentIndex(
        dialog.target_combo.findText("web-prod-01", flags=_starts_with())
    )
    assert "Too many" in dialog.capacity_label.text()
    assert not dialog.file_button.isEnabled()


def _starts_with() -> Any:
    from PySide6.QtCore import Qt

    return Qt.MatchFlag.MatchStartsWith


def test_a_batch_is_filed_in_one_step_and_followed_per_website(
    qtbot: QtBot, demo_backend: Backend, resources: list[Resource]
) -> None:
    dialog = open_dialog(qtbot, demo_backend, resources)
    dialog.two_step_radio.setChecked(True)
    with qtbot.waitSignal(dialog.filed, timeout=10_000) as filed:
        dialog.file_button.click()
    migration: Migration = filed.args[0]
    assert migration.mode == "two_step" and len(migration.items) == 2
    assert {i.status for i in migration.items} == {"pending_first_review"}

    page = MigrationPage(demo_backend)
    qtbot.addWidget(page)
    page.activate(migration_id=migration.id)
    qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=10_000)
    assert page.rows()[0][:4] == (
        "jobs.yunzhan-tech.cn",
        "云栈招聘",
        "Step 1 of 2: add the new IPs",
        "Pending first review",
    )
    assert "6 hours" in page.warning.text()
    assert page.next_step_button.isVisible() or not page.isVisible()
    page.next_step_button.click()
    qtbot.waitUntil(lambda: "Still waiting" in page.message.text(), timeout=10_000)
    assert (
        "jobs.yunzhan-tech.cn: Step 1 (adding the new IPs) is not approved yet."
        in page.message.text()
    )
    # the page opened without an id shows the latest migration
    other = MigrationPage(demo_backend)
    qtbot.addWidget(other)
    other.activate()
    qtbot.waitUntil(lambda: other.migration is not None, timeout=10_000)
    assert other.migration is not None and other.migration.id == migration.id


def test_the_service_refusal_names_each_website(
    qtbot: QtBot, demo_backend: Backend, resources: list[Resource]
) -> None:
    dialog = open_dialog(qtbot, demo_backend, resources, "web-prod-01")
    # web-prod-01's websites: several have open changes in the demo data; force one in
    blocked = [
        dialog.websites.item(i - 1)
        for i in range(1, dialog.websites.count())
        if "open change" in dialog.websites.item(i).text()
    ]
    assert blocked
    dialog.websites.blockSignals(True)
    from PySide6.QtCore import Qt

    blocked[0].setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
    blocked[0].setCheckState(Qt.CheckState.Checked)
    dialog.websites.blockSignals(False)
    dialog._update()
    dialog.file_button.click()
    qtbot.waitUntil(lambda: not dialog.error_label.isHidden(), timeout=10_000)
    domain = blocked[0].text().split(" · ")[0]
    assert f"{domain}: has an open change" in dialog.error_label.text()


def test_change_access_offers_the_move_from_the_resources(
    qtbot: QtBot, demo_backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = ChangeAccessPage(demo_backend)
    qtbot.addWidget(page)
    page.activate(website_id=1)
    qtbot.waitUntil(lambda: page.website is not None, timeout=10_000)
    asked: list[int] = []

    def ask(cls: Any, parent: Any, backend: Any, resources: Any, resource_id: int) -> Any:
        asked.append(resource_id)
        return None

    monkeypatch.setattr(MigrationDialog, "ask", classmethod(ask))
    assert page.editor.picker.move_button.text() == "Move websites to another server…"
    page.editor.picker.move_button.click()
    assert asked == [0]
