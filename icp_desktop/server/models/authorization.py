"""ORM models of authorization codes (授权码) and the changes that use them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from icp_desktop.server.models.base import Base, UTCDateTime


class AuthorizationCode(Base):
    """A code that lets another account file websites on ``resource_id``'s IPs.

    Only the SHA-256 of the code is stored (``code_hash``); the code itself was shown once.
    ``state`` moves with the change using it (``change_id``): unused → in_filing → used, back
    to unused when that change is withdrawn or rejected; invalid when its issuer voids it.
    """

    __tablename__ = "authorization_codes"
    __table_args__ = (
        Index("ix_authorization_codes_resource", "resource_id", "id"),
        # Every move of a change updates the codes it holds: found by this index.
        Index("ix_authorization_codes_change", "change_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    resource_id: Mapped[int] = mapped_column(ForeignKey("service_resources.id"), nullable=False)
    code_hash: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    state: Mapped[str] = mapped_column(String(16), nullable=False, default="unused")
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    issued_by: Mapped[int] = mapped_column(ForeignKey("accounts.id"), nullable=False)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    change_id: Mapped[int | None] = mapped_column(Integer)  # the change using it now / last
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    invalidated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ChangeAuthorization(Base):
    """A code a filer entered on a change: its resource's IPs count as the filer's for it."""

    __tablename__ = "change_authorizations"
    __table_args__ = (
        UniqueConstraint("change_id", "code_id", name="uq_change_authorizations_change_code"),
        Index("ix_change_authorizations_code", "code_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change_id: Mapped[int] = mapped_column(ForeignKey("change_requests.id"), nullable=False)
    code_id: Mapped[int] = mapped_column(ForeignKey("authorization_codes.id"), nullable=False)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
