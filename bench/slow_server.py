"""A deliberately slow loopback HTTP server: every answer comes after ``--delay`` seconds.

``python -m bench.slow_server --port P --delay 3`` prints ``listening`` once it accepts
connections. ``GET /v1/websites`` answers with a page of made-up websites; anything else with
``{}``. Each request has its own thread, so several slow answers overlap as on a slow service.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from bench.fake_pages import page


def make_handler(delay: float) -> type[BaseHTTPRequestHandler]:
    class SlowHandler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            time.sleep(delay)
            if self.path.startswith("/v1/websites"):
                body = json.dumps(page(0, 500, 500)).encode()
            else:
                body = b"{}"
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = do_PATCH = _answer

        def log_message(self, format: str, *args: object) -> None:
            pass

    return SlowHandler


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--delay", type=float, default=3.0)
    args = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", args.port), make_handler(args.delay))
    server.daemon_threads = True
    print("listening", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
