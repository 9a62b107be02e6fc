"""The sign-in page in the real window against the real service: right, wrong, locked,
unreachable, TLS failure, demo accounts, remember me (keyring or none), and sign out."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

from icp_desktop.ui.session_store import SERVICE_NAME, token_key
from tests.helpers import http_client
from tests.helpers.live_server import LiveServer


def closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}"


def attempt(qtbot: Any, controller: Any, username: str, password: str) -> str:
    """Sign in through the page and wait for its answer; the page's message."""
    page = controller.window.sign_in_page
    page.username_edit.setText(username)
    page.password_edit.setText(password)
    page.sign_in_button.click()
    qtbot.waitUntil(lambda: page.sign_in_button.isEnabled(), timeout=20_000)
    assert page.message_label.isVisible()
    return str(page.message_label.text())


def files_containing(root: Path, needle: str) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and needle.encode() in p.read_bytes()]


def test_right_password_opens_the_filer_home(
    qtbot: Any, make_controller: Any, sign_in: Any, live_server: LiveServer
) -> None:
    controller = make_controller(live_server.url)
    window = controller.window
    assert window.sign_in_page.server_label.text().startswith(live_server.url)
    account = sign_in(controller, "demo")
    assert account.role == "filer"
    assert window.current_page_name() == "licenses"
    assert "demo" in window.account_label.text() or "王磊" in window.account_label.text()
    assert window.toolbar.isVisible()


def test_reviewer_gets_the_review_queue(
    qtbot: Any, make_controller: Any, sign_in: Any, live_server: LiveServer
) -> None:
    controller = make_controller(live_server.url)
    sign_in(controller, "reviewer")
    assert controller.window.current_page_name() == "review_queue"
    assert "licenses" not in controller.window.pages


def test_wrong_password_says_so_and_stays(
    qtbot: Any, make_controller: Any, live_server: LiveServer
) -> None:
    controller = make_controller(live_server.url)
    message = attempt(qtbot, controller, "demo", "not-the-password")
    assert message == "Wrong username or password."
    assert controller.window.stack.currentWidget() is controller.window.sign_in_page
    assert controller.backend.account is None


def test_a_locked_account_is_explained(
    qtbot: Any, make_controller: Any, live_server: LiveServer
) -> None:
    with http_client.Client(base_url=live_server.url) as http:
        for _ in range(10):
            if (
                http.post(
                    "/v1/auth/login", json={"username": "operator", "password": "wrong"}
                ).status_code
                == 423
            ):
                break
    controller = make_controller(live_server.url)
    message = attempt(qtbot, controller, "operator", "operator-pass")
    assert "locked" in message


def test_an_unreachable_server_is_explained(qtbot: Any, make_controller: Any) -> None:
    url = closed_port_url()
    controller = make_controller(url)
    message = attempt(qtbot, controller, "demo", "demo-pass")
    assert "cannot be reached" in message
    assert url in message


def test_a_tls_failure_is_explained(
    qtbot: Any, make_controller: Any, live_server: LiveServer
) -> None:
    controller = make_controller(live_server.url.replace("http://", "https://"))
    message = attempt(qtbot, controller, "demo", "demo-pass")
    assert "TLS" in message


def test_demo_mode_offers_the_demo_accounts(
    qtbot: Any, make_controller: Any, live_server: LiveServer
) -> None:
    controller = make_controller(live_server.url, demo=True)
    page = controller.window.sign_in_page
    assert page.demo_combo.isVisible()
    combo = page.demo_combo
    index = next(i for i in range(combo.count()) if (combo.itemData(i) or [""])[0] == "reviewer")
    page.demo_combo.activated.emit(index)
    assert page.username_edit.text() == "reviewer"
    assert page.password_edit.text() == "reviewer-pass"
    other = make_controller(live_server.url, demo=False)
    assert not other.window.sign_in_page.demo_combo.isVisible()


