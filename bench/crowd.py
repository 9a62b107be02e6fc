"""A crowd of simulated desktop apps, each holding its long-poll, run as its own process.

``python -m bench.crowd PLAN.json`` where the plan is::

    {"targets": [["127.0.0.1", PORT], ...], "tokens": ["...", ...],
     "first_wait": 30, "wait": 25}

App ``i`` signs in with ``tokens[i]`` and talks to ``targets[i % len(targets)]`` on a
connection of its own, as the desktop app's ``EventPoller`` does: a quick poll (``wait=0``)
after (re)connecting, then long-polls; after a lost connection it pauses as the app does
(:class:`icp_desktop.client.backoff.Backoff`, full jitter). The first long-poll waits
``first_wait`` seconds (so the service can be measured while nobody renews); the second a
random part of ``wait`` (so that renewals spread evenly, as thousands of apps started at
different times would); then ``wait``.

Commands on standard input, one per line, each answered by one JSON line on standard output:
``status`` (counters), ``mark`` (start timing reconnections from now; answers the counters),
``quit``. asyncio with uvloop and raw sockets: ten thousand idle connections cost this
process no CPU, so it does not take the service's core.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import random
import resource
import sys
import time
from collections import Counter
from typing import Any

from icp_desktop.client.backoff import Backoff


class Crowd:
    """The apps' shared counters and their tasks."""

    def __init__(self, plan: dict[str, Any]) -> None:
        self.targets = [(str(h), int(p)) for h, p in plan["targets"]]
        self.tokens: list[str] = plan["tokens"]
        self.first_wait = float(plan.get("first_wait", 30))
        self.wait = float(plan.get("wait", 25))
        self.waiting = 0  # long-polls sent and not yet answered
        self.answered = 0
        self.statuses: Counter[int] = Counter()
        self.failures = 0  # connections lost or refused
        self.bad: Counter[str] = Counter()  # answers other than 200, by status and code
        self.marked_at = 0.0
        self.back: list[float] = []  # seconds after the mark when an app was online again
        self.rng = random.Random(12)  # spreads timings, not a secret

    def status(self) -> dict[str, Any]:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        return {
            "waiting": self.waiting,
            "answered": self.answered,
            "failures": self.failures,
            "statuses": dict(self.statuses),
            "bad": dict(self.bad),
            "back": self.back,
            "apps": len(self.tokens),
            "cpu": usage.ru_utime + usage.ru_stime,
        }

    async def app(self, i: int) -> None:
        host, port = self.targets[i % len(self.targets)]
        head = (f"Host: {host}:{port}\r\nAuthorization: Bearer {self.tokens[i]}\r\n\r\n").encode()
        backoff = Backoff(rng=random.Random(i))
        reader: asyncio.StreamReader | None = None
        writer: asyncio.StreamWriter | None = None
        cursor, quick, polls = "", True, 0
        while True:
            wait = (
                0.0
                if quick
                else (
                    self.first_wait
                    if polls == 1
                    else self.rng.uniform(1, self.wait)
                    if polls == 2
                    else self.wait
                )
            )
            path = f"/v1/events?wait={wait:g}" + (f"&after={cursor}" if cursor else "")
            try:
                if writer is None:
                    reader, writer = await asyncio.open_connection(host, port)
                assert reader is not None
                writer.write(f"GET {path} HTTP/1.1\r\n".encode() + head)
                if wait:
                    self.waiting += 1
                try:
                    status, body, close = await _answer(reader)
                finally:
                    if wait:
                        self.waiting -= 1
            except (OSError, ValueError, IndexError, asyncio.IncompleteReadError):
                self.failures += 1
                if writer is not None:
                    writer.close()
                reader = writer = None
                quick = True
                await asyncio.sleep(backoff.next_pause())
                continue
            self.statuses[status] += 1
            if close:
                writer.close()
                reader = writer = None
            if status != 200:
                code = ""
                with contextlib.suppress(ValueError, AttributeError):
                    code = json.loads(body).get("code", "")
                self.bad[f"{status} {code}".strip()] += 1
                await asyncio.sleep(backoff.next_pause())
                continue
            backoff.reset()
            cursor = json.loads(body)["cursor"]
            self.answered += 1
            polls += 1
            if quick:
                quick = False
                if self.marked_at:
                    self.back.append(time.monotonic() - self.marked_at)

    async def commands(self) -> None:
        loop = asyncio.get_running_loop()
        reader = asyncio.StreamReader()
        await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
        while line := (await reader.readline()).decode().strip():
            if line == "quit":
                return
            if line == "mark":
                self.marked_at, self.back = time.monotonic(), []
            print(json.dumps(self.status()), flush=True)


async def _answer(reader: asyncio.StreamReader) -> tuple[int, bytes, bool]:
    status_line = await reader.readline()
    if not status_line:
        raise ConnectionResetError("closed before an answer")
    status = int(status_line.split()[1])
    length, close = 0, False
    while (line := await reader.readline()) not in (b"\r\n", b""):
        name, _, value = line.decode("latin-1").partition(":")
        name = name.strip().lower()
        if name == "content-length":
            length = int(value.strip())
        elif name == "connection" and value.strip().lower() == "close":
            close = True
    return status, (await reader.readexactly(length) if length else b""), close


async def main_async(plan: dict[str, Any]) -> None:
    crowd = Crowd(plan)
    apps = []
    for i in range(len(crowd.tokens)):
        apps.append(asyncio.create_task(crowd.app(i)))
        if i % 200 == 199:
            await asyncio.sleep(0.02)  # open the connections in a stream, not one burst
    await crowd.commands()
    for task in apps:
        task.cancel()


def main() -> int:
    # Every app is a connection, every connection a file.
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    with open(sys.argv[1], encoding="utf-8") as fh:
        plan = json.load(fh)
    try:
        import uvloop

        uvloop.run(main_async(plan))
    except ImportError:
        asyncio.run(main_async(plan))
    return 0


if __name__ == "__main__":
    sys.exit(main())
