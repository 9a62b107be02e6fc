"""A planned migration in the reviewer's queue over the real service: its changes name their
batch, and the batch is approved in one decision after a confirmation naming how many."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from icp_desktop.ui.models.review_queue import BATCH
from icp_desktop.ui.pages.review_queue import ReviewQueuePage
from icp_desktop.ui.widgets.review_confirm import BatchConfirmation
from tests.helpers.live_server import start_live_server
from tests.ui.review_support import backend_for, signed_in


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    server = start_live_server(tmp_path_factory.mktemp("batch-service"))
    demo = signed_in(server.url, "demo")
    prod2 = next(r.id for r in demo.list_resources() if r.instance_name == "web-prod-02")
    migration = demo.file_migration(
        [6, 8], ["39.108.77.12"], "replace", str(uuid.uuid4()), source_resource_id=prod2
    )
    yield {"server": server, "demo": demo, "migration": migration}
    server.stop()


@pytest.fixture
def page(qtbot: Any, service: dict[str, Any]) -> Iterator[ReviewQueuePage]:
    backend = backend_for(service["server"].url, "reviewer")
    page = ReviewQueuePage(backend)
    qtbot.addWidget(page)
    page.resize(1200, 500)
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: page.model.rowCount() >= 5, timeout=10_000)
    yield page
    backend.shutdown()


def test_a_batch_is_grouped_and_approved_in_one_decision(
    page: ReviewQueuePage, qtbot: Any, service: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    migration = service["migration"]
    ids = [int(i.change.id) for i in migration.items]
    model = page.model
    batch_cells = {
        model.change_id(r): model.data(model.index(r, BATCH)) for r in range(model.rowCount())
    }
    assert {batch_cells[i] for i in ids} == {f"Migration #{migration.id} (2 here)"}
    assert sum(1 for text in batch_cells.values() if text) == 2
    # sorting by the batch column puts the batch together
    page.table.sortByColumn(BATCH, Qt.SortOrder.AscendingOrder)
    assert page.model.change_ids()[:2] == sorted(ids)

    other = next(i for i in page.model.change_ids() if i not in ids)
    page.view.select_change(other)
    assert not page.batch_bar.isVisible()  # a change of no batch
    page.view.select_change(ids[0])
    assert page.batch_bar.isVisible()
    assert "jobs.yunzhan-tech.cn, zhangwei-photo.cn" in page.batch_bar.label.text()
    assert page.batch_bar.approve_button.text() == "Approve all 2…"
    asked: list[tuple[int, str, list[str]]] = []

    def ask(cls: Any, parent: Any, migration_id: int, decision: str, domains: list[str]) -> bool:
        asked.append((migration_id, decision, domains))
        return True

    monkeypatch.setattr(BatchConfirmation, "ask", classmethod(ask))
    page.batch_bar.approve_button.click()
    qtbot.waitUntil(lambda: page.banner.isVisible(), timeout=10_000)
    assert asked == [(migration.id, "approve", ["jobs.yunzhan-tech.cn", "zhangwei-photo.cn"])]
    assert page.banner.text() == f"✔ Approved 2 website(s) of migration #{migration.id}."
    for change_id in ids:  # each website decided on its own
        seen = service["demo"].get_change(change_id)
        assert seen.status != "pending_first_review"
        assert seen.timeline[-1].actor.kind in ("reviewer", "service")
    qtbot.waitUntil(lambda: not set(ids) & set(page.model.change_ids()), timeout=10_000)


def test_the_batch_question_names_how_many(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, list[str]]] = []

    def exec_(box: QMessageBox) -> int:
        shown.append((box.text(), [b.text() for b in box.buttons()]))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    assert not BatchConfirmation.ask(None, 4, "approve", ["a.cn", "b.cn", "c.cn"])
    text, buttons = shown[0]
    assert "Approve the first review of 3 website(s) of migration #4?" in text
    assert "• b.cn" in text
    assert buttons == ["Approve 3 website(s)", "Keep reviewing"]
