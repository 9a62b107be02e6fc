"""The Review status page against the real service: step line, timeline, due dates, actions."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from pytestqt.qtbot import QtBot

from icp_desktop.client.change_models import Change
from icp_desktop.ui.backend import Backend
from icp_desktop.ui.pages.review_status import ReviewStatusPage
from icp_desktop.ui.widgets.dialogs import WithdrawConfirmation
from icp_desktop.ui.widgets.step_line import StepState
from tests.helpers.events import event
from tests.helpers.live_server import LiveServer, api_client
from tests.ui.deadline_support import (
    CHINA,
    deadline_day,
    en_deadline_text,
    expected_due,
    parse,
)

D, C, R, T = StepState.DONE, StepState.CURRENT, StepState.REJECTED, StepState.TODO


@pytest.fixture
def page(demo_backend: Backend, qtbot: QtBot) -> Iterator[ReviewStatusPage]:
    page = ReviewStatusPage(demo_backend)
    qtbot.addWidget(page)
    yield page


def change_of(http: httpx.Client, domain: str) -> dict:  # type: ignore[type-arg]
    items = http.get("/v1/change-requests", params={"limit": 100}).json()["items"]
    return next(
        c for c in items if c["website"]["domain"] == domain and c["status"] not in ("withdrawn",)
    )


def show(qtbot: QtBot, page: ReviewStatusPage, change_id: int) -> None:
    page.activate(change_id=change_id)
    qtbot.waitUntil(
        lambda: (
            page.change is not None and page.change.id == change_id and not page.spinner.running
        ),
        timeout=10_000,
    )


def beijing_clock(value: str) -> str:
    """A service time as the English interface writes it in Beijing time, labelled."""
    moment = parse(value).astimezone(CHINA)
    noon = "AM" if moment.hour < 12 else "PM"
    clock = f"{moment.hour % 12 or 12}:{moment.minute:02d}\u202f{noon}"
    return f"{moment.month}/{moment.day}/{moment.year} {clock} (Beijing time)"


def test_rejected_change_shows_the_rejected_step_reasons_and_actions(
    qtbot: QtBot, page: ReviewStatusPage, demo_http: httpx.Client
) -> None:
    change = change_of(demo_http, "shop.yunzhan-tech.cn")
    show(qtbot, page, change["id"])
    assert page.step_line.states == [D, R, T, T]
    assert page.fields["status"].text() == "First review rejected"
    texts = page.timeline.entry_texts()
    assert len(texts) == 3
    assert "Draft created" in texts[0] and "Submitted for first review" in texts[1]
    assert "First review rejected" in texts[2] and "39.108.77.13:" in texts[2]
    assert "请核实新IP上的网站服务后重新提交" in texts[2]
    assert "39.108.77.13" in page.fields["reasons"].text()
    assert page.modify_button.text() == "Modify and Submit"
    assert not page.modify_button.isHidden() and not page.withdraw_button.isHidden()
    with qtbot.waitSignal(page.open_change_access) as opened:
        page.modify_button.click()
    assert opened.args == [change["website_id"]]


def test_a_finished_change_shows_no_pending_deadline_and_times_in_beijing_time(
    qtbot: QtBot, page: ReviewStatusPage, demo_http: httpx.Client
) -> None:
    change = change_of(demo_http, "zw-notes.cn")
    full = demo_http.get(f"/v1/change-requests/{change['id']}").json()
    assert full["status"] == "approved" and full["deadline"] is None
    show(qtbot, page, change["id"])
    assert page.step_line.states == [D, D, D, D]
    # Approved long ago: nothing is due any more, and nothing says so.
    assert page.deadline.text() == "None: the change is finished (filed)"
    assert not page.deadline.icon_shown()
    assert "due by" not in page.fields["time_limits"].text()
    assert page.fields["submitted"].text() == beijing_clock(full["submitted_at"])
    entries = page.timeline.entry_texts()
    assert len(entries) == len(full["timeline"])
    assert "Approved by the administration" in entries[-1]
    for entry, step in zip(entries, full["timeline"], strict=True):
        assert entry.startswith(beijing_clock(step["at"]) + " · "), entry
    assert page.modify_button.isHidden() and page.withdraw_button.isHidden()


def test_a_pending_first_review_shows_its_deadline_counted_in_working_days(
    qtbot: QtBot, page: ReviewStatusPage, demo_http: httpx.Client
) -> None:
    change = change_of(demo_http, "docs.yunzhan-tech.cn")  # awaiting first review
    full = demo_http.get(f"/v1/change-requests/{change['id']}").json()
    day, estimated = expected_due(full)  # the next working day after submission
    assert (deadline_day(full["deadline"]["due_at"]), full["deadline"]["estimated"]) == (
        day,
        estimated,
    )
    show(qtbot, page, change["id"])
    assert page.deadline.text() == en_deadline_text(full)
    assert page.deadline.icon_shown() == estimated
    if estimated:  # the year has no holiday data: the reason is one hover away
        assert f"no holiday data for {day.year}" in page.deadline.toolTip()
    else:
        assert page.deadline.reason() == "" and page.deadline.toolTip() == ""


def test_reviewer_decision_shows_after_refresh_and_withdraw_ends_it(
    qtbot: QtBot,
    page: ReviewStatusPage,
    demo_http: httpx.Client,
    live_server: LiveServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    change = change_of(demo_http, "help.yunzhan-tech.cn")  # awaiting first review
    show(qtbot, page, change["id"])
    assert page.step_line.states == [D, C, T, T]
    assert page.deadline.text().startswith("First review due by the end of ")
    assert page.modify_button.isHidden() and not page.withdraw_button.isHidden()
    with api_client(live_server.url, "reviewer") as reviewer:
        reviewer.post(
            f"/v1/change-requests/{change['id']}/review",
            json={
                "decision": "reject",
                "comment": "请补充",
                "reasons": [
                    {
                        "field": "proposed_ips",
                        "ip": "39.108.77.12",
                        "message": "IP地址不属于本账号下的云服务器资源",
                    }
                ],
            },
        ).raise_for_status()
    page.on_event(event({"kind": "first_review.rejected", "change_id": change["id"]}))
    qtbot.waitUntil(lambda: page.step_line.states == [D, R, T, T], timeout=10_000)
    assert page.deadline.text() == "None: waiting for the filer to modify and submit"
    assert "IP地址不属于本账号下的云服务器资源" in page.timeline.entry_texts()[-1]
    assert "Reviewer reviewer" in page.timeline.entry_texts()[-1]

    asked: list[str] = []
    monkeypatch.setattr(
        WithdrawConfirmation,
        "ask",
        classmethod(lambda cls, _p, number: asked.append(number) or True),
    )
    page.withdraw_button.click()
    qtbot.waitUntil(lambda: page.change.status == "withdrawn", timeout=10_000)
    assert asked == ["京ICP备20231234号-5"]
    assert page.step_line.states == [T, T, T, T]
    assert page.message.text() == "The change was withdrawn."
    assert page.deadline.text() == "None: the change was withdrawn"
    assert page.withdraw_button.isHidden() and page.modify_button.isHidden()


def test_declining_the_withdraw_question_changes_nothing(
    qtbot: QtBot,
    page: ReviewStatusPage,
    demo_http: httpx.Client,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    change = change_of(demo_http, "docs.yunzhan-tech.cn")  # awaiting first review
    show(qtbot, page, change["id"])
    monkeypatch.setattr(WithdrawConfirmation, "ask", classmethod(lambda cls, *a: False))
    page.withdraw_button.click()
    assert not page.spinner.running
    after = demo_http.get(f"/v1/change-requests/{change['id']}").json()
    assert after["status"] == "pending_first_review"
    assert after["version"] == change["version"]


def test_estimated_and_overdue_deadlines_say_so_in_text_and_with_an_icon(
    page: ReviewStatusPage,
) -> None:
    # A change as the service reports it when a year has no calendar data (weekends only).
    change = Change.from_json(
        {
            "id": 99,
            "website_id": 1,
            "status": "pending_administration_submission",
            "round": 1,
            "website": {
                "id": 1,
                "license_number": "京ICP备20231234号-1",
                "name": "云栈科技官网",
                "domain": "yunzhan-tech.cn",
            },
            "owner": {"id": 1, "username": "demo", "role": "filer"},
            "version": 3,
            "created_at": "2031-01-01T02:00:00Z",
            "updated_at": "2031-01-02T02:00:00Z",
            "proposed_ips": ["47.93.18.21", "39.108.77.12"],
            "base_ips": ["47.93.18.21"],
            "reasons": [],
            "comment": "",
            "timeline": [],
            "allowed_actions": [],
            "submitted_at": "2031-01-02T02:00:00Z",
            "first_review_due_at": None,
            "administration_due_at": "2031-01-03T16:00:00Z",
            "administration_expected_by": "2031-01-31T16:00:00Z",
            "due_estimated": True,
            "overdue": True,
            "deadline": {
                "kind": "administration_submission",
                "due_at": "2031-01-03T16:00:00Z",
                "estimated": True,
                "overdue": True,
                "working_days_left": -1,
            },
        }
    )
    page._on_loaded(change)
    assert page.deadline.text() == (
        "⚠ Overdue: Submission to the administration due by the end of Friday, January 3, 2031 "
        "(Beijing time) (within 1 working day of approval) (estimated)"
    )
    assert page.deadline.icon_shown()
    assert page.deadline.icon_label.pixmap() is not None
    assert not page.deadline.icon_label.pixmap().isNull()
    assert page.deadline.reason().startswith(
        "Estimated: there is no holiday data for 2031 yet, so this deadline counts weekends only"
    )
    assert page.deadline.reason() in page.deadline.toolTip()
    assert page.fields["submitted"].text() == "1/2/2031 10:00\u202fAM (Beijing time)"
    assert page.step_line.states == [D, D, C, T]
    assert "Added: 39.108.77.12" in page.fields["ips"].text()


def test_a_language_switch_renders_the_timeline_and_dates_again(
    qtbot: QtBot, qapp: object, page: ReviewStatusPage, demo_http: httpx.Client
) -> None:
    from icp_desktop.ui import i18n

    change = change_of(demo_http, "zw-notes.cn")
    show(qtbot, page, change["id"])
    assert "Approved by the administration" in page.timeline.entry_texts()[-1]
    try:
        i18n.switch_language(qapp, "zh_CN")  # type: ignore[arg-type]
        qtbot.waitUntil(lambda: "管局审核通过" in page.timeline.entry_texts()[-1], timeout=5_000)
        assert page.fields["status"].text() == "已完成（已备案）"
        assert page.deadline.text() == "无：变更已完成（已备案）"
        assert "1 个工作日内" in page.fields["time_limits"].text()
        assert "（北京时间）" in page.timeline.entry_texts()[0]
    finally:
        i18n.switch_language(qapp, "en")  # type: ignore[arg-type]
    qtbot.waitUntil(
        lambda: "Approved by the administration" in page.timeline.entry_texts()[-1], timeout=5_000
    )
