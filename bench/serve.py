"""The product's service app plus a hello-world endpoint, served like the product serves it.

``python -m bench.serve --port P --data-dir D [--database-url URL]``: ``create_app`` builds the
real app; this process alone adds ``GET /bench/hello`` (a bare ``async def``), the throughput
baseline on the same server. uvicorn runs as ``icp-filing-server serve`` runs it: one worker, no
access log.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args()

    import uvicorn

    from icp_desktop.server.app import create_app
    from icp_desktop.server.runner import setup_logging
    from icp_desktop.server.settings import Settings

    settings = Settings(
        data_dir=args.data_dir,
        database_url=args.database_url,
        port=args.port,
        admin_simulator="off",
        log_level="WARNING",
    )
    setup_logging(settings)
    app = create_app(settings)

    @app.get("/bench/hello", include_in_schema=False)
    async def hello() -> dict[str, str]:
        return {"hello": "world"}

    uvicorn.run(
        app,
        host="127.0.0.1",
        port=args.port,
        access_log=False,
        log_config=None,
        lifespan="on",
        server_header=False,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
