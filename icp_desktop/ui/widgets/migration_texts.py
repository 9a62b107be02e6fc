"""Every word of planned migrations in one place: modes, steps, capacity, why a website cannot
move or is still waiting, and the service's refusals worded per website."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from icp_desktop.ui.formatting import format_number

if TYPE_CHECKING:
    from icp_desktop.client.errors import FieldError
    from icp_desktop.client.models import Resource, Website


def _tr(text: str) -> str:
    return QCoreApplication.translate("MigrationText", text)


def interception_note() -> str:
    return _tr(
        "On the day an access change is approved, the website may be intercepted for "
        "up to 6 hours: point its DNS at the new IPs as soon as the approval arrives."
    )


def mode_name(mode: str) -> str:
    return {
        "replace": _tr("Replace at once"),
        "two_step": _tr("Two steps: add the new IPs now, remove the old ones later"),
    }.get(mode, mode)


def mode_explanation(mode: str) -> str:
    if mode == "two_step":
        return _tr(
            "Step 1 adds the new IPs beside the old ones, so the website stays filed at "
            "both while you move DNS. Once step 1 is approved and the domain resolves to "
            'the new IPs only, choose "Remove the old IPs now" for step 2.'
        )
    return _tr(
        "Each website's old IPs are replaced by the new ones in one change. Move DNS "
        "to the new IPs on the day it is approved."
    )


def step_text(step: int, steps: int) -> str:
    if steps < 2:
        return _tr("One step: replace the IPs")
    if step == 1:
        return _tr("Step 1 of 2: add the new IPs")
    return _tr("Step 2 of 2: remove the old IPs")


def website_blocker(website: Website | None) -> str:
    """Why a website cannot be part of a migration now ('' when it can)."""
    ref = website.open_change if website is not None else None
    if ref:
        return _tr(
            "Cannot move now: it has an open change (#{0}); finish or withdraw it first."
        ).format(ref.id)
    return ""


def capacity_text(target: Resource, moving: list[int]) -> tuple[str, bool]:
    """The target server's load after the move, and whether it would exceed its capacity."""
    users: set[int] = set()
    for ip in target.ips:
        users.update(ip.website_ids)
    capacity = target.capacity
    now = max(target.websites_served, len(users))
    after = now + len(set(moving) - users)
    name = target.instance_name
    text = _tr("{name} serves {now} of at most {limit} websites; with this move: {after}.").format(
        name=name, now=format_number(now), limit=format_number(capacity), after=format_number(after)
    )
    if after > capacity:
        text += " " + _tr("Too many: choose fewer websites or another server.")
    return text, after > capacity


def waiting_text(code: str, fallback: str = "") -> str:
    """Why a website's second step cannot start yet."""
    texts = {
        "no_second_step": _tr("This website has no second step."),
        "first_step_not_approved": _tr("Step 1 (adding the new IPs) is not approved yet."),
        "dns_not_checked": _tr("The domain's DNS records could not be read just now; try again."),
        "dns_not_moved": _tr(
            "The domain does not resolve to the new IPs only yet: move its "
            "DNS records first, then remove the old IPs."
        ),
        "open_change": _tr("The website has another open change."),
    }
    return texts.get(code, fallback or code)


def field_error_lines(errors: list[FieldError], websites: dict[int, Website]) -> list[str]:
    """The service's refusal of a migration, one line per website or target IP at fault."""
    from icp_desktop.ui.reason_text import reason_text

    lines = []
    for error in errors:
        params = error.params
        site = websites.get(int(params.get("website_id") or 0))
        domain = str(params.get("domain") or (site.domain if site else ""))
        code = error.code
        if code == "open_change":
            text = _tr("{domain}: has an open change (#{id}); finish or withdraw it first.").format(
                domain=domain, id=params.get("change_id", "?")
            )
        elif code == "not_on_source":
            text = _tr("{domain}: is not served from the server being left.").format(domain=domain)
        elif code == "capacity" and "limit" in params:
            text = _tr(
                "{name} would serve {count} websites with this move; at most {limit}."
            ).format(
                name=params.get("instance_name", ""), count=params["count"], limit=params["limit"]
            )
        else:
            text = reason_text(error)
            if domain and not text.startswith(domain):
                text = f"{domain}: {text}"
        lines.append("• " + text)
    return lines
