"""Shared pieces of the reviewer and operator page tests: the real service, accounts, changes.

Changes are filed through the real API as the demo filers; deadlines and stuck submission jobs
are arranged in the service's own SQLite database (the service reads them on every request).
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import uuid
from datetime import UTC, datetime, timedelta

from icp_desktop.client.api import ApiClient
from icp_desktop.client.change_models import Change
from icp_desktop.client.models import Website
from icp_desktop.ui.backend import Backend
from tests.helpers.clock import pinned_moment
from tests.helpers.live_server import LiveServer

# Demo catalog facts (icp_desktop/server/seed.py): demo's websites and spare IPs.
SPARE_IPS = ("39.108.77.12", "39.108.77.13", "2408:4003:10a0::66")


def signed_in(url: str, username: str, password: str | None = None) -> ApiClient:
    """An API client signed in as ``username`` (password ``<username>-pass`` by default)."""
    client = ApiClient(url)
    answer = client.login(username, password or f"{username}-pass")
    client.token = answer.token
    return client


def file_change(filer: ApiClient, website_id: int, proposed_ips: list[str]) -> Change:
    """Create and submit a change for first review; returns the submitted change."""
    draft = filer.create_change(website_id, proposed_ips, str(uuid.uuid4()))
    return filer.submit_change(draft.id, str(uuid.uuid4()))


def websites(filer: ApiClient) -> dict[int, Website]:
    return {w.id: w for w in filer.list_websites(limit=500).items}


def backend_for(url: str, username: str, password: str | None = None) -> Backend:
    """A GUI backend on the service, signed in as ``username``. Call ``shutdown()`` after use."""
    client = ApiClient(url)
    answer = client.login(username, password or f"{username}-pass")
    client.close()
    backend = Backend()
    backend.set_server(url)
    backend.set_session(answer.token, answer.account)
    return backend


def _db(server: LiveServer) -> sqlite3.Connection:
    return sqlite3.connect(server.data_dir / "filing.sqlite3", timeout=10)


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def set_due(server: LiveServer, change_id: int, column: str, due: datetime) -> None:
    """Move one deadline of a change (as if it had been filed earlier)."""
    assert column in ("first_review_due_at", "administration_due_at", "administration_expected_by")
    with _db(server) as db:
        db.execute(
            f"UPDATE change_requests SET {column} = ? WHERE id = ?", (_stamp(due), change_id)
        )


def hold_automatic_submission(server: LiveServer, change_id: int) -> None:
    """Make the service's submission job see the change as claimed by a stuck worker for a
    day, so that after approval it waits for an operator's manual submission."""
    with _db(server) as db:
        db.execute(
            "UPDATE change_requests SET admin_claim_token = 'stuck', "
            "admin_claimed_until = ? WHERE id = ?",
            (_stamp(pinned_moment() + timedelta(days=1)), change_id),
        )


def create_user(server: LiveServer, username: str, role: str, password: str) -> None:
    """Add an account with the service's own CLI (``create-user``)."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "icp_desktop.server",
            "create-user",
            username,
            "--role",
            role,
            "--password-stdin",
            "--data-dir",
            str(server.data_dir),
        ],
        input=password + "\n",
        text=True,
        capture_output=True,
        check=True,
        timeout=60,
    )
