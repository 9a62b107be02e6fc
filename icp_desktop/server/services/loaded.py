"""Rows a write transaction has already read, so that its response need not read them again.

A decision, for one, reads the change's website (for the filer's event) and the filer's account
(for the email); the change it then returns shows both. The rows are kept for the transaction
only (on its :class:`~icp_desktop.server.unit_of_work.UnitOfWork`): they are dropped when it
ends, and a later transaction of the same session reads afresh.
Only rows whose shown fields the transaction itself does not change are kept this way (a
website's name and subject, an account's name and contacts).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from icp_desktop.server.models.accounts import Account
from icp_desktop.server.models.catalog import Subject, Website
from icp_desktop.server.unit_of_work import UnitOfWork


def _rows(session: AsyncSession) -> dict[tuple[str, int], Any]:
    return UnitOfWork.of(session).rows


def remember_account(session: AsyncSession, account: Account) -> None:
    _rows(session)[("account", account.id)] = account


def remember_website(
    session: AsyncSession, website: Website, subject_name: str, ips: list[str] | None = None
) -> None:
    _rows(session)[("website", website.id)] = (website, subject_name)
    if ips is not None:
        remember_ips(session, website.id, ips)


def remember_opened(session: AsyncSession, change_id: int) -> None:
    """The change was opened in this transaction: no authorization code is entered on it."""
    _rows(session)[("opened", change_id)] = True


def opened_here(session: AsyncSession, change_id: int) -> bool:
    return bool(_rows(session).get(("opened", change_id)))


def remember_ips(session: AsyncSession, website_id: int, ips: list[str]) -> None:
    """The website's IPs as read in this transaction (which then must not change them)."""
    _rows(session)[("ips", website_id)] = list(ips)


def website_ips(session: AsyncSession, website_id: int) -> list[str] | None:
    found: list[str] | None = _rows(session).get(("ips", website_id))
    return found


def accounts(session: AsyncSession) -> list[Account]:
    """The accounts this transaction has read so far."""
    return [row for (kind, _), row in _rows(session).items() if kind == "account"]


def website_and_subject(session: AsyncSession, website_id: int) -> tuple[Website, str] | None:
    """A website this transaction has read with its subject's name, if it has."""
    found: tuple[Website, str] | None = _rows(session).get(("website", website_id))
    return found


async def website(session: AsyncSession, website_id: int) -> Website | None:
    """The website (from the session when it is there), kept with its subject's name."""
    known = website_and_subject(session, website_id)
    if known is not None:
        return known[0]
    row = (
        await session.execute(
            select(Website, Subject.name)
            .outerjoin(Subject, Subject.id == Website.subject_id)
            .where(Website.id == website_id)
            .execution_options(populate_existing=True)
        )
    ).first()
    if row is None:
        return None
    site, subject_name = row
    remember_website(session, site, subject_name or "")
    return site
