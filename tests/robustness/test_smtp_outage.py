"""The SMTP server down while outcomes are recorded, and the service SIGKILLed during the
outage: once both are back every email is sent, none lost and none twice."""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

import httpx

from tests.helpers import http_client
from tests.helpers.live_server import free_port, login_token, start_live_server
from tests.robustness.budget import budget, record
from tests.server.test_notifier import smtp_server

DOMAINS = ("yunzhan-tech.cn", "jobs.yunzhan-tech.cn", "zhangwei-photo.cn")


def test_emails_survive_an_smtp_outage_and_a_killed_service(tmp_path: Path) -> None:
    port = free_port()
    server = start_live_server(
        tmp_path / "srv",
        env={
            "ICP_SMTP_HOST": "127.0.0.1",
            "ICP_SMTP_PORT": str(port),
            "ICP_SCHEDULER_INTERVAL": "0.05",
        },
    )
    controller = None
    inbox = None
    rounds = budget(1, 5)
    try:
        licenses: dict[int, str] = {}
        for n in range(rounds):
            tokens = {u: login_token(server.url, u) for u in ("demo", "reviewer", "operator")}

            def client(user: str, tokens: dict[str, str] = tokens) -> httpx.Client:
                return http_client.Client(
                    base_url=server.url,
                    timeout=20,
                    headers={"Authorization": f"Bearer {tokens[user]}"},
                )

            with client("demo") as demo, client("reviewer") as reviewer:
                for domain in DOMAINS:
                    site = next(
                        w
                        for w in demo.get("/v1/websites", params={"q": domain}).json()["items"]
                        if w["domain"] == domain
                    )
                    made = demo.post(
                        "/v1/change-requests",
                        json={
                            "website_id": site["id"],
                            "proposed_ips": [f"39.108.77.1{2 + n % 2}"],
                        },
                    )
                    assert made.status_code == 201, made.text
                    cid = made.json()["id"]
                    assert demo.post(f"/v1/change-requests/{cid}/submit").status_code == 200
                    assert (
                        reviewer.post(
                            f"/v1/change-requests/{cid}/review",
                            json={
                                "decision": "reject",
                                "comment": "",
                                "reasons": [{"field": "proposed_ips", "message": "no"}],
                            },
                        ).status_code
                        == 200
                    )
                    licenses[cid] = site["license_number"]
                    assert demo.post(f"/v1/change-requests/{cid}/withdraw").status_code == 200
            if n == 0:  # the SMTP server is down: wait until every email has failed once
                with client("operator") as operator:
                    deadline = time.monotonic() + 20
                    while True:
                        mail = [
                            m
                            for m in operator.get("/v1/outbox").json()["items"]
                            if m["channel"] == "email" and m["change_id"] in licenses
                        ]
                        if len(mail) == len(DOMAINS) and all(
                            m["attempts"] >= 1 and m["status"] != "sent" for m in mail
                        ):
                            break
                        assert time.monotonic() < deadline, mail
                        time.sleep(0.1)  # the outbox has no event stream
            server.kill()  # mid-outage (first round) or mid-sending (later rounds)
            server.process = None
            server.start()
            if controller is None:
                controller, inbox = smtp_server(port)
        assert inbox is not None
        with http_client.Client(
            base_url=server.url,
            timeout=20,
            headers={"Authorization": f"Bearer {login_token(server.url, 'operator')}"},
        ) as operator:
            deadline = time.monotonic() + 60
            while True:
                mail = [
                    m
                    for m in operator.get("/v1/outbox").json()["items"]
                    if m["channel"] == "email" and m["change_id"] in licenses
                ]
                if mail and all(m["status"] == "sent" for m in mail):
                    break
                assert time.monotonic() < deadline, [(m["status"], m["attempts"]) for m in mail]
                time.sleep(0.2)
        time.sleep(1.0)  # twenty more scheduler rounds: nothing may be sent again
        expected = Counter(licenses.values())  # one rejection per website and round
        for license_number, count in expected.items():
            assert len(inbox.about(license_number)) == count, license_number
        received = sum(len(inbox.about(ln)) for ln in expected)
        record(
            "fault: SMTP outage and a killed service",
            rounds=rounds,
            emails=len(licenses),
            received=received,
            lost=0,
            doubled=received - len(licenses),
        )
    finally:
        server.stop()
        if controller is not None:
            controller.stop()
