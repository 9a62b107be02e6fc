"""The pre-submit checks of a Change Access: what reviewers most often reject, checked first.

* ``dns``: where the domain resolves now, against the current and the proposed IPs, and what
  that means for the order of the steps (filing first, DNS after approval);
* ``reachability``: the website answers at each proposed IP (HTTPS with SNI and HTTP, with
  the domain as Host);
* ``footer``: the page shows the filing number and links to beian.miit.gov.cn;
* ``subject_sites``: every other website of the same subject answers.

Each result is pass / warn / fail / could_not_check; a probe that gets no answer in time
gives could_not_check, never fail. Every probe runs at once under its own time limit, and the
whole run under ``Budget.total``; nothing here blocks a submission (the filer decides).
"""

from __future__ import annotations

import asyncio
import ipaddress
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from icp_desktop.domain.precheck_text import render_check
from icp_desktop.server.prechecks.probes import (
    ConnectMap,
    DnsAnswer,
    Page,
    fetch,
    make_resolver,
    resolve,
)

_MIIT_LINK = re.compile(r"""href\s*=\s*["']?\s*https?://beian\.miit\.gov\.cn""", re.IGNORECASE)
_SUBJECT_CONCURRENCY = 16


@dataclass(frozen=True)
class Budget:
    """Where and how long the probes may look.

    Attributes:
        resolver: ``HOST[:PORT]`` of the DNS server to ask (None: the system's).
        step: seconds each probe may take.
        total: seconds the whole run may take.
        http_port / https_port: where websites are asked (0 leaves a scheme out).
        connect_map: where a connection to an address really goes (demo, tests).
        only_mapped: contact no address the connect map does not name (the demo).
    """

    resolver: str | None = None
    step: float = 1.5
    total: float = 2.5
    http_port: int = 80
    https_port: int = 443
    connect_map: ConnectMap = field(default_factory=ConnectMap)
    only_mapped: bool = False


@dataclass(frozen=True)
class Site:
    """What the checks need of one website."""

    domain: str
    license_number: str  # 京ICP备20231234号-1
    ips: tuple[str, ...]


@dataclass
class CheckResult:
    check: str
    result: str  # pass / warn / fail / could_not_check
    code: str
    params: dict[str, Any]
    ip: str | None = None
    elapsed_ms: int = 0

    @property
    def message(self) -> str:
        return render_check(self.code, self.params, "en")

    @property
    def message_zh(self) -> str:
        return render_check(self.code, self.params, "zh_CN")


async def run_checks(
    site: Site,
    proposed: Sequence[str],
    subject: str,
    others: Sequence[Site],
    budget: Budget,
) -> list[CheckResult]:
    """Every check of ``site`` moving to ``proposed``, in a stable order."""
    resolver = make_resolver(budget.resolver, budget.step)
    dns_task = asyncio.ensure_future(resolve(resolver, site.domain))
    page_tasks = {ip: asyncio.ensure_future(_pages(ip, site.domain, budget)) for ip in proposed}
    limit = asyncio.Semaphore(_SUBJECT_CONCURRENCY)
    other_tasks = [asyncio.ensure_future(_other_site(o, budget, limit)) for o in others]
    tasks: list[asyncio.Future[Any]] = [dns_task, *page_tasks.values(), *other_tasks]
    _done, pending = await asyncio.wait(tasks, timeout=budget.total)
    for task in pending:
        task.cancel()
    late = DnsAnswer("unreachable", detail="no answer in time")
    results = [_dns_result(site, proposed, dns_task.result() if dns_task.done() else late, budget)]
    pages: dict[str, list[Page]] = {
        ip: t.result() if t.done() and not t.cancelled() else [] for ip, t in page_tasks.items()
    }
    results += [_reach_result(site.domain, ip, pages[ip], budget) for ip in proposed]
    results.append(_footer_result(site, pages, set(site.ips)))
    results.append(
        _subject_result(
            subject,
            others,
            [t.result() if t.done() and not t.cancelled() else "unchecked" for t in other_tasks],
        )
    )
    return results


# --- DNS ---------------------------------------------------------------------------------


def _dns_result(
    site: Site, proposed: Sequence[str], answer: DnsAnswer, budget: Budget
) -> CheckResult:
    params: dict[str, Any] = {"domain": site.domain}
    if answer.status == "unreachable":
        return CheckResult(
            "dns",
            "could_not_check",
            "dns_unreachable",
            {**params, "seconds": budget.step, "detail": answer.detail},
            elapsed_ms=answer.elapsed_ms,
        )
    if answer.status in ("nxdomain", "no_records"):
        return CheckResult(
            "dns", "fail", f"dns_{answer.status}", params, elapsed_ms=answer.elapsed_ms
        )
    found = _canonical(answer.addresses)
    current, new = _canonical(site.ips), _canonical(proposed)
    params["found"] = ", ".join(found)
    stray = [a for a in found if a not in current and a not in new]
    removed = [a for a in found if a in current and a not in new]
    ahead = [a for a in found if a in new and a not in current]
    if stray:
        return CheckResult(
            "dns",
            "fail",
            "dns_unfiled",
            {**params, "stray": ", ".join(stray)},
            elapsed_ms=answer.elapsed_ms,
        )
    if removed:
        return CheckResult(
            "dns",
            "warn",
            "dns_removed",
            {**params, "removed": ", ".join(removed)},
            elapsed_ms=answer.elapsed_ms,
        )
    if ahead:
        return CheckResult(
            "dns",
            "warn",
            "dns_ahead_of_filing",
            {**params, "ahead": ", ".join(ahead)},
            elapsed_ms=answer.elapsed_ms,
        )
    return CheckResult("dns", "pass", "dns_kept", params, elapsed_ms=answer.elapsed_ms)


