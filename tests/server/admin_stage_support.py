"""Helpers of the administration stage tests: a change taken to the administration in process,
with the service's clock pinned (``FixedClock``) so the SMS window can be crossed."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from icp_desktop.domain.clock import FixedClock
from tests.helpers.clock import pinned_moment
from tests.server.conftest import InProcess

SPARE_V4 = "39.108.77.12"  # demo's spare server in Shenzhen: free, mainland, subscription


def fixed_clock() -> FixedClock:
    return FixedClock(pinned_moment())


async def website_id(app: InProcess, headers: dict[str, str], domain: str) -> int:
    found = await app.client.get("/v1/websites", headers=headers, params={"q": domain})
    return int(next(w["id"] for w in found.json()["items"] if w["domain"] == domain))


async def submitted(
    app: InProcess,
    filer: dict[str, str],
    domain: str = "yunzhan-tech.cn",
    ips: list[str] | None = None,
) -> dict[str, Any]:
    """A change created and submitted for first review by the filer."""
    site = await website_id(app, filer, domain)
    created = await app.client.post(
        "/v1/change-requests",
        headers=filer,
        json={"website_id": site, "proposed_ips": ips or [SPARE_V4]},
    )
    assert created.status_code == 201, created.text
    done = await app.client.post(
        f"/v1/change-requests/{created.json()['id']}/submit", headers=filer
    )
    assert done.status_code == 200, done.text
    return dict(done.json())


async def approve(app: InProcess, reviewer: dict[str, str], change_id: int) -> dict[str, Any]:
    done = await app.client.post(
        f"/v1/change-requests/{change_id}/review",
        headers=reviewer,
        json={"decision": "approve", "reasons": [], "comment": ""},
    )
    assert done.status_code == 200, done.text
    return dict(done.json())


async def hand_over(app: InProcess, operator: dict[str, str], change_id: int) -> dict[str, Any]:
    """The operator submits the approved change to the administration (manual gateway)."""
    done = await app.client.post(
        f"/v1/change-requests/{change_id}/administration-submit", headers=operator
    )
    assert done.status_code == 200, done.text
    return dict(done.json())


async def at_administration(
    app: InProcess, domain: str = "yunzhan-tech.cn", ips: list[str] | None = None
) -> dict[str, Any]:
    """A fresh change of ``demo`` taken to the administration (its SMS step just began)."""
    change = await submitted(app, await app.headers("demo"), domain, ips)
    await approve(app, await app.headers("reviewer"), change["id"])
    return await hand_over(app, await app.headers("operator"), change["id"])


async def change(app: InProcess, headers: dict[str, str], change_id: int) -> dict[str, Any]:
    got = await app.client.get(f"/v1/change-requests/{change_id}", headers=headers)
    assert got.status_code == 200, got.text
    return dict(got.json())


async def events(
    app: InProcess, headers: dict[str, str], kind: str | None = None
) -> list[dict[str, Any]]:
    got = await app.client.get("/v1/events", headers=headers, params={"wait": 0})
    assert got.status_code == 200, got.text
    items = list(got.json()["items"])
    return [e for e in items if kind is None or e["kind"] == kind]


def hours(n: float) -> timedelta:
    return timedelta(hours=n)