def test_remember_me_keeps_the_token_in_the_keyring_and_resumes(
    qtbot: Any,
    make_controller: Any,
    sign_in: Any,
    live_server: LiveServer,
    memory_keyring: Any,
) -> None:
    first = make_controller(live_server.url)
    sign_in(first, "demo", remember=True)
    key = (SERVICE_NAME, token_key(live_server.url, "demo"))
    qtbot.waitUntil(lambda: key in memory_keyring.store)
    assert memory_keyring.store[key] == first.backend.token
    first.shutdown()

    # the next start signs in with the remembered token, without a password
    second = make_controller(live_server.url, start=False)
    with qtbot.waitSignal(second.session_started, timeout=20_000) as started:
        second.after_first_paint()
    assert started.args[0].username == "demo"
    assert second.window.current_page_name() == "licenses"


def test_without_a_keyring_the_token_stays_in_memory_only(
    qtbot: Any,
    make_controller: Any,
    sign_in: Any,
    live_server: LiveServer,
    failing_keyring: Any,
    tmp_path: Path,
) -> None:
    controller = make_controller(live_server.url)
    page = controller.window.sign_in_page
    qtbot.waitUntil(lambda: page.keyring_available is False)
    assert page.keyring_label.isVisible()
    assert "keyring" in page.keyring_label.text()
    sign_in(controller, "demo", remember=True)
    token = controller.backend.token
    assert token
    controller.window.save_state()
    controller.settings.sync()
    assert files_containing(tmp_path, token) == []
    assert files_containing(Path(str(tmp_path)).parent, token) == []


def test_sign_out_revokes_the_token_and_forgets_it(
    qtbot: Any,
    make_controller: Any,
    sign_in: Any,
    live_server: LiveServer,
    memory_keyring: Any,
) -> None:
    controller = make_controller(live_server.url)
    sign_in(controller, "demo", remember=True)
    token = controller.backend.token
    key = (SERVICE_NAME, token_key(live_server.url, "demo"))
    qtbot.waitUntil(lambda: key in memory_keyring.store)
    with qtbot.waitSignal(controller.session_ended):
        controller.window.sign_out_action.trigger()
    assert controller.window.stack.currentWidget() is controller.window.sign_in_page
    qtbot.waitUntil(lambda: key not in memory_keyring.store, timeout=10_000)
    qtbot.waitUntil(lambda: not controller.backend.busy, timeout=10_000)
    answer = http_client.get(
        f"{live_server.url}/v1/me", headers={"Authorization": f"Bearer {token}"}
    )
    assert answer.status_code == 401


def test_without_a_keyring_the_log_says_so_once_and_sign_out_is_complete(
    qtbot: Any,
    make_controller: Any,
    sign_in: Any,
    live_server: LiveServer,
    failing_keyring: Any,
    caplog: Any,
) -> None:
    import logging

    caplog.set_level(logging.INFO)
    controller = make_controller(live_server.url)
    qtbot.waitUntil(lambda: controller.window.sign_in_page.keyring_available is False)
    for remember in (True, False, True):
        sign_in(controller, "demo", remember=remember)
        token = controller.backend.token
        with qtbot.waitSignal(controller.session_ended):
            controller.sign_out()
        qtbot.waitUntil(lambda: not controller.backend.busy, timeout=10_000)
        answer = http_client.get(
            f"{live_server.url}/v1/me", headers={"Authorization": f"Bearer {token}"}
        )
        assert answer.status_code == 401  # the sign-out was complete
    messages = [r.getMessage() for r in caplog.records if r.name.startswith("icp_desktop")]
    assert [m for m in messages if "keyring" in m.lower()] == [
        m for m in messages if m.startswith("no secure keyring")
    ]
    assert len([m for m in messages if "keyring" in m.lower()]) == 1, messages
    assert not [m for m in messages if "incomplete" in m or "failed" in m], messages
    assert not [
        r
        for r in caplog.records
        if r.levelno >= logging.WARNING and r.name.startswith("icp_desktop")
    ]
