"""The words of the working-day calendar tab: sources, what needs the operator, the answers
to a save, the refusals of days, and the question before a year's data is removed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from icp_desktop.client.calendar_models import CalendarYear
from icp_desktop.client.errors import ApiError, Conflict, FieldError, ValidationFailed
from icp_desktop.ui.accessibility import error_text
from icp_desktop.ui.formatting import beijing_time_labelled, format_date, format_number
from icp_desktop.ui.presenters.errors import error_reason
from icp_desktop.ui.widgets.calendar_notice import chinese_ui


def _t(text: str) -> str:
    return QCoreApplication.translate("CalendarTab", text)


def source_text(source: str | None) -> str:
    """Where a year's working days come from, in words."""
    return {
        "operator": _t("saved by the operator"),
        "file": _t("the operator's overrides file"),
        "package": _t("the chinesecalendar package"),
        "none": _t("no data: weekends only"),
    }.get(source or "", source or "")


def attention_text(code: str, year: int, message: str = "") -> str:
    """What the service says needs the operator, in the interface language."""
    if code == "next_year_missing":
        return _t(
            "There is no working-day data for {year} yet: deadlines that reach into {year} "
            "are estimates (weekends only). Import the State Council's holiday notice for "
            "{year} as soon as it is published."
        ).format(year=year)
    if code == "current_year_missing":
        return _t(
            "There is no working-day data for {year}: every deadline is an estimate that "
            "counts weekends only. Import the State Council's holiday notice for "
            "{year}."
        ).format(year=year)
    return message


class RemoveYearConfirmation:
    """ "Remove the operator's data of 2027?" (a classmethod, so tests can answer it)."""

    @classmethod
    def ask(cls, parent: QWidget | None, year: int) -> bool:
        text = _t(
            "Remove the operator's working-day data of {year}?\n\nDeadlines over {year} are "
            "counted with the package's data again, or estimated (weekends only) where it "
            "has none, and open changes' deadlines are recomputed."
        ).format(year=year)
        answer = QMessageBox.question(
            parent,
            _t("Remove the data of {year}").format(year=year),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes


def recomputed_text(count: int) -> str:
    if count == 0:
        return _t("No open change's deadline moved.")
    if count == 1:
        return _t("1 open change's deadline was recomputed.")
    return _t("{n} open changes' deadlines were recomputed.").format(n=format_number(count))


def day_problem_text(problem: FieldError) -> str:
    """One field problem of a refused save, in the interface language."""
    if problem.code == "notice_unreadable":
        reason = str(problem.params.get("reason_zh") or "") if chinese_ui() else ""
        reason = reason or problem.message
        line = problem.params.get("line")
        return _t("line {line}: {reason}").format(line=line, reason=reason) if line else reason
    day = problem.params.get("date")
    when = format_date(date.fromisoformat(str(day))) if day else ""
    texts = {
        "outside_year": _t("{date} is not in the year"),
        "both_holiday_and_workday": _t("{date} is both a holiday and a make-up working day"),
        "workday_not_weekend": _t("{date} is a weekday: make-up working days fall on weekends"),
    }
    template = texts.get(problem.code)
    return template.format(date=when) if template else problem.message


def source_line(data: CalendarYear | None) -> str:
    """Where the year shown comes from, who saved it and when (Beijing time)."""
    if data is None:
        return ""
    if data.source == "operator":
        return _t("{year}: saved by {user}, {time}; version {version}.").format(
            year=data.year,
            user=data.updated_by or "—",
            time=beijing_time_labelled(data.updated_at) or "—",
            version=data.version,
        )
    if data.source == "none":
        return error_text(
            _t(
                "No holiday data for {year}: deadlines over it are estimates that count weekends "
                "only. Paste the State Council's notice, or mark the days by hand."
            ).format(year=data.year)
        )
    return _t("{year}: from {source}. A year saved here takes its place.").format(
        year=data.year, source=source_text(data.source)
    )


def refusal_text(year: int, error: ApiError) -> str:
    """Why ``year`` was not saved, in the interface language."""
    if isinstance(error, Conflict) and error.errors_for("version"):
        return _t(
            "Someone else saved {year} meanwhile. Their calendar is loaded now; "
            "what you entered is kept — check it and save again."
        ).format(year=year)
    if isinstance(error, ValidationFailed) and error.field_errors:
        reason = "; ".join(day_problem_text(p) for p in error.field_errors)
    else:
        reason = error_reason(error)
    return _t("{year} was not saved: {reason}").format(year=year, reason=reason)
