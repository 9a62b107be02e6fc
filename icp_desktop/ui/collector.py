"""When Python's cyclic garbage collector runs in the desktop app: the one place that says so.

Start-up allocates what the app keeps for its whole life (modules, classes, Qt wrappers). The
cyclic collector can free none of it, yet it walks all of it at every full collection, and
it would run dozens of times before the sign-in window is painted. So it is paused from the
first line of ``python -m icp_desktop`` until the first paint, and what exists then is frozen
out of its sight. The licenses table does the same after each page of rows arrives: its rows
hold no reference cycles (reference counting frees them when a new query replaces them), and
a full collection over hundreds of thousands of them would stall whichever thread happened to
allocate at that moment, the GUI thread included.
"""

from __future__ import annotations

import gc


def pause() -> None:
    """No cyclic collection until :func:`resume` (start-up, before the first paint)."""
    gc.disable()


def resume() -> None:
    """After the first paint: keep what start-up made out of sight, collect again."""
    gc.freeze()
    gc.enable()


def freeze_what_exists() -> None:
    """Move every object alive now out of the collector's sight (a constant-time splice)."""
    gc.freeze()
