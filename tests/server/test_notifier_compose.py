"""The words of outcome emails and SMS, in Chinese and English, for every outcome."""

from __future__ import annotations

import pytest

from icp_desktop.server.services.notifier import OUTCOME_TEXT, compose

BODY = {
    "license_number": "京ICP备20231234号-1",
    "website_name": "云栈科技官网",
    "domain": "yunzhan-tech.cn",
}


@pytest.mark.parametrize("kind", sorted(OUTCOME_TEXT))
def test_every_outcome_names_the_license_in_both_languages(kind: str) -> None:
    subject, text, sms = compose(kind, BODY)
    zh, en = OUTCOME_TEXT[kind]
    assert subject == f"【ICP备案】{zh} / {en}: 京ICP备20231234号-1"
    assert zh in text and en in text and "yunzhan-tech.cn" in text
    assert sms.startswith("【ICP备案】京ICP备20231234号-1 ") and zh in sms
    assert len(sms) <= 70  # one SMS segment of Chinese text


def test_a_rejection_lists_its_reasons_at_their_ips_and_the_comment() -> None:
    body = {
        **BODY,
        "reasons": [
            {"ip": "39.108.77.12", "message": "网站无法访问 / not reachable"},
            {"ip": None, "message": "列表不完整 / list incomplete"},
        ],
        "comment": "请核实",
    }
    _subject, text, sms = compose("first_review.rejected", body)
    assert "  - [39.108.77.12] 网站无法访问 / not reachable" in text
    assert "  - 列表不完整 / list incomplete" in text
    assert "审核意见：请核实" in text and "Comment: 请核实" in text
    assert "驳回原因" in sms
