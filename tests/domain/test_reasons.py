"""Refusal codes and the reviewers' common rejection reasons."""

from __future__ import annotations

import re
import string

from icp_desktop.domain.ip import SPECIAL_IPV4, SPECIAL_IPV6
from icp_desktop.domain.reasons import (
    COMMON_REJECTION_REASONS,
    MESSAGES,
    REJECTION_REASON_CODES,
    render,
)

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
    text = render("capacity", {"ip": "47.96.1.10", "instance_name": "ecs-web-01", "count": 6,
                               "limit": 5})
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
