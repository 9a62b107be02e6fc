"""Stable refusal and rejection codes with their English message templates.

Every refusal the service sends carries a ``code`` and ``params``; the English text is
``MESSAGES[code].format(**params)`` and the Chinese ``MESSAGES_ZH[code]`` (use ``render``).
Clients may translate by code and fill in the same params, so a code and its placeholders
never change meaning once released.
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

# --- The administration stage: SMS verification, authorization codes, imported results ---
ADMINISTRATION_MESSAGES: dict[str, str] = {
    "sms_verification_expired": "The SMS verification (短信核验) was not completed within its "
    "window; the administration returned the application. Modify and submit it again, then "
    "verify on the MIIT site as soon as the SMS arrives",
    "sms_verification_failed": "The SMS verification failed 5 times; the administration "
    "returned the application. Modify and submit it again, then verify with the code of the "
    "new SMS",
    "sms_not_awaiting": "The change is not awaiting SMS verification",
    "authorization_code_unknown": "No such authorization code; check it with the server's owner",
    "authorization_code_expired": "This authorization code expired on {expires_at}",
    "authorization_code_used": "This authorization code was already used for a filing",
    "authorization_code_in_filing": "This authorization code is in use by another filing now",
    "authorization_code_invalid": "This authorization code was invalidated by its issuer",
    "authorization_code_not_needed": "{instance_name} is a server of your own account; "
    "no authorization code is needed",
    "authorization_code_malformed": "An authorization code has 20 letters and digits",
    "authorization_not_subscription": "Codes are issued only for subscription (包年包月) servers",
    "authorization_not_mainland": "Codes are issued only for servers in a mainland China region",
    "authorization_subscription_too_short": "Codes are issued only for servers whose "
    "subscription has at least 90 days left",
    "authorization_code_limit": "This server already has {limit} valid authorization codes",
    "csv_columns": "Line {line}: expected {expected} columns (license number, result, reason, "
    "date), found {count}",
    "csv_license_number": "Line {line}: {text} is not a license number such as 京ICP备12345678号-1",
    "csv_result": "Line {line}: {text} is not a result (approved, rejected or cancelled)",
    "csv_reason_required": "Line {line}: a rejection needs its reason",
    "csv_reason_too_long": "Line {line}: the reason is longer than {max} characters",
    "csv_control_characters": "Line {line}: the reason contains control characters",
    "csv_date": "Line {line}: {text} is not a date such as 2026-11-25",
    "csv_date_future": "Line {line}: {date} is in the future",
    "csv_too_many_rows": "Line {line}: an import holds at most {max} rows",
    "csv_unreadable": "Line {line}: the CSV cannot be read ({why})",
    "csv_empty": "Line {line}: the file holds no results",
}

MESSAGES: dict[str, str] = {**IP_MESSAGES, **LIST_MESSAGES, **ADMINISTRATION_MESSAGES}

# What makes an input "ambiguous", by the ``form`` param of that refusal.
AMBIGUOUS_WHY: dict[str, str] = {
    "leading_zero": "the leading zero in {octet} makes some systems read it as octal; "
    "write {suggestion} if that is what you mean",
    "short": "an IPv4 address has 4 numbers separated by dots, this has {count}; "
    "short forms are expanded differently by different systems",
    "integer": "a bare number is read as a 32-bit integer by some systems; "
    "write the 4 numbers separated by dots",
    "hex": "write each of the 4 numbers in decimal, not hexadecimal",
    "inner_space": "it contains spaces or separators inside the address",
}

# The same messages in Chinese, with the same placeholders, for clients and for responses
# chosen by Accept-Language.
MESSAGES_ZH: dict[str, str] = {
    "empty": "请输入IP地址",
    "malformed": "{text} 不是有效的IPv4或IPv6地址",
    "ambiguous": "{text} 有歧义：{why}",
    "octet_range": "{text} 不是有效的IPv4地址：{octet} 大于255",
    "multiple": "{text} 包含多个地址，请每栏只填写一个地址",
    "cidr": "{text} 是一个网段（{suffix}），请填写单个地址，不要带“/”",
    "zone_id": "{text} 带有区域标识（{zone}），区域标识只用于本地链路，请删除",
    "port": "{text} 带有端口或方括号，请只填写地址，例如 {address}",
    "url": "{text} 是网址，请只填写服务器的IP地址",
    "unspecified": "{ip} 是未指定地址（{network}），不是公网地址",
    "this_network": "{ip} 属于“本网络”地址段（{network}），不是公网地址",
    "private": "{ip} 是私有地址（{network}），不是公网地址",
    "unique_local": "{ip} 是唯一本地地址（{network}），仅限内部网络使用，不是公网地址",
    "shared": "{ip} 属于运营商级NAT共享地址段（{network}），不是公网地址",
    "loopback": "{ip} 是环回地址（{network}），不是公网地址",
    "link_local": "{ip} 是链路本地地址（{network}），不是公网地址",
    "site_local": "{ip} 是已废弃的站点本地地址（{network}），不是公网地址",
    "documentation": "{ip} 是文档示例专用地址（{network}），不是真实的公网地址",
    "benchmarking": "{ip} 是基准测试专用地址（{network}），不是公网地址",
    "protocol_assignment": "{ip} 属于IETF协议分配地址段（{network}），不是公网服务器地址",
    "teredo": "{ip} 是Teredo隧道地址（{network}），不是服务器自身的地址",
    "6to4": "{ip} 是6to4过渡地址（{network}），不是服务器自身的地址",
    "translation": "{ip} 是IPv4/IPv6转换地址（{network}），请填写服务器自身的地址",
    "ipv4_mapped": "{ip} 是IPv4映射的IPv6地址（{network}），请直接填写IPv4地址 {ipv4}",
    "discard": "{ip} 属于丢弃专用地址段（{network}），不是公网地址",
    "srv6_sid": "{ip} 是SRv6段路由标识（{network}），不是服务器地址",
    "multicast": "{ip} 是组播地址（{network}），不是单台服务器的地址",
    "broadcast": "{ip} 是受限广播地址（{network}），不是公网地址",
    "reserved": "{ip} 是保留地址（{network}），不是公网地址",
    "required": "请至少填写一个关联服务IP地址",
    "too_many": "每个网站最多填写{limit}个关联服务IP，当前填写了{count}个",
    "duplicate": "{ip} 重复填写",
    "no_change": "填写的IP与当前IP完全相同，请至少修改一个",
    "not_owned": "{ip} 不属于本账号下的任何云服务器资源",
    "not_subscription": "{ip} 所属资源 {instance_name} 为{billing}，只有包年包月资源可以接入"
    "备案网站",
    "not_mainland": "{ip} 所属资源 {instance_name} 不在中国内地地域，不能接入备案网站",
    "expired": "{ip} 所属资源 {instance_name} 已于 {expires_at} 到期",
    "capacity": "{ip} 所属资源 {instance_name} 将接入{count}个网站，每个资源最多接入{limit}个",
    "sms_verification_expired": "未在规定时间内完成短信核验，管局已退回申请。请修改后重新提交，"
    "收到短信后尽快登录工信部备案系统完成核验",
    "sms_verification_failed": "短信核验已失败5次，管局已退回申请。请修改后重新提交，"
    "并使用新短信中的验证码完成核验",
    "sms_not_awaiting": "该变更当前不在等待短信核验",
    "authorization_code_unknown": "授权码不存在，请向服务器所属账号核实",
    "authorization_code_expired": "该授权码已于 {expires_at} 过期",
    "authorization_code_used": "该授权码已用于备案，不能再次使用",
    "authorization_code_in_filing": "该授权码正被另一个备案申请使用",
    "authorization_code_invalid": "该授权码已被签发方作废",
    "authorization_code_not_needed": "{instance_name} 是本账号自己的服务器，无需授权码",
    "authorization_code_malformed": "授权码由20位字母和数字组成",
    "authorization_not_subscription": "只有包年包月的服务器可以签发授权码",
    "authorization_not_mainland": "只有中国内地地域的服务器可以签发授权码",
    "authorization_subscription_too_short": "只有剩余有效期不少于90天的包年包月服务器"
    "可以签发授权码",
    "authorization_code_limit": "该服务器已有{limit}个有效授权码",
    "csv_columns": "第{line}行：应有{expected}列（备案号、结果、原因、日期），实际为{count}列",
    "csv_license_number": "第{line}行：{text} 不是备案号（例如 京ICP备12345678号-1）",
    "csv_result": "第{line}行：{text} 不是审核结果（通过、驳回或注销）",
    "csv_reason_required": "第{line}行：驳回结果须填写原因",
    "csv_reason_too_long": "第{line}行：原因超过{max}个字符",
    "csv_control_characters": "第{line}行：原因含有控制字符",
    "csv_date": "第{line}行：{text} 不是日期（例如 2026-11-25）",
    "csv_date_future": "第{line}行：{date} 是将来的日期",
    "csv_too_many_rows": "第{line}行：每次导入最多{max}行",
    "csv_unreadable": "第{line}行：无法读取CSV（{why}）",
    "csv_empty": "第{line}行：文件中没有审核结果",
}

AMBIGUOUS_WHY_ZH: dict[str, str] = {
    "leading_zero": "{octet} 的前导零会被部分系统当作八进制；如果要填写的是 {suggestion}，"
    "请去掉前导零",
    "short": "IPv4地址应为以点分隔的4个数字，这里只有{count}个；不同系统对简写的理解不同",
    "integer": "单个数字会被部分系统当作32位整数，请填写以点分隔的4个数字",
    "hex": "请用十进制填写4个数字，不要用十六进制",
    "inner_space": "地址中间含有空格或分隔符",
}

# English words some params carry for the English message, and their Chinese.
_PARAM_VALUES_ZH: dict[str, str] = {
    "outside global unicast 2000::/3": "全球单播地址 2000::/3 以外",
    "pay-as-you-go": "按量付费",
    "subscription": "包年包月",
}


def is_chinese(lang: str) -> bool:
    """Whether a language tag ("zh_CN", "zh-Hans", "en"...) asks for Chinese."""
    return lang.strip().lower().replace("-", "_").startswith("zh")


def render_why(form: str, params: dict[str, str], lang: str = "en") -> str:
    """Why an input of ``form`` is ambiguous, in ``lang``."""
    table = AMBIGUOUS_WHY_ZH if is_chinese(lang) else AMBIGUOUS_WHY
    template = table.get(form, table["inner_space"])
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


def render(code: str, params: dict[str, object], lang: str = "en") -> str:
    """The message for ``code`` filled with ``params``, in ``lang`` (Chinese for "zh*",
    else English). An unknown code gives the code itself; it never raises."""
    chinese = is_chinese(lang)
    template = (MESSAGES_ZH if chinese else MESSAGES).get(code)
    if template is None:
        return code
    if chinese:
        params = {
            key: _PARAM_VALUES_ZH.get(value, value) if isinstance(value, str) else value
            for key, value in params.items()
        }
        if code == "ambiguous" and "form" in params:
            details = {key: str(value) for key, value in params.items()}
            params["why"] = render_why(details["form"], details, lang)
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
