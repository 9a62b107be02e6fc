"""What people entered stays as they entered it when the interface language changes, even
when it reads like a word of the interface: a website named "Reject" whose service content is
"Domain", and a reviewer's reason "Reject" with the comment "Done"."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QApplication

from icp_desktop.client.change_models import Reason
from icp_desktop.ui import i18n
from tests.ui.review_support import SPARE_IPS, file_change, signed_in, websites

WEBSITE = 1  # 京ICP备20231234号-1, no open change in the demo data


def _rename_website(server: Any) -> None:
    with sqlite3.connect(server.data_dir / "filing.sqlite3", timeout=10) as db:
        db.execute(
            "UPDATE websites SET name = 'Reject', service_content = 'Domain' WHERE id = ?",
            (WEBSITE,),
        )


def _rejected_change(url: str) -> int:
    filer = signed_in(url, "demo")
    ips = list(websites(filer)[WEBSITE].ips)
    change = file_change(filer, WEBSITE, [*ips, SPARE_IPS[0]])
    signed_in(url, "reviewer").review(
        change.id, "reject", reasons=[Reason("Reject")], comment="Done"
    )
    return change.id


def test_data_that_reads_like_interface_words_survives_a_switch_and_back(
    qapp: Any,
    qtbot: Any,
    live_server: Any,
    make_controller: Callable[..., Any],
    sign_in: Callable[..., Any],
) -> None:
    _rename_website(live_server)
    change_id = _rejected_change(live_server.url)
    controller = make_controller(live_server.url)
    sign_in(controller, "demo")
    window = controller.window
    backend = controller.backend

    window.open_page("review_status", change_id=change_id)
    status = window.pages["review_status"]
    qtbot.waitUntil(lambda: status.change is not None and not backend.busy, timeout=10_000)
    window.open_page("change_access", website_id=WEBSITE)
    page = window.pages["change_access"]
    qtbot.waitUntil(lambda: page.change is not None and not backend.busy, timeout=10_000)

    def shown() -> dict[str, str]:
        return {
            "name": page.facts.text_of("name"),
            "content": page.facts.text_of("service_content"),
            "banner": page.banner.text(),
            "reasons": status.fields["reasons"].text(),
        }

    english = shown()
    assert english["name"] == "Reject" and english["content"] == "Domain"
    assert english["banner"].endswith("\nComment: Done")
    assert english["reasons"].endswith(": Reject\nComment: Done")

    try:
        i18n.switch_language(qapp, "zh_CN")
        QApplication.processEvents()
        chinese = shown()
        assert chinese["name"] == "Reject" and chinese["content"] == "Domain"
        assert chinese["banner"].endswith("\n备注：Done")
        assert chinese["reasons"].endswith(": Reject\n备注：Done")
    finally:
        i18n.switch_language(qapp, "en")
        QApplication.processEvents()

    assert shown() == english
    assert window.current_page_name() == "change_access"
