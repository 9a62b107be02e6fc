"""Planned migrations: many websites moved to another server's IPs as one batch of changes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from icp_desktop.server.models.base import Base, UTCDateTime


class Migration(Base):
    """One filer's move of websites from some IPs (a server, or one address) to others.

    ``mode``: ``replace`` (one change per website, old IPs out and new in) or ``two_step``
    (first add the new IPs; once the domain resolves to them, remove the old ones).
    """

    __tablename__ = "migrations"
    __table_args__ = (Index("ix_migrations_owner", "owner_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), nullable=False)
    mode: Mapped[str] = mapped_column(String(16), nullable=False)
    source_ips: Mapped[list[str]] = mapped_column(JSON, nullable=False)
    target_ips: Mapped[list[str]] = mapped_column(JSON, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)


class MigrationItem(Base):
    """One website of a migration: the step it is on and the change of that step."""

    __tablename__ = "migration_items"
    __table_args__ = (Index("ix_migration_items_migration", "migration_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    migration_id: Mapped[int] = mapped_column(ForeignKey("migrations.id"), nullable=False)
    website_id: Mapped[int] = mapped_column(ForeignKey("websites.id"), nullable=False)
    step: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    change_id: Mapped[int] = mapped_column(ForeignKey("change_requests.id"), nullable=False)
    first_change_id: Mapped[int] = mapped_column(ForeignKey("change_requests.id"), nullable=False)
