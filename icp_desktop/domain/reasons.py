"""Stable refusal and rejection codes with their English message templates.

Every refusal the service sends carries a ``code`` and ``params``; the English text is
``MESSAGES[code].format(**params)``. Clients may translate by code and fill in the same
params, so a code and its placeholders never change meaning once released.
"""

from __future__ import annotations

# --- A single service IP that cannot be used (icp_desktop.domain.ip) -----------------------
IP_MESSAGES: dict[str, str] = {
    "empty": "Enter an IP address",
    "malformed": "{text} is not an IPv4 or IPv6 address",
    "ambiguous": "{text} is ambiguous: {why}",
    "octet_range": "{text} is not an IPv4 address: {octet} is larger than 255",
    "multiple": "{text} holds more than one address; enter one address per field",
    "cidr": "{text} is a network ({suffix} suffix); enter a single address without the /",
    "zone_id": "{text} has a zone id ({zone}); zone ids only name local links, remove it",
    "port": "{text} includes a port or brackets; enter the address alone, e.g. {address}",
    "url": "{text} is a web address; enter the server's IP address alone",
    "unspecified": "{ip} is the unspecified address ({network}), not a public one",
    "this_network": "{ip} is in the 'this network' block ({network}), not a public address",
    "private": "{ip} is a private address ({network}), not a public one",
    "unique_local": "{ip} is a unique local address ({network}), private to a site, not a "
    "public one",
    "shared": "{ip} is in the shared address space for carrier-grade NAT ({network}), not a "
    "public address",
    "loopback": "{ip} is a loopback address ({network}), not a public one",
    "link_local": "{ip} is a link-local address ({network}), not a public one",
    "site_local": "{ip} is a deprecated site-local address ({network}), not a public one",
    "documentation": "{ip} is reserved for documentation ({network}), not a real public address",
    "benchmarking": "{ip} is reserved for benchmarking ({network}), not a public address",
    "protocol_assignment": "{ip} is in an IETF protocol assignment block ({network}), not a "
    "public server address",
    "teredo": "{ip} is a Teredo tunnelling address ({network}), not a server's own address",
    "6to4": "{ip} is a 6to4 transition address ({network}), not a server's own address",
    "translation": "{ip} is an IPv4/IPv6 translation address ({network}); enter the server's "
    "own address",
    "ipv4_mapped": "{ip} is an IPv4-mapped IPv6 address ({network}); enter the IPv4 address "
    "{ipv4} itself",
    "discard": "{ip} is in the discard-only block ({network}), not a public address",
    "srv6_sid": "{ip} is a segment routing (SRv6) identifier ({network}), not a server address",
    "multicast": "{ip} is a multicast address ({network}), not a single server's address",
    "broadcast": "{ip} is the limited broadcast address ({network}), not a public one",
    "reserved": "{ip} is a reserved address ({network}), not a public one",
}

# --- A proposed IP list, and its IPs against the filer's resources (validation) ------------
LIST_MESSAGES: dict[str, str] = {
    "required": "Enter at least one associated service IP address",
    "too_many": "A website may have at most {limit} associated service IPs; {count} were entered",
    "duplicate": "{ip} is entered more than once",
    "no_change": "The proposed IPs are the same as the current ones; change at least one",
    "not_owned": "{ip} does not belong to any service resource of this account",
    "not_subscription": "{ip} belongs to {instance_name}, which is billed {billing}; only "
    "subscription (包年包月) resources can serve filed websites",
    "not_mainland": "{ip} belongs to {instance_name}, which is not in a mainland China region",
    "expired": "{ip} belongs to {instance_name}, which expired on {expires_at}",
    "capacity": "{ip} belongs to {instance_name}, which would then serve {count} websites; "
    "a resource may serve at most {limit}",
}

MESSAGES: dict[str, str] = {**IP_MESSAGES, **LIST_MESSAGES}


def render(code: str, params: dict[str, object]) -> str:
    """The English message for ``code`` filled with ``params`` (the code itself if unknown)."""
    template = MESSAGES.get(code)
    if template is None:
        return code
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        # A missing placeholder must never turn a refusal into a crash.
        return template


# Reasons a reviewer picks from when rejecting a first review: (code, 中文, English).
COMMON_REJECTION_REASONS: list[tuple[str, str, str]] = [
    (
        "ip_not_on_account_resource",
        "IP地址不属于本账号下的云服务器资源，请填写本账号下实例的公网IP",
        "The IP address is not on a service resource of this account; use a public IP of "
        "one of your own instances",
    ),
    (
        "resource_not_mainland",
        "IP所属资源不在中国内地地域，不能用于接入备案网站",
        "The IP's resource is not in a mainland China region and cannot serve a filed website",
    ),
    (
        "resource_expired",
        "IP所属资源已到期或即将到期，请续费后重新提交",
        "The IP's resource has expired or is about to expire; renew it and submit again",
    ),
    (
        "resource_not_subscription",
        "IP所属资源为按量付费，备案接入需使用包年包月资源",
        "The IP's resource is pay-as-you-go; filed websites need a subscription resource",
    ),
    (
        "ip_shared_or_duplicate",
        "IP地址重复填写或已被其他主体的网站使用",
        "The IP address is entered twice or already used by a website of another subject",
    ),
    (
        "resource_capacity",
        "该资源接入的网站已达上限（5个）",
        "The resource already serves the maximum of 5 websites",
    ),
    (
        "content_mismatch",
        "网站实际内容与备案的网站名称或服务内容不符",
        "The website's actual content does not match the filed website name or service content",
    ),
    (
        "site_not_reachable",
        "网站无法访问或未解析到所填IP，请确认域名解析后重新提交",
        "The website cannot be reached or its domain does not resolve to the entered IPs",
    ),
    (
        "ip_not_public",
        "填写的IP不是公网IP地址",
        "The entered IP is not a public IP address",
    ),
]

REJECTION_REASON_CODES = frozenset(code for code, _zh, _en in COMMON_REJECTION_REASONS)
