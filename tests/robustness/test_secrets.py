"""No password or token in any file under the app's or the service's directories after a full
session: a failed sign-in, a sign-in remembered, a change created and submitted from the app's
own client, a rejection notified, sign-out, quit. Every file is searched as bytes (logs, settings,
drafts, the SQLite database, the service's output)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from icp_desktop.client.api import ApiClient
from tests.helpers import http_client
from tests.helpers.live_server import LiveServer, login_token
from tests.robustness.budget import record
from tests.ui.conftest import app_paths, fresh_live_server, make_controller, memory_keyring, sign_in
from tests.ui.test_notifications import signed_in_filer

__all__ = ["app_paths", "fresh_live_server", "make_controller", "memory_keyring", "sign_in"]
WRONG = "Wr0ng-guess-7fQ2"


def files_holding(roots: list[Path], secrets: dict[str, str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for root in roots:
        for path in (p for p in root.rglob("*") if p.is_file()):
            data = path.read_bytes()
            hits = [name for name, secret in secrets.items() if secret.encode() in data]
            if hits:
                found[str(path)] = hits
    return found


def test_no_secret_is_written_anywhere_after_a_full_session(
    qtbot: Any,
    make_controller: Any,
    sign_in: Any,
    fresh_live_server: LiveServer,
    app_paths: Any,
    tmp_path: Path,
) -> None:
    server = fresh_live_server
    controller = make_controller(server.url)
    page = controller.window.sign_in_page
    page.username_edit.setText("demo")
    page.password_edit.setText(WRONG)
    page.sign_in_button.click()
    qtbot.waitUntil(lambda: page.message_label.isVisible(), timeout=15_000)
    controller.shutdown()
    controller = signed_in_filer(qtbot, make_controller, sign_in, server.url, paths=app_paths)
    token = str(controller.backend.token)
    client = ApiClient(server.url, token=token)
    site = next(
        w
        for w in client.list_websites(q="yunzhan-tech.cn", status=None, cursor=None, limit=50).items
        if w.domain == "yunzhan-tech.cn"
    )
    change = client.create_change(site.id, ["39.108.77.12"], idempotency_key="secret-run")
    client.submit_change(change.id, idempotency_key="secret-run-submit")
    reviewer = login_token(server.url, "reviewer")
    with qtbot.waitSignal(controller.notifier.notified, timeout=10_000):
        http_client.post(
            f"{server.url}/v1/change-requests/{change.id}/review",
            timeout=20,
            headers={"Authorization": f"Bearer {reviewer}"},
            json={
                "decision": "reject",
                "comment": "",
                "reasons": [{"field": "proposed_ips", "message": "no"}],
            },
        )
    controller.sign_out()
    qtbot.waitUntil(lambda: controller.backend.account is None, timeout=10_000)
    controller.shutdown()
    server.stop()
    secrets = {
        "demo password": "demo-pass",
        "reviewer password": "reviewer-pass",
        "wrong password": WRONG,
        "app token": token,
        "reviewer token": reviewer,
    }
    roots = [Path(server.data_dir), tmp_path]  # tmp_path holds HOME, XDG dirs and the app's
    searched = sum(1 for root in roots for p in root.rglob("*") if p.is_file())
    found = files_holding(roots, secrets)
    record(
        "security: secrets in files",
        files_searched=searched,
        secrets=len(secrets),
        files_with_secrets=len(found),
    )
    assert searched >= 5
    assert not found, found
