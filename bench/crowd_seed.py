"""Accounts and signed-in sessions for a crowd of simulated desktop apps, by bulk SQL.

``python -m bench.crowd_seed DATA_DIR COUNT OUT.json [--database-url URL]`` adds ``COUNT``
filers ``crowd-00000`` … (no websites: no event ever concerns them, so their long-polls stay
idle) with one live session token each, and writes the tokens to ``OUT.json``. Signing in ten
thousand times through the API would cost ten thousand argon2 hashes; the tokens are made as
the service makes them (random, stored as their SHA-256) instead.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

from bench.common import REPO, say

PREFIX = "crowd-"


def seed_crowd(data_dir: Path, database_url: str | None, count: int) -> list[str]:
    """Run in a child process (the benchmark's own stays free of SQLAlchemy); the tokens."""
    out = data_dir / "crowd-tokens.json"
    cmd = [sys.executable, "-m", "bench.crowd_seed", str(data_dir), str(count), str(out)]
    if database_url:
        cmd += ["--database-url", database_url]
    done = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=600, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"crowd seeding failed:\n{done.stdout}\n{done.stderr}")
    say(done.stderr.strip())
    tokens: list[str] = json.loads(out.read_text())
    return tokens


def seed(data_dir: Path, database_url: str | None, count: int) -> list[str]:
    from sqlalchemy import create_engine, func, insert, select

    from icp_desktop.server import security
    from icp_desktop.server.models.accounts import Account, SessionToken
    from icp_desktop.server.models.base import utcnow
    from icp_desktop.server.settings import to_sync_url

    started = time.monotonic()
    url = to_sync_url(database_url or f"sqlite:///{data_dir / 'filing.sqlite3'}")
    engine = create_engine(url)
    now = utcnow()
    tokens = [security.new_token() for _ in range(count)]
    with engine.begin() as conn:
        first = int(conn.scalar(select(func.coalesce(func.max(Account.id), 0))) or 0) + 1
        # Never used to sign in: any string does for the hash.
        accounts: list[dict[str, Any]] = [
            dict(
                id=first + i,
                username=f"{PREFIX}{i:05d}",
                role="filer",
                password_hash="-",
                display_name=f"{PREFIX}{i:05d}",
                email=None,
                phone=None,
                disabled=False,
                created_at=now,
            )
            for i in range(count)
        ]
        sessions = [
            dict(
                account_id=first + i,
                token_hash=security.token_hash(token),
                created_at=now,
                expires_at=now + timedelta(days=1),
            )
            for i, token in enumerate(tokens)
        ]
        for rows, table in ((accounts, Account.__table__), (sessions, SessionToken.__table__)):
            for start in range(0, len(rows), 5000):
                conn.execute(insert(table), rows[start : start + 5000])
        if database_url:
            conn.exec_driver_sql(
                "SELECT setval(pg_get_serial_sequence('accounts', 'id'), "
                "(SELECT max(id) FROM accounts))"
            )
    engine.dispose()
    say(
        f"seeded {count:,} crowd accounts with a session each in {time.monotonic() - started:.1f} s"
    )
    return tokens


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("count", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args()
    tokens = seed(args.data_dir, args.database_url, args.count)
    args.out.write_text(json.dumps(tokens))
    return 0


if __name__ == "__main__":
    sys.exit(main())
