"""What the Change Access page fetches on the worker thread, and how a local draft is settled
against the change the service has (no widgets here)."""

from __future__ import annotations

from typing import Any

from icp_desktop.domain.status import ChangeStatus
from icp_desktop.ui.drafts import DraftStore, DraftWriter, LocalDraft

Loaded = tuple[dict[str, Any], list[dict[str, Any]], Any, Any]


def website_and_change(api: Any, website_id: int) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """The website and its open change, if any (worker thread)."""
    website = api.get_website(website_id)
    ref = website.get("open_change")
    return website, api.get_change(ref["id"]) if ref else None


def load_page(api: Any, website_id: int, store: DraftStore, account: str) -> Loaded:
    """The website, the account's resources, the open change and the local draft."""
    website, change = website_and_change(api, website_id)
    resources = api.list_resources().get("items", [])
    return website, resources, change, store.load(account, website_id)


def reconcile(writer: DraftWriter, draft: LocalDraft | None, change: dict[str, Any] | None
              ) -> LocalDraft | None:
    """Drop keys whose request the service has evidently answered meanwhile."""
    if draft is None:
        return None
    if change is not None:
        draft.create_key = draft.create_ips = None
        draft.change_id = change["id"]
        if not ChangeStatus(change["status"]).is_editable:
            draft.submit_key = None
    if not draft.dirty and not draft.has_pending_request:
        writer.delete(draft.account, draft.website_id)
        return None
    return draft
