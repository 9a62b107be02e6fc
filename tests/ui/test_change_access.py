"""The Change Access page against the real service: save, refusals at the fields, local drafts
surviving a crash, a submit retried after a lost answer filing once, Modify and Submit."""

from __future__ import annotations

import threading
from typing import Any

import httpx
import pytest
from pytestqt.qtbot import QtBot

from icp_desktop.client.api import ApiClient
from icp_desktop.client.errors import Unavailable
from icp_desktop.ui.backend import Backend
from icp_desktop.ui.drafts import DraftStore
from icp_desktop.ui.pages.change_access import ChangeAccessPage
from icp_desktop.ui.widgets.dialogs import RestoreDraft, SubmitConfirmation

# One service for the module; each test that changes data on it uses its own website.
FREE_WEBSITE = 1  # 京ICP备20231234号-1, no open change in the demo data
JOBS_WEBSITE = 6  # 京ICP备20231234号-6, no open change
PHOTO_WEBSITE = 8  # 沪ICP备19087654号-2, its demo change was withdrawn
NOTES_WEBSITE = 9  # 沪ICP备19087654号-3, its demo change was approved
DRAFT_WEBSITE = 7  # 沪ICP备19087654号-1, a demo draft change proposing 121.40.56.78, 39.108.77.12
REJECTED_WEBSITE = 2  # its change was rejected at first review, with a reason on 39.108.77.13
SPARE_IP = "2408:4003:10a0::66"  # on web-spare-01, used by no website


def open_page(qtbot: QtBot, demo_backend: Backend, website_id: int) -> ChangeAccessPage:
    page = ChangeAccessPage(demo_backend)
    qtbot.addWidget(page)
    page.activate(website_id=website_id)
    qtbot.waitUntil(lambda: page.website is not None and not page.spinner.running, timeout=10_000)
    return page


def answered(qtbot: QtBot, page: ChangeAccessPage) -> None:
    qtbot.waitUntil(lambda: not page._in_flight, timeout=10_000)


def test_facts_are_read_only_beside_the_editable_ips(qtbot: QtBot, demo_backend: Backend) -> None:
    page = open_page(qtbot, demo_backend, FREE_WEBSITE)
    assert page.facts.text_of("license_number") == "京ICP备20231234号-1"
    assert page.facts.text_of("name") == "云栈科技官网"
    assert page.facts.text_of("domain") == "yunzhan-tech.cn"
    assert "北京云栈科技有限公司" in page.facts.text_of("subject")
    assert page.editor.ips() == ["47.93.18.21"]
    assert SPARE_IP in page.editor.picker.selectable_ips()
    assert "47.242.30.15" in page.editor.picker.disabled_ips()  # hk-edge: not mainland
    assert page.next_button.text() == "Submit for review" and page.next_button.isEnabled()


def test_save_draft_stores_the_change_and_drops_the_local_copy(
    qtbot: QtBot, demo_backend: Backend, demo_http: httpx.Client
) -> None:
    page = open_page(qtbot, demo_backend, JOBS_WEBSITE)
    assert page.editor.picker.select_ip(SPARE_IP)
    page.editor.picker.add_button.click()
    assert "Added: " + SPARE_IP in page.summary.text()
    page.save_button.click()
    answered(qtbot, page)
    assert page.message.text() == "Draft saved."
    change = demo_http.get(f"/v1/change-requests/{page.change.id}").json()
    assert change["status"] == "draft"
    assert change["proposed_ips"] == ["121.40.56.78", "2408:4002:1f20::18", SPARE_IP]
    page.writer.flush()
    assert page.writer.store.load(page.account_key(), JOBS_WEBSITE) is None


