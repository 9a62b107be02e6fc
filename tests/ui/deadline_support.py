"""What a change's pending deadline should read, worked out in the test from the moment that
started it and the domain's working-day calendar (never from today's date), so the page tests
pass whatever moment the clock is pinned to (``ICP_TEST_NOW``)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Any

from icp_desktop.domain.calendar import estimate_add_working_days

CHINA = timezone(timedelta(hours=8))
WEEKDAYS_ZH = "一二三四五六日"
# (action that starts the stage, working days it has)
STAGE_START = {
    "first_review": ("submit", 1),
    "administration_submission": ("approve_first_review", 1),
    "administration_review": ("submit_to_administration", 20),
}


def parse(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def deadline_day(value: str) -> date:
    """The Beijing day a deadline (the midnight that ends it) belongs to."""
    return (parse(value).astimezone(CHINA) - timedelta(microseconds=1)).date()


def expected_due(change: dict[str, Any]) -> tuple[date, bool]:
    """The Beijing day the change's pending deadline ends on, and whether it is an estimate,
    counted with the package's calendar from the step that started the stage."""
    action, days = STAGE_START[change["deadline"]["kind"]]
    started = [e["at"] for e in change["timeline"] if e["action"] == action][-1]
    start_day = parse(started).astimezone(CHINA).date()
    return estimate_add_working_days(start_day, days)


def en_long(day: date) -> str:
    return f"{day:%A}, {day:%B} {day.day}, {day.year}"


def zh_long(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日星期{WEEKDAYS_ZH[day.weekday()]}"


def en_deadline_text(change: dict[str, Any]) -> str:
    """The English sentence of a first-review deadline as the status page writes it."""
    deadline = change["deadline"]
    assert deadline["kind"] == "first_review" and not deadline["overdue"]
    text = (
        f"First review due by the end of {en_long(deadline_day(deadline['due_at']))} (Beijing time)"
    )
    left = deadline["working_days_left"]
    text += " · " + (
        "due today"
        if left == 0
        else "1 working day left"
        if left == 1
        else f"{left} working days left"
    )
    return text + (" (estimated)" if deadline["estimated"] else "")


def zh_deadline_text(change: dict[str, Any]) -> str:
    """The same in Chinese."""
    deadline = change["deadline"]
    assert deadline["kind"] == "first_review" and not deadline["overdue"]
    text = f"初审截止：{zh_long(deadline_day(deadline['due_at']))}（北京时间）当日结束前"
    left = deadline["working_days_left"]
    text += " · " + ("今日到期" if left == 0 else f"剩余 {left} 个工作日")
    return text + ("（估算）" if deadline["estimated"] else "")
