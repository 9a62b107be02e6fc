"""Refusal and rejection reasons reach the user in the interface's language."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from icp_desktop.client.api import ApiClient
from icp_desktop.client.errors import ValidationFailed
from icp_desktop.domain.reasons import COMMON_REJECTION_REASONS, MESSAGES_ZH
from icp_desktop.domain.validation import check_proposed_ips
from icp_desktop.ui.reason_text import reason_text, reasons_by_ip
from tests.helpers.live_server import LiveServer, start_live_server


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    with start_live_server(tmp_path_factory.mktemp("reason-service")) as live:
        yield live


def test_a_refusal_from_the_service_reads_in_chinese_and_english(server: LiveServer) -> None:
    api = ApiClient(server.url)
    api.login("demo", "demo-pass")
    website = api.list_websites(status="none").items[0]
    draft = api.create_change(website.id, ["10.1.2.3"], idempotency_key=str(uuid.uuid4()))
    with pytest.raises(ValidationFailed) as refused:
        api.submit_change(draft.id, idempotency_key=str(uuid.uuid4()))
    problem = next(fe for fe in refused.value.field_errors if fe.ip == "10.1.2.3")
    chinese = reason_text(problem, "zh_CN")
    english = reason_text(problem, "en")
    assert "10.1.2.3" in chinese and "私有地址" in chinese
    assert "10.1.2.3" in english and "private" in english
    assert english == problem.message  # the service's English is what the domain renders


def test_the_interface_language_is_the_default(qapp: object) -> None:
    from icp_desktop.ui import i18n

    problem = {
        "field": "proposed_ips",
        "ip": "1.1.1.1",
        "code": "duplicate",
        "message": "1.1.1.1 is entered more than once",
        "params": {"ip": "1.1.1.1"},
    }
    try:
        i18n.switch_language(qapp, "zh_CN")  # type: ignore[arg-type]
        assert reason_text(problem) == MESSAGES_ZH["duplicate"].format(ip="1.1.1.1")
    finally:
        i18n.switch_language(qapp, "en")  # type: ignore[arg-type]
    assert reason_text(problem) == problem["message"]


def test_unknown_codes_and_missing_params_keep_the_service_message() -> None:
    unknown = {"field": "username", "code": "brand_new", "message": "Something new", "params": {}}
    assert reason_text(unknown, "zh_CN") == "Something new"
    incomplete = {"field": "proposed_ips", "code": "private", "message": "as sent", "params": {}}
    assert reason_text(incomplete, "zh_CN") == "as sent"


def test_a_common_rejection_reason_follows_the_language_unless_reworded() -> None:
    code, zh, en = COMMON_REJECTION_REASONS[0]
    picked = {"field": "proposed_ips", "ip": None, "code": code, "message": en}
    assert reason_text(picked, "zh_CN") == zh
    assert reason_text({**picked, "message": zh}, "en") == en
    reworded = {**picked, "message": "Please use the server in Beijing"}
    assert reason_text(reworded, "zh_CN") == "Please use the server in Beijing"


def test_local_checks_split_by_ip_in_chinese() -> None:
    problems = check_proposed_ips(["203.0.113.9", "8.8.8.8", "8.8.8.8"], ["1.2.3.4"])
    on_list, by_ip = reasons_by_ip(problems, "zh_CN")
    assert by_ip and all(
        any("\u4e00" <= ch <= "\u9fff" for ch in text) for texts in by_ip.values() for text in texts
    )
    assert not on_list or all(on_list)


def test_an_address_the_domain_refuses_reads_in_the_interface_language() -> None:
    from icp_desktop.domain.ip import InvalidServiceIP, parse_service_ip

    with pytest.raises(InvalidServiceIP) as refused:
        parse_service_ip("192.168.1.10")
    assert reason_text(refused.value, "en") == refused.value.reason
    assert reason_text(refused.value, "zh_CN") == refused.value.reason_in("zh_CN")
    assert "私有" in reason_text(refused.value, "zh_CN")
    unknown = InvalidServiceIP("private")  # params missing: the English reason as it is
    assert reason_text(unknown, "zh_CN") == unknown.reason
