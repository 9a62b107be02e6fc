"""Pre-submit checks against real DNS and web servers on loopback: where the domain resolves,
whether the website answers at the proposed IPs, the footer, the subject's other websites."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.loopback_net import (
    DnsServer,
    WebServer,
    certificates,
    closed_port,
    footer,
    silent_tcp_server,
)
from tests.server.conftest import InProcess, in_process

pytestmark = pytest.mark.anyio

LICENSE = "京ICP备20231234号"
# demo's subject 北京云栈科技有限公司: its websites and their filed IPs (server/seed.py)
HOME = "yunzhan-tech.cn"
OTHERS = {
    "shop.yunzhan-tech.cn": "47.93.18.22",
    "docs.yunzhan-tech.cn": "47.93.18.21",
    "blog.yunzhan-tech.cn": "47.93.18.22",
    "help.yunzhan-tech.cn": "2400:3200:1600::21",
    "jobs.yunzhan-tech.cn": "121.40.56.78",
    "data.yunzhan-tech.cn": "39.96.140.33",
}
SPARE = "39.108.77.12"
CURRENT = "47.93.18.21"


def connect_map(http: dict[str, str], https: str) -> str:
    """Each public address's port 80 to a loopback server, and port 443 to ``https``."""
    items = []
    for address, target in http.items():
        left = f"[{address}]" if ":" in address else address
        items += [f"{left}:80={target}", f"{left}:443={https}"]
    return ",".join(items)


def net(dns: DnsServer, connect: str) -> dict[str, Any]:
    """Service settings that point the checks at the loopback peers and nowhere else."""
    return {
        "precheck_resolver": dns.address,
        "precheck_connect_map": connect,
        "precheck_only_mapped": True,
    }


@pytest.fixture
def good_site() -> Iterator[WebServer]:
    pages = {name: footer(f"{LICENSE}-{i}") for i, name in enumerate([HOME, *OTHERS], 1)}
    with WebServer("127.0.0.2", pages) as server:
        yield server


async def website_id(app: InProcess, headers: dict[str, str], domain: str) -> int:
    items = (await app.client.get("/v1/websites", headers=headers, params={"limit": 100})).json()[
        "items"
    ]
    return int(next(w["id"] for w in items if w["domain"] == domain))


async def check(app: InProcess, ips: list[str], user: str = "demo") -> dict[str, Any]:
    headers = await app.headers(user)
    site = await website_id(app, await app.headers("demo"), HOME)
    response = await app.client.post(
        f"/v1/websites/{site}/prechecks", headers=headers, json={"proposed_ips": ips}, timeout=30
    )
    assert response.status_code == 200, response.text
    return dict(response.json())


def by_check(report: dict[str, Any]) -> dict[tuple[str, str | None], dict[str, Any]]:
    return {(c["check"], c["ip"]): c for c in report["checks"]}


async def test_adding_the_new_server_first_passes_every_check(
    tmp_path: Path,
    good_site: WebServer,
) -> None:
    everything = {
        CURRENT: good_site.target,
        SPARE: good_site.target,
        **{ip: good_site.target for ip in OTHERS.values()},
    }
    with DnsServer({HOME: [CURRENT]}) as dns:
        async with in_process(
            tmp_path / "d", **net(dns, connect_map(everything, closed_port()))
        ) as app:
            report = await check(app, [CURRENT, SPARE])
    checks = by_check(report)
    assert checks[("dns", None)]["result"] == "pass"
    assert checks[("dns", None)]["code"] == "dns_kept"
    for ip in (CURRENT, SPARE):
        reach = checks[("reachability", ip)]
        assert (reach["result"], reach["params"]["status"], reach["params"]["scheme"]) == (
            "pass",
            200,
            "HTTP",
        )
    assert checks[("footer", None)]["result"] == "pass"
    assert checks[("subject_sites", None)]["result"] == "pass"
    assert checks[("subject_sites", None)]["params"]["count"] == len(OTHERS)
    # The web server was asked for the domain itself (Host header), at the proposed IPs.
    assert good_site.requests.count(HOME) == 2
    assert HOME in checks[("dns", None)]["message_zh"]


