"""Service settings, read from ``ICP_*`` environment variables (pydantic-settings)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import platformdirs
from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from icp_desktop.domain.clock import Clock, clock_from_spec

SimulatorMode = Literal["off", "approve", "reject", "random"]


def default_data_dir() -> Path:
    """Where the service keeps its SQLite database and log when no directory is given."""
    return Path(platformdirs.user_data_dir("icp-filing-service", appauthor=False))


class Settings(BaseSettings):
    """Everything the filing service can be told from outside.

    Each field maps to ``ICP_<NAME>`` (``ICP_DATABASE_URL``, ``ICP_DATA_DIR`` …). The command line
    overrides what it names; ``create_app`` receives the finished object and nothing reads the
    environment after that.
    """

    model_config = SettingsConfigDict(env_prefix="ICP_", extra="ignore")

    data_dir: Path = Field(default_factory=default_data_dir)
    database_url: str | None = None  # default: SQLite file in data_dir
    host: str = "127.0.0.1"
    port: int = 8765
    demo: bool = False

    # sessions and sign-in
    token_ttl_hours: float = 12.0
    lockout_threshold: int = 5  # failed sign-ins within the window that lock the username
    lockout_window_seconds: float = 15 * 60
    lockout_seconds: float = 15 * 60

    # requests
    max_body_bytes: int = 1024 * 1024
    page_limit_default: int = 50
    page_limit_max: int = 500
    # Keep hot read answers (token → account, websites pages) until the next committed write.
    read_cache: bool = True

    # the administration (通信管理局) gateway
    admin_simulator: SimulatorMode = "off"
    admin_delay: float = 5.0
    admin_approve_ratio: float = 0.7  # share of approvals in "random" mode
    # MIIT SMS verification (短信核验) once the administration accepts a submission: the
    # window (24 h; a demo may shorten it), and how the simulator treats it ("auto": the
    # simulated administration confirms it itself when it decides; "filer": it waits for the
    # filer's "I have verified", and without it the window runs out).
    sms_window_hours: float = Field(default=24.0, gt=0, le=240)
    admin_sms: Literal["auto", "filer"] = "auto"

    # working-day calendar: operator-supplied holidays and make-up days for uncovered years
    calendar_overrides: Path | None = None

    # background jobs
    scheduler_interval: float = 1.0
    first_review_working_days: int = Field(default=1, ge=1, le=20)  # first review due in N days

    # notifications
    smtp_host: str | None = None
    smtp_port: int = 25
    smtp_from: str = "ICP Filing Service <no-reply@icp-filing.local>"
    smtp_timeout: float = 10.0
    sms_adapter: Literal["log"] = "log"
    outbox_max_attempts: int = 8

    # database pool (PostgreSQL; SQLite uses a fixed pool of its own)
    db_pool_size: int = 20
    db_max_overflow: int = 10

    log_level: str = "INFO"

    # pre-submit checks: the DNS server to ask (HOST[:PORT]; default the system's), where
    # connections really go (ADDRESS[:PORT]=HOST:PORT,…; the demo's loopback web servers),
    # the ports asked, and how long each probe and a whole run may take
    precheck_resolver: str | None = None
    precheck_connect_map: str | None = None
    precheck_http_port: int = Field(default=80, ge=0, le=65535)
    precheck_https_port: int = Field(default=443, ge=0, le=65535)
    precheck_step_seconds: float = Field(default=1.5, gt=0, le=10)
    precheck_total_seconds: float = Field(default=2.5, gt=0, le=10)
    precheck_only_mapped: bool = False  # contact only the connect map's addresses
    demo_network: bool = True  # --demo: start the demo's DNS and web servers on loopback

    # The service's "now": empty for the wall clock; a moment such as 2026-12-31T23:59+08:00
    # starts the clock there (it then runs); "fixed:" and a moment stops it there (tests).
    now: str | None = None

    @field_validator("database_url")
    @classmethod
    def _supported_database(cls, value: str | None) -> str | None:
        if value:
            to_async_url(value)  # raises ValueError for anything but SQLite and PostgreSQL
        return value

    @field_validator("now")
    @classmethod
    def _clock_spec(cls, value: str | None) -> str | None:
        clock_from_spec(value)  # raises ValueError for a spec that names no moment
        return value

    def make_clock(self) -> Clock:
        """A new clock as ``now`` says (a pinned clock starts running when made)."""
        return clock_from_spec(self.now)

    @property
    def log_file(self) -> Path:
        return self.data_dir / "filing-service.log"

    @property
    def sqlite_path(self) -> Path:
        return self.data_dir / "filing.sqlite3"

    def resolved_database_url(self) -> str:
        """The async SQLAlchemy URL (``sqlite+aiosqlite`` or ``postgresql+psycopg``)."""
        url = self.database_url or f"sqlite+aiosqlite:///{self.sqlite_path}"
        return to_async_url(url)


def to_async_url(url: str) -> str:
    """Normalise a database URL to the async driver this service uses."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        raise ValueError(f"not a database URL: {url!r}")
    base = scheme.split("+", 1)[0]
    if base == "sqlite":
        return f"sqlite+aiosqlite://{rest}"
    if base in ("postgresql", "postgres"):
        return f"postgresql+psycopg://{rest}"
    raise ValueError(f"unsupported database: {base} (use sqlite or postgresql)")


def to_sync_url(url: str) -> str:
    """The same database through a synchronous driver (for Alembic)."""
    async_url = to_async_url(url)
    if async_url.startswith("sqlite+aiosqlite://"):
        return "sqlite://" + async_url.removeprefix("sqlite+aiosqlite://")
    return async_url  # psycopg 3 serves both sync and async engines
