"""Write the next migration from the models (``make migration MSG="what changed"``).

Migrates an empty temporary SQLite database to the current head, then autogenerates a
revision for whatever the models add beyond it, numbered after the last one
(``0002_…``, ``0003_…``). With no difference, nothing is written.
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory

import icp_desktop.server.models  # noqa: F401  (registers every table)
from icp_desktop.server.migrations import MIGRATIONS_DIR, alembic_config, upgrade_to_head


def main(argv: list[str] | None = None) -> int:
    message = " ".join(argv if argv is not None else sys.argv[1:]).strip()
    if not message:
        print("usage: make migration MSG='what the models changed'", file=sys.stderr)
        return 2
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    rev_id = f"{int(head or 0) + 1:04d}"
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'empty.sqlite3'}"
        upgrade_to_head(url)
        config = alembic_config(url)
        script = command.revision(config, message=message, autogenerate=True, rev_id=rev_id)
    if script is None or isinstance(script, list):
        print("no migration written", file=sys.stderr)
        return 1
    target = Path(script.path)
    text = target.read_text(encoding="utf-8")
    if "op." not in text.split("def upgrade", 1)[1].split("def downgrade", 1)[0]:
        target.unlink()
        print("the models match the migrations: nothing to write")
        return 0
    # No creation date: the file depends on the models alone.
    target.write_text(re.sub(r"^Create Date: .*\n", "", text, flags=re.MULTILINE), encoding="utf-8")
    print(f"wrote {target.relative_to(MIGRATIONS_DIR.parent.parent.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
