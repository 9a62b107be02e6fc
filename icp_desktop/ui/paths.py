"""Where the app keeps its files: platformdirs locations, or one root given for tests.

Nothing here writes the session token: that lives in the OS keyring only.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

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
        """The platformdirs locations (computed directly on Linux, see :func:`_linux_paths`)."""
        fast = _linux_paths()
        return fast if fast is not None else cls.from_platformdirs()

    @classmethod
    def from_platformdirs(cls) -> AppPaths:
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
        return cls(
            config=root / "config", data=root / "data", cache=root / "cache", log=root / "log"
        )

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


def _linux_paths() -> AppPaths | None:
    """platformdirs' XDG directories for this app, without importing platformdirs.

    platformdirs is not imported before the first paint (every import delays it); on Linux
    its rules are the XDG base directory ones: an absolute ``$XDG_*_HOME``, else the default
    under an absolute ``$HOME``. Anything unusual (another OS, no absolute HOME) is left to
    platformdirs itself;
    a test checks that both agree.
    """
    home = os.environ.get("HOME", "")
    if not sys.platform.startswith("linux") or not os.path.isabs(home):
        return None

    def xdg(variable: str, default: str) -> Path:
        value = os.environ.get(variable, "")
        return Path(value if os.path.isabs(value) else os.path.join(home, default)) / APP_ID

    return AppPaths(
        config=xdg("XDG_CONFIG_HOME", ".config"),
        data=xdg("XDG_DATA_HOME", ".local/share"),
        cache=xdg("XDG_CACHE_HOME", ".cache"),
        log=xdg("XDG_STATE_HOME", ".local/state") / "log",
    )
