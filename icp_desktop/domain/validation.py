"""Pure checks of a proposed list of associated service IPs (DESIGN §3).

The service runs these before it stores or submits a change; the desktop app runs the first
group as the filer types, so both sides refuse with the same codes and words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from ipaddress import ip_address
from typing import Any

from icp_desktop.domain.ip import InvalidServiceIP, parse_service_ip
from icp_desktop.domain.reasons import render

MAX_IPS_PER_WEBSITE = 16
MAX_WEBSITES_PER_RESOURCE = 5

_BILLING_LABELS = {"subscription": "subscription", "pay_as_you_go": "pay-as-you-go"}


@dataclass(frozen=True, slots=True)
class IPProblem:
    """One reason a proposed IP list cannot be used.

    Attributes:
        code: stable code from ``reasons.MESSAGES`` (``private``, ``duplicate``, ``not_owned`` ...).
        message: the English sentence for people.
        ip: the address concerned as entered (or normalised once it parsed); None when the
            problem is about the whole list.
        params: the values ``message`` was filled with, including ``index`` (position in the
            proposed list) when the problem concerns one entry.
    """

    code: str
    message: str
    ip: str | None = None
    params: dict[str, Any] = field(default_factory=dict)

    def message_in(self, lang: str) -> str:
        """The message in ``lang`` ("zh_CN" for Chinese; English otherwise)."""
        return render(self.code, self.params, lang)


@dataclass(frozen=True, slots=True)
class ResourceFacts:
    """What the checks need to know about one service resource of the filer."""

    resource_id: int
    instance_name: str
    billing_type: str  # "subscription" or "pay_as_you_go"
    region_is_mainland: bool
    expires_at: date | datetime | None
    addresses: frozenset[str]
    websites_using: frozenset[int]


def _problem(code: str, subject: str | None = None, **params: Any) -> IPProblem:
    return IPProblem(code=code, message=render(code, params), ip=subject, params=params)


def canonical_ip(text: str) -> str:
    """``text`` as a canonical address if it is one (public or not), else ``text`` stripped.

    For comparing stored addresses, which were validated when stored and must not be refused
    again for reasons that did not exist then.
    """
    try:
        return str(ip_address(text.strip()))
    except ValueError:
        return text.strip()


def check_proposed_ips(proposed: Sequence[str], current: Sequence[str]) -> list[IPProblem]:
    """Problems with ``proposed`` as a website's new IP list (empty when it may be filed).

    Checks that each entry is one public address, that no address is entered twice, that
    there are between 1 and ``MAX_IPS_PER_WEBSITE`` entries, and that the list differs from
    ``current`` (code ``no_change``).
    """
    problems: list[IPProblem] = []
    entries = [text for text in proposed if text.strip()]
    if not entries:
        return [_problem("required")]
    if len(entries) > MAX_IPS_PER_WEBSITE:
        problems.append(_problem("too_many", limit=MAX_IPS_PER_WEBSITE, count=len(entries)))

    first_seen: dict[str, int] = {}
    all_parsed = True
    for index, text in enumerate(proposed):
        if not text.strip():
            continue  # an empty row the filer has not filled in yet is not an entry
        try:
            normalised = str(parse_service_ip(text))
        except InvalidServiceIP as exc:
            all_parsed = False
            params = {**exc.params, "index": index}
            problems.append(IPProblem(exc.code, exc.reason, text.strip(), params))
            continue
        if normalised in first_seen:
            problems.append(
                _problem(
                    "duplicate",
                    normalised,
                    ip=normalised,
                    index=index,
                    first_index=first_seen[normalised],
                )
            )
        else:
            first_seen[normalised] = index

    current_set = {canonical_ip(c) for c in current if c.strip()}
    if all_parsed and not problems and set(first_seen) == current_set:
        problems.append(_problem("no_change"))
    return problems


def _as_utc(moment: datetime) -> datetime:
    # A naive time from a store that drops the zone is taken as UTC rather than crashing.
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def _is_expired(expires_at: date | datetime | None, today: date | datetime) -> bool:
    if expires_at is None:
        return False
    if isinstance(expires_at, datetime) and isinstance(today, datetime):
        return _as_utc(expires_at) <= _as_utc(today)
    expiry_day = expires_at.date() if isinstance(expires_at, datetime) else expires_at
    today_day = today.date() if isinstance(today, datetime) else today
    # A resource that expires later today still serves today.
    return expiry_day < today_day


def check_against_resources(
    ips: Sequence[str],
    resources: Sequence[ResourceFacts],
    website_id: int,
    today: date | datetime,
) -> list[IPProblem]:
    """Problems with serving website ``website_id`` from ``ips`` on the filer's ``resources``.

    Each IP must be an address of one of the filer's resources (``not_owned``), and that
    resource must be billed by subscription (``not_subscription``), be in a mainland China
    region (``not_mainland``), not have expired (``expired``) and serve at most
    ``MAX_WEBSITES_PER_RESOURCE`` websites counting this one (``capacity``).
    """
    by_address: dict[str, ResourceFacts] = {}
    for facts in resources:
        for address in facts.addresses:
            by_address.setdefault(canonical_ip(address), facts)

    problems: list[IPProblem] = []
    for index, text in enumerate(ips):
        ip = canonical_ip(text)
        resource = by_address.get(ip)
        if resource is None:
            problems.append(_problem("not_owned", ip, ip=ip, index=index))
            continue
        base: dict[str, Any] = {
            "ip": ip,
            "index": index,
            "resource_id": resource.resource_id,
            "instance_name": resource.instance_name,
        }
        if resource.billing_type != "subscription":
            billing = _BILLING_LABELS.get(resource.billing_type, resource.billing_type)
            problems.append(
                _problem(
                    "not_subscription",
                    ip,
                    billing_type=resource.billing_type,
                    billing=billing,
                    **base,
                )
            )
        if not resource.region_is_mainland:
            problems.append(_problem("not_mainland", ip, **base))
        if _is_expired(resource.expires_at, today):
            expiry = resource.expires_at
            assert expiry is not None
            expires = (expiry.date() if isinstance(expiry, datetime) else expiry).isoformat()
            problems.append(_problem("expired", ip, expires_at=expires, **base))
        served = resource.websites_using | {website_id}
        if len(served) > MAX_WEBSITES_PER_RESOURCE:
            problems.append(
                _problem("capacity", ip, count=len(served), limit=MAX_WEBSITES_PER_RESOURCE, **base)
            )
    return problems
