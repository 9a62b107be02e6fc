"""The test modules whose tests depend on the date: the deadlines, the calendar, the seed data
and the pages that show them. ``tests/conftest.py`` marks their tests ``clock``, and
``scripts/run-tests.sh`` runs them again with the clock pinned at other moments (``ICP_TEST_NOW``),
so that no date can turn the suite red.

``python -m tests.helpers.clock_modules`` prints them, one a line, for the script: the reruns
collect these modules only.
"""

from __future__ import annotations

CLOCK_SENSITIVE = frozenset(
    {
        "tests/domain/test_calendar.py",
        "tests/domain/test_holiday_notice.py",
        "tests/server/test_calendar.py",
        "tests/server/test_changes_deadlines.py",
        "tests/server/test_changes_demo.py",
        "tests/server/test_review.py",
        "tests/ui/test_deadline_events.py",
        "tests/ui/test_locale_formatting.py",
        "tests/ui/test_operator.py",
        "tests/ui/test_operator_calendar.py",
        "tests/ui/test_review_status.py",
        "tests/ui/test_review_queue.py",
    }
)

if __name__ == "__main__":
    print("\n".join(sorted(CLOCK_SENSITIVE)))
