"""Accounts and sign-in: credentials, lockout, session tokens, and their audit entries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, and_, delete, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from icp_desktop.domain.errors import CredentialsRefusedError, LockedError, ServiceError
from icp_desktop.domain.status import Role
from icp_desktop.server import audit, security
from icp_desktop.server.db import session_now
from icp_desktop.server.models.accounts import Account, LoginThrottle, SessionToken
from icp_desktop.server.settings import Settings
from icp_desktop.server.unit_of_work import UnitOfWork


# One body for a wrong password and an unknown username, so neither reveals the other.
def invalid_credentials() -> ServiceError:
    return CredentialsRefusedError(
        "The username or password is not correct.", "invalid_credentials"
    )


def account_locked() -> ServiceError:
    """The same body whether or not the account exists (no ``Retry-After`` that could differ)."""
    return LockedError(
        "Too many failed sign-ins for this username. Try again later.", "account_locked"
    )


class UsernameTakenError(Exception):
    """create_account was given a username that already exists."""


@dataclass(frozen=True, slots=True)
class SignedIn:
    token: str
    expires_at: datetime
    account: Account


async def create_account(
    session: AsyncSession,
    username: str,
    password: str,
    role: Role,
    *,
    display_name: str = "",
    email: str | None = None,
    phone: str | None = None,
) -> Account:
    """Add an account (the caller commits)."""
    key = security.normalise_username(username)
    if not key:
        raise ValueError("username is empty")
    existing = await session.scalar(select(Account.id).where(Account.username == key))
    if existing is not None:
        raise UsernameTakenError(key)
    account = Account(
        username=key,
        password_hash=await security.hash_password_async(password),
        role=role.value,
        display_name=display_name or key,
        email=email,
        phone=phone,
        created_at=session_now(session),
    )
    session.add(account)
    await session.flush()
    await audit.record(
        session,
        actor_id=None,
        actor_kind="service",
        action="account.create",
        object_type="account",
        object_id=account.id,
        after={"username": key, "role": role.value},
    )
    return account


async def _throttle_row(session: AsyncSession, key: str) -> LoginThrottle:
    """The username's throttle row, created if missing and locked for this transaction."""
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    # prune_login_throttles may remove an existing row between the two statements; the row
    # inserted again is this transaction's own, which no other transaction can delete.
    for _attempt in range(3):
        await session.execute(
            insert(LoginThrottle).values(username_key=key, failures=0).on_conflict_do_nothing()
        )
        row = await session.scalar(
            select(LoginThrottle).where(LoginThrottle.username_key == key).with_for_update()
        )
        if row is not None:
            return row
    raise RuntimeError(f"the sign-in throttle row of {key!r} keeps disappearing")


async def prune_login_throttles(session: AsyncSession, settings: Settings) -> int:
    """Forget the throttle rows that neither lock a username nor count recent failures (every
    username ever tried would otherwise stay forever); commits. Returns how many went."""
    now = session_now(session)
    window_start = now - timedelta(seconds=settings.lockout_window_seconds)
    result = await session.execute(
        delete(LoginThrottle).where(
            or_(LoginThrottle.locked_until.is_(None), LoginThrottle.locked_until <= now),
            or_(
                LoginThrottle.window_started_at.is_(None),
                LoginThrottle.window_started_at < window_start,
            ),
        )
    )
    await session.commit()
    return int(getattr(result, "rowcount", 0) or 0)


async def _refuse_locked(session: AsyncSession, key: str) -> ServiceError:
    await audit.record(
        session,
        actor_id=None,
        actor_kind="anonymous",
        action="login.locked",
        object_type="username",
        object_id=key,
        detail="sign-in refused: username locked",
    )
    await session.commit()
    return account_locked()


def _is_locked(throttle: LoginThrottle | None, now: datetime) -> bool:
    return bool(throttle and throttle.locked_until and throttle.locked_until > now)


