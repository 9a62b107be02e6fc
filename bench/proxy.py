"""A counting TCP proxy on loopback: relays bytes and prints one line per HTTP request seen.

``python -m bench.proxy --port P --target-port T`` prints ``listening``, then
``REQ <monotonic seconds> <METHOD> <path>`` for every request line a client sends (keep-alive
connections included), so a benchmark can count an app's requests without touching the app or
the service.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import re
import sys
import time

REQUEST_LINE = re.compile(
    rb"(?:^|\r\n)(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) (\S+) HTTP/1\.[01]\r\n"
)


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, count: bool) -> None:
    try:
        while data := await reader.read(65536):
            if count:
                for match in REQUEST_LINE.finditer(data):
                    method, path = match.group(1).decode(), match.group(2).decode("latin-1")
                    print(f"REQ {time.monotonic():.3f} {method} {path}", flush=True)
            writer.write(data)
            await writer.drain()
    except (ConnectionError, asyncio.CancelledError):
        pass
    finally:
        writer.close()


async def serve(port: int, target_port: int) -> None:
    async def handle(client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        try:
            server_r, server_w = await asyncio.open_connection("127.0.0.1", target_port)
        except OSError:
            client_w.close()
            return
        await asyncio.gather(_pipe(client_r, server_w, True), _pipe(server_r, client_w, False))

    server = await asyncio.start_server(handle, "127.0.0.1", port)
    print("listening", flush=True)
    async with server:
        await server.serve_forever()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--target-port", type=int, required=True)
    args = parser.parse_args()
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(args.port, args.target_port))
    return 0


if __name__ == "__main__":
    sys.exit(main())
