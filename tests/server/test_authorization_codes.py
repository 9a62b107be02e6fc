"""Authorization codes (授权码): issued within their limits, entered on a Change Access, moving
with the change, refused with a reason at the field — and never written down in plaintext."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from icp_desktop.domain import authorization_code as rules
from tests.helpers import http_client
from tests.helpers.concurrency import at_once
from tests.helpers.live_server import LiveServer, start_live_server
from tests.server import admin_stage_support as stage
from tests.server.conftest import InProcess, in_process

SPARE = "i-wz9k2m3n4p5q6r7s"  # demo's web-spare-01 (subscription, 730 days left)
PROD_02 = "i-uf6d7e8f9a0b1c2d"  # demo's web-prod-02 (subscription, 240 days left)
QINGHE = "i-bp1qh0001a2b3c4d"  # demo2's qh-web-01 (subscription, 400 days left)
QINGHE_FREE_IP = "47.98.66.103"


async def issue(app: InProcess, who: str, instance_id: str) -> httpx.Response:
    return await app.client.post(
        "/v1/authorization-codes", headers=await app.headers(who), json={"instance_id": instance_id}
    )


async def issued_code(app: InProcess, who: str, instance_id: str) -> str:
    got = await issue(app, who, instance_id)
    assert got.status_code == 201, got.text
    return str(got.json()["code"])


def field_codes(response: httpx.Response) -> list[tuple[str, str]]:
    return [(e["field"], e["code"]) for e in response.json()["errors"]]


async def draft(app: InProcess, who: str, domain: str, ips: list[str]) -> dict[str, Any]:
    headers = await app.headers(who)
    site = await stage.website_id(app, headers, domain)
    created = await app.client.post(
        "/v1/change-requests", headers=headers, json={"website_id": site, "proposed_ips": ips}
    )
    assert created.status_code == 201, created.text
    return dict(created.json())


async def use(app: InProcess, who: str, change_id: int, code: str) -> httpx.Response:
    return await app.client.post(
        f"/v1/change-requests/{change_id}/authorization-codes",
        headers=await app.headers(who),
        json={"code": code},
    )


@pytest.mark.anyio
async def test_codes_are_issued_within_their_limits(tmp_path: Path) -> None:
    clock = stage.fixed_clock()
    async with in_process(tmp_path / "data", clock) as app:
        first = await issue(app, "demo", SPARE)
        assert first.status_code == 201, first.text
        assert first.headers["cache-control"] == "no-store"
        code = first.json()["code"]
        assert rules.looks_like_a_code(code) and len(rules.normalise(code)) * 5 >= 80
        assert first.json()["authorization"]["state"] == "unused"
        for instance, reason in (
            ("i-bp1a9c8d7e6f5g4h", "authorization_not_subscription"),
            ("i-j6c3b2a1d0e9f8g7", "authorization_not_mainland"),
            ("i-2zeb5c6d7e8f9a0b", "authorization_subscription_too_short"),
        ):
            refused = await issue(app, "demo", instance)
            assert refused.status_code == 422
            assert field_codes(refused) == [("instance_id", reason)], instance
        # Another account's server is not found; an operator may issue for any.
        assert field_codes(await issue(app, "demo2", SPARE)) == [("instance_id", "not_found")]
        for _ in range(3):
            await issued_code(app, "operator", SPARE)
        await issued_code(app, "demo", SPARE)  # the fifth
        sixth = await issue(app, "demo", SPARE)
        assert field_codes(sixth) == [("instance_id", "authorization_code_limit")]
        listed = await app.client.get(
            "/v1/authorization-codes",
            headers=await app.headers("demo"),
            params={"instance_id": SPARE},
        )
        body = listed.json()
        assert body["server"]["live_codes"] == 5 and body["server"]["can_issue"] is False
        assert all("code" not in item for item in body["items"])
        assert code not in listed.text
        # Voiding one frees its place.
        voided = await app.client.post(
            f"/v1/authorization-codes/{body['items'][0]['id']}/invalidate",
            headers=await app.headers("demo"),
        )
        assert voided.json()["state"] == "invalid"
        assert (await issue(app, "demo", SPARE)).status_code == 201
        # "At least 3 months": 240 days left today, 40 in 200 days.
        assert (await issue(app, "demo", PROD_02)).status_code == 201
        clock.advance(stage.hours(200 * 24))
        late = await issue(app, "demo", PROD_02)
        assert field_codes(late) == [("instance_id", "authorization_subscription_too_short")]


@pytest.mark.anyio
async def test_a_code_lets_another_account_file_on_the_server_and_follows_the_change(
    tmp_path: Path,
) -> None:
    async with in_process(tmp_path / "data", stage.fixed_clock()) as app:
        code = await issued_code(app, "demo2", QINGHE)
        change = await draft(app, "demo", "yunzhan-tech.cn", [QINGHE_FREE_IP])
        demo = await app.headers("demo")
        submit_url = f"/v1/change-requests/{change['id']}/submit"
        refused = await app.client.post(submit_url, headers=demo)
        assert refused.status_code == 422
        assert [e["code"] for e in refused.json()["errors"]] == ["not_owned"]
        typed = " " + code.lower().replace("-", "－") + " "  # as an IME may type it
        used = await use(app, "demo", change["id"], typed)
        assert used.status_code == 200, used.text
        [authorization] = used.json()["authorizations"]
        assert authorization["state"] == "in_filing"
        assert QINGHE_FREE_IP in authorization["resource"]["ips"]
        assert (await app.client.post(submit_url, headers=demo)).status_code == 200
        checks = await app.client.get(
            f"/v1/change-requests/{change['id']}/checks", headers=await app.headers("reviewer")
        )
        owned = [c for c in checks.json() if c["check"] == "owned"]
        assert owned and all(c["passed"] for c in owned)
        # First review rejects: the code is free again; Modify and Submit takes it back.
        rejected = await app.client.post(
            f"/v1/change-requests/{change['id']}/review",
            headers=await app.headers("reviewer"),
            json={"decision": "reject", "reasons": [{"message": "check the site"}]},
        )
        assert rejected.status_code == 200, rejected.text
        assert (await stage.change(app, demo, change["id"]))["authorizations"][0][
            "state"
        ] == "unused"
        assert (await app.client.post(submit_url, headers=demo)).status_code == 200
        assert (await stage.change(app, demo, change["id"]))["authorizations"][0][
            "state"
        ] == "in_filing"
        await stage.approve(app, await app.headers("reviewer"), change["id"])
        operator = await app.headers("operator")
        await stage.hand_over(app, operator, change["id"])
        done = await app.client.post(
            f"/v1/change-requests/{change['id']}/administration-result",
            headers=operator,
            json={"decision": "approve", "reasons": []},
        )
        assert done.status_code == 200, done.text
        assert (await stage.change(app, demo, change["id"]))["authorizations"][0]["state"] == "used"
        # A used code is refused at the field.
        other = await draft(app, "demo", "jobs.yunzhan-tech.cn", [QINGHE_FREE_IP])
        again = await use(app, "demo", other["id"], code)
        assert again.status_code == 422
        assert field_codes(again) == [("authorization_code", "authorization_code_used")]


@pytest.mark.anyio
async def test_withdrawing_frees_the_code_and_bad_codes_are_refused_at_the_field(
    tmp_path: Path,
) -> None:
    clock = stage.fixed_clock()
    async with in_process(tmp_path / "data", clock) as app:
        code = await issued_code(app, "demo2", QINGHE)
        change = await draft(app, "demo", "yunzhan-tech.cn", [QINGHE_FREE_IP])
        assert (await use(app, "demo", change["id"], code)).status_code == 200
        withdrawn = await app.client.post(
            f"/v1/change-requests/{change['id']}/withdraw", headers=await app.headers("demo")
        )
        assert withdrawn.status_code == 200
        assert withdrawn.json()["authorizations"][0]["state"] == "unused"
        fresh = await draft(app, "demo", "jobs.yunzhan-tech.cn", [QINGHE_FREE_IP])
        for text, reason in (
            ("not a code", "authorization_code_malformed"),
            ("0000-0000-0000-0000-0000", "authorization_code_unknown"),
        ):
            refused = await use(app, "demo", fresh["id"], text)
            assert field_codes(refused) == [("authorization_code", reason)], text
        own = await issued_code(app, "demo", SPARE)
        assert field_codes(await use(app, "demo", fresh["id"], own)) == [
            ("authorization_code", "authorization_code_not_needed")
        ]
        voided = await issued_code(app, "demo2", QINGHE)
        listed = await app.client.get(
            "/v1/authorization-codes",
            headers=await app.headers("demo2"),
            params={"instance_id": QINGHE},
        )
        newest = listed.json()["items"][0]["id"]
        await app.client.post(
            f"/v1/authorization-codes/{newest}/invalidate", headers=await app.headers("demo2")
        )
        assert field_codes(await use(app, "demo", fresh["id"], voided)) == [
            ("authorization_code", "authorization_code_invalid")
        ]
        clock.advance(stage.hours(366 * 24))
        expired = await use(app, "demo", fresh["id"], code)
        assert field_codes(expired) == [("authorization_code", "authorization_code_expired")]
        assert expired.json()["errors"][0]["params"]["expires_at"]


def test_a_code_entered_on_two_changes_at_once_has_one_winner(
    live_server: LiveServer,
    client_for: Callable[[LiveServer, str | None], httpx.Client],
) -> None:
    demo2, demo = client_for(live_server, "demo2"), client_for(live_server, "demo")
    code = demo2.post("/v1/authorization-codes", json={"instance_id": QINGHE}).json()["code"]
    sites = {w["domain"]: w["id"] for w in demo.get("/v1/websites").json()["items"]}
    changes = [
        demo.post(
            "/v1/change-requests",
            json={"website_id": sites[domain], "proposed_ips": [QINGHE_FREE_IP]},
        ).json()["id"]
        for domain in ("yunzhan-tech.cn", "jobs.yunzhan-tech.cn")
    ]
    answers = at_once(
        2,
        lambda i: demo.post(
            f"/v1/change-requests/{changes[i]}/authorization-codes", json={"code": code}
        ),
    )
    statuses = sorted(a.status_code for a in answers)
    assert statuses == [200, 422], [a.text for a in answers]
    loser = next(a for a in answers if a.status_code == 422)
    assert field_codes(loser) == [("authorization_code", "authorization_code_in_filing")]
    holders = [c for c in changes if demo.get(f"/v1/change-requests/{c}").json()["authorizations"]]
    assert len(holders) == 1


def test_a_code_is_never_written_to_the_log_or_the_database(tmp_path: Path) -> None:
    server = start_live_server(tmp_path / "srv", env={"ICP_LOG_LEVEL": "DEBUG"})
    try:
        with http_client.Client(base_url=server.url, timeout=30) as client:

            def signed_in(username: str) -> dict[str, str]:
                token = client.post(
                    "/v1/auth/login", json={"username": username, "password": f"{username}-pass"}
                ).json()["token"]
                return {"Authorization": f"Bearer {token}"}

            owner, filer = signed_in("demo2"), signed_in("demo")
            code = client.post(
                "/v1/authorization-codes", headers=owner, json={"instance_id": QINGHE}
            ).json()["code"]
            sites = {
                w["domain"]: w["id"]
                for w in client.get("/v1/websites", headers=filer).json()["items"]
            }
            change = client.post(
                "/v1/change-requests",
                headers=filer,
                json={"website_id": sites["yunzhan-tech.cn"], "proposed_ips": [QINGHE_FREE_IP]},
            )
            cid = change.json()["id"]
            assert (
                client.post(
                    f"/v1/change-requests/{cid}/authorization-codes",
                    headers=filer,
                    json={"code": code},
                ).status_code
                == 200
            )
            assert (
                client.post(f"/v1/change-requests/{cid}/submit", headers=filer).status_code == 200
            )
            # A mistyped one (refused) is not written down either.
            typo = code[:-1] + ("0" if code[-1] != "0" else "1")
            assert client.post(
                f"/v1/change-requests/{cid}/authorization-codes", headers=filer, json={"code": typo}
            ).status_code in (409, 422)
    finally:
        server.stop()
    forms = {code, rules.normalise(code), typo, rules.normalise(typo)}
    files = [p for p in (tmp_path / "srv").rglob("*") if p.is_file()]
    assert any(p.name == "filing-service.log" for p in files)
    assert any(p.name.startswith("filing.sqlite3") for p in files)
    for path in files:
        data = path.read_bytes()
        for form in forms:
            assert form.encode() not in data, (path.name, form)
            assert form.encode("utf-16-le") not in data, (path.name, form)