def _canonical(addresses: Sequence[str]) -> list[str]:
    out = []
    for text in addresses:
        try:
            out.append(str(ipaddress.ip_address(text)))
        except ValueError:
            out.append(text)
    return out


# --- the website at each IP --------------------------------------------------------------


async def _pages(ip: str, domain: str, budget: Budget) -> list[Page]:
    """The page over HTTPS and over HTTP, asked at once."""
    schemes = [(s, p) for s, p in (("https", budget.https_port), ("http", budget.http_port)) if p]
    return list(
        await asyncio.gather(
            *(
                fetch(
                    ip,
                    domain,
                    scheme=s,
                    port=p,
                    within=budget.step,
                    connect_map=budget.connect_map,
                    only_mapped=budget.only_mapped,
                )
                for s, p in schemes
            )
        )
    )


def _best(pages: Sequence[Page]) -> Page | None:
    """The most useful answer: a good page, then any HTTP answer."""
    answered = [p for p in pages if p.status == "ok"]
    good = [p for p in answered if p.code < 400]
    ranked = good or answered
    return ranked[0] if ranked else None


def _reach_result(domain: str, ip: str, pages: Sequence[Page], budget: Budget) -> CheckResult:
    params: dict[str, Any] = {"domain": domain, "ip": ip}
    best = _best(pages)
    elapsed = max((p.elapsed_ms for p in pages), default=0)
    if best is not None:
        params |= {"scheme": best.scheme.upper(), "status": best.code, "ms": best.elapsed_ms}
        ok = best.code < 400
        return CheckResult(
            "reachability",
            "pass" if ok else "warn",
            "reach_ok" if ok else "reach_http_error",
            params,
            ip,
            elapsed,
        )
    tls = [p for p in pages if p.status == "tls_error"]
    refused = [p for p in pages if p.status == "refused"]
    if tls and len(tls) + len(refused) == len(pages):
        return CheckResult(
            "reachability", "warn", "reach_tls", {**params, "detail": tls[0].detail}, ip, elapsed
        )
    if pages and len(refused) == len(pages):
        ports = "/".join(str(p) for p in (budget.https_port, budget.http_port) if p)
        return CheckResult(
            "reachability", "fail", "reach_refused", {**params, "ports": ports}, ip, elapsed
        )
    detail = next((p.detail for p in pages if p.status == "unreachable"), "no answer in time")
    return CheckResult(
        "reachability",
        "could_not_check",
        "reach_unreachable",
        {**params, "seconds": budget.step, "detail": detail},
        ip,
        elapsed,
    )


def _footer_result(site: Site, pages: dict[str, list[Page]], current: set[str]) -> CheckResult:
    """The footer of the page at a new IP, else at any proposed IP that answered."""
    order = sorted(pages, key=lambda ip: ip in current)  # new IPs first
    best = next((b for b in (_best(pages[ip]) for ip in order) if b and b.code < 400), None)
    base = (
        site.license_number.rsplit("-", 1)[0] if "-" in site.license_number else site.license_number
    )
    params: dict[str, Any] = {"license": base}
    if best is None:
        return CheckResult("footer", "could_not_check", "footer_unchecked", params)
    has_number = base in best.body or site.license_number in best.body
    has_link = bool(_MIIT_LINK.search(best.body))
    code = {
        (True, True): "footer_ok",
        (False, True): "footer_no_license",
        (True, False): "footer_no_link",
        (False, False): "footer_missing",
    }[(has_number, has_link)]
    return CheckResult("footer", "pass" if code == "footer_ok" else "fail", code, params)


# --- the subject's other websites ---------------------------------------------------------


async def _other_site(site: Site, budget: Budget, limit: asyncio.Semaphore) -> str:
    """``ok``, ``down`` (refused or an HTTP error everywhere) or ``unchecked``."""
    async with limit:
        # The first two addresses are enough to say whether it answers.
        answers = await asyncio.gather(*(_pages(ip, site.domain, budget) for ip in site.ips[:2]))
    outcomes = []
    for pages in answers:
        best = _best(pages)
        if best is not None and best.code < 400:
            return "ok"
        outcomes.append(
            "down" if best is not None or all(p.status == "refused" for p in pages) else "unchecked"
        )
    return "down" if outcomes and all(o == "down" for o in outcomes) else "unchecked"


def _subject_result(subject: str, others: Sequence[Site], outcomes: Sequence[str]) -> CheckResult:
    params: dict[str, Any] = {"subject": subject, "count": len(others)}
    if not others:
        return CheckResult("subject_sites", "pass", "subject_none", params)
    down = [o.domain for o, r in zip(others, outcomes, strict=True) if r == "down"]
    unchecked = [o.domain for o, r in zip(others, outcomes, strict=True) if r == "unchecked"]
    if down:
        return CheckResult(
            "subject_sites",
            "fail",
            "subject_unreachable",
            {**params, "sites": "、".join(down), "unchecked": unchecked},
        )
    if unchecked:
        return CheckResult(
            "subject_sites",
            "could_not_check",
            "subject_unchecked",
            {**params, "sites": "、".join(unchecked)},
        )
    return CheckResult("subject_sites", "pass", "subject_ok", params)
