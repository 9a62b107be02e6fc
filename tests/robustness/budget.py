"""How hard the robustness proofs push: a quick budget for ``make test``, a long one for
``make soak`` (``ICP_SOAK=1``), and the figures each proof reports.

Every proof calls ``record(suite, **figures)``; with ``ICP_ROBUSTNESS_FIGURES`` set (the soak
runner sets it) the figures are appended to that file as JSON lines, so the runner can print
what was run and what was found.
"""

from __future__ import annotations

import json
import os
import threading
from typing import Any

_LOCK = threading.Lock()


def soaking() -> bool:
    return os.environ.get("ICP_SOAK", "") == "1"


def budget(fast: int, soak: int) -> int:
    """``fast`` in ``make test``, ``soak`` in ``make soak`` (scaled by ``ICP_SOAK_SCALE``)."""
    if not soaking():
        return fast
    scale = float(os.environ.get("ICP_SOAK_SCALE", "1") or 1)
    return max(fast, int(soak * scale))


def record(suite: str, **figures: Any) -> None:
    """Report figures of one proof (cases run, failures found, …)."""
    path = os.environ.get("ICP_ROBUSTNESS_FIGURES")
    if not path:
        return
    line = json.dumps({"suite": suite, **figures}, ensure_ascii=False, default=str)
    with _LOCK, open(path, "a", encoding="utf-8") as out:
        out.write(line + "\n")
