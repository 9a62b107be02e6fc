"""Working days of mainland China: weekends, holidays, make-up days (调休), missing data."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from icp_desktop.domain.calendar import (
    CalendarDataMissing,
    Overrides,
    WorkingCalendar,
    add_working_days,
    deadline_end_of_next_working_day,
    end_of_next_working_day,
    estimate_add_working_days,
    estimate_working_days_between,
    is_working_day,
    next_working_day,
    working_days_between,
)

D = date


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc, arg-type]


def beijing(*args: int) -> datetime:
    """A Beijing wall-clock time, as the aware UTC moment it is."""
    return datetime(*args, tzinfo=UTC) - timedelta(hours=8)  # type: ignore[misc, arg-type]


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (D(2025, 11, 14), True),  # Friday
        (D(2025, 11, 15), False),  # Saturday
        (D(2025, 11, 16), False),  # Sunday
        (D(2025, 11, 17), True),  # Monday
        # 2025 National Day and Mid-Autumn: 1–8 October off, made up on 28 Sep and 11 Oct.
        *[(D(2025, 10, d), False) for d in range(1, 9)],
        (D(2025, 9, 28), True),  # Sunday, make-up working day
        (D(2025, 10, 11), True),  # Saturday, make-up working day
        (D(2025, 10, 12), False),
        (D(2025, 10, 9), True),
        # 2025 Spring Festival: 28 Jan – 4 Feb off, made up on 26 Jan and 8 Feb.
        (D(2025, 1, 26), True),
        (D(2025, 1, 28), False),
        (D(2025, 2, 4), False),
        (D(2025, 2, 8), True),
        # 2026 Spring Festival: 15–23 Feb off, made up on Saturdays 14 and 28 Feb.
        (D(2026, 2, 14), True),
        *[(D(2026, 2, d), False) for d in range(15, 24)],
        (D(2026, 2, 24), True),
        (D(2026, 2, 28), True),
        # 2026 National Day: 1–7 Oct off, made up on 20 Sep (Sunday) and 10 Oct (Saturday).
        (D(2026, 9, 20), True),
        (D(2026, 10, 1), False),
        (D(2026, 10, 7), False),
        (D(2026, 10, 8), True),
        (D(2026, 10, 10), True),
        (D(2026, 1, 1), False),  # New Year's Day, a Thursday
    ],
)
def test_working_days(day: date, working: bool) -> None:
    assert is_working_day(day) is working


def test_next_working_day_is_strictly_after() -> None:
    assert next_working_day(D(2025, 11, 17)) == D(2025, 11, 18)
    assert next_working_day(D(2025, 11, 14)) == D(2025, 11, 17)  # over a weekend
    assert next_working_day(D(2025, 9, 26)) == D(2025, 9, 28)  # to a make-up Sunday
    assert next_working_day(D(2025, 9, 30)) == D(2025, 10, 9)  # over National Day
    assert next_working_day(D(2026, 2, 14)) == D(2026, 2, 24)  # over Spring Festival


def test_add_working_days_and_count_between() -> None:
    assert add_working_days(D(2025, 9, 30), 0) == D(2025, 9, 30)
    assert add_working_days(D(2025, 9, 30), 2) == D(2025, 10, 10)
    assert add_working_days(D(2025, 9, 30), 3) == D(2025, 10, 11)  # make-up Saturday
    assert add_working_days(D(2025, 10, 9), -1) == D(2025, 9, 30)
    assert working_days_between(D(2025, 9, 30), D(2025, 10, 11)) == 3
    assert working_days_between(D(2025, 10, 11), D(2025, 9, 30)) == -3
    assert working_days_between(D(2025, 10, 1), D(2025, 10, 8)) == 0


@given(st.dates(D(2004, 3, 1), D(2026, 11, 30)), st.integers(-25, 25))
def test_adding_and_counting_agree(day: date, n: int) -> None:
    later = add_working_days(day, n)
    assert working_days_between(day, later) == n
    if n:
        assert is_working_day(later)


@given(st.dates(D(2004, 1, 1), D(2026, 11, 30)))
def test_no_working_day_is_skipped(day: date) -> None:
    following = next_working_day(day)
    assert following > day
    assert is_working_day(following)
    skipped = day + timedelta(days=1)
    while skipped < following:
        assert not is_working_day(skipped)
        skipped += timedelta(days=1)


@pytest.mark.parametrize(
    ("approved_at", "due"),
    [
        # Tuesday morning: due the end of Wednesday, Beijing time.
        (beijing(2025, 11, 11, 9, 30), beijing(2025, 11, 12, 23, 59, 59, 999999)),
        # Friday: due the end of Monday.
        (beijing(2025, 11, 14, 10, 0), beijing(2025, 11, 17, 23, 59, 59, 999999)),
        # Thursday 20:00 UTC is already Friday in Beijing: the Beijing date counts.
        (utc(2025, 11, 13, 20, 0), beijing(2025, 11, 17, 23, 59, 59, 999999)),
        # The evening before National Day: due the end of 9 October.
        (beijing(2025, 9, 30, 18, 0), beijing(2025, 10, 9, 23, 59, 59, 999999)),
        # Friday before a make-up Sunday: due that Sunday.
        (beijing(2025, 9, 26, 12, 0), beijing(2025, 9, 28, 23, 59, 59, 999999)),
        # On the make-up Saturday before Spring Festival 2026: due after the holiday.
        (beijing(2026, 2, 14, 12, 0), beijing(2026, 2, 24, 23, 59, 59, 999999)),
    ],
)
def test_end_of_next_working_day(approved_at: datetime, due: datetime) -> None:
    result = end_of_next_working_day(approved_at)
    assert result == due
    assert result.utcoffset() == timedelta(0)


def test_end_of_next_working_day_needs_an_aware_moment() -> None:
    with pytest.raises(ValueError, match="aware"):
        end_of_next_working_day(datetime(2025, 11, 14, 10, 0))


@pytest.mark.parametrize("day", [D(2100, 3, 1), D(2003, 6, 2), D(2027, 1, 4)])
def test_a_year_without_data_raises_naming_the_date(day: date) -> None:
    with pytest.raises(CalendarDataMissing) as caught:
        is_working_day(day)
    assert caught.value.day == day
    assert day.isoformat() in str(caught.value)
    assert isinstance(caught.value, LookupError)


def test_searching_into_a_year_without_data_raises() -> None:
    with pytest.raises(CalendarDataMissing):
        next_working_day(D(2026, 12, 31))
    with pytest.raises(CalendarDataMissing):
        end_of_next_working_day(beijing(2026, 12, 31, 10, 0))


def test_overrides_from_a_json_file_cover_a_later_year(tmp_path: Path) -> None:
    path = tmp_path / "holidays.json"
    path.write_text(
        json.dumps(
            {
                "years": [2100],
                "holidays": ["2100-01-01", "2100-02-01", "2100-02-02"],
                "workdays": ["2100-01-30"],
            }
        ),
        encoding="utf-8",
    )
    calendar = WorkingCalendar(Overrides.from_json_file(path))
    assert not calendar.is_working_day(D(2100, 1, 1))  # a Friday, a holiday
    assert calendar.is_working_day(D(2100, 1, 4))  # an ordinary Monday
    assert not calendar.is_working_day(D(2100, 1, 9))  # an ordinary Saturday
    assert calendar.is_working_day(D(2100, 1, 30))  # a make-up Saturday
    assert calendar.next_working_day(D(2100, 1, 29)) == D(2100, 1, 30)
    assert calendar.next_working_day(D(2100, 1, 30)) == D(2100, 2, 3)
    assert calendar.has_data(D(2100, 6, 1))
    with pytest.raises(CalendarDataMissing):
        calendar.is_working_day(D(2101, 1, 3))
    # The package's years still come from the package.
    assert not calendar.is_working_day(D(2025, 10, 1))


def test_overrides_correct_a_year_the_package_covers() -> None:
    calendar = WorkingCalendar(
        Overrides(holidays=frozenset({D(2025, 11, 17)}), workdays=frozenset({D(2025, 11, 15)}))
    )
    assert not calendar.is_working_day(D(2025, 11, 17))
    assert calendar.is_working_day(D(2025, 11, 15))
    assert calendar.next_working_day(D(2025, 11, 14)) == D(2025, 11, 15)


def test_overrides_carry_a_year_across_the_end_of_the_package_data() -> None:
    overrides = Overrides.from_dict({"years": [2027], "holidays": ["2027-01-01"]})
    exact, estimated = deadline_end_of_next_working_day(
        beijing(2026, 12, 31, 10, 0), WorkingCalendar(overrides)
    )
    assert (exact, estimated) == (beijing(2027, 1, 4, 23, 59, 59, 999999), False)


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ({"holidays": ["2027-01-01"], "workdays": ["2027-01-01"]}, "both"),
        ({"holidays": ["2027-13-01"]}, "2027-13-01"),
        ({"holidays": [20270101]}, "20270101"),
        ({"holiday": ["2027-01-01"]}, "unknown keys"),
    ],
)
def test_bad_overrides_are_refused_with_a_reason(data: dict[str, object], words: str) -> None:
    with pytest.raises(ValueError, match=words):
        Overrides.from_dict(data)


def test_bad_overrides_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "holidays.json"
    path.write_text("[]", encoding="utf-8")
    with pytest.raises(ValueError, match="JSON object"):
        Overrides.from_json_file(path)


def test_deadline_falls_back_to_weekends_only_and_says_so() -> None:
    # 2026-12-31 is a Thursday; 2027 has no data, so the result is an estimate.
    due, estimated = deadline_end_of_next_working_day(beijing(2026, 12, 31, 10, 0))
    assert estimated is True
    assert due == beijing(2027, 1, 1, 23, 59, 59, 999999)
    # Friday 2100-01-01 -> Monday 2100-01-04 by weekends only.
    due, estimated = deadline_end_of_next_working_day(beijing(2100, 1, 1, 10, 0))
    assert (due, estimated) == (beijing(2100, 1, 4, 23, 59, 59, 999999), True)


def test_deadline_with_data_is_exact() -> None:
    due, estimated = deadline_end_of_next_working_day(beijing(2025, 9, 30, 18, 0))
    assert (due, estimated) == (beijing(2025, 10, 9, 23, 59, 59, 999999), False)


def test_other_estimates() -> None:
    assert estimate_add_working_days(D(2025, 9, 30), 1) == (D(2025, 10, 9), False)
    assert estimate_add_working_days(D(2100, 1, 1), 1) == (D(2100, 1, 4), True)
    assert estimate_working_days_between(D(2025, 9, 30), D(2025, 10, 9)) == (1, False)
    assert estimate_working_days_between(D(2026, 12, 30), D(2027, 1, 4)) == (3, True)
