"""Planned migrations at size: 200 websites filed in one request, then reviewed as a batch.

The service's app runs in this process over ``httpx.ASGITransport`` (no sockets) on a fresh
SQLite database with one filer owning ``BENCH_BATCH`` websites on one server and an empty
target server. Measured: ``POST /v1/migrations`` (every website checked, opened and submitted
in one transaction) and ``POST /v1/migrations/{id}/review`` (every change approved, each its
own transition and audit entry). Baseline: one website's create + submit through the same
app, so the ratio says what a website costs inside a batch against a change of its own.

The rule "at most 5 websites per server" would refuse a batch of 200 onto one server; this
benchmark alone raises that limit in its own process so the size can be measured.
"""

from __future__ import annotations

import asyncio
import ipaddress
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

from bench.common import Result, Sizes, env_int, median, report, say, work_dir

TARGET_SECONDS = 2.0
RUNS = 3


async def _seeded_app(data_dir: Path, websites: int) -> Any:
    import httpx

    from icp_desktop.domain.status import Role
    from icp_desktop.server import migrations as schema
    from icp_desktop.server.app import create_app
    from icp_desktop.server.db import Database, session_now
    from icp_desktop.server.models.catalog import (
        ResourceIP,
        ServiceResource,
        Subject,
        Website,
        WebsiteIP,
    )
    from icp_desktop.server.services.accounts import create_account
    from icp_desktop.server.settings import Settings

    settings = Settings(data_dir=data_dir, admin_simulator="off", demo_network=False)
    schema.upgrade_to_head(settings.resolved_database_url())
    database = Database.from_settings(settings)
    async with database.sessions() as session:
        filer = await create_account(session, "mover", "mover-pass", Role.FILER)
        await create_account(session, "checker", "checker-pass", Role.REVIEWER)
        now = session_now(session)
        subject = Subject(
            owner_id=filer.id,
            name="大批量迁移测试有限公司",
            license_number="京ICP备99990000号",
            subject_type="企业",
            province="北京",
        )
        session.add(subject)
        await session.flush()
        servers = []
        for name, address in (
            ("old", "47.93.0.1"),
            ("new", "39.108.0.1"),
            ("single", "39.108.0.2"),
        ):
            server = ServiceResource(
                owner_id=filer.id,
                instance_id=f"i-{name}",
                instance_name=name,
                region="cn-beijing",
                region_name="华北2（北京）",
                region_is_mainland=True,
                billing_type="subscription",
                expires_at=now + timedelta(days=365),
            )
            session.add(server)
            await session.flush()
            session.add(
                ResourceIP(
                    resource_id=server.id,
                    address=address,
                    version=ipaddress.ip_address(address).version,
                )
            )
            servers.append(server)
        for seq in range(1, websites + 2):
            site = Website(
                subject_id=subject.id,
                owner_id=filer.id,
                seq=seq,
                license_number=f"京ICP备99990000号-{seq}",
                name=f"站点{seq}",
                domain=f"site{seq}.example.cn",
                service_content="企业官网",
                version=1,
                updated_at=now,
            )
            session.add(site)
            await session.flush()
            session.add(WebsiteIP(website_id=site.id, address="47.93.0.1", position=0))
        await session.commit()
    app = create_app(settings, database)
    client = httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://bench", timeout=120
    )
    return app, database, client, servers[0].id


async def _token(client: Any, username: str) -> dict[str, str]:
    response = await client.post(
        "/v1/auth/login", json={"username": username, "password": f"{username}-pass"}
    )
    return {"Authorization": f"Bearer {response.json()['token']}"}


async def _one_run(websites: int) -> tuple[float, float, float]:
    """(seconds to file the batch, seconds to review it, seconds for one single change)."""
    from icp_desktop.domain import validation

    validation.MAX_WEBSITES_PER_RESOURCE = websites + 10  # see the module docstring
    app, database, client, source = await _seeded_app(work_dir("batch"), websites)
    try:
        async with app.router.lifespan_context(app):
            mover = await _token(client, "mover")
            checker = await _token(client, "checker")
            started = time.perf_counter()
            single = await client.post(
                "/v1/change-requests",
                headers=mover,
                json={"website_id": websites + 1, "proposed_ips": ["39.108.0.2"]},
            )
            await client.post(f"/v1/change-requests/{single.json()['id']}/submit", headers=mover)
            single_s = time.perf_counter() - started
            started = time.perf_counter()
            filed = await client.post(
                "/v1/migrations",
                headers=mover,
                json={
                    "source_resource_id": source,
                    "target_ips": ["39.108.0.1"],
                    "website_ids": list(range(1, websites + 1)),
                    "mode": "replace",
                },
            )
            file_s = time.perf_counter() - started
            if filed.status_code != 201:
                raise RuntimeError(f"batch refused: {filed.text[:500]}")
            migration = filed.json()
            started = time.perf_counter()
            reviewed = await client.post(
                f"/v1/migrations/{migration['id']}/review",
                headers=checker,
                json={"decision": "approve"},
            )
            review_s = time.perf_counter() - started
            decided = len(reviewed.json()["decided"])
            if decided != websites:
                raise RuntimeError(f"the batch review decided {decided} of {websites}")
    finally:
        await client.aclose()
        await database.dispose()
    return file_s, review_s, single_s


def run(sizes: Sizes) -> list[Result]:
    websites = env_int("BENCH_BATCH", 200)
    runs = [asyncio.run(_one_run(websites)) for _ in range(RUNS)]
    file_s = median([r[0] for r in runs])
    review_s = median([r[1] for r in runs])
    single_s = median([r[2] for r in runs])
    say(
        f"batch: file {[f'{r[0]:.2f}' for r in runs]} s, review {[f'{r[1]:.2f}' for r in runs]}"
        f" s, one change {[f'{r[2] * 1000:.0f}' for r in runs]} ms"
    )
    note = [
        f"{websites} websites, SQLite, in process (ASGI); median of {RUNS} fresh databases",
        "baseline: one website's create + submit through the same app",
    ]
    results = [
        Result(
            f"migration of {websites} websites filed in one request",
            file_s * 1000,
            single_s * 1000,
            "ms",
            f"≤ {TARGET_SECONDS * 1000:.0f} ms",
            file_s <= TARGET_SECONDS,
            note,
        ),
        Result(
            f"migration of {websites} websites reviewed as a batch",
            review_s * 1000,
            single_s * 1000,
            "ms",
            f"≤ {TARGET_SECONDS * 1000:.0f} ms",
            review_s <= TARGET_SECONDS,
            note,
        ),
    ]
    return [report(r) for r in results]
