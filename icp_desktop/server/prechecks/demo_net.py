"""The demo's own small internet on loopback, so the pre-submit checks show real results.

``--demo`` starts, inside the service process:

* a DNS server on 127.0.0.1 answering for the demo domains with the IPs they are filed with
  (as its owner would point them: once a website is filed on the spare server ``web-spare-01``,
  its domain points there only, which is what the second step of a migration waits for);
* one small web server per demo address, serving the demo websites that "live" there, most
  with the filing number in the footer, one without the MIIT link, one address down.

The service's checks are pointed at them (``precheck_resolver`` and ``precheck_connect_map``)
and contact nothing else: an address outside the demo is not probed at all.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import dns.message
import dns.rcode
import dns.rdatatype
import dns.rrset
from sqlalchemy import select

from icp_desktop.server.db import Database
from icp_desktop.server.models.catalog import ResourceIP, ServiceResource, Website, WebsiteIP
from icp_desktop.server.seed import LATE_WEBSITES, SUBJECTS

log = logging.getLogger(__name__)

SPARE_SERVER = "web-spare-01"
# Which demo websites answer at which address (the spare server has them deployed already).
_SPARE_SITES = {
    "yunzhan-tech.cn",
    "docs.yunzhan-tech.cn",
    "shop.yunzhan-tech.cn",
    "blog.yunzhan-tech.cn",
    "help.yunzhan-tech.cn",
    "jobs.yunzhan-tech.cn",
    "data.yunzhan-tech.cn",
    "zw-notes.cn",
    "zhangwei-blog.cn",
    "zhangwei-photo.cn",
}
SERVES: dict[str, set[str]] = {
    "47.93.18.21": {"yunzhan-tech.cn", "docs.yunzhan-tech.cn"},
    "47.93.18.22": {"shop.yunzhan-tech.cn", "blog.yunzhan-tech.cn"},
    "2400:3200:1600::21": {"help.yunzhan-tech.cn"},
    "121.40.56.78": {"jobs.yunzhan-tech.cn", "zhangwei-blog.cn"},
    "2408:4002:1f20::18": {"jobs.yunzhan-tech.cn"},
    "121.40.56.79": {"zhangwei-photo.cn"},
    "39.96.140.33": {"zw-notes.cn", "data.yunzhan-tech.cn"},
    "39.108.77.12": _SPARE_SITES,
    "39.108.77.13": {"docs.yunzhan-tech.cn"},  # not the shop: its rejection says so
    "2408:4003:10a0::66": _SPARE_SITES,
    "47.98.66.101": {"qinghe-net.cn", "bbs.qinghe-net.cn"},
    "47.98.66.102": {"edu.qinghe-net.cn"},
    "47.98.66.103": {"edu.qinghe-net.cn", "qinghe-net.cn"},
    "2408:4005:3c0::9": {"bbs.qinghe-net.cn"},
}
# Demo addresses where nothing listens (a server that is switched off).
DOWN = ("114.55.201.9", "47.242.30.15", "2408:8000:a00::5")
NO_MIIT_LINK = {"blog.yunzhan-tech.cn"}


def _pages() -> dict[str, str]:
    sites: list[tuple[str, str, str, str]] = []  # (filing number, name, domain, content)
    for subjects in SUBJECTS.values():
        for _name, license_number, _kind, _province, websites in subjects:
            sites += [
                (f"{license_number}-{seq}", site, domain, content)
                for seq, (site, domain, content, _ips) in enumerate(websites, start=1)
            ]
            # the websites added later under the same subject number on after its others
            late = [w for ws in LATE_WEBSITES.values() for w in ws if w[0] == license_number]
            sites += [
                (f"{license_number}-{len(websites) + i}", site, domain, content)
                for i, (_l, site, domain, content, _ips) in enumerate(late, start=1)
            ]
    pages = {}
    for number, site, domain, content in sites:
        link = (
            number
            if domain in NO_MIIT_LINK
            else f'<a href="https://beian.miit.gov.cn/" target="_blank">{number}</a>'
        )
        pages[domain] = (
            f"<!doctype html><html><head><meta charset='utf-8'><title>{site}"
            f"</title></head><body><h1>{site}</h1><p>{content}</p>"
            f"<footer>{link}</footer></body></html>"
        )
    return pages


@dataclass
class DemoNet:
    """The demo's DNS and web servers; :meth:`start` gives the settings that point at them."""

    database: Database
    resolver: str = ""
    connect_map: str = ""
    _servers: list[asyncio.AbstractServer] = field(default_factory=list)
    _dns: asyncio.DatagramTransport | None = None

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        pages = _pages()
        routes = []
        for address, domains in SERVES.items():
            server = await asyncio.start_server(_web_handler(pages, domains), "127.0.0.1", 0)
            self._servers.append(server)
            port = server.sockets[0].getsockname()[1]
            routes.append(f"{_bracket(address)}:80=127.0.0.1:{port}")
        down = _closed_port()
        routes += [f"{_bracket(address)}:80=127.0.0.1:{down}" for address in DOWN]
        transport, _protocol = await loop.create_datagram_endpoint(
            lambda: _DnsProtocol(self.database), local_addr=("127.0.0.1", 0)
        )
        self._dns = transport
        self.resolver = f"127.0.0.1:{transport.get_extra_info('sockname')[1]}"
        self.connect_map = ",".join(routes)
        log.info(
            "demo network: DNS at %s, %d web servers on loopback", self.resolver, len(self._servers)
        )

    async def stop(self) -> None:
        for server in self._servers:
            server.close()
            with contextlib.suppress(Exception):
                await server.wait_closed()
        if self._dns is not None:
            self._dns.close()


