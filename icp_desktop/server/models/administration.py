"""ORM models of the administration stage: SMS verification rounds and province windows."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from icp_desktop.server.models.base import Base, UTCDateTime


class SmsVerification(Base):
    """The MIIT SMS verification (短信核验) of one round of one change at the administration.

    ``reminders_sent`` counts the reminders of ``domain.sms_verification.REMINDERS`` already
    emitted; each is claimed with a conditional UPDATE of this counter (so a restarted or a
    second service process never emits one twice), and ``next_reminder_at`` is when the next
    one is due (NULL when none is left or the step is over).
    """

    __tablename__ = "sms_verifications"
    __table_args__ = (
        UniqueConstraint("change_id", "round", name="uq_sms_verifications_change_round"),
        Index("ix_sms_verifications_state_expires", "state", "expires_at"),
        Index("ix_sms_verifications_next_reminder", "next_reminder_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change_id: Mapped[int] = mapped_column(ForeignKey("change_requests.id"), nullable=False)
    round: Mapped[int] = mapped_column(Integer, nullable=False)
    state: Mapped[str] = mapped_column(String(16), nullable=False, default="awaiting")
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    failures: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    reminders_sent: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    next_reminder_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    verified_by: Mapped[str | None] = mapped_column(String(16))  # filer|administration|operator
    verified_by_id: Mapped[int | None] = mapped_column(Integer)


class ProvinceWindow(Base):
    """How many working days a province's administration takes at most (kept by operators)."""

    __tablename__ = "province_windows"

    province: Mapped[str] = mapped_column(String(32), primary_key=True)
    working_days: Mapped[int] = mapped_column(Integer, nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    updated_by: Mapped[int | None] = mapped_column(Integer)
