"""Running the pre-submit checks for a website and a proposed IP list, or for a change.

The facts come from one short read session, closed before any probe starts: a check waits on
the network for up to ``precheck_total_seconds`` and must not hold a database connection
meanwhile. What it costs grows with the checks asked for (one DNS question and two page
requests per proposed IP, two per other website of the subject), not with users or data.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy import select

from icp_desktop.domain.errors import FieldIssue, InvalidError, NotFoundError
from icp_desktop.domain.ip import InvalidServiceIP, parse_service_ip
from icp_desktop.domain.status import Role
from icp_desktop.server.db import Database
from icp_desktop.server.models.accounts import Account
from icp_desktop.server.models.catalog import Subject, Website, WebsiteIP
from icp_desktop.server.models.workflow import ChangeRequest
from icp_desktop.server.prechecks.checks import Budget, CheckResult, Site, run_checks
from icp_desktop.server.prechecks.probes import ConnectMap
from icp_desktop.server.settings import Settings

MAX_ID = 2**31 - 1


@dataclass(frozen=True)
class Subjects:
    """A website, its subject's name, and the subject's other websites."""

    website_id: int
    site: Site
    subject: str
    others: tuple[Site, ...]


def budget_of(settings: Settings) -> Budget:
    return Budget(
        resolver=settings.precheck_resolver,
        step=settings.precheck_step_seconds,
        total=settings.precheck_total_seconds,
        http_port=settings.precheck_http_port,
        https_port=settings.precheck_https_port,
        connect_map=ConnectMap.parse(settings.precheck_connect_map),
        only_mapped=settings.precheck_only_mapped,
    )


def parse_proposed(texts: Sequence[str]) -> list[str]:
    """The proposed addresses in canonical form; 422 at each entry that is not one."""
    out: list[str] = []
    problems = []
    for index, text in enumerate(texts):
        try:
            out.append(str(parse_service_ip(text)))
        except InvalidServiceIP as exc:
            problems.append(
                FieldIssue(
                    field="proposed_ips",
                    ip=text[:100],
                    code=exc.code,
                    message=exc.reason,
                    params={"index": index},
                )
            )
    if problems:
        raise InvalidError(problems, "Some proposed IPs are not public addresses.")
    return list(dict.fromkeys(out))


async def facts(database: Database, website_id: int, caller: Account) -> Subjects:
    """The website (the caller's own, unless staff) with its subject's other websites."""
    async with database.read_sessions() as session:
        website = await session.get(Website, website_id) if 1 <= website_id <= MAX_ID else None
        if website is None or (caller.role == Role.FILER.value and website.owner_id != caller.id):
            raise NotFoundError("No such website among yours.")
        subject = await session.get(Subject, website.subject_id)
        siblings = (
            await session.scalars(
                select(Website)
                .where(Website.subject_id == website.subject_id)
                .order_by(Website.seq, Website.id)
            )
        ).all()
        ids = [w.id for w in siblings]
        ips: dict[int, list[str]] = {i: [] for i in ids}
        for row in (
            await session.scalars(
                select(WebsiteIP)
                .where(WebsiteIP.website_id.in_(ids))
                .order_by(WebsiteIP.website_id, WebsiteIP.position)
            )
        ).all():
            ips[row.website_id].append(row.address)
    sites = {w.id: Site(w.domain, w.license_number, tuple(ips[w.id])) for w in siblings}
    return Subjects(
        website.id,
        sites[website.id],
        subject.name if subject else "",
        tuple(s for i, s in sites.items() if i != website.id),
    )


async def change_facts(
    database: Database, change_id: int, caller: Account
) -> tuple[Subjects, list[str]]:
    """The change's website facts and its proposed IPs (owner or staff)."""
    async with database.read_sessions() as session:
        change = await session.get(ChangeRequest, change_id) if 1 <= change_id <= MAX_ID else None
        if change is None or (caller.role == Role.FILER.value and change.owner_id != caller.id):
            raise NotFoundError("No such change request.")
        website_id, proposed = change.website_id, list(change.proposed_ips)
        base = list(change.base_ips)
    subjects = await facts(database, website_id, caller)
    # The checks compare with the IPs the change started from.
    site = Site(subjects.site.domain, subjects.site.license_number, tuple(base))
    return Subjects(subjects.website_id, site, subjects.subject, subjects.others), proposed


async def run(
    subjects: Subjects, proposed: Sequence[str], settings: Settings, *, spent: float = 0.0
) -> list[CheckResult]:
    """The checks, within what is left of the request's budget after ``spent`` seconds of
    reading its facts (a busy service must not make the filer wait longer)."""
    budget = budget_of(settings)
    budget = replace(budget, total=max(0.0, budget.total - spent))
    return await run_checks(subjects.site, proposed, subjects.subject, subjects.others, budget)
