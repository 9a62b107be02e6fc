"""The IP list editor: live validation by the shared domain rules, add/remove, summary."""

from __future__ import annotations

from PySide6.QtCore import QEventLoop, QTimer
from pytestqt.qtbot import QtBot

from icp_desktop.client.models import Resource
from icp_desktop.ui.widgets.ip_editor import IpListEditor

RESOURCES = [
    Resource.from_json(r)
    for r in [
        {
            "id": 1,
            "instance_id": "i-ok",
            "instance_name": "web-01",
            "region": "cn-beijing",
            "region_name": "华北2（北京）",
            "billing_type": "subscription",
            "expires_at": None,
            "ips": [
                {"address": "39.108.77.12", "version": 4, "website_ids": []},
                {"address": "47.93.18.21", "version": 4, "website_ids": [1]},
                {"address": "121.40.56.79", "version": 4, "website_ids": []},
                {"address": "2408:4003:10a0::66", "version": 6, "website_ids": []},
            ],
            "websites_served": 1,
            "capacity": 5,
            "can_serve_filed_sites": True,
            "unavailable_reason": None,
        },
        {
            "id": 2,
            "instance_id": "i-hk",
            "instance_name": "hk-edge",
            "region": "cn-hongkong",
            "region_name": "中国香港",
            "billing_type": "subscription",
            "expires_at": None,
            "ips": [{"address": "47.242.1.1", "version": 4, "website_ids": []}],
            "websites_served": 0,
            "capacity": 5,
            "can_serve_filed_sites": False,
            "unavailable_reason": "not_mainland",
        },
        {
            "id": 3,
            "instance_id": "i-full",
            "instance_name": "web-full",
            "region": "cn-beijing",
            "region_name": "华北2（北京）",
            "billing_type": "subscription",
            "expires_at": None,
            "ips": [{"address": "47.93.20.1", "version": 4, "website_ids": [2, 3, 4, 5, 6]}],
            "websites_served": 5,
            "capacity": 5,
            "can_serve_filed_sites": True,
            "unavailable_reason": None,
        },
    ]
]


def make_editor(qtbot: QtBot) -> IpListEditor:
    editor = IpListEditor()
    qtbot.addWidget(editor)
    editor.set_base(["47.93.18.21"])
    editor.set_ips(["47.93.18.21"])
    editor.set_resources(RESOURCES, website_id=1)
    return editor


def test_private_and_loopback_are_refused_as_typed(qtbot: QtBot) -> None:
    editor = make_editor(qtbot)
    editor.input.setText("192.168.1.10")
    assert "private" in editor.input_feedback.text()
    assert not editor.add_button.isEnabled()
    editor.input.setText("127.0.0.1")
    assert "loopback" in editor.input_feedback.text()
    editor.input.setText("47.93.18")
    assert not editor.add_button.isEnabled() and editor.input_feedback.text()
    editor.on_add_clicked()
    assert editor.ips() == ["47.93.18.21"]


def test_full_width_ime_input_is_normalised_and_added(qtbot: QtBot) -> None:
    editor = make_editor(qtbot)
    editor.input.setText(" １２１．４０。５６．７９ ")
    assert "121.40.56.79" in editor.input_feedback.text()
    assert editor.add_button.isEnabled()
    editor.add_button.click()
    assert editor.ips() == ["47.93.18.21", "121.40.56.79"]
    assert editor.input.text() == ""
    editor.input.setText("2408:4003:10A0:0::66")
    assert "2408:4003:10a0::66" in editor.input_feedback.text()


def test_duplicate_is_refused_and_summary_tracks_the_list(qtbot: QtBot) -> None:
    editor = make_editor(qtbot)
    editor.input.setText("47.93.18.21")
    assert "already" in editor.input_feedback.text()
    assert not editor.add_button.isEnabled()
    with qtbot.waitSignal(editor.changed):
        editor.add_ip("39.108.77.12")
    editor.remove_ip("47.93.18.21")
    assert editor.summary() == (["39.108.77.12"], ["47.93.18.21"], [])


