"""Idempotency-Key handling: a retried create or submit returns the first response, never twice.

A key is scoped to one account and one operation (``create`` or ``submit:<change id>``). The
record is written in the same transaction as the effect, so either both exist or neither does.
Only successful responses are stored: a refused submit may be retried with the same key once the
filer has fixed the change.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from icp_desktop.domain.errors import ConflictError, MalformedError, ServiceError
from icp_desktop.server.db import session_now
from icp_desktop.server.models.workflow import IdempotencyRecord
from icp_desktop.server.unit_of_work import UnitOfWork

MAX_KEY_LENGTH = 200
_RECORDS = cast(Table, IdempotencyRecord.__table__)


@dataclass(frozen=True, slots=True)
class StoredResponse:
    """A response as it was (or will be) sent: status code and JSON body."""

    status_code: int
    body: dict[str, Any]
    replayed: bool = False


def request_hash(payload: Any) -> str:
    """A stable fingerprint of a request body."""
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def check_key(key: str | None) -> str | None:
    """The key itself, or a 400 problem when it is unusable."""
    if key is None:
        return None
    key = key.strip()
    if not key or len(key) > MAX_KEY_LENGTH or not key.isprintable():
        raise MalformedError(
            f"Idempotency-Key must be 1–{MAX_KEY_LENGTH} printable characters",
            "bad_idempotency_key",
        )
    return key


async def _lookup(
    session: AsyncSession, account_id: int, scope: str, key: str, digest: str
) -> StoredResponse | None:
    record = await session.scalar(
        select(IdempotencyRecord).where(
            IdempotencyRecord.account_id == account_id,
            IdempotencyRecord.scope == scope,
            IdempotencyRecord.key == key,
        )
    )
    if record is None:
        return None
    if record.request_hash != digest:
        raise ConflictError(
            "idempotency_key_reused",
            "This Idempotency-Key was already used with a different request",
        )
    return StoredResponse(record.status_code, dict(record.body), replayed=True)


async def run_once(
    unit: UnitOfWork,
    *,
    account_id: int,
    scope: str,
    key: str | None,
    payload: Any,
    effect: Callable[[], Awaitable[StoredResponse]],
) -> StoredResponse:
    """Run ``effect`` (which must not commit) at most once per key, and commit ``unit``.

    The effect runs first and its record is written after it, in the same transaction: the
    record's unique key is the check. A key already used (by an earlier request, or by a
    concurrent one that wins the race) makes either the effect fail (a conflict: the change
    already moved) or the record's insert fail; the transaction is then rolled back and the
    stored response returned instead — or a 409 when the key came with a different body. A
    first use, the common case, so costs no lookup.
    """
    session = unit.session
    if key is None:
        response = await effect()
        await unit.commit()
        return response
    digest = request_hash(payload)
    try:
        response = await effect()
        await session.execute(
            insert(_RECORDS).values(
                account_id=account_id,
                scope=scope,
                key=key,
                request_hash=digest,
                status_code=response.status_code,
                body=response.body,
                created_at=session_now(session),
            )
        )
        await unit.commit()
        return response
    except (ServiceError, IntegrityError):
        await unit.rollback()
        stored = await _lookup(session, account_id, scope, key, digest)
        await unit.rollback()
        if stored is not None:
            return stored
        raise
