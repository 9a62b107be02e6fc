"""The presenters: one name per status, actor and role, and one line per failure."""

from __future__ import annotations

from typing import Any

import pytest

from icp_desktop.client.errors import Conflict, Unavailable
from icp_desktop.domain.status import ChangeStatus
from icp_desktop.ui import i18n
from icp_desktop.ui.presenters.errors import error_reason
from icp_desktop.ui.presenters.workflow import actor_label, role_label, status_label


def test_status_names_are_the_domains_in_english_and_in_chinese(qapp: Any) -> None:
    for status in ChangeStatus:
        assert status_label(status.value) == status.label_en
    assert (
        status_label("pending_administration_submission", short=True)
        == "Approved, awaiting submission"
    )
    translations = i18n.Translations(qapp)
    try:
        assert translations.install("zh_CN")
        for status in ChangeStatus:
            assert status_label(status.value) == status.label_zh
            assert status_label(status.value, short=True) == status.label_zh
        assert actor_label("administration") == "通信管理局"
        assert role_label("reviewer") == "审核员"
    finally:
        translations.install("en")


def test_an_actor_is_named_with_the_account_that_acted() -> None:
    assert actor_label("reviewer", "alice") == "Reviewer alice"
    assert actor_label("service") == "Filing service"


@pytest.mark.parametrize(
    ("error", "text"),
    [
        (Conflict(409, "Conflict", detail="Already decided"), "Already decided"),
        (Unavailable(0, "The service cannot be reached"), "The service cannot be reached"),
        (OSError("disk gone"), "disk gone"),
    ],
)
def test_a_failure_is_worded_by_its_most_specific_text(error: Exception, text: str) -> None:
    assert error_reason(error) == text
