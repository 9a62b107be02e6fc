"""What the CLI commands do: logging, migrations, seeding, accounts, and serving with uvicorn."""

from __future__ import annotations

import asyncio
import gc
import logging
import signal
import socket
import sys
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from typing import Any

from icp_desktop.domain.clock import Clock, SystemClock
from icp_desktop.domain.status import Role
from icp_desktop.server import migrations
from icp_desktop.server.db import Database
from icp_desktop.server.http_protocol import ProblemHttpProtocol
from icp_desktop.server.settings import Settings

log = logging.getLogger("icp_desktop.server")

NOT_AT_HEAD = (
    "The database schema is not at the current version. Run `icp-filing-server migrate` "
    "(with the same --data-dir/--database-url) first."
)

# Files the process needs besides client connections: database pool, log, libraries, ...
RESERVED_FILES = 128
# Connections waiting to be accepted; the kernel caps it at net.core.somaxconn. A restart
# under thousands of desktop apps brings their reconnections in a burst (spread by jitter).
BACKLOG = 4096
# Seconds an idle keep-alive connection stays open. A desktop app sends its next long-poll as
# soon as one is answered and its other calls come in bursts; longer than a poll's quick
# retry, so connections are reused, short enough not to hoard idle ones.
KEEP_ALIVE = 20
# Gen-1 collections between full garbage collections (Python's default: 10). Each waiting
# long-poll keeps some fifty objects alive; with ten thousand of them a full collection
# walked 700,000 objects for 0.6 s, and renewals promoted enough objects to start one every
# eight seconds (measured): 7 % of a core. Now at most one every minute or so; cycles of young
# objects are still collected as before.
FULL_GC_EVERY = 1000


