"""Fast seeding of a benchmark database: 100,000 websites in seconds, by bulk SQL.

The schema comes from the service's own migrations (``python -m icp_desktop.server migrate``);
rows go in through SQLAlchemy Core ``insert`` of the service's own tables, many per statement.

Accounts (password ``bench-pass`` for all: one argon2 hash, computed once):

* ``bench`` — a filer with ``sizes.websites`` websites (five per subject), one IP each.
* ``bench-f00`` … ``bench-f31`` — filers with ``sizes.changes_per_filer`` websites each and
  service resources with free addresses, so each website can take a valid Change Access.
* ``bench-reviewer`` — a reviewer.
"""

from __future__ import annotations

import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from bench.common import REPO, Sizes, say

BIG_FILER = "bench"
REVIEWER = "bench-reviewer"
LOAD_FILERS = 32
PASSWORD = "bench-pass"
BATCH = 5000

_BRANDS = [
    ("云栈", "yunzhan"),
    ("青禾", "qinghe"),
    ("星河", "xinghe"),
    ("北辰", "beichen"),
    ("蓝海", "lanhai"),
    ("锦程", "jincheng"),
    ("华章", "huazhang"),
    ("松果", "songguo"),
]
_KINDS = ["官网", "商城", "博客", "文档", "社区", "招聘", "客服", "教育"]
_PROVINCES = ["京", "沪", "浙", "粤", "苏"]


def seed_elsewhere(data_dir: Path, database_url: str | None, sizes: Sizes) -> SeededDatabase:
    """``seed`` in a child process, so the benchmark's own process stays as lean as the app's
    (no SQLAlchemy, no seeding garbage for the collector to walk)."""
    cmd = [
        sys.executable,
        "-m",
        "bench.seeding",
        str(data_dir),
        "--websites",
        str(sizes.websites),
        "--changes-per-filer",
        str(sizes.changes_per_filer),
    ]
    if database_url:
        cmd += ["--database-url", database_url]
    done = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=600, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"seeding failed:\n{done.stdout}\n{done.stderr}")
    say(done.stderr.strip())
    return SeededDatabase(data_dir, database_url, sizes.websites, sizes.changes_per_filer)


def load_filer(j: int) -> str:
    return f"bench-f{j:02d}"


@dataclass
class SeededDatabase:
    """A migrated and seeded database: where it lives and what is in it."""

    data_dir: Path
    database_url: str | None  # None: the SQLite file in data_dir
    websites: int
    changes_per_filer: int

    @property
    def kind(self) -> str:
        return "postgresql" if self.database_url else "sqlite"

    def sync_url(self) -> str:
        from icp_desktop.server.settings import to_sync_url

        return to_sync_url(self.database_url or f"sqlite:///{self.data_dir / 'filing.sqlite3'}")


def migrate(data_dir: Path, database_url: str | None) -> None:
    cmd = [sys.executable, "-m", "icp_desktop.server", "migrate", "--data-dir", str(data_dir)]
    if database_url:
        cmd += ["--database-url", database_url]
    done = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=180, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"migrate failed:\n{done.stdout}\n{done.stderr}")


def _insert(conn: Any, table: Any, rows: list[dict[str, Any]]) -> None:
    from sqlalchemy import insert

    for start in range(0, len(rows), BATCH):
        conn.execute(insert(table), rows[start : start + BATCH])


