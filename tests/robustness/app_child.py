"""The desktop app's Change Access page in a process of its own, for the crash proof.

``python -m tests.robustness.app_child edit URL WEBSITE IP TYPING`` signs in as demo, opens the
page, adds ``IP``, removes the website's first IP, half-types ``TYPING`` and prints ``READY``
once the local draft is on disk, then keeps editing until it is killed.
``... restore URL WEBSITE`` opens the page again, accepts the offer to restore, and prints the
editor's state as JSON.
"""

from __future__ import annotations

import json
import os
import sys
import time

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from icp_desktop.client.api import ApiClient
from icp_desktop.ui.backend import Backend
from icp_desktop.ui.drafts import DraftStore
from icp_desktop.ui.pages.change_access import ChangeAccessPage
from icp_desktop.ui.widgets.dialogs import RestoreDraft


def wait_until(condition: object, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise SystemExit("timed out")
        QCoreApplication.processEvents()
        time.sleep(0.01)


def open_page(url: str, website: int) -> ChangeAccessPage:
    login = ApiClient(url).login("demo", "demo-pass")
    backend = Backend()
    backend.set_server(url)
    backend.set_session(login.token, login.account)
    page = ChangeAccessPage(backend)
    page.activate(website_id=website)
    wait_until(lambda: page.website is not None and not page.spinner.running)
    return page


def edit(url: str, website: int, ip: str, typing: str) -> None:
    # A draft an earlier run left behind is declined (and so dropped): this run starts afresh.
    RestoreDraft.ask = classmethod(lambda cls, *a: False)  # type: ignore[method-assign,assignment]
    page = open_page(url, website)
    removed = page.editor.ips()[0]
    page.editor.add_ip(ip)
    page.editor.remove_ip(removed)
    page.editor.input.setText(typing)
    store = DraftStore.default()

    def saved() -> bool:
        draft = store.load(page.account_key(), website)
        return draft is not None and ip in draft.proposed_ips and draft.typing == typing

    wait_until(saved)
    print(json.dumps({"ready": True, "ips": page.editor.ips(), "removed": removed}), flush=True)
    # Keep the app busy editing (timers, repaints) until the SIGKILL comes.
    timer = QTimer()
    timer.timeout.connect(lambda: page.editor.input.setText(typing))
    timer.start(5)
    while True:
        QCoreApplication.processEvents()
        time.sleep(0.005)


def restore(url: str, website: int) -> None:
    offered: list[list[str]] = []

    def accept(_parent: object, _saved_at: object, ips: list[str]) -> bool:
        offered.append(list(ips))
        return True

    RestoreDraft.ask = classmethod(lambda cls, *a: accept(*a))  # type: ignore[method-assign,assignment]
    page = open_page(url, website)
    print(
        json.dumps(
            {"offered": offered, "ips": page.editor.ips(), "typing": page.editor.input.text()}
        ),
        flush=True,
    )
    os._exit(0)  # the page's worker threads need no orderly end here


def main() -> None:
    app = QApplication(sys.argv[:1])
    del app  # kept alive by Qt itself; the name only documents it
    mode, url, website = sys.argv[1], sys.argv[2], int(sys.argv[3])
    if mode == "edit":
        edit(url, website, sys.argv[4], sys.argv[5])
    else:
        restore(url, website)


if __name__ == "__main__":
    main()
