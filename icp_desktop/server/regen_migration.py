"""Write ``migrations/versions/0001_initial.py`` from the models (``make regen-migration``).

Autogenerates the single initial migration against an empty temporary SQLite database, so the
file always describes every table of :mod:`icp_desktop.server.models`.
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

from alembic import command

import icp_desktop.server.models  # noqa: F401  (registers every table)
from icp_desktop.server.migrations import MIGRATIONS_DIR, alembic_config

TARGET = MIGRATIONS_DIR / "versions" / "0001_initial.py"


def main() -> int:
    TARGET.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'empty.sqlite3'}"
        config = alembic_config(url)
        command.revision(config, message="initial", autogenerate=True, rev_id="0001")
    if not TARGET.exists():
        print(f"expected {TARGET} to be written", file=sys.stderr)
        return 1
    # No creation date: regenerating from unchanged models must leave the file unchanged.
    text = TARGET.read_text(encoding="utf-8")
    TARGET.write_text(re.sub(r"^Create Date: .*\n", "", text, flags=re.MULTILINE),
                      encoding="utf-8")
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