async def login(
    session: AsyncSession, settings: Settings, username: str, password: str
) -> SignedIn:
    """Check credentials and open a session; commits. Raises 401 or 423 problems."""
    key = security.normalise_username(username)[:64]
    now = session_now(session)
    if _is_locked(await session.get(LoginThrottle, key), now):
        raise await _refuse_locked(session, key)
    account = await session.scalar(select(Account).where(Account.username == key))
    # The password check takes tens of milliseconds: end the transaction first, so SQLite's
    # write lock is not held while it runs.
    await session.commit()
    usable = account is not None and not account.disabled
    ok = await security.verify_password_async(
        account.password_hash if usable and account else None, password
    )
    new_hash = None
    if ok and account is not None and security.needs_rehash(account.password_hash):
        new_hash = await security.hash_password_async(password)

    throttle = await _throttle_row(session, key)
    if _is_locked(throttle, now):  # locked by a concurrent attempt meanwhile
        raise await _refuse_locked(session, key)
    if not ok or account is None:
        await _record_failure(session, settings, throttle, now, account)
        raise account_locked() if throttle.locked_until else invalid_credentials()

    throttle.failures = 0
    throttle.window_started_at = None
    throttle.locked_until = None
    account = await session.merge(account)
    if new_hash is not None:
        account.password_hash = new_hash
    token = security.new_token()
    expires_at = now + timedelta(hours=settings.token_ttl_hours)
    session.add(
        SessionToken(
            account_id=account.id,
            token_hash=security.token_hash(token),
            created_at=now,
            expires_at=expires_at,
        )
    )
    await audit.record(
        session,
        actor_id=account.id,
        actor_kind=account.role,
        action="login.success",
        object_type="account",
        object_id=account.id,
    )
    await session.commit()
    return SignedIn(token=token, expires_at=expires_at, account=account)


async def _record_failure(
    session: AsyncSession,
    settings: Settings,
    throttle: LoginThrottle,
    now: datetime,
    account: Account | None,
) -> None:
    window = timedelta(seconds=settings.lockout_window_seconds)
    if throttle.window_started_at is None or now - throttle.window_started_at > window:
        throttle.window_started_at = now
        throttle.failures = 0
    throttle.failures += 1
    throttle.locked_until = None
    locked = throttle.failures >= settings.lockout_threshold
    if locked:
        throttle.locked_until = now + timedelta(seconds=settings.lockout_seconds)
        throttle.failures = 0
        throttle.window_started_at = None
    await audit.record(
        session,
        actor_id=account.id if account else None,
        actor_kind="anonymous",
        action="login.failure",
        object_type="username",
        object_id=throttle.username_key,
        detail="wrong password or unknown username" + ("; username locked" if locked else ""),
    )
    await session.commit()


async def account_for_token(session: AsyncSession, token: str) -> tuple[Account, datetime] | None:
    """The account of a live (unexpired, unrevoked) session token and when the token expires."""
    row = (
        await session.execute(
            select(Account, SessionToken.expires_at)
            .join(SessionToken, SessionToken.account_id == Account.id)
            .where(_live(security.token_hash(token), session_now(session)))
        )
    ).first()
    return None if row is None else (row[0], row[1])


async def session_is_live(session: AsyncSession, token_hash: str) -> bool:
    """Whether the session whose token has this hash may still be used."""
    found = await session.scalar(
        select(SessionToken.id)
        .join(Account, SessionToken.account_id == Account.id)
        .where(_live(token_hash, session_now(session)))
    )
    return found is not None


def _live(token_hash: str, now: datetime) -> ColumnElement[bool]:
    return and_(
        SessionToken.token_hash == token_hash,
        SessionToken.revoked_at.is_(None),
        SessionToken.expires_at > now,
        Account.disabled.is_(False),
    )


async def logout(session: AsyncSession, account: Account, token: str) -> None:
    """Revoke the session token; commits."""
    await session.execute(
        update(SessionToken)
        .where(
            SessionToken.token_hash == security.token_hash(token), SessionToken.revoked_at.is_(None)
        )
        .values(revoked_at=session_now(session))
    )
    await audit.record(
        session,
        actor_id=account.id,
        actor_kind=account.role,
        action="logout",
        object_type="account",
        object_id=account.id,
    )
    # Every process ends this session's waiting long-poll now, not when its wait is over.
    await UnitOfWork.of(session).signal_session_ended(account.id)
    await session.commit()
