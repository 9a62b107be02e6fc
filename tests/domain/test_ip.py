"""Service IP parsing: every non-public class refused by name, IME input accepted."""

from __future__ import annotations

from ipaddress import IPv4Address, IPv4Network, IPv6Address, IPv6Network, ip_address, ip_network

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from icp_desktop.domain.ip import (
    InvalidServiceIP,
    is_valid_service_ip,
    normalise_service_ip,
    parse_service_ip,
)

# The specification, written out independently of the module's own table: the IANA
# special-purpose registries and the code each block must be refused with.
REFUSED: list[tuple[str, str]] = [
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
    # Everything outside global unicast 2000::/3 that is not named above.
    ("::/3", "reserved"),
    ("4000::/2", "reserved"),
    ("8000::/1", "reserved"),
]
NETWORKS = [(ip_network(net), code) for net, code in REFUSED]


def _more_specific(address: IPv4Address | IPv6Address, net: IPv4Network | IPv6Network) -> bool:
    """Whether a smaller listed block inside ``net`` also holds ``address``."""
    return any(
        other.version == net.version
        and other.prefixlen > net.prefixlen
        and other.subnet_of(net)  # type: ignore[arg-type]
        and address in other
        for other, _code in NETWORKS
    )


def _spread(low: int, high: int) -> st.SearchStrategy[int]:
    """Integers in [low, high] drawn from random bytes, not biased towards small values
    (which would mostly land in 0.0.0.0/8 or in the first sub-block of a range)."""
    size = (high - low).bit_length() // 8 + 2
    return st.binary(min_size=size, max_size=size).map(
        lambda raw: low + int.from_bytes(raw, "big") % (high - low + 1)
    )


PUBLIC_V4 = _spread(0, 2**32 - 1).map(IPv4Address)
GLOBAL_UNICAST_V6 = _spread(0x2000 << 112, (0x4000 << 112) - 1).map(IPv6Address)


def _in_any(address: IPv4Address | IPv6Address) -> bool:
    return any(address in net for net, _code in NETWORKS)


@pytest.mark.parametrize(("net", "code"), REFUSED)
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_every_address_in_a_refused_block_is_refused_with_its_class(
    net: str, code: str, data: st.DataObject
) -> None:
    network = ip_network(net)
    offset = data.draw(_spread(0, network.num_addresses - 1))
    address = network[offset]
    assume(not _more_specific(address, network))
    with pytest.raises(InvalidServiceIP) as caught:
        parse_service_ip(str(address))
    assert caught.value.code == code
    quoted = caught.value.params["ip"]
    assert ip_address(quoted) == address
    assert quoted in caught.value.reason


@pytest.mark.parametrize(("net", "code"), REFUSED)
def test_first_and_last_address_of_each_block_are_refused(net: str, code: str) -> None:
    network = ip_network(net)
    for address in (network[0], network[-1]):
        if _more_specific(address, network):
            continue
        with pytest.raises(InvalidServiceIP) as caught:
            parse_service_ip(str(address))
        assert caught.value.code == code


@settings(max_examples=500)
@given(PUBLIC_V4)
def test_public_ipv4_addresses_are_accepted_and_round_trip(address: IPv4Address) -> None:
    assume(not _in_any(address))
    assert parse_service_ip(str(address)) == address
    assert normalise_service_ip(str(address)) == str(address)


@settings(max_examples=500)
@given(GLOBAL_UNICAST_V6)
def test_public_ipv6_addresses_are_accepted_and_round_trip(address: IPv6Address) -> None:
    assume(not _in_any(address))
    assert parse_service_ip(address.exploded.upper()) == address
    assert normalise_service_ip(address.exploded) == address.compressed


_FULL_WIDTH = {c: chr(ord(c) + 0xFEE0) for c in "0123456789abcdefABCDEF.:"}


def _ime_variant(text: str, draw_flags: list[bool], dot: str, pad: str) -> str:
    chars = []
    for i, ch in enumerate(text):
        if draw_flags[i % len(draw_flags)]:
            ch = _FULL_WIDTH[ch]
        if ch in ".．":
            ch = dot if draw_flags[(i + 1) % len(draw_flags)] else ch
        if ch in ":：" and draw_flags[(i + 2) % len(draw_flags)]:
            ch = "："
        chars.append(ch)
    return pad + "".join(chars) + pad[::-1]


@settings(max_examples=300)
@given(
    st.one_of(PUBLIC_V4, GLOBAL_UNICAST_V6),
    st.lists(st.booleans(), min_size=1, max_size=7),
    st.sampled_from([".", "。", "．", "｡"]),
    st.sampled_from(["", " ", "\u3000", " \u3000\t", "\u200b"]),
)
def test_full_width_and_ime_forms_parse_to_the_same_address(
    address: IPv4Address | IPv6Address, flags: list[bool], dot: str, pad: str
) -> None:
    assume(not _in_any(address))
    typed = _ime_variant(str(address), flags, dot, pad)
    assert parse_service_ip(typed) == address
    assert normalise_service_ip(typed) == str(address)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("１１４．１１４．１１４．１１４", "114.114.114.114"),
        ("114。114。114。114", "114.114.114.114"),
        ("\u3000 223.5.5.5 \u3000", "223.5.5.5"),
        ("２４０８：４００３：：１", "2408:4003::1"),
        ("2408:4003:0000:0000:0000:0000:0000:0001", "2408:4003::1"),
        ("２４０Ｅ：ＡＢＣＤ：：１", "240e:abcd::1"),
        ("2400:3200::1", "2400:3200::1"),
    ],
)
def test_normalised_form_is_shown(typed: str, expected: str) -> None:
    assert normalise_service_ip(typed) == expected
    assert is_valid_service_ip(typed)


