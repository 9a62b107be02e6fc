"""``python -m icp_desktop``: the desktop app (the same as the ``icp-desktop`` command)."""

from __future__ import annotations

import gc
import sys

# Start-up allocates what the app keeps (modules, classes, Qt wrappers): the cyclic collector
# finds nothing to free there but walks it all again and again (36 collections before the
# first paint). app.main() turns it back on after the first paint.
gc.disable()

from icp_desktop.ui.app import main  # noqa: E402  (after the collector is paused)

if __name__ == "__main__":
    sys.exit(main())