async def test_wrong_dns_a_footer_without_link_and_a_sibling_down_are_named(
    tmp_path: Path,
    good_site: WebServer,
) -> None:
    with (
        WebServer("127.0.0.3", {HOME: footer(f"{LICENSE}-1", link=False)}) as moved,
        DnsServer({HOME: ["1.2.4.8"]}) as dns,
    ):
        routes = {
            SPARE: moved.target,
            **{ip: good_site.target for ip in OTHERS.values()},
            OTHERS["shop.yunzhan-tech.cn"]: closed_port("127.0.0.4"),
        }
        async with in_process(
            tmp_path / "d", **net(dns, connect_map(routes, closed_port()))
        ) as app:
            report = await check(app, [SPARE])
    checks = by_check(report)
    assert (checks[("dns", None)]["result"], checks[("dns", None)]["code"]) == (
        "fail",
        "dns_unfiled",
    )
    assert checks[("dns", None)]["params"]["stray"] == "1.2.4.8"
    assert "未解析到所填IP" in checks[("dns", None)]["message_zh"]
    assert checks[("reachability", SPARE)]["result"] == "pass"
    assert (checks[("footer", None)]["result"], checks[("footer", None)]["code"]) == (
        "fail",
        "footer_no_link",
    )
    subject = checks[("subject_sites", None)]
    # shop and blog share the address that refuses connections
    assert subject["result"] == "fail"
    assert set(subject["params"]["sites"].split("、")) == {
        "shop.yunzhan-tech.cn",
        "blog.yunzhan-tech.cn",
    }


async def test_a_change_that_removes_the_resolved_ip_warns_of_the_interception(
    tmp_path: Path,
    good_site: WebServer,
) -> None:
    routes = {SPARE: good_site.target, **{ip: good_site.target for ip in OTHERS.values()}}
    with DnsServer({HOME: [CURRENT]}) as dns:
        async with in_process(
            tmp_path / "d", **net(dns, connect_map(routes, closed_port()))
        ) as app:
            report = await check(app, [SPARE])
    dns_check = by_check(report)[("dns", None)]
    assert (dns_check["result"], dns_check["code"]) == ("warn", "dns_removed")
    assert "6 hours" in dns_check["message"]


