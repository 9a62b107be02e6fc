"""The app's own small files (drafts, event cursors, read notifications, reminders shown, the
local service's state), written so that a crash or a power cut never leaves half of one.

Callers run these on a worker thread; nothing here touches Qt.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import Any


def atomic_write(path: Path, data: str | bytes) -> None:
    """Write ``data`` to ``path`` so a reader (or the next start after a crash) finds either
    the old file or the new one, whole: a temporary file beside it, flushed to disk, renamed
    over it, and the rename itself flushed (else a power cut could lose the new name)."""
    import tempfile  # only when a file is written, off the GUI thread

    payload = data.encode("utf-8") if isinstance(data, str) else data
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _sync_directory(path.parent)


def _sync_directory(directory: Path) -> None:
    if not hasattr(os, "O_DIRECTORY"):  # not on Windows, where the rename is durable anyway
        return
    try:
        fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def read_json(path: Path) -> Any:
    """The JSON in ``path``, or None when it is missing or unreadable."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
