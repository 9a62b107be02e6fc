"""``python -m icp_desktop``: the desktop app (the same as the ``icp-desktop`` command)."""

from __future__ import annotations

import sys

from icp_desktop.ui.app import main

if __name__ == "__main__":
    sys.exit(main())
