"""Local drafts: atomic writes, ordered background writes, corrupt files set aside."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from icp_desktop.domain.clock import SystemClock
from icp_desktop.ui.drafts import DraftStore, DraftWriter, LocalDraft, new_idempotency_key


def test_saved_draft_reads_back_as_written(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts")
    draft = LocalDraft(
        account="7",
        website_id=3,
        proposed_ips=["47.93.18.21", "2400:3200::1"],
        change_id=12,
        dirty=True,
        submit_key=new_idempotency_key(),
    )
    store.save(draft)
    loaded = store.load("7", 3)
    assert loaded is not None
    assert loaded.proposed_ips == ["47.93.18.21", "2400:3200::1"]
    assert loaded.change_id == 12 and loaded.dirty and loaded.submit_key == draft.submit_key
    assert loaded.saved_at_local is not None
    assert store.load("7", 4) is None and store.load("8", 3) is None


def test_a_failed_write_leaves_the_previous_draft_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = DraftStore(tmp_path / "drafts")
    store.save(LocalDraft(account="1", website_id=1, proposed_ips=["1.2.3.4"], dirty=True))

    def power_cut(*_args: object) -> None:
        raise OSError("disk gone")

    monkeypatch.setattr(os, "replace", power_cut)
    with pytest.raises(OSError):
        store.save(LocalDraft(account="1", website_id=1, proposed_ips=["5.6.7.8"], dirty=True))
    monkeypatch.undo()
    loaded = store.load("1", 1)
    assert loaded is not None and loaded.proposed_ips == ["1.2.3.4"]
    assert [p.name for p in store.root.iterdir()] == ["1-1.json"]  # no temp file left behind


def test_corrupt_draft_is_set_aside_not_fatal(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts")
    store.root.mkdir()
    store.path_for("1", 2).write_text("{not json", encoding="utf-8")
    assert store.load("1", 2) is None
    assert (store.root / "1-2.corrupt").exists()


def test_writer_keeps_order_and_snapshots(tmp_path: Path) -> None:
    writer = DraftWriter(DraftStore(tmp_path))
    draft = LocalDraft(account="a/b", website_id=5, dirty=True)
    for n in range(20):
        draft.proposed_ips = [f"47.93.18.{n}"]
        writer.save(draft)
    draft.proposed_ips = ["changed after the last save"]
    writer.flush()
    data = json.loads(writer.store.path_for("a/b", 5).read_text(encoding="utf-8"))
    assert data["proposed_ips"] == ["47.93.18.19"]
    writer.delete("a/b", 5)
    writer.flush()
    assert writer.store.load("a/b", 5) is None
    writer.close()


def test_drafts_follow_the_apps_data_directory(tmp_path: Path) -> None:
    class WithPaths:
        data_dir: Path | None = tmp_path / "app" / "data"
        clock = SystemClock()

    class WithoutPaths(WithPaths):
        data_dir = None

    assert DraftStore.for_backend(WithPaths()).root == tmp_path / "app" / "data" / "drafts"
    assert DraftStore.for_backend(WithoutPaths()).root == DraftStore.default().root


def test_the_restore_question_names_the_time_and_the_ips(
    qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import datetime

    from icp_desktop.ui.widgets import dialogs
    from icp_desktop.ui.widgets.dialogs import RestoreDraft

    asked: list[tuple[str, str, str]] = []

    def answer(
        _parent: object, _title: str, text: str, act: str, keep: str, default_act: bool = False
    ) -> bool:
        asked.append((text, act, keep))
        return True

    monkeypatch.setattr(dialogs, "ask_with_actions", answer)
    from datetime import UTC, timedelta, timezone

    when = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)
    assert RestoreDraft.ask(None, when, ["47.93.18.21", "2408:4003:10a0::66"])
    # The app's one rule for times: Beijing time (UTC+8), labelled.
    assert when.astimezone(timezone(timedelta(hours=8))).hour == 17
    text, act, keep = asked[0]
    assert text.startswith("Restore unsaved changes from 11/27/2026 5:30\u202fPM (Beijing time)?")
    assert "47.93.18.21, 2408:4003:10a0::66" in text
    # The buttons say what they do.
    assert (act, keep) == ("Restore my changes", "Discard them")