async def test_https_is_asked_for_the_domain_by_name_and_an_untrusted_certificate_is_named(
    tmp_path: Path, good_site: WebServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A site served over HTTPS alone: the check names the domain in the TLS handshake (SNI) and
    in the Host header, passes when the certificate is trusted, and warns with the reason when
    it is not (here: signed by an authority the service does not know)."""
    pages = {HOME: footer(f"{LICENSE}-1")}
    tls = certificates(tmp_path / "tls", [HOME])
    http_closed = {CURRENT: closed_port(), SPARE: closed_port()}
    http_closed |= {ip: good_site.target for ip in OTHERS.values()}
    with (
        WebServer("127.0.0.5", pages, tls=tls.server) as secure,
        DnsServer({HOME: [CURRENT]}) as dns,
    ):
        async with in_process(
            tmp_path / "d", **net(dns, connect_map(http_closed, secure.target))
        ) as app:
            # the service trusts the system's authorities; here the system is told of the test's
            monkeypatch.setenv("SSL_CERT_FILE", str(tls.authority))
            trusted = by_check(await check(app, [SPARE]))
            monkeypatch.delenv("SSL_CERT_FILE")
            untrusted = by_check(await check(app, [SPARE]))
    reach = trusted[("reachability", SPARE)]
    assert (reach["result"], reach["params"]["scheme"], reach["params"]["status"]) == (
        "pass",
        "HTTPS",
        200,
    )
    assert trusted[("footer", None)]["result"] == "pass"
    assert HOME in secure.server_names  # SNI
    assert HOME in secure.requests  # Host header
    reach = untrusted[("reachability", SPARE)]
    assert (reach["result"], reach["code"]) == ("warn", "reach_tls")
    assert "CERTIFICATE_VERIFY_FAILED" in reach["params"]["detail"]


async def test_servers_that_never_answer_give_could_not_check_within_three_seconds(
    tmp_path: Path,
) -> None:
    with DnsServer({}, silent={HOME}) as dns, silent_tcp_server() as hang:
        routes = {SPARE: hang, CURRENT: hang, **dict.fromkeys(OTHERS.values(), hang)}
        async with in_process(tmp_path / "d", **net(dns, connect_map(routes, hang))) as app:
            started = time.monotonic()
            report = await check(app, [SPARE, CURRENT])
            took = time.monotonic() - started
    assert took <= 3.0
    assert report["elapsed_ms"] <= 3000
    results = {(c["check"], c["result"]) for c in report["checks"]}
    assert results == {
        ("dns", "could_not_check"),
        ("reachability", "could_not_check"),
        ("footer", "could_not_check"),
        ("subject_sites", "could_not_check"),
    }


async def test_a_filer_checks_only_their_own_websites_and_public_addresses(
    inproc: InProcess,
) -> None:
    site = await website_id(inproc, await inproc.headers("demo"), HOME)
    other = await inproc.client.post(
        f"/v1/websites/{site}/prechecks",
        headers=await inproc.headers("demo2"),
        json={"proposed_ips": [SPARE]},
    )
    assert other.status_code == 404
    private = await inproc.client.post(
        f"/v1/websites/{site}/prechecks",
        headers=await inproc.headers("demo"),
        json={"proposed_ips": ["10.0.0.1"]},
    )
    assert private.status_code == 422
    problem = private.json()["errors"][0]
    assert (problem["field"], problem["code"], problem["params"]["index"]) == (
        "proposed_ips",
        "private",
        0,
    )


async def test_a_reviewer_sees_the_checks_of_a_change(tmp_path: Path, good_site: WebServer) -> None:
    routes = {
        "47.93.18.21": good_site.target,
        "39.108.77.13": good_site.target,
        **{ip: good_site.target for ip in OTHERS.values()},
    }
    with DnsServer({"docs.yunzhan-tech.cn": ["47.93.18.21"]}) as dns:
        async with in_process(
            tmp_path / "d", **net(dns, connect_map(routes, closed_port()))
        ) as app:
            reviewer = await app.headers("reviewer")
            queue = (await app.client.get("/v1/review-queue", headers=reviewer)).json()
            change = next(
                i["change"]
                for i in queue["items"]
                if i["change"]["website"]["domain"] == "docs.yunzhan-tech.cn"
            )
            response = await app.client.get(
                f"/v1/change-requests/{change['id']}/prechecks", headers=reviewer, timeout=30
            )
    assert response.status_code == 200
    checks = by_check(response.json())
    assert checks[("dns", None)]["code"] == "dns_kept"
    assert checks[("reachability", "39.108.77.13")]["result"] == "pass"


def test_the_demo_service_checks_against_its_own_loopback_network(tmp_path: Path) -> None:
    """``--demo`` starts a DNS server and web servers on loopback and points the checks at
    them: real results in ``make run``, and no address outside the demo is contacted."""
    from tests.helpers.live_server import api_client, start_live_server

    server = start_live_server(tmp_path / "demo")
    try:
        with api_client(server.url, "demo") as demo:
            sites = demo.get("/v1/websites", params={"limit": 100}).json()["items"]
            ids = {w["domain"]: w["id"] for w in sites}
            report = demo.post(
                f"/v1/websites/{ids[HOME]}/prechecks",
                json={"proposed_ips": [CURRENT, SPARE, "8.8.8.8"]},
            ).json()
            blog = demo.post(
                f"/v1/websites/{ids['blog.yunzhan-tech.cn']}/prechecks",
                json={"proposed_ips": [SPARE]},
            ).json()
    finally:
        server.stop()
    checks = by_check(report)
    assert checks[("dns", None)]["code"] == "dns_kept"
    assert checks[("reachability", SPARE)]["result"] == "pass"
    assert checks[("reachability", CURRENT)]["result"] == "pass"
    outside = checks[("reachability", "8.8.8.8")]
    assert outside["result"] == "could_not_check"
    assert "not an address of this network" in outside["message"]
    assert checks[("footer", None)]["result"] == "pass"
    # the demo's blog shows its number without the MIIT link
    blog_checks = by_check(blog)
    assert blog_checks[("footer", None)]["code"] == "footer_no_link"
    assert blog_checks[("dns", None)]["code"] == "dns_removed"
