"""What must be true of the stored workflow whatever happened to the service: read straight
from the database (SQLite or PostgreSQL), so a half-written transaction cannot hide.

``violations(url, since)`` lists every broken rule; ``Watermark`` marks what existed before a
proof started (the demo data's history was written by the seed, not by the workflow).
"""

from __future__ import annotations

import itertools
import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Connection, Engine

from icp_desktop.server.settings import to_sync_url

OPEN = {
    "draft",
    "pending_first_review",
    "first_review_rejected",
    "pending_administration_submission",
    "administration_review",
    "administration_rejected",
}
DECISIONS = {"approve_first_review", "reject_first_review"}


@dataclass(frozen=True)
class Watermark:
    """The highest ids before a proof: rows above them were written during the proof."""

    transition: int
    audit: int
    event: int


_ENGINES: dict[str, Engine] = {}


def engine_for(url: str) -> Engine:
    """One engine per database for the whole test run (making one costs milliseconds)."""
    if url in _ENGINES:
        return _ENGINES[url]
    sync_url = to_sync_url(url)
    if sync_url.startswith("sqlite"):
        engine = create_engine(sync_url)

        # pysqlite starts no transaction for a SELECT: without an explicit BEGIN each query of
        # a snapshot would see the database at a different moment.
        @event.listens_for(engine, "connect")
        def _no_implicit_transactions(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.isolation_level = None

        @event.listens_for(engine, "begin")
        def _begin(conn: Connection) -> None:
            conn.exec_driver_sql("BEGIN")
    else:
        engine = create_engine(sync_url, isolation_level="REPEATABLE READ")
    _ENGINES[url] = engine
    return engine


def forget(url: str) -> None:
    """Close the connections to a database that goes away (a PostgreSQL test database)."""
    engine = _ENGINES.pop(url, None)
    if engine is not None:
        engine.dispose()


def _rows(conn: Connection, sql: str) -> list[dict[str, Any]]:
    return [dict(row._mapping) for row in conn.execute(text(sql))]


def _json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


def watermark(url: str) -> Watermark:
    with engine_for(url).connect() as conn:

        def top(table: str) -> int:
            return int(conn.execute(text(f"SELECT COALESCE(MAX(id), 0) FROM {table}")).scalar_one())

        return Watermark(top("change_transitions"), top("audit_log"), top("events"))


def snapshot(url: str) -> dict[str, list[dict[str, Any]]]:
    """The workflow tables, read in one transaction."""
    with engine_for(url).connect() as conn, conn.begin():
        return {
            "changes": _rows(
                conn,
                "SELECT id, website_id, owner_id, status, round, "
                "proposed_ips FROM change_requests ORDER BY id",
            ),
            "transitions": _rows(
                conn,
                "SELECT id, change_id, actor_kind, actor_id, action, "
                "from_status, to_status, round FROM "
                "change_transitions ORDER BY id",
            ),
            "audit": _rows(
                conn,
                "SELECT id, action, object_id, after FROM audit_log "
                "WHERE object_type = 'change_request' ORDER BY id",
            ),
            "websites": _rows(
                conn, "SELECT id, open_change_id, open_change_status FROM websites ORDER BY id"
            ),
            "ips": _rows(conn, "SELECT website_id, address FROM website_ips"),
            "events": _rows(conn, "SELECT id, change_id FROM events WHERE change_id IS NOT NULL"),
            "outbox": _rows(
                conn, "SELECT id, change_id FROM outbox_messages WHERE change_id IS NOT NULL"
            ),
            "submissions": _rows(conn, "SELECT change_id, round FROM administration_submissions"),
        }


def website_ips(data: dict[str, list[dict[str, Any]]]) -> dict[int, frozenset[str]]:
    ips: dict[int, set[str]] = defaultdict(set)
    for row in data["ips"]:
        ips[int(row["website_id"])].add(str(row["address"]))
    return {site: frozenset(addresses) for site, addresses in ips.items()}


def violations(data: dict[str, list[dict[str, Any]]], since: Watermark) -> list[str]:
    """Every broken rule in ``data`` (from ``snapshot``); empty when all hold."""
    found: list[str] = []
    changes = {int(c["id"]): c for c in data["changes"]}
    timeline: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in data["transitions"]:
        if int(row["change_id"]) not in changes:
            found.append(f"orphan timeline row {row['id']} of change {row['change_id']}")
        timeline[int(row["change_id"])].append(row)
    for cid, change in changes.items():
        steps = timeline.get(cid, [])
        if not steps or steps[0]["action"] != "create" or steps[0]["to_status"] != "draft":
            found.append(f"change {cid} does not start with its creation: {steps[:1]}")
            continue
        for before, after in itertools.pairwise(steps):
            if after["from_status"] != before["to_status"]:
                found.append(
                    f"change {cid}: step {after['id']} leaves {after['from_status']} "
                    f"but the change was {before['to_status']}"
                )
        if steps[-1]["to_status"] != change["status"]:
            found.append(
                f"change {cid} is {change['status']} but its timeline ends in "
                f"{steps[-1]['to_status']}"
            )
        decisions = Counter(int(s["round"]) for s in steps if s["action"] in DECISIONS)
        found += [
            f"change {cid}: {n} first-review decisions in round {r}"
            for r, n in decisions.items()
            if n > 1
        ]
        found += [
            f"change {cid}: decided by its own filer (step {s['id']})"
            for s in steps
            if s["action"] in DECISIONS and s["actor_id"] == change["owner_id"]
        ]
        found += [
            f"change {cid}: {s['action']} by {s['actor_kind']}"
            for s in steps
            if s["action"] in DECISIONS and s["actor_kind"] != "reviewer"
        ]
    # Every transition written since the watermark has its audit entry, and no more.
    audited = Counter(
        (int(a["object_id"]), str(a["action"]), str(_json(a["after"])["status"]))
        for a in data["audit"]
        if int(a["id"]) > since.audit and str(a["action"]).removeprefix("change.") != "edit"
    )
    moved = Counter(
        (int(s["change_id"]), f"change.{s['action']}", str(s["to_status"]))
        for s in data["transitions"]
        if int(s["id"]) > since.transition
    )
    if audited != moved:
        found.append(
            f"audit and timeline differ: only audited {dict(audited - moved)}, "
            f"only in timelines {dict(moved - audited)}"
        )
    open_by_site: dict[int, list[int]] = defaultdict(list)
    for cid, change in changes.items():
        if change["status"] in OPEN:
            open_by_site[int(change["website_id"])].append(cid)
    found += [
        f"website {site} has open changes {ids}"
        for site, ids in open_by_site.items()
        if len(ids) > 1
    ]
    for site in data["websites"]:
        expected = open_by_site.get(int(site["id"]), [None])[0]
        if site["open_change_id"] != expected:
            found.append(
                f"website {site['id']} names open change {site['open_change_id']}, "
                f"the open change is {expected}"
            )
    for table in ("events", "outbox"):
        found += [
            f"orphan {table} row {r['id']} of change {r['change_id']}"
            for r in data[table]
            if int(r["change_id"]) not in changes
        ]
    submitted = Counter((int(s["change_id"]), int(s["round"])) for s in data["submissions"])
    found += [
        f"change {cid} round {r} submitted {n} times to the administration"
        for (cid, r), n in submitted.items()
        if n > 1
    ]
    found += [
        f"orphan administration submission of change {cid}"
        for cid, _r in submitted
        if cid not in changes
    ]
    return found
