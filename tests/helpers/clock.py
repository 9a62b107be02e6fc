"""The moment every test runs at: the service, its seed data and the app read it as "now".

The suite pins the clock so that no test depends on the day it runs. ``ICP_TEST_NOW`` moves
the pinned moment (``scripts/run-tests.sh`` runs the date-sensitive tests again at several
moments: the last minute of a year, a year the calendar package covers only through the
operator's data, and a year nobody has data for). The pinned clock starts at that moment and
then runs, so the simulator's delays and token lifetimes still elapse.
"""

from __future__ import annotations

import os
from datetime import datetime

from icp_desktop.domain.calendar import CHINA_TZ
from icp_desktop.domain.clock import parse_moment

# A Wednesday mid-morning in Beijing, in a year the calendar package covers.
DEFAULT_TEST_NOW = "2026-11-25T10:00:00+08:00"


def pinned_spec() -> str:
    """The clock spec (``ICP_NOW``) the tests run under."""
    return os.environ.get("ICP_TEST_NOW") or DEFAULT_TEST_NOW


def pinned_moment() -> datetime:
    """Where the pinned clock starts, as an aware UTC datetime."""
    return parse_moment(pinned_spec())


def pinned_beijing() -> datetime:
    """Where the pinned clock starts, in Beijing time."""
    return pinned_moment().astimezone(CHINA_TZ)