def setup_logging(settings: Settings) -> None:
    """Log to stderr and to a rotating file in the data directory. No access log."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    root = logging.getLogger()
    root.setLevel(settings.log_level.upper())
    for handler in list(root.handlers):
        root.removeHandler(handler)
    stderr = logging.StreamHandler(sys.stderr)
    stderr.setFormatter(fmt)
    root.addHandler(stderr)
    file_handler = RotatingFileHandler(
        settings.log_file, maxBytes=5 * 1024 * 1024, backupCount=3, encoding="utf-8"
    )
    file_handler.setFormatter(fmt)
    root.addHandler(file_handler)
    # Alembic logs each migration at INFO; the SQL itself stays out of the log.
    logging.getLogger("sqlalchemy.engine").setLevel(logging.WARNING)


def _url(settings: Settings) -> str:
    return settings.resolved_database_url()


def run_migrate(settings: Settings) -> int:
    migrations.upgrade_to_head(_url(settings))
    log.info("database at schema %s", migrations.head_revision())
    return 0


def _check_head(settings: Settings) -> bool:
    try:
        at_head = migrations.is_at_head(_url(settings))
    except Exception as exc:
        print(f"error: cannot open the database: {exc}", file=sys.stderr)
        return False
    if not at_head:
        print(f"error: {NOT_AT_HEAD}", file=sys.stderr)
    return at_head


async def _seed(settings: Settings, clock: Clock) -> None:
    from icp_desktop.server.seed import seed_demo

    database = Database.from_settings(settings, clock)
    try:
        async with database.sessions() as session:
            await seed_demo(session)
    finally:
        await database.dispose()


def run_seed(settings: Settings) -> int:
    if not _check_head(settings):
        return 2
    asyncio.run(_seed(settings, settings.make_clock()))
    return 0


def run_create_user(
    settings: Settings,
    username: str,
    role: Role,
    password: str,
    *,
    display_name: str = "",
    email: str | None = None,
    phone: str | None = None,
) -> int:
    from icp_desktop.server.services.accounts import UsernameTakenError, create_account

    if not _check_head(settings):
        return 2

    async def create() -> int:
        database = Database.from_settings(settings)
        try:
            async with database.sessions() as session:
                account = await create_account(
                    session,
                    username,
                    password,
                    role,
                    display_name=display_name,
                    email=email,
                    phone=phone,
                )
                await session.commit()
                print(f"created {account.role} {account.username} (id {account.id})")
                return 0
        except UsernameTakenError as exc:
            print(f"error: the username {exc} is taken", file=sys.stderr)
            return 1
        except ValueError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        finally:
            await database.dispose()

    return asyncio.run(create())


def run_serve(settings: Settings) -> int:
    if not _check_head(settings):
        return 2
    return _serve(settings)


def run_demo(settings: Settings) -> int:
    run_migrate(settings)
    # One clock for the seed data and the service: a pinned clock keeps running from the
    # moment it was pinned instead of starting again when serving begins.
    clock = settings.make_clock()
    asyncio.run(_seed(settings, clock))
    return _serve(settings, clock)


def raise_open_files_limit() -> int:
    """Raise this process's open-files soft limit to its hard limit (every connection is a
    file); returns the soft limit now in force."""
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    # "Unlimited" cannot be a soft limit on Linux: the kernel's own ceiling stands in for it.
    target = _nr_open(default=1_048_576) if hard == resource.RLIM_INFINITY else hard
    if soft != resource.RLIM_INFINITY and soft < target:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
        except (ValueError, OSError) as exc:
            log.warning("could not raise the open-files limit from %d to %d: %s", soft, target, exc)
            return soft
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


def _nr_open(default: int) -> int:
    try:
        with open("/proc/sys/fs/nr_open", encoding="ascii") as fh:
            return int(fh.read().strip())
    except (OSError, ValueError):
        return default


def _serve(settings: Settings, clock: Clock | None = None) -> int:
    import uvicorn

    from icp_desktop.server.app import create_app

    files = raise_open_files_limit()
    # The port is taken before anything else starts (the demo's loopback web servers pick
    # free ports too, and must not be handed this one).
    listening = _listen(settings.host, settings.port)
    if listening is None:
        return 1
    clock = clock or settings.make_clock()
    if not isinstance(clock, SystemClock):
        log.warning(
            "the service's clock is pinned (ICP_NOW=%s): it reads %s",
            settings.now,
            clock.now().isoformat(),
        )
    app = create_app(settings, clock=clock)
    # Everything built so far lives as long as the process: out of every future collection.
    gc.freeze()
    gen0, gen1, _ = gc.get_threshold()
    gc.set_threshold(gen0, gen1, FULL_GC_EVERY)
    config = uvicorn.Config(
        app,
        host=settings.host,
        port=settings.port,
        access_log=False,
        log_config=None,
        lifespan="on",
        server_header=False,
        # A request the HTTP parser cannot read is refused with a problem document too.
        http=ProblemHttpProtocol,
        backlog=BACKLOG,
        timeout_keep_alive=KEEP_ALIVE,
        # Long-polls (GET /v1/events) may wait 30 s; shutdown must not wait for them.
        timeout_graceful_shutdown=2,
    )
    # Waiting long-polls are answered as soon as shutdown begins; they would otherwise hold
    # it for the graceful timeout.
    server = _server(config, app.state.events.close)
    app.state.uvicorn_server = server

    async def announce_when_ready() -> None:
        while not server.started:
            if server.should_exit:
                return
            await asyncio.sleep(0.02)
        host = f"[{settings.host}]" if ":" in settings.host else settings.host
        print(f"ICP filing service listening on http://{host}:{settings.port}", flush=True)
        log.info(
            "listening on %s:%s (database: %s, administration simulator: %s)",
            settings.host,
            settings.port,
            "sqlite" if _url(settings).startswith("sqlite") else "postgresql",
            settings.admin_simulator,
        )
        log.info(
            "open-files limit %d: room for about %d connections (long-polls)",
            files,
            max(0, files - RESERVED_FILES),
        )

    async def run() -> None:
        announcer = asyncio.create_task(announce_when_ready())
        try:
            await server.serve(sockets=[listening])
        finally:
            announcer.cancel()

    # uvicorn shuts down gracefully on SIGTERM/SIGINT and then re-raises the signal to the
    # previous handler; a no-op handler makes that a clean exit with status 0.
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: None)
    # The event loop uvicorn itself would pick: uvloop when installed (uvicorn[standard]).
    # Every socket, timer and callback of thousands of long-polls goes through it.
    factory = config.get_loop_factory() if hasattr(config, "get_loop_factory") else None
    with asyncio.Runner(loop_factory=factory) as loop_runner:
        loop_runner.run(run())
    return 0 if server.started else 1


def _listen(host: str, port: int) -> socket.socket | None:
    """A socket bound to the service's address, or None (logged) when it cannot be had."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        log.error("cannot listen on %s port %d: %s", host, port, exc.strerror or exc)
        return None
    sock.set_inheritable(True)
    return sock


def _server(config: Any, before_shutdown: Callable[[], None]) -> Any:
    """uvicorn's server, calling ``before_shutdown`` as soon as shutdown begins."""
    import uvicorn

    class Server(uvicorn.Server):
        async def shutdown(self, sockets: list[Any] | None = None) -> None:
            before_shutdown()
            await super().shutdown(sockets)

    return Server(config)