def _bracket(address: str) -> str:
    return f"[{address}]" if ":" in address else address


def _closed_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _web_handler(
    pages: dict[str, str], domains: set[str]
) -> Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]:
    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
            host = ""
            for line in head.decode("latin-1").split("\r\n")[1:]:
                name, _, value = line.partition(":")
                if name.strip().lower() == "host":
                    host = value.strip().split(":")[0].lower()
            body, status = (
                (pages[host], "200 OK")
                if host in domains and host in pages
                else ("<h1>404 Not Found</h1>", "404 Not Found")
            )
            data = body.encode("utf-8")
            writer.write(
                f"HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\n"
                f"Content-Length: {len(data)}\r\nConnection: close\r\n\r\n".encode("ascii")
                + data
            )
            await writer.drain()
        except (OSError, asyncio.IncompleteReadError, TimeoutError):
            pass
        finally:
            writer.close()

    return handle


class _DnsProtocol(asyncio.DatagramProtocol):
    """Answers A/AAAA questions for demo domains from their filed IPs."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self.transport: asyncio.DatagramTransport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def datagram_received(self, data: bytes, addr: tuple[str, int]) -> None:
        asyncio.get_running_loop().create_task(self._answer(data, addr))

    async def _answer(self, data: bytes, addr: tuple[str, int]) -> None:
        try:
            query = dns.message.from_wire(data)
        except Exception:
            return
        response = dns.message.make_response(query)
        question = query.question[0] if query.question else None
        if question is not None:
            name = question.name.to_text().rstrip(".").lower()
            addresses = await self._addresses(name)
            if addresses is None:
                response.set_rcode(dns.rcode.NXDOMAIN)
            else:
                version = 4 if question.rdtype == dns.rdatatype.A else 6
                wanted = [a for a in addresses if (":" in a) == (version == 6)]
                if wanted and question.rdtype in (dns.rdatatype.A, dns.rdatatype.AAAA):
                    response.answer.append(
                        dns.rrset.from_text_list(question.name, 60, "IN", question.rdtype, wanted)
                    )
        if self.transport is not None:
            self.transport.sendto(response.to_wire(), addr)

    async def _addresses(self, domain: str) -> list[str] | None:
        async with self.database.read_sessions() as session:
            website_id = await session.scalar(select(Website.id).where(Website.domain == domain))
            if website_id is None:
                return None
            rows = (
                await session.execute(
                    select(WebsiteIP.address, ServiceResource.instance_name)
                    .outerjoin(ResourceIP, ResourceIP.address == WebsiteIP.address)
                    .outerjoin(ServiceResource, ServiceResource.id == ResourceIP.resource_id)
                    .where(WebsiteIP.website_id == website_id)
                    .order_by(WebsiteIP.position)
                )
            ).all()
        spare = [a for a, name in rows if name == SPARE_SERVER]
        return spare or [a for a, _ in rows]
