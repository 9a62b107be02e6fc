"""Refusal codes and the reviewers' common rejection reasons."""

from __future__ import annotations

import re
import string
from datetime import date

import pytest

from icp_desktop.domain.ip import SPECIAL_IPV4, SPECIAL_IPV6, InvalidServiceIP, parse_service_ip
from icp_desktop.domain.reasons import (
    AMBIGUOUS_WHY,
    AMBIGUOUS_WHY_ZH,
    COMMON_REJECTION_REASONS,
    MESSAGES,
    MESSAGES_ZH,
    REJECTION_REASON_CODES,
    render,
)
from icp_desktop.domain.validation import ResourceFacts, check_against_resources

CJK = re.compile(r"[\u4e00-\u9fff]")


def placeholders(template: str) -> set[str]:
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name}


def test_every_refused_address_class_has_a_message() -> None:
    for row in (*SPECIAL_IPV4, *SPECIAL_IPV6):
        assert row.code in MESSAGES, row.code
    assert "reserved" in MESSAGES


def test_address_class_messages_name_the_address_and_the_network() -> None:
    for row in (*SPECIAL_IPV4, *SPECIAL_IPV6):
        assert {"ip", "network"} <= placeholders(MESSAGES[row.code])


def test_render_fills_the_template() -> None:
    text = render(
        "capacity", {"ip": "47.96.1.10", "instance_name": "ecs-web-01", "count": 6, "limit": 5}
    )
    assert text == (
        "47.96.1.10 belongs to ecs-web-01, which would then serve 6 websites; "
        "a resource may serve at most 5"
    )


def test_render_never_fails() -> None:
    assert render("no-such-code", {}) == "no-such-code"
    # A missing placeholder gives the bare template rather than an exception.
    assert render("private", {"ip": "10.0.0.1"}) == MESSAGES["private"]


def test_common_rejection_reasons_are_complete_and_distinct() -> None:
    assert 6 <= len(COMMON_REJECTION_REASONS) <= 10
    codes = [code for code, _zh, _en in COMMON_REJECTION_REASONS]
    assert len(set(codes)) == len(codes) == len(REJECTION_REASON_CODES)
    for code, zh, en in COMMON_REJECTION_REASONS:
        assert re.fullmatch(r"[a-z_]+", code)
        assert CJK.search(zh), code
        assert en and not CJK.search(en.replace("包年包月", "")), code


def test_every_message_has_a_chinese_twin_with_the_same_placeholders() -> None:
    assert set(MESSAGES_ZH) == set(MESSAGES)
    for code, template in MESSAGES.items():
        assert placeholders(MESSAGES_ZH[code]) == placeholders(template), code
        assert CJK.search(MESSAGES_ZH[code]), code
    assert set(AMBIGUOUS_WHY_ZH) == set(AMBIGUOUS_WHY)
    for form, template in AMBIGUOUS_WHY.items():
        assert placeholders(AMBIGUOUS_WHY_ZH[form]) == placeholders(template), form


@pytest.mark.parametrize(
    ("typed", "zh"),
    [
        ("10.1.2.3", "10.1.2.3 是私有地址（10.0.0.0/8），不是公网地址"),
        (
            "010.1.1.1",
            "010.1.1.1 有歧义：010 的前导零会被部分系统当作八进制；如果要填写的是 "
            "10.1.1.1，请去掉前导零",
        ),
        (
            "8.8.8",
            "8.8.8 有歧义：IPv4地址应为以点分隔的4个数字，这里只有3个；不同系统对简写的理解不同",
        ),
        ("4000::1", "4000::1 是保留地址（全球单播地址 2000::/3 以外），不是公网地址"),
        ("", "请输入IP地址"),
    ],
)
def test_ip_refusals_in_chinese(typed: str, zh: str) -> None:
    with pytest.raises(InvalidServiceIP) as caught:
        parse_service_ip(typed)
    assert caught.value.reason_in("zh_CN") == zh
    assert caught.value.reason_in("zh-CN") == zh
    assert caught.value.reason_in("en") == caught.value.reason


def test_list_problems_in_chinese() -> None:
    facts = ResourceFacts(
        3, "ecs-web-03", "pay_as_you_go", True, None, frozenset({"47.96.1.10"}), frozenset()
    )
    problem = check_against_resources(["47.96.1.10"], [facts], 7, date(2026, 11, 27))[0]
    assert problem.message_in("zh_CN") == (
        "47.96.1.10 所属资源 ecs-web-03 为按量付费，只有包年包月资源可以接入备案网站"
    )
    assert problem.message_in("en") == problem.message
    assert render("no_change", {}, "zh_CN") == "填写的IP与当前IP完全相同，请至少修改一个"
