"""Seeded demo databases made once per test process, copied for each demo server a test starts.

``python -m icp_desktop.server --demo`` migrates and seeds its database before it serves; the
seeding is most of a start's work. A test that starts a demo server on a fresh database gets a
copy of a database that the real commands (``migrate``, then ``seed-demo``) produced under the
same environment — the same pinned clock, so the same data — and the server's own seeding then
finds the demo data in place and adds nothing, as it does on every restart.

SQLite: the database file is copied. PostgreSQL: the fresh, empty database is dropped and made
again from a template database (``CREATE DATABASE … TEMPLATE …``).

The proofs that ``--demo`` seeds a fresh database itself start their servers with
``template=False`` (``tests/server/test_live_server.py``); ``tests/server/test_cli.py`` runs
``seed-demo`` itself.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
import threading
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from tests.helpers import zygote

SQLITE_FILE = "filing.sqlite3"  # Settings.sqlite_path in a data directory

_lock = threading.Lock()
_sqlite_templates: dict[tuple[tuple[str, str], ...], Path] = {}
_postgres_templates: dict[tuple[str, tuple[tuple[str, str], ...]], str] = {}
_root: Path | None = None
_migrated_sqlite: Path | None = None


def _key(env: dict[str, str]) -> tuple[tuple[str, str], ...]:
    """What the seeded data may depend on: the service's settings from the environment (the
    pinned clock among them), but not where the database is."""
    return tuple(
        sorted((k, v) for k, v in env.items() if k.startswith("ICP_") and k != "ICP_DATABASE_URL")
    )


def _seed(env: dict[str, str], where: list[str]) -> None:
    # Seeded with the clock stopped at the pinned moment: a server started on a copy begins at
    # that moment and runs on from it, so nothing it serves was made later than its "now" (a
    # running clock would stamp the data up to a second past where the copy's server starts).
    moment = env.get("ICP_NOW", "")
    if moment and not moment.startswith("fixed:"):
        env = {**env, "ICP_NOW": f"fixed:{moment}"}
    for command in ("migrate", "seed-demo"):
        args = [command, *where]
        if zygote.enabled():
            output = _templates_root() / f"{command}.out"
            code = zygote.spawn_service(args, env, Path.cwd(), output).wait(120)
            said = output.read_text(errors="replace")[-4000:] if code else ""
        else:
            done = zygote.run_command(args, env)
            code, said = done.returncode, done.stdout + done.stderr
        if code != 0:
            raise RuntimeError(f"{command} failed ({code}):\n{said}")


def _templates_root() -> Path:
    global _root
    if _root is None:
        _root = Path(tempfile.mkdtemp(prefix="icp-seeded-"))
        atexit.register(shutil.rmtree, _root, True)
    return _root


def copy_sqlite(data_dir: Path, env: dict[str, str]) -> bool:
    """Put a seeded demo database into ``data_dir`` unless it has one; True when copied."""
    target = data_dir / SQLITE_FILE
    if target.exists():
        return False
    key = _key(env)
    with _lock:
        template = _sqlite_templates.get(key)
        if template is None:
            where = _templates_root() / f"sqlite-{len(_sqlite_templates)}"
            _seed(env, ["--data-dir", str(where)])
            template = _sqlite_templates[key] = where / SQLITE_FILE
    data_dir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, target)
    return True


def copy_migrated_sqlite(database_url: str) -> bool:
    """Put an empty database migrated to head at the SQLite ``database_url`` unless one is
    there; True when copied. Migrating a fresh database runs every revision; the copy is made
    once per process (the schema depends on nothing but the revisions)."""
    from icp_desktop.server import migrations

    target = migrations.sqlite_path(database_url)
    if target is None or target.exists():
        return False
    global _migrated_sqlite
    with _lock:
        if _migrated_sqlite is None:
            where = _templates_root() / "migrated" / SQLITE_FILE
            migrations.upgrade_to_head(f"sqlite:///{where}")
            _migrated_sqlite = where
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(_migrated_sqlite, target)
    return True


def _with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


def fill_postgres(database_url: str, env: dict[str, str]) -> bool:
    """Make the empty PostgreSQL database at ``database_url`` a copy of a seeded demo database;
    True when done, False when the database already holds tables (it is left as it is)."""
    import psycopg

    name = urlsplit(database_url).path.lstrip("/")
    with psycopg.connect(database_url, autocommit=True) as conn:
        row = conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()
    if row is None or row[0] != 0:
        return False
    admin_url = _with_database(database_url, "postgres")
    server = _with_database(database_url, "")
    key = (server, _key(env))
    with _lock:
        template = _postgres_templates.get(key)
        if template is None:
            template = f"seeded_template_{len(_postgres_templates)}"
            with psycopg.connect(admin_url, autocommit=True) as conn:
                conn.execute(f'CREATE DATABASE "{template}"')
            where = _templates_root() / template  # its log goes there
            _seed(
                {**env, "ICP_DATABASE_URL": _with_database(database_url, template)},
                ["--data-dir", str(where)],
            )
            _postgres_templates[key] = template
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE "{name}"')
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return True
