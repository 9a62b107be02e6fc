"""Pauses between reconnection attempts: exponential, capped, and fully jittered.

A provider's service holds the long-poll of every signed-in desktop app. When it restarts, all
of them lose their connection in the same instant; had they all waited 0.5, 1, 2, 4 … seconds,
they would all come back in the same instant, again and again. With *full jitter* each pause
is drawn uniformly between zero and the exponential ceiling, so ten thousand apps spread their
attempts evenly over the ceiling instead of arriving together (the "Exponential Backoff And
Jitter" scheme of the AWS Architecture Blog, 2015).

Plain Python (no Qt), so the benchmark's crowd of simulated apps uses the same policy.
"""

from __future__ import annotations

import random

START = 0.5
CAP = 30.0


class Backoff:
    """The pauses of one connection: ``next_pause()`` after each failure, ``reset()`` after a
    success.

    Attributes:
        ceiling: the longest the next pause may be; doubles after each failure up to ``cap``.
    """

    def __init__(
        self, start: float = START, cap: float = CAP, rng: random.Random | None = None
    ) -> None:
        self.start = start
        self.cap = cap
        self.ceiling = min(start, cap)
        # Not for secrets: only spreads the attempts of many apps over time.
        self._rng = rng or random.Random()  # noqa: S311

    def next_pause(self) -> float:
        """A pause drawn uniformly from [0, ceiling]; the ceiling then doubles (up to the cap)."""
        pause = self._rng.uniform(0.0, self.ceiling)
        self.ceiling = min(self.ceiling * 2, self.cap)
        return pause

    def reset(self) -> None:
        self.ceiling = min(self.start, self.cap)
