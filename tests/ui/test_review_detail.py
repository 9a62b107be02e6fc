"""The side-by-side review page over the real service: what it shows and both decisions."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from icp_desktop.client.change_models import IPCheck, Reason
from icp_desktop.client.errors import Forbidden
from icp_desktop.domain.reasons import COMMON_REJECTION_REASONS
from icp_desktop.ui.pages.review_detail import ReviewDetailPage
from icp_desktop.ui.widgets.review_common import scheme_color
from icp_desktop.ui.widgets.review_ips import ReviewIpTree
from tests.helpers.live_server import start_live_server
from tests.ui.review_support import backend_for, create_user, file_change, signed_in

REVIEWER2_PASSWORD = "second-reviewer-pass"


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    server = start_live_server(tmp_path_factory.mktemp("review-service"))
    create_user(server, "reviewer2", "reviewer", REVIEWER2_PASSWORD)
    yield {
        "server": server,
        "url": server.url,
        "demo": signed_in(server.url, "demo"),
        "reviewer2": signed_in(server.url, "reviewer2", REVIEWER2_PASSWORD),
    }
    server.stop()


@pytest.fixture
def page(qtbot: Any, service: dict[str, Any]) -> Iterator[ReviewDetailPage]:
    backend = backend_for(service["url"], "reviewer")
    page = ReviewDetailPage(backend)
    page.undo_bar.seconds = 0  # sent at once (the undo window is tested on its own)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.activateWindow()  # shortcuts and mnemonics only reach the active window
    qtbot.waitUntil(page.isActiveWindow, timeout=5000)
    yield page
    backend.shutdown()


def open_change(page: ReviewDetailPage, qtbot: Any, change_id: int) -> None:
    page.activate(change_id=change_id)
    qtbot.waitUntil(lambda: page.change_id == change_id and not page.busy.busy, timeout=10_000)


def test_side_by_side_shows_the_site_as_filed_and_each_ip_marked_with_its_checks(
    page: ReviewDetailPage, qtbot: Any, service: dict[str, Any]
) -> None:
    # jobs.yunzhan-tech.cn is filed with 121.40.56.78 and 2408:4002:1f20::18.
    change = file_change(service["demo"], 6, ["121.40.56.78", "39.108.77.13"])
    open_change(page, qtbot, change.id)
    filed = {key: label.text() for key, label in page.filed.values.items()}
    assert filed["license_number"] == "京ICP备20231234号-6"
    assert filed["domain"] == "jobs.yunzhan-tech.cn"
    assert filed["name"] and filed["service_content"]
    ips = page.filed.current_ips
    current = [ips.item(i).text() for i in range(ips.count())]  # type: ignore[union-attr]
    assert current == ["121.40.56.78", "2408:4002:1f20::18"]
    rows = {ip: (marker, summary) for ip, marker, summary in page.ip_tree.rows()}
    assert rows["121.40.56.78"][0] == "= Kept"
    assert rows["39.108.77.13"][0] == "+ Added"
    assert rows["2408:4002:1f20::18"][0] == "− Removed"
    assert rows["39.108.77.13"][1] == "✔ all 4 checks passed"
    checks = page.ip_tree.check_rows("39.108.77.13")
    assert {name for name, _v, _r in checks} == {
        "Public address",
        "Owned by the filer's resource",
        "Resource capacity (at most 5 websites)",
        "Not a duplicate",
    }
    assert all(verdict == "✔ Passed" for _n, verdict, _r in checks)
    added = page.ip_tree.topLevelItem(1)
    assert added is not None and added.foreground(1).color().name() == scheme_color("added")
    assert page.approve_button.isEnabled() and page.reject_button.isEnabled()
    assert "Pending first review" in page.title_label.text()


def test_a_failed_check_is_shown_with_its_reason(qtbot: Any) -> None:
    tree = ReviewIpTree()
    qtbot.addWidget(tree)
    checks = [
        IPCheck.from_json(c)
        for c in [
            {
                "ip": "39.96.140.33",
                "change": "kept",
                "check": "owned",
                "passed": False,
                "code": "expired",
                "message": "39.96.140.33 belongs to legacy-web, which expired",
            },
            {
                "ip": "39.96.140.33",
                "change": "kept",
                "check": "public",
                "passed": True,
                "code": None,
                "message": "",
            },
        ]
    ]
    tree.set_change(["39.96.140.33"], ["39.96.140.33"], checks)
    assert tree.rows() == [("39.96.140.33", "= Kept", "✘ 1 of 2 checks failed")]
    owned = tree.check_rows("39.96.140.33")[0]
    assert owned == (
        "Owned by the filer's resource",
        "✘ Failed",
        "39.96.140.33 belongs to legacy-web, which expired",
    )
    item = tree.topLevelItem(0)
    assert item is not None and item.isExpanded()
    child = item.child(0)
    assert child is not None and child.foreground(1).color().name() == scheme_color("removed")


def test_history_shows_the_earlier_round_and_its_reasons(
    page: ReviewDetailPage, qtbot: Any, service: dict[str, Any]
) -> None:
    demo = service["demo"]
    # shop.yunzhan-tech.cn's demo change was rejected with a reason on 39.108.77.13.
    rejected = next(
        c for c in demo.list_changes(limit=100).items if c.website.domain == "shop.yunzhan-tech.cn"
    )
    fixed = demo.update_change(
        rejected.id, ["47.93.18.22", "2408:4003:10a0::66"], rejected_etag(demo, rejected.id)
    )
    demo.submit_change(fixed.id, "resubmit-shop")
    open_change(page, qtbot, rejected.id)
    lines = page.history.lines()
    assert "Round 1" in lines and "Round 2" in lines
    round_one = lines[lines.index("Round 1") : lines.index("Round 2")]
    assert any(
        "39.108.77.13: " in line and "First review rejected" in line for line in round_one
    ), round_one
    assert page.tabs.tabText(1).startswith("History (")
    assert "round 2" in page.title_label.text()


def rejected_etag(filer: Any, change_id: int) -> str:
    return str(filer.get_change(change_id).etag)


def test_approve_with_ctrl_enter_records_it_and_opens_the_next_change(
    page: ReviewDetailPage, qtbot: Any, service: dict[str, Any]
) -> None:
    change = file_change(service["demo"], 8, ["121.40.56.79", "39.108.77.12"])
    open_change(page, qtbot, change.id)
    page.reasons.comment_edit.setFocus()  # the shortcut works from anywhere on the page
    qtbot.keyClick(
        page.reasons.comment_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    # The decided change stays on screen, with its new status, until the reviewer goes on.
    qtbot.waitUntil(
        lambda: f"Approved change #{change.id}." in page.banner.text() and not page.busy.busy,
        timeout=10_000,
    )
    assert page.change_id == change.id
    assert page.change is not None and page.change.status != "pending_first_review"
    assert page.next_button.isVisible() and not page.approve_button.isEnabled()
    page.next_button.click()
    qtbot.waitUntil(
        lambda: page.change_id not in (None, change.id) and not page.busy.busy, timeout=10_000
    )
    assert page.change is not None and page.change.status == "pending_first_review"
    assert not page.next_button.isVisible()
    seen = service["demo"].get_change(change.id)
    assert seen.status in ("pending_administration_submission", "administration_review")


def test_reject_needs_a_reason_said_at_the_field(
    page: ReviewDetailPage, qtbot: Any, service: dict[str, Any]
) -> None:
    pending = service["reviewer2"].review_queue(stage="first_review").items
    change_id = pending[-1].change.id
    open_change(page, qtbot, change_id)
    qtbot.keyClick(page, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert page.reasons.error_label.isVisible()
    assert "at least one reason" in page.reasons.error_label.text()
    assert page.tabs.currentWidget() is page.reasons
    assert service["demo"].get_change(change_id).status == "pending_first_review"


def test_reject_with_a_common_reason_on_one_ip_reaches_the_filer(
    page: ReviewDetailPage, qtbot: Any, service: dict[str, Any]
) -> None:
    change = file_change(service["demo"], 9, ["39.108.77.12", "39.108.77.13"])
    open_change(page, qtbot, change.id)
    editor = page.reasons
    editor.target_combo.setCurrentIndex(editor.target_combo.findData("39.108.77.13"))
    index = editor.reason_combo.findData("site_not_reachable")
    editor.reason_combo.setCurrentIndex(index)
    text = editor.reason_combo.itemText(index)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    editor.comment_edit.setPlainText("Check the DNS records of the new address.")
    assert len(editor.reasons()) == 1
    qtbot.mouseClick(page.reject_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: f"Rejected change #{change.id} with 1 reason." in page.banner.text(), timeout=10_000
    )
    seen = service["demo"].get_change(change.id)
    assert seen.status == "first_review_rejected"
    # Sent in both languages, whichever the reviewer's is.
    zh, en = next(
        (zh, en) for code, zh, en in COMMON_REJECTION_REASONS if code == "site_not_reachable"
    )
    assert text == en
    assert [r.to_json() for r in seen.reasons] == [
        {
            "field": "proposed_ips",
            "ip": "39.108.77.13",
            "code": "site_not_reachable",
            "message": f"{zh} / {en}",
        }
    ]
    assert seen.comment == "Check the DNS records of the new address."


def test_a_decision_made_first_by_another_reviewer_is_reported_not_overwritten(
    page: ReviewDetailPage, qtbot: Any, service: dict[str, Any]
) -> None:
    change = file_change(service["demo"], 1, ["47.93.18.21", "2408:4003:10a0::66"])
    open_change(page, qtbot, change.id)
    assert page.approve_button.isEnabled()
    service["reviewer2"].review(change.id, "reject", reasons=[Reason("Second reviewer was first")])
    page.reasons.add_reason(None, "my own reason")
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: "Already decided by another reviewer" in page.banner.text(), timeout=10_000
    )
    assert page.banner.text().endswith("First review rejected")
    assert page.banner.accessibleDescription() == page.banner.text()  # for screen readers
    qtbot.waitUntil(lambda: "First review rejected" in page.title_label.text(), timeout=5000)
    assert not page.approve_button.isEnabled() and not page.reject_button.isEnabled()
    assert "Nothing to decide" in page.action_note.text()
    seen = service["demo"].get_change(change.id)
    assert seen.reasons[0].message == "Second reviewer was first"


def test_buttons_follow_allowed_actions_and_reviewers_cannot_file(
    page: ReviewDetailPage, qtbot: Any, service: dict[str, Any]
) -> None:
    reviewer2 = service["reviewer2"]
    # A reviewer can never submit a change, so "own submission" cannot arise: the service
    # refuses the filing itself.
    with pytest.raises(Forbidden):
        reviewer2.create_change(6, ["39.108.77.12"], "reviewer-files")
    approved = next(
        c for c in service["demo"].list_changes(limit=100).items if c.status == "approved"
    )
    open_change(page, qtbot, approved.id)
    assert page.change is not None and page.change.allowed_actions == ()
    assert not page.approve_button.isEnabled() and not page.reject_button.isEnabled()
    assert page.action_note.text() == "Nothing to decide: this change is Approved (filed)."


def test_a_decision_by_another_reviewer_while_reading_is_reported_on_queue_changed(
    page: ReviewDetailPage, qtbot: Any, service: dict[str, Any]
) -> None:
    reviewer2 = service["reviewer2"]
    pending = [i.change for i in reviewer2.review_queue(stage="first_review").items]
    change = pending[0]
    open_change(page, qtbot, change.id)
    reviewer2.review(change.id, "approve")
    page.on_queue_changed({"kind": "queue.changed"})
    qtbot.waitUntil(
        lambda: "Already decided by another reviewer" in page.banner.text(), timeout=10_000
    )
    assert page.banner.text().endswith(
        "Approved, awaiting submission to the administration"
    ) or page.banner.text().endswith("Under administration review")
    assert not page.approve_button.isEnabled()


def test_switching_the_language_keeps_the_change_and_the_unsent_reasons(
    page: ReviewDetailPage, qtbot: Any, qapp: Any, service: dict[str, Any]
) -> None:
    from icp_desktop.ui import i18n

    pending = service["reviewer2"].review_queue(stage="first_review").items
    change_id = pending[-1].change.id
    open_change(page, qtbot, change_id)
    ip = page.change.proposed_ips[-1]  # type: ignore[union-attr]
    page.reasons.set_target(ip)
    page.reasons.reason_combo.setEditText("Typed, not yet added")
    page.reasons.add_reason(ip, "Added before the switch")
    page.reasons.comment_edit.setPlainText("comment kept")
    try:
        i18n.switch_language(qapp, "zh_CN")
        # Each widget gets its own LanguageChange: wait until the page and the editor have.
        qtbot.waitUntil(
            lambda: (
                page.approve_button.text() == "通过"
                and page.reasons.reason_name.text().startswith("驳回原因")
            ),
            timeout=5000,
        )
        assert page.reject_button.text() == "驳回"
        assert page.tabs.tabText(0) == "审核决定"
        assert "待初审" in page.title_label.text()
        assert page.change_id == change_id
        assert page.reasons.target_combo.currentData() == ip
        assert page.reasons.reason_combo.currentText() == "Typed, not yet added"
        assert [r.message for r in page.reasons.reasons()] == ["Added before the switch"]
        assert page.reasons.comment() == "comment kept"
    finally:
        i18n.switch_language(qapp, "en")
    qtbot.waitUntil(lambda: page.approve_button.text() == "Approve", timeout=5000)
    assert "Pending first review" in page.title_label.text()


def test_a_reason_the_service_refuses_is_shown_at_the_reasons_and_nothing_is_decided(
    page: ReviewDetailPage, qtbot: Any, service: dict[str, Any]
) -> None:
    pending = service["reviewer2"].review_queue(stage="first_review").items
    change_id = pending[-1].change.id
    open_change(page, qtbot, change_id)
    page.reasons.add_reason("198.51.100.200", "An address this change does not have")
    qtbot.keyClick(page, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: "not recorded" in page.banner.text(), timeout=10_000)
    assert "198.51.100.200 is not one of this change's IPs" in page.reasons.error_label.text()
    assert page.reasons.error_label.isVisible()
    assert page.reject_button.isEnabled()  # fix the reason and try again
    assert service["demo"].get_change(change_id).status == "pending_first_review"


def test_a_decision_names_the_change_and_can_be_undone_before_it_is_sent(
    page: ReviewDetailPage, qtbot: Any, service: dict[str, Any]
) -> None:
    change = next(
        i.change
        for i in service["reviewer2"].review_queue(stage="first_review").items
        if i.change.website.domain == "docs.yunzhan-tech.cn"
    )
    open_change(page, qtbot, change.id)
    page.undo_bar.seconds = 30
    page.approve()
    assert page.undo_bar.isVisible()
    assert page.undo_bar.label.text() == (
        f"Approving change #{change.id} · docs.yunzhan-tech.cn (京ICP备20231234号-3) in 30 s…"
    )
    assert not page.approve_button.isEnabled() and not page.reject_button.isEnabled()
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert not page.undo_bar.isVisible()
    assert page.approve_button.isEnabled()
    qtbot.wait(200)
    assert service["demo"].get_change(change.id).status == "pending_first_review"
    # a decision left in its window is sent when the reviewer moves on
    page.approve()
    page.hide()
    qtbot.waitUntil(
        lambda: service["demo"].get_change(change.id).status != "pending_first_review",
        timeout=10_000,
    )


def test_the_pre_submit_checks_stand_beside_the_ip_checks(
    page: ReviewDetailPage, qtbot: Any, service: dict[str, Any]
) -> None:
    # blog.yunzhan-tech.cn's demo change waits for first review; its footer lacks the MIIT link
    blog = next(
        c
        for c in service["demo"].list_changes(limit=100).items
        if c.website.domain == "blog.yunzhan-tech.cn"
    )
    open_change(page, qtbot, blog.id)
    qtbot.waitUntil(lambda: page.prechecks.state == "shown", timeout=10_000)
    lines = page.prechecks.lines()
    assert any(line.startswith("Fail · Filing number in the footer") for line in lines), lines
    assert any("DNS records" in line for line in lines)
    assert page.ip_tree.rows()  # the four checks per IP are still there


def test_a_reason_on_a_filed_fact_and_each_rounds_proposal_in_the_history(
    page: ReviewDetailPage, qtbot: Any, service: dict[str, Any]
) -> None:
    """A reason attaches to the website's service content, not to the IPs; after Modify and
    Submit, History shows what each round proposed against the one before."""
    demo = service["demo"]
    # zhangwei-blog.cn (website 7, filed with 121.40.56.78): its demo draft withdrawn first
    draft = demo.get_website(7).open_change
    if draft is not None:
        demo.withdraw_change(draft.id)
    change = file_change(demo, 7, ["121.40.56.78", "39.108.77.12"])
    open_change(page, qtbot, change.id)
    editor = page.reasons
    editor.target_combo.setCurrentIndex(editor.target_combo.findText("Service content"))
    editor.reason_combo.setEditText("The shop sells services the filing does not name")
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert editor.list.item(0).text().startswith("Service content: ")
    qtbot.mouseClick(page.reject_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: demo.get_change(change.id).status == "first_review_rejected", timeout=10_000
    )
    seen = demo.get_change(change.id)
    assert seen.reasons[0].field == "service_content"
    assert seen.reasons[0].ip is None
    edited = demo.update_change(change.id, ["39.108.77.12", "39.108.77.13"], f'"{seen.version}"')
    demo.submit_change(int(edited.id), "resubmit-history")
    open_change(page, qtbot, change.id)
    lines = page.history.lines()
    proposals = [line for line in lines if "Proposed:" in line]
    assert len(proposals) == 2
    assert "+ 39.108.77.12" in proposals[0] and "= 121.40.56.78" in proposals[0]
    assert "−" not in proposals[0]
    assert (
        "+ 39.108.77.13" in proposals[1]
        and "− 121.40.56.78" in proposals[1]
        and "= 39.108.77.12" in proposals[1]
    )


def test_the_page_fits_the_main_window_s_width_with_its_deadline_in_full(
    qtbot: Any, tmp_path: Any
) -> None:
    """The header's deadline sentence is long ("⚠ Overdue: First review due by the end of
    Thursday, … (Beijing time)"): it wraps rather than widening the window past its default
    width, and shows whole."""
    server = start_live_server(tmp_path / "service")  # the demo's changes as seeded
    backend = backend_for(server.url, "reviewer")
    try:
        page = ReviewDetailPage(backend)
        qtbot.addWidget(page)
        page.resize(1080, 700)
        page.show()
        open_change(page, qtbot, 2)  # the demo's overdue change
        qtbot.wait(20)
        assert "Overdue" in page.due_label.text() and "Beijing time" in page.due_label.text()
        assert page.minimumSizeHint().width() <= 1080, page.minimumSizeHint()
        assert page.width() == 1080
        label = page.due_label.text_label
        assert label.height() >= label.heightForWidth(label.width())  # the whole sentence
    finally:
        backend.shutdown()
        server.stop()
