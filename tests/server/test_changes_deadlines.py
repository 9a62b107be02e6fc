"""Due times of a change in mainland working days (Beijing time), estimated without data."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from icp_desktop.domain.calendar import WorkingCalendar
from icp_desktop.server.calendar_cache import CalendarCache, merge
from icp_desktop.server.services import deadlines

BJ = deadlines.BEIJING
PACKAGE = WorkingCalendar()  # the chinesecalendar package's data alone


def bj(y: int, m: int, d: int, hh: int = 10) -> datetime:
    return datetime(y, m, d, hh, tzinfo=BJ).astimezone(UTC)


def test_a_friday_approval_is_due_at_the_end_of_monday() -> None:
    due, estimated = deadlines.administration_due(PACKAGE, bj(2025, 3, 7))  # a Friday
    assert due == datetime(2025, 3, 11, 0, 0, tzinfo=BJ)  # 24:00 of Monday 10 March
    assert not estimated


def test_late_evening_in_beijing_counts_from_the_beijing_date() -> None:
    # 2025-03-06 23:30 Beijing is still Thursday there, although UTC says 15:30.
    due, _ = deadlines.first_review_due(PACKAGE, bj(2025, 3, 6, 23))
    assert due == datetime(2025, 3, 8, 0, 0, tzinfo=BJ)  # end of Friday 7 March


def test_national_day_holidays_and_the_make_up_saturday() -> None:
    # 2025: 1–8 October off, Saturday 11 October a make-up working day.
    due, estimated = deadlines.administration_due(PACKAGE, bj(2025, 9, 30))
    assert due == datetime(2025, 10, 10, 0, 0, tzinfo=BJ)  # end of Thursday 9 October
    due, _ = deadlines.administration_due(PACKAGE, bj(2025, 10, 10))
    assert due == datetime(2025, 10, 12, 0, 0, tzinfo=BJ)  # end of Saturday 11 October
    assert not estimated


def test_twenty_working_days_for_the_administration() -> None:
    expected, _ = deadlines.administration_expected(PACKAGE, bj(2025, 3, 3))  # a Monday
    assert expected == datetime(2025, 4, 1, 0, 0, tzinfo=BJ)  # end of Monday 31 March


def test_a_year_without_data_is_estimated_by_weekends_and_never_fails() -> None:
    due, estimated = deadlines.administration_due(PACKAGE, bj(2099, 3, 6))  # a Friday
    assert estimated
    assert due == datetime(2099, 3, 10, 0, 0, tzinfo=BJ)


def test_operator_overrides_cover_a_later_year(tmp_path: Path) -> None:
    path = tmp_path / "holidays.json"
    path.write_text(json.dumps({"years": [2099], "holidays": ["2099-03-09"]}))
    # The file named by ICP_CALENDAR_OVERRIDES, as the service loads it.
    layered = WorkingCalendar(merge(CalendarCache.from_file(path).base, set(), []))
    due, estimated = deadlines.administration_due(layered, bj(2099, 3, 6))
    assert not estimated
    assert due == datetime(2099, 3, 11, 0, 0, tzinfo=BJ)  # Monday 9 March is a holiday


def test_working_days_left_counts_down_to_overdue() -> None:
    due, _ = deadlines.administration_due(PACKAGE, bj(2025, 3, 7))  # end of Monday 10 March
    assert deadlines.working_days_left(PACKAGE, due, bj(2025, 3, 7)) == 1
    assert deadlines.working_days_left(PACKAGE, due, bj(2025, 3, 10)) == 0
    assert deadlines.working_days_left(PACKAGE, due, bj(2025, 3, 12)) == -2
