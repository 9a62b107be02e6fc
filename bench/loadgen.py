"""A keep-alive HTTP/1.1 load generator on asyncio, run as its own process.

``python -m bench.loadgen PLAN.json RESULT.json`` where the plan is::

    {"url": "http://127.0.0.1:PORT", "duration": 20,
     "connections": [[{"method": "POST", "path": "/v1/…", "headers": {…}, "body": {…}}, …], …]}

Each connection sends its own list of requests one after another on one socket (with
``"loop": true``, over and over until the duration is up). The result
has the number of requests done, the elapsed seconds, each latency (ms), the status codes and,
per request, the ``id`` of a JSON answer (for the next phase's plan).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import sys
import time
from typing import Any
from urllib.parse import urlsplit


async def _connection(
    host: str,
    port: int,
    requests: list[dict[str, Any]],
    deadline: float,
    out: list[dict[str, Any]],
    loop: bool = False,
) -> None:
    reader: asyncio.StreamReader | None = None
    writer: asyncio.StreamWriter | None = None
    for req in itertools.cycle(requests) if loop else requests:
        if time.perf_counter() > deadline:
            break
        body = json.dumps(req["body"]).encode() if req.get("body") is not None else b""
        head = [
            f"{req['method']} {req['path']} HTTP/1.1",
            f"Host: {host}:{port}",
            f"Content-Length: {len(body)}",
        ]
        if body:
            head.append("Content-Type: application/json")
        head += [f"{k}: {v}" for k, v in (req.get("headers") or {}).items()]
        start = time.perf_counter()
        status, data, close = 0, b"", True
        # A kept-alive connection the server closed meanwhile (e.g. after a 500) fails
        # before any answer: send once more on a new connection, as HTTP clients do.
        for attempt in (1, 2):
            reused = writer is not None
            try:
                if writer is None:
                    reader, writer = await asyncio.open_connection(host, port)
                assert reader is not None
                writer.write(("\r\n".join(head) + "\r\n\r\n").encode() + body)
                await writer.drain()
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
                data = await reader.readexactly(length) if length else b""
                break
            except (OSError, ValueError, IndexError, asyncio.IncompleteReadError):
                close = True
                if writer is not None:
                    writer.close()
                reader = writer = None
                if status or not reused or attempt == 2:
                    break
        elapsed = (time.perf_counter() - start) * 1000
        ident = None
        if data[:1] == b"{":
            with contextlib.suppress(ValueError):
                ident = json.loads(data).get("id")
        out.append(
            {
                "status": status,
                "ms": elapsed,
                "id": ident,
                "tag": req.get("tag"),
                "body": data[:300].decode("utf-8", "replace") if status >= 400 else None,
            }
        )
        if close and writer is not None:
            writer.close()
            reader = writer = None
    if writer is not None:
        writer.close()


async def run(plan: dict[str, Any]) -> dict[str, Any]:
    parts = urlsplit(plan["url"])
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    start = time.perf_counter()
    deadline = start + float(plan.get("duration", 30))
    outs: list[list[dict[str, Any]]] = [[] for _ in plan["connections"]]
    loop = bool(plan.get("loop"))
    await asyncio.gather(
        *(
            _connection(host, port, reqs, deadline, out, loop)
            for reqs, out in zip(plan["connections"], outs, strict=True)
        )
    )
    elapsed = time.perf_counter() - start
    done = [r for out in outs for r in out]
    return {"elapsed": elapsed, "done": len(done), "responses": done}


def main() -> int:
    with open(sys.argv[1], encoding="utf-8") as fh:
        plan = json.load(fh)
    result = asyncio.run(run(plan))
    with open(sys.argv[2], "w", encoding="utf-8") as fh:
        json.dump(result, fh)
    return 0


if __name__ == "__main__":
    sys.exit(main())