@pytest.mark.parametrize(
    ("typed", "code", "words"),
    [
        ("", "empty", "Enter an IP address"),
        ("\u3000 ", "empty", "Enter an IP address"),
        ("010.1.1.1", "ambiguous", "octal"),
        ("8.8.08.8", "ambiguous", "leading zero in 08"),
        ("8.8.8", "ambiguous", "4 numbers"),
        ("134744072", "ambiguous", "32-bit integer"),
        ("0x8.8.8.8", "ambiguous", "hexadecimal"),
        ("8.8. 8.8", "ambiguous", "spaces"),
        ("8.8.8.8/32", "cidr", "/32"),
        ("2400:3200::/32", "cidr", "/32"),
        ("2400:3200::1%eth0", "zone_id", "%eth0"),
        ("fe80::1%2", "zone_id", "%2"),
        ("[2400:3200::1]", "port", "2400:3200::1"),
        ("[2400:3200::1]:443", "port", "2400:3200::1"),
        ("8.8.8.8:80", "port", "e.g. 8.8.8.8"),
        ("8.8.8.8, 1.1.1.1", "multiple", "one address per field"),
        ("8.8.8.8、1.1.1.1", "multiple", "one address per field"),
        ("http://8.8.8.8/", "url", "web address"),
        ("256.1.1.1", "octet_range", "256 is larger than 255"),
        ("8.8.8.8.", "malformed", "not an IPv4 or IPv6 address"),
        ("example.com", "malformed", "not an IPv4 or IPv6 address"),
        ("2400:3200::1::2", "malformed", "not an IPv4 or IPv6 address"),
        ("10.1.2.3", "private", "10.1.2.3 is a private address (10.0.0.0/8), not a public one"),
        ("172.31.255.255", "private", "(172.16.0.0/12)"),
        ("192.168.1.1", "private", "private address"),
        ("100.64.0.1", "shared", "shared address space"),
        ("127.0.0.1", "loopback", "loopback"),
        ("169.254.169.254", "link_local", "link-local"),
        ("192.0.2.10", "documentation", "documentation"),
        ("198.18.0.1", "benchmarking", "benchmarking"),
        ("224.0.0.251", "multicast", "multicast"),
        ("239.255.255.250", "multicast", "multicast"),
        ("250.1.1.1", "reserved", "reserved"),
        ("255.255.255.255", "broadcast", "broadcast"),
        ("0.0.0.0", "unspecified", "unspecified"),
        ("::", "unspecified", "unspecified"),
        ("::1", "loopback", "loopback"),
        ("::ffff:8.8.8.8", "ipv4_mapped", "enter the IPv4 address 8.8.8.8"),
        ("64:ff9b::8.8.8.8", "translation", "translation"),
        ("2001:db8::1", "documentation", "(2001:db8::/32)"),
        ("2001:2::1", "benchmarking", "benchmarking"),
        ("2001::1", "teredo", "Teredo"),
        ("2002:808:808::1", "6to4", "6to4"),
        ("fd00::1", "unique_local", "unique local"),
        ("fe80::1", "link_local", "link-local"),
        # Global-scope multicast: ipaddress calls it is_global, it is still not a server.
        ("ff0e::101", "multicast", "multicast"),
        ("4000::1", "reserved", "outside global unicast 2000::/3"),
    ],
)
def test_refusals_say_why(typed: str, code: str, words: str) -> None:
    with pytest.raises(InvalidServiceIP) as caught:
        parse_service_ip(typed)
    assert caught.value.code == code
    assert words in caught.value.reason
    assert str(caught.value) == caught.value.reason
    assert isinstance(caught.value, ValueError)
    assert not is_valid_service_ip(typed)


def test_is_global_alone_would_accept_global_multicast() -> None:
    # The trap the explicit table exists for: keep this true to show the test above matters.
    assert ip_address("ff0e::101").is_global


def test_refusal_params_fill_the_message() -> None:
    with pytest.raises(InvalidServiceIP) as caught:
        parse_service_ip("１０．１．２．３")
    assert caught.value.params == {"ip": "10.1.2.3", "network": "10.0.0.0/8"}


def test_ambiguous_refusals_name_the_form() -> None:
    forms = {}
    for typed in ("010.1.1.1", "8.8.8", "134744072", "0x8.8.8.8", "8.8 .8.8"):
        with pytest.raises(InvalidServiceIP) as caught:
            parse_service_ip(typed)
        forms[typed] = caught.value.params["form"]
    assert forms == {
        "010.1.1.1": "leading_zero",
        "8.8.8": "short",
        "134744072": "integer",
        "0x8.8.8.8": "hex",
        "8.8 .8.8": "inner_space",
    }


def test_quoted_input_is_made_visible_and_kept_short() -> None:
    with pytest.raises(InvalidServiceIP) as caught:
        parse_service_ip("8.8.8.8\x00" + "9" * 5000)
    assert caught.value.code == "malformed"
    assert "\x00" not in caught.value.reason
    assert "\ufffd" in caught.value.params["text"]
    assert len(caught.value.reason) < 120


def test_mapped_address_is_quoted_with_its_dotted_tail() -> None:
    with pytest.raises(InvalidServiceIP) as caught:
        parse_service_ip("::ffff:8.8.8.8")
    assert caught.value.params["ip"] == "::ffff:8.8.8.8"
    assert caught.value.params["ipv4"] == "8.8.8.8"
