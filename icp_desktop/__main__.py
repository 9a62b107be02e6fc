"""``python -m icp_desktop``: the desktop app (the same as the ``icp-desktop`` command)."""

from __future__ import annotations

import sys

from icp_desktop.ui import collector

# Paused before the app's own imports, which allocate what it keeps (see ui/collector.py);
# app.main() turns it back on after the first paint.
collector.pause()

from icp_desktop.ui.app import main  # noqa: E402  (after the collector is paused)

if __name__ == "__main__":
    sys.exit(main())
