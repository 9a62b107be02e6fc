"""ICP Desktop: the ICP filing Change Access workflow (变更接入), desktop app and filing service."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("icp-desktop")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

APP_NAME = "ICP Desktop"
APP_ID = "icp-desktop"
