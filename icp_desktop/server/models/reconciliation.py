"""ORM models of reconciliation: the administration's results imported in bulk, and each row's
match with the service's own record."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from icp_desktop.server.models.base import Base, UTCDateTime


class ReconciliationImport(Base):
    """One CSV of results the operator imported (stored whole; nothing applied by itself)."""

    __tablename__ = "reconciliation_imports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    filename: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    imported_by: Mapped[int] = mapped_column(ForeignKey("accounts.id"), nullable=False)
    rows: Mapped[int] = mapped_column(Integer, nullable=False)


class ReconciliationItem(Base):
    """One result (a CSV row, or a change flagged as beyond its window) and how it matches.

    ``match``: ``agrees`` (the service already records this result), ``to_record`` (a change
    at the administration the result decides; applied only when the operator says so) or
    ``disagreement`` (``kind`` says which). ``status``: ``open``, ``applied``, ``skipped``
    (could not be applied: ``detail`` says why) or ``acknowledged``.
    """

    __tablename__ = "reconciliation_items"
    __table_args__ = (
        Index("ix_reconciliation_items_import", "import_id", "id"),
        Index("ix_reconciliation_items_match_status", "match", "status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    import_id: Mapped[int] = mapped_column(ForeignKey("reconciliation_imports.id"), nullable=False)
    line: Mapped[int | None] = mapped_column(Integer)  # None: flagged, not from the file
    license_number: Mapped[str] = mapped_column(String(80), nullable=False)
    result: Mapped[str | None] = mapped_column(String(16))  # approved|rejected|cancelled
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    result_date: Mapped[date | None] = mapped_column(Date)
    website_id: Mapped[int | None] = mapped_column(Integer)
    change_id: Mapped[int | None] = mapped_column(Integer)
    round: Mapped[int | None] = mapped_column(Integer)
    match: Mapped[str] = mapped_column(String(16), nullable=False)
    kind: Mapped[str | None] = mapped_column(String(40))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="open")
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolved_by: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