def test_resource_picker_offers_only_usable_ips(qtbot: QtBot) -> None:
    editor = make_editor(qtbot)
    assert editor.picker.selectable_ips() == ["39.108.77.12", "121.40.56.79", "2408:4003:10a0::66"]
    assert "47.242.1.1" in editor.picker.disabled_ips()
    assert editor.picker.tree.topLevelItem(1).text(2) == "Not in a mainland China region"
    assert not editor.picker.select_ip("47.242.1.1")
    assert editor.picker.select_ip("39.108.77.12")
    editor.picker.add_button.click()
    assert editor.ips() == ["47.93.18.21", "39.108.77.12"]
    assert "39.108.77.12" not in editor.picker.selectable_ips()


def test_reasons_stand_at_their_ip_or_on_the_list(qtbot: QtBot) -> None:
    editor = make_editor(qtbot)
    editor.add_ip("39.108.77.12")
    editor.set_reasons(
        ["Enter at least one"], {"39.108.77.12": ["not on your resource"], "8.8.8.8": ["gone"]}
    )
    assert editor.reason_at("39.108.77.12") == "not on your resource"
    assert editor.reason_at("47.93.18.21") == ""
    assert "Enter at least one" in editor.list_reason()
    assert "8.8.8.8: gone" in editor.list_reason()  # an IP not listed: the reason goes on the list
    editor.add_ip("39.108.77.13")  # rows are rebuilt; reasons stay where they were
    assert editor.reason_at("39.108.77.12") == "not on your resource"


def test_an_address_on_no_resource_of_the_account_is_refused_as_typed(qtbot: QtBot) -> None:
    editor = make_editor(qtbot)
    editor.input.setText("8.8.8.8")  # public, but none of this account's resources has it
    assert "not an IP of any of your service resources" in editor.input_feedback.text()
    assert not editor.add_button.isEnabled()
    editor.on_add_clicked()
    assert editor.ips() == ["47.93.18.21"]


def test_resource_that_cannot_serve_or_is_full_is_named_at_the_address(qtbot: QtBot) -> None:
    editor = make_editor(qtbot)
    editor.input.setText("47.242.1.1")
    assert "hk-edge" in editor.input_feedback.text()
    assert "Not in a mainland China region" in editor.input_feedback.text()
    assert not editor.add_button.isEnabled()
    editor.input.setText("47.93.20.1")
    assert "web-full" in editor.input_feedback.text()
    assert "already serves 5 websites (at most 5)" in editor.input_feedback.text()
    assert not editor.add_button.isEnabled()


def test_a_usable_address_says_where_it_is_and_the_load_with_it(qtbot: QtBot) -> None:
    editor = make_editor(qtbot)
    editor.input.setText("39.108.77.12")
    text = editor.input_feedback.text()
    assert "Will be added as 39.108.77.12" in text
    assert "web-01: 1 of 5 websites with this one" in text  # website 1 is counted already
    assert editor.add_button.isEnabled()


def test_rebuilt_rows_disappear_at_once(qtbot: QtBot) -> None:
    """A dialog opened right after the list is refilled (restore a draft) runs its own event
    loop, where deferred deletions wait: the old rows must not stay painted under it."""
    from icp_desktop.ui.widgets.ip_editor import _IpRow

    editor = make_editor(qtbot)
    editor.show()
    editor.set_ips(["47.93.18.21", "39.108.77.12"])
    qtbot.waitUntil(lambda: len([r for r in editor.findChildren(_IpRow) if r.isVisible()]) == 2)
    seen: list[list[str]] = []
    loop = QEventLoop()

    def look_from_the_dialog() -> None:
        seen.append([row.ip for row in editor.findChildren(_IpRow) if row.isVisible()])
        loop.quit()

    def answer_arrives() -> None:  # as the page's slot for a loaded website runs
        editor.set_ips(["121.40.56.79"])
        QTimer.singleShot(50, look_from_the_dialog)
        loop.exec()  # as QMessageBox.exec() would

    QTimer.singleShot(0, answer_arrives)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [["121.40.56.79"]]
