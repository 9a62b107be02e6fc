"""Words of the pre-submit checks, in English and Chinese, by stable code.

The service sends each check's ``code`` and ``params`` (and both sentences for anyone reading
the raw JSON); the desktop app renders the code again in the interface language.
"""

from __future__ import annotations

from collections.abc import Mapping

from icp_desktop.domain.reasons import is_chinese

CHECK_NAMES = {
    "dns": ("DNS records", "域名解析"),
    "reachability": ("Website reachable at the IP", "网站可访问"),
    "footer": ("Filing number in the footer", "页脚备案号"),
    "subject_sites": ("Other websites of the subject", "同主体其他网站"),
}

RESULT_NAMES = {
    "pass": ("Pass", "通过"),
    "warn": ("Warning", "注意"),
    "fail": ("Fail", "未通过"),
    "could_not_check": ("Could not check", "无法检查"),
}

MESSAGES: dict[str, tuple[str, str]] = {
    "dns_kept": (
        "{domain} resolves to {found}, which stay filed after this change: the site keeps "
        "working through the change. Move DNS to new IPs only after approval.",
        "{domain} 解析到 {found}，变更后仍在备案中，变更期间网站可正常访问。"
        "新IP请在审核通过后再修改解析。",
    ),
    "dns_ahead_of_filing": (
        "{domain} already resolves to {ahead}, which is not filed yet: until this change is "
        "approved, visitors there may see an interception page. Reviewers can check the site.",
        "{domain} 已解析到尚未备案的 {ahead}：审核通过前，访问这些IP可能被拦截。"
        "审核人员可据此核验网站。",
    ),
    "dns_removed": (
        "{domain} resolves to {removed}, which this change removes from the filing: on the day "
        "of approval the site may be intercepted there for up to 6 hours. Move DNS to the new "
        "IPs as soon as it is approved, or add the new IPs first and remove the old ones later.",
        "{domain} 解析到 {removed}，本次变更会将其移出备案：审核通过当天网站可能被拦截"
        "（最长约6小时）。请在审核通过后立即将解析改到新IP，或先增加新IP、之后再删除旧IP。",
    ),
    "dns_unfiled": (
        "{domain} resolves to {stray}, which is in neither the current nor the proposed list: "
        'reviewers reject this as "the website does not resolve to the IPs entered".',
        "{domain} 解析到 {stray}，不在当前或新填的IP中：审核人员会以“网站未解析到所填IP”驳回。",
    ),
    "dns_nxdomain": (
        "{domain} does not exist in DNS: add its records before submitting.",
        "{domain} 在DNS中不存在：请先添加解析记录再提交。",
    ),
    "dns_no_records": (
        "{domain} has no A or AAAA record: point it at the website's IPs.",
        "{domain} 没有A或AAAA记录：请将其解析到网站的IP。",
    ),
    "dns_unreachable": (
        "No DNS answer for {domain} within {seconds} s ({detail}): not checked.",
        "{seconds} 秒内未收到 {domain} 的DNS应答（{detail}），未能检查。",
    ),
    "reach_ok": (
        "{domain} answers at {ip} over {scheme} with HTTP {status} in {ms} ms.",
        "{domain} 在 {ip} 上通过 {scheme} 访问正常（HTTP {status}，{ms} 毫秒）。",
    ),
    "reach_http_error": (
        "{domain} answers at {ip} over {scheme} with HTTP {status}: reviewers find no website "
        "there.",
        "{domain} 在 {ip} 上通过 {scheme} 返回 HTTP {status}：审核人员无法看到网站内容。",
    ),
    "reach_tls": (
        "{domain} at {ip}: the HTTPS certificate is not valid for the domain ({detail}) and "
        "plain HTTP does not answer.",
        "{domain} 在 {ip} 上：HTTPS证书与域名不符（{detail}），且HTTP无法访问。",
    ),
    "reach_refused": (
        "Nothing serves {domain} at {ip}: ports {ports} refuse connections.",
        "{ip} 上没有提供 {domain} 的服务：端口 {ports} 拒绝连接。",
    ),
    "reach_unreachable": (
        "{ip} did not answer within {seconds} s ({detail}): not checked.",
        "{ip} 在 {seconds} 秒内无应答（{detail}），未能检查。",
    ),
    "footer_ok": (
        "The page shows the filing number {license} and links to beian.miit.gov.cn.",
        "页面底部显示备案号 {license}，并链接到 beian.miit.gov.cn。",
    ),
    "footer_no_license": (
        "The page does not show the filing number {license}: add it to the footer.",
        "页面未显示备案号 {license}：请在页脚添加。",
    ),
    "footer_no_link": (
        "The filing number is not linked to https://beian.miit.gov.cn/: link it.",
        "备案号未链接到 https://beian.miit.gov.cn/：请添加链接。",
    ),
    "footer_missing": (
        "The page shows neither the filing number {license} nor a link to beian.miit.gov.cn.",
        "页面既没有备案号 {license}，也没有链接到 beian.miit.gov.cn。",
    ),
    "footer_unchecked": (
        "No page could be fetched, so the footer was not checked.",
        "未能获取网页，页脚未检查。",
    ),
    "subject_ok": (
        "All {count} other websites of {subject} answer.",
        "{subject} 的其他 {count} 个网站均可访问。",
    ),
    "subject_none": ("{subject} has no other website.", "{subject} 没有其他网站。"),
    "subject_unreachable": (
        "Not reachable: {sites}. Reviewers check every website of the subject.",
        "无法访问：{sites}。审核人员会检查同一主体下的所有网站。",
    ),
    "subject_unchecked": (
        "No answer in time from {sites}: not checked.",
        "{sites} 未及时应答，未能检查。",
    ),
}


def render_check(code: str, params: Mapping[str, object], lang: str = "en") -> str:
    """The sentence for ``code`` in ``lang``; an unknown code gives the code itself."""
    texts = MESSAGES.get(code)
    if texts is None:
        return code
    template = texts[1] if is_chinese(lang) else texts[0]
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


def check_name(check: str, lang: str = "en") -> str:
    names = CHECK_NAMES.get(check)
    return check if names is None else names[1 if is_chinese(lang) else 0]


def result_name(result: str, lang: str = "en") -> str:
    names = RESULT_NAMES.get(result)
    return result if names is None else names[1 if is_chinese(lang) else 0]
