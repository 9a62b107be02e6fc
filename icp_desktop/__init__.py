"""ICP Desktop: the ICP filing Change Access workflow (变更接入), desktop app and filing service."""

from typing import Any

APP_NAME = "ICP Desktop"
APP_ID = "icp-desktop"


def __getattr__(name: str) -> Any:
    # importlib.metadata scans the installed distributions: read the version only when asked
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("icp-desktop")
        except PackageNotFoundError:  # running from a source tree that was never installed
            return "0.0.0"
    raise AttributeError(name)
