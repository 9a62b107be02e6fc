"""Every page fits the main window at its default size, in both languages: opening a page never
makes the window grow (a page that asked for more width pushed the window past the screen's
edge on a small laptop)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from icp_desktop.ui import i18n
from tests.ui.every_page import every_page

DEFAULT = (1100, 720)  # the main window's size at first start (main_window.py)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_no_page_asks_for_more_than_the_window_s_default_size(
    language: str,
    qapp: Any,
    qtbot: Any,
    live_server: Any,
    make_controller: Callable[..., Any],
    sign_in: Callable[..., Any],
) -> None:
    too_big: list[str] = []
    try:
        i18n.switch_language(qapp, language)
        for user, pages in every_page(live_server.url):
            controller = make_controller(live_server.url)
            sign_in(controller, user)
            window = controller.window
            assert (window.width(), window.height()) == DEFAULT
            for name, kwargs in pages:
                window.open_page(name, **kwargs)
                backend = controller.backend
                qtbot.waitUntil(lambda b=backend: not b.busy, timeout=10_000)
                qtbot.wait(20)
                wanted = window.minimumSizeHint().expandedTo(window.minimumSize())
                if wanted.width() > DEFAULT[0] or wanted.height() > DEFAULT[1]:
                    too_big.append(f"{user}/{name}: {wanted.width()}×{wanted.height()}")
    finally:
        i18n.switch_language(qapp, "en")
    assert not too_big, "pages that make the window grow:\n" + "\n".join(too_big)
