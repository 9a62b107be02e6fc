"""What filers own: subjects (主体), filed websites and their IPs, and service resources."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, PrimaryKeyConstraint, String
from sqlalchemy.orm import Mapped, mapped_column

from icp_desktop.server.models.base import Base, UTCDateTime


class Subject(Base):
    """A filing subject (主体): a company or a person, with its license number (京ICP备…号)."""

    __tablename__ = "subjects"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    license_number: Mapped[str] = mapped_column(String(64), unique=True)
    subject_type: Mapped[str] = mapped_column(String(16))  # 企业 / 个人
    province: Mapped[str] = mapped_column(String(32), default="")


class Website(Base):
    """A filed website (网站) with its license number (京ICP备12345678号-1).

    ``open_change_id``/``open_change_status`` mirror the website's open change request (kept up
    to date by the workflow) so the list can filter by status without a join;
    ``last_change_id``/``last_change_status`` name its latest change, open or finished, so a
    website whose change just completed is found under "completed".
    """

    __tablename__ = "websites"
    __table_args__ = (
        Index("ix_websites_owner_id_id", "owner_id", "id"),
        Index("ix_websites_owner_status_id", "owner_id", "open_change_status", "id"),
        Index("ix_websites_status_id", "open_change_status", "id"),
        Index("ix_websites_owner_last_status_id", "owner_id", "last_change_status", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    subject_id: Mapped[int] = mapped_column(ForeignKey("subjects.id"), index=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    seq: Mapped[int] = mapped_column(Integer)
    license_number: Mapped[str] = mapped_column(String(80), unique=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    domain: Mapped[str] = mapped_column(String(253), index=True)
    service_content: Mapped[str] = mapped_column(String(200), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    open_change_id: Mapped[int | None] = mapped_column(Integer, default=None)
    open_change_status: Mapped[str | None] = mapped_column(String(40), default=None)
    last_change_id: Mapped[int | None] = mapped_column(Integer, default=None)
    last_change_status: Mapped[str | None] = mapped_column(String(40), default=None)
    # While the open change awaits MIIT SMS verification: when that window ends (the list
    # shows the countdown without a join).
    open_change_sms_until: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class WebsiteIP(Base):
    """One associated service IP (关联服务IP地址) of a website, as filed."""

    __tablename__ = "website_ips"
    __table_args__ = (
        PrimaryKeyConstraint("website_id", "address"),
        Index("ix_website_ips_address", "address"),
    )

    website_id: Mapped[int] = mapped_column(ForeignKey("websites.id", ondelete="CASCADE"))
    address: Mapped[str] = mapped_column(String(45))
    position: Mapped[int] = mapped_column(Integer, default=0)


class ServiceResource(Base):
    """A cloud server (服务资源) of an account; its public IPs may be associated with websites."""

    __tablename__ = "service_resources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    instance_id: Mapped[str] = mapped_column(String(64), unique=True)
    instance_name: Mapped[str] = mapped_column(String(128))
    region: Mapped[str] = mapped_column(String(32))
    region_name: Mapped[str] = mapped_column(String(64))
    region_is_mainland: Mapped[bool] = mapped_column(Boolean, default=True)
    billing_type: Mapped[str] = mapped_column(String(16))  # subscription / pay_as_you_go
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class ResourceIP(Base):
    """A public address of a service resource."""

    __tablename__ = "resource_ips"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resource_id: Mapped[int] = mapped_column(
        ForeignKey("service_resources.id", ondelete="CASCADE"), index=True
    )
    address: Mapped[str] = mapped_column(String(45), unique=True)
    version: Mapped[int] = mapped_column(Integer)  # 4 or 6
