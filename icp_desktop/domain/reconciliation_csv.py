"""Reading the administration's results as CSV: license number, result, reason, date.

The whole text is read before anything is used: :func:`parse_results` returns either every row
or every problem (each with the line it is on), never a part. A header row is recognised and
skipped; empty lines are ignored. Results may be written in English or Chinese.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

Result = Literal["approved", "rejected", "cancelled"]
COLUMNS = ("license_number", "result", "reason", "date")
MAX_ROWS = 5000
MAX_REASON = 500

_RESULTS: dict[str, Result] = {}
for _result, _words in (
    ("approved", ("approve", "approved", "pass", "passed", "通过", "审核通过", "已通过", "已备案")),
    ("rejected", ("reject", "rejected", "驳回", "退回", "不通过", "审核不通过", "已驳回")),
    ("cancelled", ("cancel", "cancelled", "canceled", "注销", "已注销")),
):
    for _word in _words:
        _RESULTS[_word] = _result  # type: ignore[assignment]

_LICENSE = re.compile(r"^[\u4e00-\u9fff]{1,3}ICP备\d{4,12}号(-\d{1,4})?$")
_DATES = (
    re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$"),
    re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$"),
    re.compile(r"^(\d{4})\.(\d{1,2})\.(\d{1,2})$"),
    re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
)
_HEADER_WORDS = ("license", "备案号", "许可证", "result", "结果")


@dataclass(frozen=True, slots=True)
class ResultRow:
    """One readable row: the administration's result for one license number."""

    line: int
    license_number: str
    result: Result
    reason: str
    result_date: date


@dataclass(frozen=True, slots=True)
class RowProblem:
    """Why one row cannot be read: ``code`` (a reason code), the column, the line."""

    line: int
    code: str
    column: str | None = None
    params: dict[str, Any] = field(default_factory=dict)


class ResultsUnreadable(ValueError):  # noqa: N818 - it is the outcome, not an error kind
    """The text has bad rows; ``problems`` names each with its line (nothing was taken)."""

    def __init__(self, problems: list[RowProblem]) -> None:
        self.problems = problems
        super().__init__(f"{len(problems)} rows cannot be read")


def parse_date(text: str) -> date | None:
    for pattern in _DATES:
        found = pattern.match(text)
        if found:
            try:
                return date(int(found[1]), int(found[2]), int(found[3]))
            except ValueError:
                return None
    return None


def parse_result(text: str) -> Result | None:
    return _RESULTS.get(text.strip().lower())


def _is_header(cells: list[str]) -> bool:
    first = " ".join(cells).lower()
    return any(word in first for word in _HEADER_WORDS) and not _LICENSE.match(cells[0])


def _row(line: int, cells: list[str], today: date) -> ResultRow | list[RowProblem]:
    if len(cells) != len(COLUMNS):
        return [
            RowProblem(line, "csv_columns", None, {"count": len(cells), "expected": len(COLUMNS)})
        ]
    license_number, result_text, reason, date_text = (c.strip() for c in cells)
    problems = []
    if not _LICENSE.match(license_number):
        problems.append(
            RowProblem(line, "csv_license_number", "license_number", {"text": license_number[:80]})
        )
    result = parse_result(result_text)
    if result is None:
        problems.append(RowProblem(line, "csv_result", "result", {"text": result_text[:40]}))
    if result == "rejected" and not reason:
        problems.append(RowProblem(line, "csv_reason_required", "reason"))
    if len(reason) > MAX_REASON:
        problems.append(RowProblem(line, "csv_reason_too_long", "reason", {"max": MAX_REASON}))
    if any(ord(ch) < 32 and ch not in "\t" for ch in reason):
        problems.append(RowProblem(line, "csv_control_characters", "reason"))
    result_date = parse_date(date_text)
    if result_date is None:
        problems.append(RowProblem(line, "csv_date", "date", {"text": date_text[:40]}))
    elif result_date > today:
        problems.append(
            RowProblem(line, "csv_date_future", "date", {"date": result_date.isoformat()})
        )
    if problems:
        return problems
    assert result is not None and result_date is not None
    return ResultRow(line, license_number, result, reason, result_date)


def parse_results(text: str, today: date) -> list[ResultRow]:
    """Every row of ``text``; raises :class:`ResultsUnreadable` naming each bad row."""
    text = text.removeprefix("\ufeff")
    reader = csv.reader(io.StringIO(text, newline=""))
    rows: list[ResultRow] = []
    problems: list[RowProblem] = []
    seen_content = False
    first_line = 1
    try:
        for cells in reader:
            line = first_line
            first_line = reader.line_num + 1
            if not any(c.strip() for c in cells):
                continue
            if not seen_content:
                seen_content = True
                if _is_header(cells):
                    continue
            read = _row(line, cells, today)
            if isinstance(read, ResultRow):
                rows.append(read)
            else:
                problems.extend(read)
            if len(rows) + len(problems) > MAX_ROWS:
                problems.append(RowProblem(line, "csv_too_many_rows", None, {"max": MAX_ROWS}))
                break
    except csv.Error as exc:
        problems.append(RowProblem(first_line, "csv_unreadable", None, {"why": str(exc)}))
    if problems:
        raise ResultsUnreadable(problems)
    if not rows:
        raise ResultsUnreadable([RowProblem(1, "csv_empty")])
    return rows
