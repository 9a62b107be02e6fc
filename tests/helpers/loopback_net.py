"""Real network peers on loopback for the pre-submit checks: a DNS server and web servers.

* :class:`DnsServer` — dnslib's server on a free UDP port of 127.0.0.1, answering A/AAAA
  questions from a table (names not in it get NXDOMAIN; names in ``silent`` get no answer).
* :class:`WebServer` — ``http.server`` on ``127.0.0.N:port``, one page per Host header; over
  TLS with ``tls=``, noting the name each client asked for (SNI).
* :func:`certificates` — a test authority and a server certificate it signed for some names.
* :func:`silent_tcp_server` — accepts connections and never answers (a site that hangs).
* :func:`closed_port` — a port where nothing listens (connections are refused).
"""

from __future__ import annotations

import socket
import ssl
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from ipaddress import ip_address
from pathlib import Path
from typing import Any

from dnslib import AAAA, QTYPE, RCODE, RR, A, DNSRecord
from dnslib.server import BaseResolver, DNSLogger, DNSServer


def free_udp_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


class _TableResolver(BaseResolver):  # type: ignore[misc]
    def __init__(self, records: dict[str, list[str]], silent: set[str]) -> None:
        self.records = records
        self.silent = silent

    def resolve(self, request: DNSRecord, handler: Any) -> DNSRecord:
        name = str(request.q.qname).rstrip(".").lower()
        if name in self.silent:
            time.sleep(10)  # longer than any check waits
        reply = request.reply()
        if name not in self.records:
            reply.header.rcode = RCODE.NXDOMAIN
            return reply
        for address in self.records[name]:
            version = ip_address(address).version
            if request.q.qtype == QTYPE.A and version == 4:
                reply.add_answer(RR(name, QTYPE.A, rdata=A(address), ttl=60))
            elif request.q.qtype == QTYPE.AAAA and version == 6:
                reply.add_answer(RR(name, QTYPE.AAAA, rdata=AAAA(address), ttl=60))
        return reply


class DnsServer:
    """A DNS server answering from ``records`` (name -> addresses) at ``address``."""

    def __init__(self, records: dict[str, list[str]], silent: set[str] | None = None) -> None:
        self.port = free_udp_port()
        self.resolver = _TableResolver(dict(records), set(silent or ()))
        self._server = DNSServer(
            self.resolver,
            address="127.0.0.1",
            port=self.port,
            logger=DNSLogger("-request,-reply,-truncated,-error,-recv,-send,-data"),
        )

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def __enter__(self) -> DnsServer:
        self._server.start_thread()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._server.stop()


class WebServer:
    """Serves ``pages[host]`` (HTML) for ``GET /`` by Host header; 404 for other hosts."""

    def __init__(
        self,
        host: str,
        pages: dict[str, str],
        status: int = 200,
        tls: ssl.SSLContext | None = None,
    ) -> None:
        self.pages = pages
        self.status = status
        self.requests: list[str] = []
        self.server_names: list[str | None] = []  # SNI, over TLS
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                name = (self.headers.get("Host") or "").split(":")[0].lower()
                outer.requests.append(name)
                body = outer.pages.get(name)
                code = outer.status if body is not None else 404
                data = (body or "<h1>Not found</h1>").encode("utf-8")
                self.send_response(code)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *_args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer((host, 0), Handler)
        self.host, self.port = host, int(self._server.server_address[1])
        if tls is not None:

            def note_name(_sock: ssl.SSLObject, name: str | None, _ctx: ssl.SSLContext) -> None:
                outer.server_names.append(name)

            tls.sni_callback = note_name  # type: ignore[assignment]
            self._server.socket = tls.wrap_socket(self._server.socket, server_side=True)

    @property
    def target(self) -> str:
        return f"{self.host}:{self.port}"

    def __enter__(self) -> WebServer:
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


@contextmanager
def silent_tcp_server(host: str = "127.0.0.1") -> Iterator[str]:
    """``HOST:PORT`` of a server that accepts connections and never says a word."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind((host, 0))
    sock.listen(64)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        sock.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(sock.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"{host}:{sock.getsockname()[1]}"
    finally:
        stop.set()
        thread.join()
        for conn in held:
            conn.close()
        sock.close()


def closed_port(host: str = "127.0.0.1") -> str:
    """``HOST:PORT`` where nothing listens."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return f"{host}:{sock.getsockname()[1]}"


def footer(license_number: str, link: bool = True) -> str:
    """A page whose footer shows the filing number, linked to the MIIT site or not."""
    number = (
        f'<a href="https://beian.miit.gov.cn/" target="_blank">{license_number}</a>'
        if link
        else license_number
    )
    return f"<html><body><h1>Welcome</h1><footer>{number}</footer></body></html>"


@dataclass(frozen=True)
class Certificates:
    authority: Path  # the test authority's certificate (PEM), for a client to trust
    server: ssl.SSLContext  # a server context with the certificate it signed and its key


def certificates(directory: Path, names: list[str]) -> Certificates:
    """A throwaway certificate authority and a server certificate it signed for ``names``."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = datetime.now(UTC)  # the certificates' validity only, never a rule's "now"

    def made(subject: str, key: Any, issuer: str, signer: Any, ca: bool) -> Any:
        builder = (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)]))
            .issuer_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, issuer)]))
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1))
            .not_valid_after(now + timedelta(days=30))
            .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        )
        if ca:
            builder = builder.add_extension(
                x509.KeyUsage(False, False, False, False, False, True, True, False, False), True
            ).add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
        else:
            builder = builder.add_extension(
                x509.SubjectAlternativeName([x509.DNSName(n) for n in names]), critical=False
            )
        return builder.sign(signer, hashes.SHA256())

    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_cert = made("ICP Desktop test authority", ca_key, "ICP Desktop test authority", ca_key, True)
    key = ec.generate_private_key(ec.SECP256R1())
    cert = made(names[0], key, "ICP Desktop test authority", ca_key, False)
    directory.mkdir(parents=True, exist_ok=True)
    pem = serialization.Encoding.PEM
    authority = directory / "authority.pem"
    authority.write_bytes(ca_cert.public_bytes(pem))
    chain = directory / "server.pem"
    chain.write_bytes(cert.public_bytes(pem) + ca_cert.public_bytes(pem))
    key_file = directory / "server.key"
    key_file.write_bytes(
        key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server.load_cert_chain(chain, key_file)
    return Certificates(authority, server)
