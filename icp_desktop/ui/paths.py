"""Where the app keeps its files: platformdirs locations, or one root given for tests.

Nothing here writes the session token: that lives in the OS keyring only.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from icp_desktop import APP_ID

RESOURCES_DIR = Path(__file__).resolve().parents[2] / "resources"


class AppPaths:
    """The app's directories.

    Attributes:
        config: settings (QSettings file, window state).
        data: durable data (the embedded service's database, event cursors, drafts).
        cache: throwaway data.
        log: rotating log files.
    """

    def __init__(self, *, config: Path, data: Path, cache: Path, log: Path) -> None:
        self.config, self.data, self.cache, self.log = config, data, cache, log

    def __repr__(self) -> str:
        return f"AppPaths(config={self.config}, data={self.data}, log={self.log})"

    @classmethod
    def default(cls) -> AppPaths:
        import platformdirs

        dirs = platformdirs.PlatformDirs(APP_ID, appauthor=False)
        return cls(
            config=Path(dirs.user_config_dir),
            data=Path(dirs.user_data_dir),
            cache=Path(dirs.user_cache_dir),
            log=Path(dirs.user_log_dir),
        )

    @classmethod
    def under(cls, root: Path) -> AppPaths:
        """Every directory below ``root`` (``--data-dir``, tests)."""
        root = Path(root)
        return cls(config=root / "config", data=root / "data", cache=root / "cache",
                   log=root / "log")

    def ensure(self) -> AppPaths:
        for path in (self.config, self.data, self.cache, self.log):
            path.mkdir(parents=True, exist_ok=True)
        return self

    @property
    def service_dir(self) -> Path:
        """The embedded service's data directory (SQLite database, lock and state files)."""
        return self.data / "service"

    @property
    def settings_file(self) -> Path:
        return self.config / "icp-desktop.ini"


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so a crash leaves either the old or the new file, whole."""
    import tempfile
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read_json(path: Path) -> Any:
    """The JSON in ``path``, or None when it is missing or unreadable."""
    import json
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
