"""The bundled program's entry point: the desktop app, or the filing service it starts.

A frozen application has no Python interpreter to run ``-m icp_desktop.server`` with, so the
app's embedded-service launcher (``sys.executable -m icp_desktop.server --demo ...``) runs this
same executable; those two leading arguments select the service's command line here.
"""

from __future__ import annotations

import gc
import sys

SERVICE = ["-m", "icp_desktop.server"]


def main(argv: list[str]) -> int:
    if argv[:2] == SERVICE:
        from icp_desktop.server.cli import main as service_main

        sys.argv = [f"{sys.argv[0]} {' '.join(SERVICE)}", *argv[2:]]
        return service_main(argv[2:])
    # As ``python -m icp_desktop`` does: no cyclic collection until the first paint.
    gc.disable()
    from icp_desktop.ui.app import main as app_main

    return app_main(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
