"""Moving a server's websites to another server against the real service: the dialog (websites
that cannot move disabled with the reason, capacity counting the move, the modes explained), one
batch filed in one step, the migration page per website, and the two-step mode's second step."""

from __future__ import annotations

from collections.abc import Iterator
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
    asked: list[tuple[int, str | None]] = []

    def ask(
        cls: Any, parent: Any, backend: Any, resources: Any, resource_id: int, source_ip: Any
    ) -> Any:
        asked.append((resource_id, source_ip))
        return None

    monkeypatch.setattr(MigrationDialog, "ask", classmethod(ask))
    picker = page.editor.picker
    assert picker.move_button.text() == "Move websites to another server…"
    picker.move_button.click()
    assert asked == [(0, None)]
    # with an IP selected in the tree, the move starts from that address alone
    tree = picker.tree
    server = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(0).startswith("web-prod-02")  # type: ignore[union-attr]
    )
    assert server is not None
    address = next(
        server.child(i)
        for i in range(server.childCount())
        if server.child(i).text(0) == "121.40.56.78"  # type: ignore[union-attr]
    )
    tree.setCurrentItem(address)
    picker.move_button.click()
    assert asked[-1] == (picker.selected_resource_id(), "121.40.56.78")
    assert asked[-1][0] != 0


@pytest.fixture
def fresh_demo(
    fresh_live_server: LiveServer, qapp: Any
) -> Iterator[tuple[Backend, list[Resource]]]:
    """The demo filer on a server of this test's own, where no earlier test moved a website."""
    client = ApiClient(fresh_live_server.url)
    login = client.login("demo", "demo-pass")
    backend = Backend()
    backend.set_server(fresh_live_server.url)
    backend.set_session(login.token, login.account)
    yield backend, list(client.list_resources())
    assert backend.shutdown(), "the worker thread did not stop"


def test_moving_one_address_keeps_the_server_s_other_addresses_on_each_website(
    qtbot: QtBot, fresh_demo: tuple[Backend, list[Resource]]
) -> None:
    backend, resources = fresh_demo
    prod_02 = resource_id(resources, "web-prod-02")
    dialog = MigrationDialog(backend, resources, prod_02, source_ip="121.40.56.78")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.websites.count() > 0, timeout=10_000)
    assert dialog.source_combo.currentText().strip() == "only 121.40.56.78 (2 website(s))"
    choices = [dialog.source_combo.itemText(i) for i in range(dialog.source_combo.count())]
    assert choices.count("    only 121.40.56.79 (1 website(s))") == 1
    texts = [dialog.websites.item(i).text() for i in range(dialog.websites.count())]
    # zhangwei-photo.cn (on 121.40.56.79 alone) is not on this address: not offered;
    # zhangwei-blog.cn is, but its open change holds it back
    assert [t.split(" · ")[0] for t in texts if " · " in t] == [
        "jobs.yunzhan-tech.cn",
        "zhangwei-blog.cn",
    ]
    assert "Cannot move now: it has an open change" in texts[-1]
    assert dialog.chosen_websites() == [6]
    with qtbot.waitSignal(dialog.filed, timeout=10_000) as filed:
        dialog.file_button.click()
    migration: Migration = filed.args[0]
    (item,) = migration.items
    # jobs.yunzhan-tech.cn keeps its IPv6 address on web-prod-02 and gains the new one
    assert item.domain == "jobs.yunzhan-tech.cn"
    assert set(item.change.proposed_ips or ()) == {"2408:4002:1f20::18", "39.108.77.12"}
