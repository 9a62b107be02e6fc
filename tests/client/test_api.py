"""ApiClient against the real filing service on loopback: typed methods and typed errors."""

from __future__ import annotations

import socket
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from icp_desktop.client.api import ApiClient
from icp_desktop.client.errors import (
    AccountLocked,
    AuthRequired,
    Conflict,
    Forbidden,
    NotFound,
    PreconditionFailed,
    TlsError,
    Unavailable,
    ValidationFailed,
)
from tests.helpers.live_server import LiveServer, start_live_server

SPARE_V4 = "39.108.77.12"  # demo's free, mainland, subscription resource address
FREE_DOMAIN = "jobs.yunzhan-tech.cn"  # a demo website without an open change


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    live = start_live_server(tmp_path_factory.mktemp("service"), admin_simulator="off")
    yield live
    live.stop()


def signed_in(server: LiveServer, username: str) -> ApiClient:
    client = ApiClient(server.url)
    client.login(username, f"{username}-pass")
    return client


def free_website(client: ApiClient) -> dict:
    items = client.list_websites(q=FREE_DOMAIN).items
    return next(w for w in items if w.domain == FREE_DOMAIN)


def test_login_returns_the_account_and_keeps_the_token(server: LiveServer) -> None:
    client = ApiClient(server.url)
    data = client.login("demo", "demo-pass")
    assert data.account.username == "demo"
    assert data.account.role == "filer"
    assert client.token == data.token
    assert client.me().username == "demo"


def test_wrong_password_is_auth_required(server: LiveServer) -> None:
    with pytest.raises(AuthRequired) as info:
        ApiClient(server.url).login("demo", "not-the-password")
    assert info.value.status == 401
    assert info.value.code == "invalid_credentials"


def test_repeated_failures_lock_the_account(server: LiveServer) -> None:
    client = ApiClient(server.url)
    with pytest.raises(AccountLocked) as info:
        for _ in range(10):
            with pytest.raises(AuthRequired):
                client.login("demo2", "wrong")
    assert info.value.status == 423
    # locked: even the right password is refused now
    with pytest.raises(AccountLocked):
        client.login("demo2", "demo2-pass")


def test_logout_revokes_the_token(server: LiveServer) -> None:
    client = signed_in(server, "demo")
    token = client.token
    client.logout()
    assert client.token is None
    with pytest.raises(AuthRequired):
        ApiClient(server.url, token=token).me()


def test_get_website_carries_its_etag(server: LiveServer) -> None:
    client = signed_in(server, "demo")
    site = free_website(client)
    fetched = client.get_website(site.id)
    assert fetched.etag == f'"{fetched.version}"'
    with pytest.raises(NotFound):
        client.get_website(999_999)


def test_field_errors_come_back_typed(server: LiveServer) -> None:
    client = signed_in(server, "demo")
    site = free_website(client)
    draft = client.create_change(site.id, ["10.0.0.1"], idempotency_key=str(uuid.uuid4()))
    try:
        with pytest.raises(ValidationFailed) as info:
            client.submit_change(draft.id, idempotency_key=str(uuid.uuid4()))
    finally:
        client.withdraw_change(draft.id)
    assert info.value.status == 422
    errors = info.value.errors_for("proposed_ips")
    assert errors, info.value.field_errors
    assert any(e.ip == "10.0.0.1" for e in errors)
    assert all(e.message for e in errors)


def test_create_with_the_same_key_files_once_and_stale_if_match_is_refused(
    server: LiveServer,
) -> None:
    client = signed_in(server, "demo")
    site = free_website(client)
    key = str(uuid.uuid4())
    first = client.create_change(site.id, [SPARE_V4], idempotency_key=key)
    again = client.create_change(site.id, [SPARE_V4], idempotency_key=key)
    assert again.id == first.id
    assert first.status == "draft"
    updated = client.update_change(first.id, [SPARE_V4, *site.ips], if_match=first.etag)
    assert updated.version != first.version
    with pytest.raises(PreconditionFailed):
        client.update_change(first.id, [SPARE_V4], if_match=first.etag)
    client.withdraw_change(first.id)


def test_events_answer_with_a_cursor(server: LiveServer) -> None:
    client = signed_in(server, "demo")
    batch = client.events(after=None, wait=0)
    assert isinstance(batch.items, tuple)
    assert batch.cursor
    later = client.events(after=batch.cursor, wait=0)
    assert later.cursor


