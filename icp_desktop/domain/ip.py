"""Parsing of associated service IP addresses (关联服务IP地址) as filers type them (DESIGN §3).

A service IP must be one public IPv4 or IPv6 address. Input from a Chinese IME is normalised
(full-width characters, 。 and ： punctuation, surrounding spaces); anything that could be
read two ways is refused with a reason rather than guessed at. Non-public addresses are
refused by an explicit table of the IANA special-purpose registries: ``ipaddress``'s
``is_global`` alone is not enough (it is true for some multicast addresses, for example).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from ipaddress import IPv4Address, IPv4Network, IPv6Address, IPv6Network, ip_address, ip_network

from icp_desktop.domain.reasons import render, render_why

IPAddress = IPv4Address | IPv6Address


class InvalidServiceIP(ValueError):  # noqa: N818 - the name is part of the contract (DESIGN §6)
    """Raised for text that is not one public IP address.

    Attributes:
        code: stable machine code (see ``reasons.IP_MESSAGES``), e.g. ``"private"``.
        params: the values the message template is filled with.
        reason: the English sentence that says why, naming the address class.
    """

    def __init__(self, code: str, **params: str) -> None:
        self.code = code
        self.params: dict[str, str] = {
            key: _shown(value) if key in _QUOTED_INPUT else value for key, value in params.items()
        }
        self.reason = render(code, dict(self.params))
        super().__init__(self.reason)

    def reason_in(self, lang: str) -> str:
        """The reason in ``lang`` ("zh_CN" for Chinese; English otherwise)."""
        return render(self.code, dict(self.params), lang)


_SHOWN_MAX = 60
_QUOTED_INPUT = frozenset({"text", "suffix", "zone", "address", "octet"})


def _shown(value: str) -> str:
    """``value`` fit to quote in a message: control characters made visible, length capped
    (the input may be anything pasted, thousands of characters long)."""
    visible = "".join(
        "\ufffd" if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") else ch for ch in value
    )
    return visible if len(visible) <= _SHOWN_MAX else visible[: _SHOWN_MAX - 1] + "…"


@dataclass(frozen=True, slots=True)
class SpecialNetwork:
    """One non-public block of the IANA special-purpose registries and why it is refused."""

    network: IPv4Network | IPv6Network
    code: str


def _table(*rows: tuple[str, str]) -> tuple[SpecialNetwork, ...]:
    return tuple(SpecialNetwork(ip_network(net), code) for net, code in rows)


# IANA IPv4 Special-Purpose Address Registry, and the rest of the non-unicast space.
# The most specific block containing an address decides its class.
SPECIAL_IPV4: tuple[SpecialNetwork, ...] = _table(
    ("0.0.0.0/8", "this_network"),
    ("0.0.0.0/32", "unspecified"),
    ("10.0.0.0/8", "private"),
    ("100.64.0.0/10", "shared"),
    ("127.0.0.0/8", "loopback"),
    ("169.254.0.0/16", "link_local"),
    ("172.16.0.0/12", "private"),
    ("192.0.0.0/24", "protocol_assignment"),
    ("192.0.2.0/24", "documentation"),
    ("192.88.99.0/24", "6to4"),
    ("192.168.0.0/16", "private"),
    ("198.18.0.0/15", "benchmarking"),
    ("198.51.100.0/24", "documentation"),
    ("203.0.113.0/24", "documentation"),
    ("224.0.0.0/4", "multicast"),
    ("240.0.0.0/4", "reserved"),
    ("255.255.255.255/32", "broadcast"),
)

# IANA IPv6 Special-Purpose Address Registry. Anything outside 2000::/3 (global unicast)
# is refused as reserved even when not listed here.
SPECIAL_IPV6: tuple[SpecialNetwork, ...] = _table(
    ("::/128", "unspecified"),
    ("::1/128", "loopback"),
    ("::ffff:0:0/96", "ipv4_mapped"),
    ("64:ff9b::/96", "translation"),
    ("64:ff9b:1::/48", "translation"),
    ("100::/64", "discard"),
    ("2001::/23", "protocol_assignment"),
    ("2001::/32", "teredo"),
    ("2001:2::/48", "benchmarking"),
    ("2001:db8::/32", "documentation"),
    ("2002::/16", "6to4"),
    ("3fff::/20", "documentation"),
    ("5f00::/16", "srv6_sid"),
    ("fc00::/7", "unique_local"),
    ("fe80::/10", "link_local"),
    ("fec0::/10", "site_local"),
    ("ff00::/8", "multicast"),
)

GLOBAL_UNICAST_V6 = IPv6Network("2000::/3")

# Characters an IME or a copy from a web page adds that mean nothing in an address.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
# Dots and colons NFKC leaves alone: ideographic full stop 。 (and its half-width form, which
# NFKC folds to 。).
_PUNCTUATION = str.maketrans({"。": ".", "｡": ".", "：": ":"})
_SEPARATORS = re.compile(r"[\s,;，；、]+")
_IPV4_WITH_PORT = re.compile(r"^(\d+(?:\.\d+){3}):(\d+)$")
_BRACKETED = re.compile(r"^\[([^\]]*)\](?::(\d+))?$")
_IPV4_LIKE = re.compile(r"^[0-9a-fA-FxX.]+$")


def _normalise_text(text: str) -> str:
    """The text with IME forms folded to ASCII and surrounding white space removed."""
    folded = unicodedata.normalize("NFKC", text).translate(_INVISIBLE).translate(_PUNCTUATION)
    return folded.strip()


def classify(address: IPAddress) -> SpecialNetwork | None:
    """The most specific non-public block holding ``address``, or None for a public one."""
    table = SPECIAL_IPV4 if isinstance(address, IPv4Address) else SPECIAL_IPV6
    best: SpecialNetwork | None = None
    for row in table:
        if address in row.network and (
            best is None or row.network.prefixlen > best.network.prefixlen
        ):
            best = row
    if best is None and isinstance(address, IPv6Address) and address not in GLOBAL_UNICAST_V6:
        best = SpecialNetwork(IPv6Network("::/0"), "reserved")
    return best


def _refuse_class(address: IPAddress, special: SpecialNetwork) -> InvalidServiceIP:
    network = str(special.network)
    if special.code == "reserved" and special.network.prefixlen == 0:
        network = "outside global unicast 2000::/3"
    params = {"ip": str(address), "network": network}
    if special.code == "ipv4_mapped" and isinstance(address, IPv6Address):
        # Spelt with the dotted tail whatever this Python's str() does (3.13 changed it).
        params["ipv4"] = str(address.ipv4_mapped)
        params["ip"] = f"::ffff:{address.ipv4_mapped}"
    return InvalidServiceIP(special.code, **params)


def _check_ipv4_form(text: str) -> None:
    """Refuse dotted forms ``ipaddress`` rejects or that other tools read differently."""
    parts = text.split(".")
    if not all(parts) or not _IPV4_LIKE.match(text):
        return
    if len(parts) == 4 and all(p.isdigit() for p in parts):
        zeros = [p for p in parts if len(p) > 1 and p.startswith("0")]
        if zeros:
            suggestion = ".".join(str(int(p)) for p in parts)
            raise _ambiguous(text, "leading_zero", octet=zeros[0], suggestion=suggestion)
        too_big = [p for p in parts if int(p) > 255]
        if too_big:
            raise InvalidServiceIP("octet_range", text=text, octet=too_big[0])
        return
    if len(parts) == 1 and parts[0].isdigit():
        raise _ambiguous(text, "integer")
    if len(parts) < 4 and all(p.isdigit() for p in parts):
        raise _ambiguous(text, "short", count=str(len(parts)))
    if any(p.lower().startswith("0x") for p in parts):
        raise _ambiguous(text, "hex")


def _ambiguous(text: str, form: str, **details: str) -> InvalidServiceIP:
    """An "ambiguous" refusal; ``form`` says which reading is in doubt (``AMBIGUOUS_WHY``)."""
    why = render_why(form, details)
    return InvalidServiceIP("ambiguous", text=text, form=form, why=why, **details)


def _parse_syntax(text: str) -> IPAddress:
    """The address ``text`` spells, or InvalidServiceIP saying why it spells none or several."""
    if not text:
        raise InvalidServiceIP("empty")
    if "://" in text or text.lower().startswith("www."):
        raise InvalidServiceIP("url", text=text)
    pieces = [p for p in _SEPARATORS.split(text) if p]
    if len(pieces) > 1:
        if all(_parses(p) for p in pieces):
            raise InvalidServiceIP("multiple", text=text)
        raise _ambiguous(text, "inner_space")
    bracketed = _BRACKETED.match(text)
    if bracketed:
        raise InvalidServiceIP("port", text=text, address=bracketed.group(1) or "2001:db8::1")
    with_port = _IPV4_WITH_PORT.match(text)
    if with_port:
        raise InvalidServiceIP("port", text=text, address=with_port.group(1))
    if "/" in text:
        raise InvalidServiceIP("cidr", text=text, suffix="/" + text.split("/", 1)[1])
    if "%" in text:
        raise InvalidServiceIP("zone_id", text=text, zone="%" + text.split("%", 1)[1])
    if ":" not in text:
        _check_ipv4_form(text)
    try:
        return ip_address(text)
    except ValueError:
        raise InvalidServiceIP("malformed", text=text) from None


def _parses(piece: str) -> bool:
    try:
        ip_address(piece)
    except ValueError:
        return False
    return "%" not in piece


def parse_service_ip(text: str) -> IPAddress:
    """The public IPv4 or IPv6 address ``text`` names.

    Raises:
        InvalidServiceIP: the text is empty, malformed or ambiguous, or names an address
            that is not public (private, loopback, documentation, multicast, ...).
    """
    address = _parse_syntax(_normalise_text(text))
    special = classify(address)
    if special is not None:
        raise _refuse_class(address, special)
    return address


def normalise_service_ip(text: str) -> str:
    """The canonical text of the public address ``text`` names (IPv6 compressed, lower case)."""
    return str(parse_service_ip(text))


def is_valid_service_ip(text: str) -> bool:
    """Whether ``text`` names one public address (for as-you-type hints)."""
    try:
        parse_service_ip(text)
    except InvalidServiceIP:
        return False
    return True
