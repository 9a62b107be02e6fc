"""What the Change Access page fetches on the worker thread, and how a local draft is settled
against the change the service has (no widgets here)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from icp_desktop.ui.drafts import DraftStore, DraftWriter, LocalDraft

if TYPE_CHECKING:
    from icp_desktop.client.change_models import Change
    from icp_desktop.client.interface import FilingApi
    from icp_desktop.client.models import Resource, Website

Loaded = tuple["Website", list["Resource"], "Change | None", LocalDraft | None]


def website_and_change(api: FilingApi, website_id: int) -> tuple[Website, Change | None]:
    """The website and its open change, if any (worker thread)."""
    website = api.get_website(website_id)
    ref = website.open_change
    return website, api.get_change(ref.id) if ref else None


def load_page(api: FilingApi, website_id: int, store: DraftStore, account: str) -> Loaded:
    """The website, the account's resources, the open change and the local draft."""
    website, change = website_and_change(api, website_id)
    resources = api.list_resources()
    return website, resources, change, store.load(account, website_id)


def reconcile(
    writer: DraftWriter, draft: LocalDraft | None, change: Change | None
) -> LocalDraft | None:
    """Drop keys whose request the service has evidently answered meanwhile."""
    if draft is None:
        return None
    if change is not None:
        draft.create_key = draft.create_ips = None
        draft.change_id = change.id
        if not change.status.is_editable:
            draft.submit_key = None
    if not draft.dirty and not draft.has_pending_request:
        writer.delete(draft.account, draft.website_id)
        return None
    return draft