# A year no open change reaches, whatever moment the clock is pinned to.
FAR_YEAR = 2095
FAR_NOTICE = (
    f"国务院办公厅关于{FAR_YEAR}年部分节假日安排的通知\n"
    "一、元旦：1月1日放假，共1天。\n"
    "二、国庆节：10月1日至3日放假，共3天。\n"
)


def test_the_calendar_reads_saves_and_removes_a_year_with_typed_answers(
    server: LiveServer,
) -> None:
    operator = signed_in(server, "operator")
    summary = operator.calendar_summary()
    assert summary.today.year - 1 <= summary.years[0].year
    assert {y.source for y in summary.years} <= {"operator", "file", "package", "none"}
    empty = operator.calendar_year(FAR_YEAR)
    assert (empty.source, empty.version, empty.has_data) == ("none", 0, False)

    saved = operator.save_calendar_year(FAR_YEAR, notice_text=FAR_NOTICE, version=0)
    assert saved.year.source == "operator" and saved.year.version == 1
    assert saved.year.holiday_names[date(FAR_YEAR, 10, 2)] == "国庆节"
    assert saved.year.updated_by == "operator" and saved.year.notice_text == FAR_NOTICE
    assert saved.changes_recomputed >= 0  # the demo's backdated changes may move once
    assert operator.calendar_summary().source_of(FAR_YEAR) == "operator"

    by_hand = operator.save_calendar_year(
        FAR_YEAR, holidays=[(date(FAR_YEAR, 1, 1), "元旦")], workdays=[], version=1
    )
    assert by_hand.year.holiday_names == {date(FAR_YEAR, 1, 1): "元旦"}
    assert by_hand.year.notice_text is None
    assert by_hand.changes_recomputed == 0  # nothing open reaches that year

    removed = operator.remove_calendar_year(FAR_YEAR)
    assert removed.year.source == "none" and removed.year.holiday_names == {}
    with pytest.raises(NotFound):
        operator.remove_calendar_year(FAR_YEAR)


def test_calendar_refusals_reach_the_caller_with_their_fields(server: LiveServer) -> None:
    operator = signed_in(server, "operator")
    with pytest.raises(ValidationFailed) as unreadable:
        operator.save_calendar_year(FAR_YEAR, notice_text=FAR_NOTICE.replace("共3天", "共4天"))
    [problem] = unreadable.value.errors_for("notice_text")
    assert problem.code == "notice_unreadable"
    assert problem.params["line"] == 3
    assert "共4天" in problem.params["reason_zh"] and problem.message

    with pytest.raises(ValidationFailed) as wrong_days:
        operator.save_calendar_year(
            FAR_YEAR, holidays=[], workdays=[(date(FAR_YEAR, 1, 3), "")]
        )  # a Monday: a working day anyway
    assert [e.code for e in wrong_days.value.errors_for("workdays")] == ["workday_not_weekend"]

    operator.save_calendar_year(FAR_YEAR, notice_text=FAR_NOTICE, version=0)
    try:
        # Another edit from the version before the save (the same save repeated is answered).
        with pytest.raises(Conflict) as stale:
            operator.save_calendar_year(FAR_YEAR, holidays=[], workdays=[], version=0)
        assert stale.value.errors_for("version")[0].params["current"] == 1
    finally:
        operator.remove_calendar_year(FAR_YEAR)
    with pytest.raises(Forbidden):
        signed_in(server, "demo").save_calendar_year(FAR_YEAR, notice_text=FAR_NOTICE)


def test_unreachable_server_is_unavailable() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # bound, never listening: connections are refused
        client = ApiClient(f"http://127.0.0.1:{port}", retries=1, backoff=0.01)
        with pytest.raises(Unavailable) as info:
            client.health()
    assert info.value.status == 0
    assert not isinstance(info.value, TlsError)


def test_tls_failure_is_reported_as_such(server: LiveServer) -> None:
    # the service speaks plain HTTP: a TLS handshake with it fails
    client = ApiClient(server.url.replace("http://", "https://"), retries=0)
    with pytest.raises(TlsError):
        client.health()


def test_tls_verification_cannot_be_turned_off(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="cannot be turned off"):
        ApiClient("https://127.0.0.1:1", verify=False)
    bundle = tmp_path / "ca.pem"
    bundle.write_text("")
    assert ApiClient("https://127.0.0.1:1", verify=str(bundle))._session.verify == str(bundle)
