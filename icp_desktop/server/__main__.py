"""``python -m icp_desktop.server``: the filing service's command line."""

import sys

from icp_desktop.server.cli import main

sys.exit(main())