def seed(data_dir: Path, database_url: str | None, sizes: Sizes) -> SeededDatabase:
    """Migrate and fill a fresh database; returns what was made."""
    # The service's models and SQLAlchemy are imported here only: see ``seed_elsewhere``.
    from sqlalchemy import create_engine, func, select, text

    from icp_desktop.server.models.accounts import Account
    from icp_desktop.server.models.base import utcnow
    from icp_desktop.server.models.catalog import (
        ResourceIP,
        ServiceResource,
        Subject,
        Website,
        WebsiteIP,
    )
    from icp_desktop.server.security import hash_password

    started = time.monotonic()
    data_dir.mkdir(parents=True, exist_ok=True)
    migrate(data_dir, database_url)
    db = SeededDatabase(data_dir, database_url, sizes.websites, sizes.changes_per_filer)
    engine = create_engine(db.sync_url())
    now = utcnow()
    with engine.begin() as conn:

        def next_id(model: Any) -> int:
            return int(conn.scalar(select(func.coalesce(func.max(model.id), 0))) or 0) + 1

        account_id = next_id(Account)
        accounts = [(BIG_FILER, "filer"), (REVIEWER, "reviewer")] + [
            (load_filer(j), "filer") for j in range(LOAD_FILERS)
        ]
        ids: dict[str, int] = {}
        rows = []
        password_hash = hash_password(PASSWORD)
        for offset, (username, role) in enumerate(accounts):
            ids[username] = account_id + offset
            rows.append(
                dict(
                    id=ids[username],
                    username=username,
                    role=role,
                    password_hash=password_hash,
                    display_name=username,
                    email=f"{username}@example.com",
                    phone=None,
                    disabled=False,
                    created_at=now,
                )
            )
        _insert(conn, Account.__table__, rows)

        subject_id, website_id, resource_id, resource_ip_id = (
            next_id(Subject),
            next_id(Website),
            next_id(ServiceResource),
            next_id(ResourceIP),
        )
        subjects: list[dict[str, Any]] = []
        websites: list[dict[str, Any]] = []
        website_ips: list[dict[str, Any]] = []

        def add_website(
            owner: int, subject: int, license_no: str, seq: int, name: str, domain: str, ip: str
        ) -> None:
            nonlocal website_id
            websites.append(
                dict(
                    id=website_id,
                    subject_id=subject,
                    owner_id=owner,
                    seq=seq,
                    license_number=f"{license_no}-{seq}",
                    name=name,
                    domain=domain,
                    service_content=name[-2:],
                    version=1,
                    updated_at=now,
                    open_change_id=None,
                    open_change_status=None,
                )
            )
            website_ips.append(dict(website_id=website_id, address=ip, position=0))
            website_id += 1

        # the big filer: five websites per subject
        for i in range(sizes.websites):
            if i % 5 == 0:
                license_no = f"{_PROVINCES[(i // 5) % 5]}ICP备{30000000 + i // 5:08d}号"
                brand = _BRANDS[(i // 5) % len(_BRANDS)]
                subjects.append(
                    dict(
                        id=subject_id,
                        owner_id=ids[BIG_FILER],
                        name=f"{brand[0]}科技{i // 5}有限公司",
                        license_number=license_no,
                        subject_type="企业",
                        province="北京",
                    )
                )
                subject_id += 1
            brand = _BRANDS[(i // 5) % len(_BRANDS)]
            kind = _KINDS[i % len(_KINDS)]
            add_website(
                ids[BIG_FILER],
                subject_id - 1,
                license_no,
                i % 5 + 1,
                f"{brand[0]}{kind}{i}",
                f"{brand[1]}-{i}.cn",
                f"47.{100 + (i >> 16)}.{(i >> 8) & 255}.{(i & 255) or 1}",
            )

        # the load filers: one subject each, four websites per resource of eight addresses
        resources: list[dict[str, Any]] = []
        resource_ips: list[dict[str, Any]] = []
        for j in range(LOAD_FILERS):
            owner = ids[load_filer(j)]
            license_no = f"测ICP备{90000000 + j:08d}号"
            subjects.append(
                dict(
                    id=subject_id,
                    owner_id=owner,
                    name=f"压测公司{j}",
                    license_number=license_no,
                    subject_type="企业",
                    province="北京",
                )
            )
            subject_id += 1
            for r in range((sizes.changes_per_filer + 3) // 4):
                resources.append(
                    dict(
                        id=resource_id,
                        owner_id=owner,
                        instance_id=f"i-bench-{j}-{r}",
                        instance_name=f"bench-{j}-{r}",
                        region="cn-beijing",
                        region_name="华北2（北京）",
                        region_is_mainland=True,
                        billing_type="subscription",
                        expires_at=now + timedelta(days=365),
                    )
                )
                for k in range(1, 9):
                    resource_ips.append(
                        dict(
                            id=resource_ip_id,
                            resource_id=resource_id,
                            address=f"39.{100 + j}.{r}.{k}",
                            version=4,
                        )
                    )
                    resource_ip_id += 1
                resource_id += 1
            for w in range(sizes.changes_per_filer):
                add_website(
                    owner,
                    subject_id - 1,
                    license_no,
                    w + 1,
                    f"压测网站{j}-{w}",
                    f"load-{j}-{w}.cn",
                    f"39.{100 + j}.{w // 4}.{w % 4 + 1}",
                )

        _insert(conn, Subject.__table__, subjects)
        _insert(conn, Website.__table__, websites)
        _insert(conn, WebsiteIP.__table__, website_ips)
        _insert(conn, ServiceResource.__table__, resources)
        _insert(conn, ResourceIP.__table__, resource_ips)
        if database_url:  # explicit ids do not move PostgreSQL's sequences: move them
            for model in (Account, Subject, Website, ServiceResource, ResourceIP):
                table = model.__tablename__
                conn.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                        f"(SELECT max(id) FROM {table}))"
                    )
                )
    if not database_url:
        with engine.connect() as conn:
            conn.execute(text("ANALYZE"))
    else:
        # VACUUM as autovacuum soon would on a live database: it sets the visibility map,
        # which lets counts use index-only scans.
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))
    engine.dispose()
    say(
        f"seeded {db.kind}: {sizes.websites:,} websites for '{BIG_FILER}', "
        f"{LOAD_FILERS}×{sizes.changes_per_filer} for the load filers "
        f"in {time.monotonic() - started:.1f} s"
    )
    return db


def main() -> int:
    import argparse
    from dataclasses import replace

    parser = argparse.ArgumentParser(description="Seed a benchmark database.")
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--database-url", default=None)
    parser.add_argument("--websites", type=int, required=True)
    parser.add_argument("--changes-per-filer", type=int, required=True)
    args = parser.parse_args()
    sizes = replace(Sizes(), websites=args.websites, changes_per_filer=args.changes_per_filer)
    seed(args.data_dir, args.database_url, sizes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