def test_server_refusal_stands_at_the_ip_and_nothing_is_lost(
    qtbot: QtBot, demo_backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(SubmitConfirmation, "ask", classmethod(lambda cls, *a: True))
    page = open_page(qtbot, demo_backend, PHOTO_WEBSITE)
    # public, but on no resource of this account; typed it is refused at once (see
    # test_ip_editor), so it comes here as a restored draft would bring it
    page.editor.add_ip("8.8.8.8")
    page.next_button.click()
    answered(qtbot, page)
    assert "does not belong" in page.editor.reason_at("8.8.8.8")
    assert page.editor.reason_at("121.40.56.79") == ""
    assert "refused" in page.message.text()
    assert page.editor.ips() == ["121.40.56.79", "8.8.8.8"]
    assert page.change is not None and page.change.status == "draft"  # kept as a draft
    page.writer.flush()
    draft = page.writer.store.load(page.account_key(), PHOTO_WEBSITE)
    assert draft is not None and draft.submit_key is None  # answered: the next try is new
    assert draft.proposed_ips == ["121.40.56.79", "8.8.8.8"]


def test_unchanged_list_is_refused_at_once_without_a_request(
    qtbot: QtBot, demo_backend: Backend
) -> None:
    page = open_page(qtbot, demo_backend, FREE_WEBSITE)
    page.save_button.click()
    assert "same as the current" in page.editor.list_reason()
    assert not page._in_flight


def test_unsaved_edits_come_back_after_a_crash(
    qtbot: QtBot, demo_backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_page(qtbot, demo_backend, FREE_WEBSITE)
    page.editor.input.setText("２４０８：４００３：１０ａ０：：６６")  # typed with a Chinese IME
    page.editor.add_button.click()
    page.editor.remove_ip("47.93.18.21")
    qtbot.keyClicks(page.editor.input, "39.108.7")  # half typed when the app dies
    store = DraftStore.default()
    qtbot.waitUntil(
        lambda: (
            (d := store.load(page.account_key(), FREE_WEBSITE)) is not None
            and d.proposed_ips == [SPARE_IP]
            and d.typing == "39.108.7"
        ),
        timeout=5_000,
    )
    page.deleteLater()  # gone without saving, as in a crash

    offered: list[tuple[Any, list[str]]] = []

    def restore(_parent: object, saved_at: Any, ips: list[str]) -> bool:
        offered.append((saved_at, ips))
        return True

    monkeypatch.setattr(RestoreDraft, "ask", classmethod(lambda cls, *a: restore(*a)))
    again = open_page(qtbot, demo_backend, FREE_WEBSITE)
    assert offered and offered[0][1] == [SPARE_IP] and offered[0][0] is not None
    assert again.editor.ips() == [SPARE_IP]
    assert again.editor.input.text() == "39.108.7"
    assert "Removed: 47.93.18.21" in again.summary.text()


def test_declined_restore_discards_the_local_draft(
    qtbot: QtBot, demo_backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_page(qtbot, demo_backend, FREE_WEBSITE)
    page.editor.add_ip(SPARE_IP)
    page.flush_autosave()
    page.writer.flush()
    monkeypatch.setattr(RestoreDraft, "ask", classmethod(lambda cls, *a: False))
    again = open_page(qtbot, demo_backend, FREE_WEBSITE)
    assert again.editor.ips() == ["47.93.18.21"]
    again.writer.flush()
    assert again.writer.store.load(again.account_key(), FREE_WEBSITE) is None


def test_a_submit_whose_answer_was_lost_files_once_on_retry(
    qtbot: QtBot, demo_backend: Backend, demo_http: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_submit = ApiClient.submit_change
    keys: list[str] = []

    def submit_then_lose_the_answer(self: ApiClient, change_id: int, idempotency_key: str) -> Any:
        keys.append(idempotency_key)
        result = real_submit(self, change_id, idempotency_key)
        if len(keys) == 1:
            raise Unavailable(0, "Connection reset", code="connection")
        return result

    monkeypatch.setattr(ApiClient, "submit_change", submit_then_lose_the_answer)
    monkeypatch.setattr(SubmitConfirmation, "ask", classmethod(lambda cls, *a: True))
    page = open_page(qtbot, demo_backend, NOTES_WEBSITE)
    page.editor.add_ip(SPARE_IP)
    page.next_button.click()
    answered(qtbot, page)
    assert "did not answer" in page.message.text()
    assert page.editor.ips() == ["39.108.77.12", SPARE_IP]
    page.writer.flush()
    stored = page.writer.store.load(page.account_key(), NOTES_WEBSITE)
    assert stored is not None and stored.submit_key == keys[0]

    with qtbot.waitSignal(page.open_status, timeout=10_000) as opened:
        page.next_button.click()
    assert keys == [keys[0], keys[0]]  # the retry carried the same key
    change = demo_http.get(f"/v1/change-requests/{opened.args[0]}").json()
    assert change["status"] == "pending_first_review"
    assert [e["action"] for e in change["timeline"]].count("submit") == 1
    listed = demo_http.get("/v1/change-requests", params={"limit": 500}).json()["items"]
    open_ones = [
        c["id"]
        for c in listed
        if c["website_id"] == NOTES_WEBSITE and c["status"] not in ("approved", "withdrawn")
    ]
    assert open_ones == [change["id"]]
    page.writer.flush()
    assert page.writer.store.load(page.account_key(), NOTES_WEBSITE) is None


def test_rejection_reasons_stand_at_the_ip_and_modify_and_submit_resubmits(
    qtbot: QtBot, demo_backend: Backend, demo_http: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[bool] = []
    monkeypatch.setattr(
        SubmitConfirmation,
        "ask",
        classmethod(lambda cls, _p, _s, resubmit: asked.append(resubmit) or True),
    )
    page = open_page(qtbot, demo_backend, REJECTED_WEBSITE)
    assert page.next_button.text() == "Modify and Submit"
    assert "does not resolve to 39.108.77.13" in page.editor.reason_at("39.108.77.13")
    assert page.editor.reason_at("47.93.18.22") == ""
    assert not page.banner.isHidden() and "请核实" in page.banner.text()
    page.editor.remove_ip("39.108.77.13")
    page.editor.add_ip(SPARE_IP)
    with qtbot.waitSignal(page.open_status, timeout=10_000) as opened:
        page.next_button.click()
    assert asked == [True]
    change = demo_http.get(f"/v1/change-requests/{opened.args[0]}").json()
    assert change["status"] == "pending_first_review"
    assert change["round"] == 2
    assert change["proposed_ips"] == ["47.93.18.22", SPARE_IP]


def test_a_change_edited_elsewhere_is_refused_then_saved_on_the_latest_version(
    qtbot: QtBot, demo_backend: Backend, demo_http: httpx.Client
) -> None:
    page = open_page(qtbot, demo_backend, DRAFT_WEBSITE)
    change_id = page.change.id
    assert page.editor.ips() == ["121.40.56.78", "39.108.77.12"]
    # Another window saves the same draft meanwhile.
    current = demo_http.get(f"/v1/change-requests/{change_id}")
    demo_http.patch(
        f"/v1/change-requests/{change_id}",
        json={"proposed_ips": ["39.108.77.12"]},
        headers={"If-Match": current.headers["ETag"]},
    ).raise_for_status()
    page.editor.remove_ip("39.108.77.12")
    page.editor.add_ip(SPARE_IP)
    page.save_button.click()
    answered(qtbot, page)
    assert "modified elsewhere" in page.message.text()
    assert page.editor.ips() == ["121.40.56.78", SPARE_IP]  # nothing typed is lost
    qtbot.waitUntil(
        lambda: page.change.version > current.json()["version"] and not page.spinner.running,
        timeout=10_000,
    )
    page.save_button.click()
    answered(qtbot, page)
    assert page.message.text() == "Draft saved."
    stored = demo_http.get(f"/v1/change-requests/{change_id}").json()
    assert stored["proposed_ips"] == ["121.40.56.78", SPARE_IP]


def test_moving_on_while_a_save_is_out_leaves_the_new_page_alone(
    qtbot: QtBot, demo_backend: Backend, demo_http: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = threading.Event()
    real_create = ApiClient.create_change

    def held_create(self: ApiClient, *args: Any, **kwargs: Any) -> Any:
        gate.wait(10)  # the service is slow to answer
        return real_create(self, *args, **kwargs)

    monkeypatch.setattr(ApiClient, "create_change", held_create)
    page = open_page(qtbot, demo_backend, FREE_WEBSITE)
    page.editor.add_ip(SPARE_IP)
    page.save_button.click()
    assert page._in_flight
    page.activate(website_id=REJECTED_WEBSITE)
    gate.set()
    qtbot.waitUntil(
        lambda: (
            not page._in_flight and page.website is not None and page.website.id == REJECTED_WEBSITE
        ),
        timeout=10_000,
    )
    assert page.facts.text_of("license_number") == "京ICP备20231234号-2"
    assert page.change.website_id == REJECTED_WEBSITE
    assert page.editor.ips() == list(page.change.proposed_ips)  # its own list, not the saved one
    listed = demo_http.get("/v1/change-requests", params={"limit": 500}).json()["items"]
    saved = [c for c in listed if c["website_id"] == FREE_WEBSITE and c["status"] == "draft"]
    assert [c["proposed_ips"] for c in saved] == [["47.93.18.21", SPARE_IP]]
    page.writer.flush()
    assert page.writer.store.load(page.account_key(), FREE_WEBSITE) is None


def withdraw_open_change(http: httpx.Client, website_id: int) -> None:
    """Make ``website_id`` free again whatever earlier tests in this module left on it."""
    website = http.get(f"/v1/websites/{website_id}").json()
    if website["open_change"]:
        http.post(f"/v1/change-requests/{website['open_change']['id']}/withdraw").raise_for_status()


def test_a_create_whose_answer_was_lost_makes_one_change_on_retry(
    qtbot: QtBot, demo_backend: Backend, demo_http: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    withdraw_open_change(demo_http, PHOTO_WEBSITE)
    real_create = ApiClient.create_change
    keys: list[str] = []

    def create_then_lose_the_answer(
        self: ApiClient, website_id: int, ips: list[str], idempotency_key: str
    ) -> Any:
        keys.append(idempotency_key)
        result = real_create(self, website_id, ips, idempotency_key)
        if len(keys) == 1:
            raise Unavailable(0, "Read timed out", code="timeout")
        return result

    monkeypatch.setattr(ApiClient, "create_change", create_then_lose_the_answer)
    page = open_page(qtbot, demo_backend, PHOTO_WEBSITE)
    page.editor.add_ip(SPARE_IP)
    page.save_button.click()
    answered(qtbot, page)
    assert "did not answer" in page.message.text() and page.change is None
    page.save_button.click()
    answered(qtbot, page)
    assert page.message.text() == "Draft saved."
    assert keys == [keys[0], keys[0]]
    listed = demo_http.get("/v1/change-requests", params={"limit": 500}).json()["items"]
    drafts = [c for c in listed if c["website_id"] == PHOTO_WEBSITE and c["status"] == "draft"]
    assert [c["id"] for c in drafts] == [page.change.id]
