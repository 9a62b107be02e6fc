"""Time-limited network probes of the pre-submit checks: DNS records and one HTTP(S) page.

Every probe ends within its time limit and reports what it could not find out as
``unreachable`` (no answer, a network that cannot be reached) rather than as a failure, so
the checks never blame a website for the checker's own network.

:class:`ConnectMap` says where a connection to an address really goes (as curl's
``--connect-to``): the demo and the tests map the public addresses of their websites to web
servers on loopback, so no probe ever leaves the machine there.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import ssl
import time
from dataclasses import dataclass, field

import dns.asyncresolver
import dns.exception
import dns.resolver

MAX_BODY = 512 * 1024


@dataclass(frozen=True)
class ConnectMap:
    """``(address, port) -> (host, port)`` replacements for outgoing connections.

    Parsed from ``ADDRESS[:PORT]=HOST:PORT`` items separated by commas (IPv6 addresses in
    brackets); an item without a port on the left applies to every port.
    """

    routes: dict[tuple[str, int | None], tuple[str, int]] = field(default_factory=dict)

    @classmethod
    def parse(cls, text: str | None) -> ConnectMap:
        routes: dict[tuple[str, int | None], tuple[str, int]] = {}
        for item in (text or "").split(","):
            if not item.strip():
                continue
            left, sep, right = item.strip().partition("=")
            if not sep:
                raise ValueError(f"connect map item {item!r} is not ADDRESS[:PORT]=HOST:PORT")
            address, port = _split_host_port(left, default=None)
            host, target_port = _split_host_port(right, default=None)
            if target_port is None:
                raise ValueError(f"connect map item {item!r} needs a port after =")
            routes[(str(ipaddress.ip_address(address)), port)] = (host, target_port)
        return cls(routes)

    def target(self, address: str, port: int) -> tuple[str, int] | None:
        """Where a connection to ``address:port`` goes; None when it is not mapped."""
        key = str(ipaddress.ip_address(address))
        return self.routes.get((key, port)) or self.routes.get((key, None))


def _split_host_port(text: str, default: int | None) -> tuple[str, int | None]:
    text = text.strip()
    if text.startswith("["):
        host, _, rest = text[1:].partition("]")
        return host, int(rest[1:]) if rest.startswith(":") else default
    if text.count(":") == 1:
        host, port = text.split(":")
        return host, int(port)
    return text, default


# --- DNS ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class DnsAnswer:
    """The addresses a name resolves to, or why there are none.

    ``status``: ``ok``, ``nxdomain`` (the name does not exist), ``no_records`` (it exists but
    has no A/AAAA record) or ``unreachable`` (no answer in time, or the resolver failed).
    """

    status: str
    addresses: tuple[str, ...] = ()
    detail: str = ""
    elapsed_ms: int = 0


def make_resolver(nameserver: str | None, timeout: float) -> dns.asyncresolver.Resolver:
    """A resolver asking ``HOST[:PORT]`` (the system's resolvers when None)."""
    if nameserver:
        resolver = dns.asyncresolver.Resolver(configure=False)
        host, port = _split_host_port(nameserver, default=53)
        resolver.nameservers = [host]
        resolver.port = port or 53
    else:
        try:
            resolver = dns.asyncresolver.Resolver()
        except dns.resolver.NoResolverConfiguration:
            resolver = dns.asyncresolver.Resolver(configure=False)
            resolver.nameservers = ["127.0.0.1"]
    resolver.timeout = resolver.lifetime = timeout
    return resolver


async def resolve(resolver: dns.asyncresolver.Resolver, name: str) -> DnsAnswer:
    """The A and AAAA records of ``name``, asked for together."""
    started = time.monotonic()

    async def one(kind: str) -> list[str] | str:
        try:
            answer = await resolver.resolve(name, kind, raise_on_no_answer=False)
        except dns.resolver.NXDOMAIN:
            return "nxdomain"
        except dns.exception.Timeout:
            return "unreachable:no answer in time"
        except dns.resolver.NoNameservers:
            return "unreachable:the DNS server failed to answer"
        except OSError as exc:
            return f"unreachable:{exc.strerror or type(exc).__name__}"
        except dns.exception.DNSException as exc:
            return f"unreachable:{type(exc).__name__}"
        return [str(record) for record in answer.rrset or []]

    results = await asyncio.gather(one("A"), one("AAAA"))
    elapsed = int((time.monotonic() - started) * 1000)
    failures = [r for r in results if isinstance(r, str)]
    addresses = tuple(a for r in results if isinstance(r, list) for a in r)
    if addresses:
        return DnsAnswer("ok", addresses, elapsed_ms=elapsed)
    if "nxdomain" in failures:
        return DnsAnswer("nxdomain", elapsed_ms=elapsed)
    if failures:
        return DnsAnswer("unreachable", detail=failures[0].partition(":")[2], elapsed_ms=elapsed)
    return DnsAnswer("no_records", elapsed_ms=elapsed)


# --- HTTP --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Page:
    """One request for ``/`` of a website at one address.

    ``status``: ``ok`` (an HTTP answer came; see ``code``), ``refused`` (the address answered
    that nothing listens), ``tls_error`` (HTTPS with a certificate not valid for the domain)
    or ``unreachable`` (no answer in time, no route).
    """

    status: str
    scheme: str
    code: int = 0
    body: str = ""
    detail: str = ""
    elapsed_ms: int = 0


async def fetch(
    address: str,
    domain: str,
    *,
    scheme: str,
    port: int,
    within: float,
    connect_map: ConnectMap,
    only_mapped: bool = False,
    tls: ssl.SSLContext | None = None,
) -> Page:
    """``GET /`` with ``Host: domain`` (and SNI for HTTPS) from ``address:port``, given up
    after ``within`` seconds."""
    started = time.monotonic()
    route = connect_map.target(address, port)
    if route is None and only_mapped:
        return Page("unreachable", scheme, detail="not an address of this network")
    host, target_port = route or (address, port)

    def done(status: str, **kw: object) -> Page:
        return Page(status, scheme, elapsed_ms=int((time.monotonic() - started) * 1000), **kw)  # type: ignore[arg-type]

    try:
        async with asyncio.timeout(within):
            context = (tls or ssl.create_default_context()) if scheme == "https" else None
            reader, writer = await asyncio.open_connection(
                host,
                target_port,
                ssl=context,
                server_hostname=domain if context is not None else None,
            )
            try:
                writer.write(
                    (
                        f"GET / HTTP/1.1\r\nHost: {domain}\r\nUser-Agent: ICP-Filing-Precheck/1"
                        "\r\nAccept: text/html,*/*\r\nConnection: close\r\n\r\n"
                    ).encode("ascii")
                )
                await writer.drain()
                raw = await _read_all(reader)
            finally:
                writer.close()
                with contextlib.suppress(Exception):
                    await writer.wait_closed()
    except TimeoutError:
        return done("unreachable", detail="no answer in time")
    except ConnectionRefusedError:
        return done("refused", detail=f"nothing listens on port {port}")
    except ssl.SSLError as exc:
        return done("tls_error", detail=exc.reason or str(exc))
    except OSError as exc:
        return done("unreachable", detail=exc.strerror or type(exc).__name__)
    code, body = _parse_response(raw)
    if code == 0:
        return done("unreachable", detail="not an HTTP answer")
    return done("ok", code=code, body=body)


async def _read_all(reader: asyncio.StreamReader) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while size < MAX_BODY:
        chunk = await reader.read(65536)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def _parse_response(raw: bytes) -> tuple[int, str]:
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    parts = lines[0].split(b" ", 2) if lines and lines[0] else []
    if len(parts) < 2 or not parts[0].startswith(b"HTTP/") or not parts[1].isdigit():
        return 0, ""
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        headers[name.strip().lower()] = value.strip().lower()
    if headers.get(b"transfer-encoding") == b"chunked":
        body = _dechunk(body)
    charset = "utf-8"
    content_type = headers.get(b"content-type", b"").decode("latin-1")
    if "charset=" in content_type:
        charset = content_type.split("charset=", 1)[1].split(";")[0].strip() or "utf-8"
    try:
        text = body.decode(charset, errors="replace")
    except LookupError:
        text = body.decode("utf-8", errors="replace")
    return int(parts[1]), text


def _dechunk(data: bytes) -> bytes:
    out = bytearray()
    while data:
        size_line, _, rest = data.partition(b"\r\n")
        try:
            size = int(size_line.split(b";")[0], 16)
        except ValueError:
            break
        if size == 0:
            break
        out += rest[:size]
        data = rest[size + 2 :]
    return bytes(out)
