"""The reconnection pauses of the desktop app: exponential, capped, fully jittered.

After a service restart every app lost its long-poll at the same instant; the jitter is what
keeps ten thousand of them from coming back in the same second.
"""

from __future__ import annotations

import random
from collections import Counter

from icp_desktop.client.backoff import CAP, START, Backoff

APPS = 10_000


def test_the_ceiling_doubles_up_to_thirty_seconds_and_each_pause_stays_below_it() -> None:
    backoff = Backoff(rng=random.Random(1))
    ceilings, pauses = [], []
    for _ in range(12):
        ceilings.append(backoff.ceiling)
        pauses.append(backoff.next_pause())
    assert ceilings[:4] == [START, 1.0, 2.0, 4.0]
    assert max(ceilings) == ceilings[-1] == CAP == 30.0
    assert all(0 <= p <= c for p, c in zip(pauses, ceilings, strict=True))
    backoff.reset()
    assert backoff.ceiling == START


def reconnect_times(outage: float, jitter: bool, seed: int = 7) -> list[float]:
    """When each of APPS apps, all cut off at t=0, gets through to a service back at
    ``outage`` seconds: every attempt before that fails and is followed by a pause."""
    rng = random.Random(seed)
    times = []
    for _ in range(APPS):
        backoff = Backoff(rng=rng)
        t = 0.0
        while t < outage:
            t += backoff.next_pause() if jitter else backoff.ceiling
            if not jitter:
                backoff.next_pause()  # only for its ceiling
        times.append(t)
    return times


def busiest_second(times: list[float]) -> int:
    return max(Counter(int(t) for t in times).values())


# The share of the crowd allowed in its busiest second, by how long the service was away: a
# restart of the service takes a few seconds; the longer the outage, the higher the apps'
# ceilings and the wider they spread.
BUSIEST_SHARE = {3.0: 0.35, 5.0: 0.30, 10.0: 0.20, 20.0: 0.12}


def test_ten_thousand_apps_do_not_come_back_in_the_same_second() -> None:
    for outage, share in BUSIEST_SHARE.items():
        jittered = reconnect_times(outage, jitter=True)
        in_step = reconnect_times(outage, jitter=False)
        assert busiest_second(in_step) == APPS  # without jitter: all of them at once
        assert busiest_second(jittered) <= APPS * share, (outage, busiest_second(jittered))
        # ... and still every app is back within a cap's length of the service.
        assert outage <= min(jittered) and max(jittered) <= outage + CAP
