"""Change Access against the real service and the demo's loopback network: "Check before
submitting", refusals that go away when the list changes, the restore question over a clean list,
buttons named after what they do."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEventLoop, QLocale, QTimer
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from icp_desktop.ui.backend import Backend
from icp_desktop.ui.i18n import qt_locale
from icp_desktop.ui.pages.change_access import ChangeAccessPage
from icp_desktop.ui.widgets import dialogs
from icp_desktop.ui.widgets.dialogs import RestoreDraft, SubmitConfirmation
from icp_desktop.ui.widgets.ip_editor import _IpRow

HOME_WEBSITE = 1  # yunzhan-tech.cn on 47.93.18.21; answers on the spare server too
JOBS_WEBSITE = 6  # jobs.yunzhan-tech.cn, no open change
PHOTO_WEBSITE = 8  # zhangwei-photo.cn on 121.40.56.79, its demo change withdrawn
SPARE = "39.108.77.12"


def open_page(qtbot: QtBot, backend: Backend, website_id: int) -> ChangeAccessPage:
    page = ChangeAccessPage(backend)
    qtbot.addWidget(page)
    page.activate(website_id=website_id)
    qtbot.waitUntil(lambda: page.website is not None and not page.spinner.running, timeout=10_000)
    return page


def move_to_spare(page: ChangeAccessPage) -> None:
    page.editor.remove_ip(page.editor.ips()[0])
    assert page.editor.add_ip(SPARE)


def test_checks_run_for_the_typed_ips_and_show_each_result(
    qtbot: QtBot, demo_backend: Backend
) -> None:
    page = open_page(qtbot, demo_backend, HOME_WEBSITE)
    assert page.checks.panel.state == "idle"
    page.editor.add_ip(SPARE)  # the old IP stays: DNS keeps working through the change
    page.checks.button.click()
    assert page.checks.panel.state == "running" and page.checks.spinner.running
    assert page.next_button.isEnabled()  # checking never blocks submitting
    qtbot.waitUntil(lambda: page.checks.panel.state == "shown", timeout=10_000)
    lines = page.checks.panel.lines()
    assert any(line.startswith("Pass · DNS records") for line in lines), lines
    assert any(
        line.startswith(f"Pass · Website reachable at the IP ({SPARE})") for line in lines
    ), lines
    assert "yunzhan-tech.cn" in page.checks.panel.heading.text()
    # each result has its icon
    assert all(
        mark.pixmap() is not None and not mark.pixmap().isNull()
        for mark, _name, _text in page.checks.panel._rows
    )
    # the same results in Chinese, rendered from their codes
    QLocale.setDefault(qt_locale("zh_CN"))
    page.checks.panel.retranslate_ui()
    assert any(line.startswith("通过 · 域名解析") for line in page.checks.panel.lines())


def test_results_are_dropped_when_the_ips_change(qtbot: QtBot, demo_backend: Backend) -> None:
    page = open_page(qtbot, demo_backend, PHOTO_WEBSITE)
    move_to_spare(page)
    page.checks.button.click()
    qtbot.waitUntil(lambda: page.checks.panel.state == "shown", timeout=10_000)
    assert page.checks.panel.lines()
    page.editor.add_ip("39.108.77.13")
    assert page.checks.panel.state == "idle" and page.checks.panel.lines() == []
    # a run still out when the list changes is dropped too
    page.checks.button.click()
    page.editor.remove_ip("39.108.77.13")
    assert page.checks.panel.state == "idle" and not page.checks.running


def test_refusal_texts_go_away_when_the_list_changes(
    qtbot: QtBot, demo_backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_page(qtbot, demo_backend, JOBS_WEBSITE)
    page.save_button.click()  # nothing changed: refused at once, at the list
    assert "same as the current" in page.editor.list_reason()
    page.editor.add_ip(SPARE)
    assert page.editor.list_reason() == ""
    # a refusal from the service, on the message line and at the IP
    monkeypatch.setattr(SubmitConfirmation, "ask", classmethod(lambda cls, *a: True))
    page.editor.add_ip("8.8.8.8")
    page.next_button.click()
    qtbot.waitUntil(lambda: not page._in_flight, timeout=10_000)
    assert "refused" in page.message.text() and page.editor.reason_at("8.8.8.8")
    page.editor.remove_ip("8.8.8.8")
    assert page.message.isHidden()


def test_reopening_with_a_local_draft_asks_over_one_clean_list(
    qtbot: QtBot, demo_backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_page(qtbot, demo_backend, HOME_WEBSITE)
    page.show()
    page.editor.add_ip(SPARE)  # autosaved as a local draft
    page.flush_autosave()
    page.writer.flush()
    seen: list[list[str]] = []

    def ask(cls: Any, parent: Any, saved_at: Any, ips: list[str]) -> bool:
        loop = QEventLoop()  # the question's own event loop, as QMessageBox.exec() runs it
        QTimer.singleShot(50, loop.quit)
        loop.exec()
        seen.append([row.ip for row in page.editor.findChildren(_IpRow) if row.isVisible()])
        return True

    monkeypatch.setattr(RestoreDraft, "ask", classmethod(ask))
    page.activate(website_id=HOME_WEBSITE)  # reopened
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert seen == [["47.93.18.21"]]  # the service's list, once, behind the question
    qtbot.waitUntil(lambda: page.editor.ips() == ["47.93.18.21", SPARE], timeout=5_000)


def test_buttons_say_what_they_do(
    qtbot: QtBot, demo_backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_page(qtbot, demo_backend, HOME_WEBSITE)
    assert page.next_button.text() == "Submit for review"
    assert page.checks.button.text() == "Check before submitting"
    buttons: list[list[str]] = []

    def exec_(box: QMessageBox) -> int:
        buttons.append([b.text() for b in box.buttons()])
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    assert not dialogs.SubmitConfirmation.ask(page, "summary", False)
    assert not dialogs.WithdrawConfirmation.ask(page, "京ICP备20231234号-1")
    assert buttons == [
        ["Submit for review", "Keep editing"],
        ["Withdraw the change", "Keep the change"],
    ]


def test_results_are_readable_whole_and_the_resources_keep_their_room(
    qtbot: QtBot, demo_backend: Backend
) -> None:
    """In a page the size of the main window's, every result's sentence shows all its lines
    (none cut off at the bottom), the page does not grow, and the service resources still
    show at least three of their rows beside the results."""
    page = open_page(qtbot, demo_backend, HOME_WEBSITE)
    page.resize(1080, 620)
    page.show()
    qtbot.waitExposed(page)
    before = page.size()
    page.editor.add_ip("121.40.56.79")
    page.checks.button.click()
    qtbot.waitUntil(lambda: page.checks.panel.state == "shown", timeout=10_000)
    qtbot.wait(50)  # the layout settles
    rows = page.checks.panel._rows
    assert len(rows) >= 4
    for _mark, name, text in rows:
        needed = text.heightForWidth(text.width())
        assert text.height() >= needed, (name.text(), text.text(), text.height(), needed)
    assert page.size() == before
    # the column scrolled to the results: their summary and first result are wholly in view
    for label in (page.checks.panel.heading, rows[0][2]):
        shown = label.visibleRegion().boundingRect()
        assert shown.height() == label.height(), (label.text(), shown, label.height())
    tree = page.editor.picker.tree
    row = tree.visualItemRect(tree.topLevelItem(0)).height()
    assert row > 0 and tree.viewport().height() >= 3 * row, (tree.viewport().height(), row)
