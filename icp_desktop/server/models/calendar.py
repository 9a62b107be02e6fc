"""The operator's working-day calendar: whole years entered from the State Council's notice.

A year in ``calendar_years`` is described completely by the operator: its holidays and make-up
working days (调休) are the rows of ``calendar_days`` in that year, and every other day is a
working day exactly when it is Monday to Friday. Years without a row fall back to the
``chinesecalendar`` package. ``calendar_revisions`` logs every save; its highest id is the
calendar's revision, which each process compares to know when to reload.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from icp_desktop.server.models.base import Base, UTCDateTime


class CalendarYear(Base):
    """A year the operator entered; replaced as a whole by every save."""

    __tablename__ = "calendar_years"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    source: Mapped[str] = mapped_column(String(16))  # "notice" (pasted) or "days" (by hand)
    notice_text: Mapped[str | None] = mapped_column(Text, default=None)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"), default=None)


class CalendarDay(Base):
    """A holiday (``working`` false) or a make-up working day (``working`` true)."""

    __tablename__ = "calendar_days"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    year: Mapped[int] = mapped_column(
        ForeignKey("calendar_years.year", ondelete="CASCADE"), index=True
    )
    working: Mapped[bool] = mapped_column(Boolean, nullable=False)
    name: Mapped[str] = mapped_column(String(40), nullable=False, default="")


class CalendarRevision(Base):
    """One save or removal of a year: the calendar's revision and its history."""

    __tablename__ = "calendar_revisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    action: Mapped[str] = mapped_column(String(16))  # "save" or "remove"
    at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"), default=None)
    changes_recomputed: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
