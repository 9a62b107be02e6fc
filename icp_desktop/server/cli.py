"""Command line of the filing service (``python -m icp_desktop.server`` / ``icp-filing-server``).

::

    icp-filing-server serve [--host H] [--port P] [--data-dir D] [--database-url URL]
    icp-filing-server migrate [--data-dir D] [--database-url URL]
    icp-filing-server create-user USERNAME --role filer|reviewer|operator [--password-stdin]
    icp-filing-server seed-demo
    icp-filing-server --demo --port P --data-dir D [--host H]
        [--admin-simulator off|approve|reject|random] [--admin-delay SECONDS] [--now MOMENT]
        [--admin-sms auto|filer] [--sms-window-hours HOURS]
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from icp_desktop import __version__
from icp_desktop.domain.status import Role
from icp_desktop.server.settings import Settings

log = logging.getLogger("icp_desktop.server")

DEMO_ADMIN_SIMULATOR = "random"
DEMO_ADMIN_DELAY = 5.0
DEMO_ADMIN_SMS = "filer"  # the demo's simulator waits for the filer's "I have verified"


def _add_common(parser: argparse.ArgumentParser, *, suppress: bool = False) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=default,
        help="directory for the SQLite database and the log",
    )
    parser.add_argument(
        "--database-url",
        default=default,
        help="sqlite:///PATH or postgresql://USER@HOST/DB (default: SQLite)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="icp-filing-server",
        description="The ICP filing service (Change Access / 变更接入).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--demo", action="store_true", help="migrate, seed the demo data and serve, in one go"
    )
    parser.add_argument("--host", default=None, help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=None, help="port to listen on (default 8765)")
    parser.add_argument(
        "--admin-simulator",
        choices=["off", "approve", "reject", "random"],
        default=None,
        help="how the simulated administration decides",
    )
    parser.add_argument(
        "--admin-delay",
        type=float,
        default=None,
        help="seconds the simulated administration takes to decide",
    )
    parser.add_argument(
        "--admin-sms",
        choices=["auto", "filer"],
        default=None,
        help="the simulated MIIT SMS verification: confirmed by the "
        "simulator itself (auto) or by the filer's click (filer; no "
        "click: the window runs out). Demo default: filer",
    )
    parser.add_argument(
        "--sms-window-hours",
        type=float,
        default=None,
        metavar="HOURS",
        help="hours the filer has for the SMS verification (default 24; a demo may shorten it)",
    )
    parser.add_argument(
        "--now",
        default=None,
        metavar="MOMENT",
        help="pin the service's clock: it starts at MOMENT (ISO 8601 with an "
        "offset, e.g. 2026-12-31T23:59+08:00) and runs from there; "
        "'fixed:MOMENT' stops it there (for demos and tests)",
    )
    _add_common(parser)
    sub = parser.add_subparsers(dest="command")

    serve = sub.add_parser("serve", help="serve the API (the database must be migrated)")
    serve.add_argument("--host", default=argparse.SUPPRESS)
    serve.add_argument("--port", type=int, default=argparse.SUPPRESS)
    _add_common(serve, suppress=True)

    migrate = sub.add_parser("migrate", help="bring the database schema to the current version")
    _add_common(migrate, suppress=True)

    create = sub.add_parser("create-user", help="add an account")
    create.add_argument("username")
    create.add_argument("--role", required=True, choices=[r.value for r in Role])
    create.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of standard input",
    )
    create.add_argument("--display-name", default="")
    create.add_argument("--email", default=None)
    create.add_argument("--phone", default=None)
    _add_common(create, suppress=True)

    seed = sub.add_parser("seed-demo", help="add the demo accounts and data (once)")
    _add_common(seed, suppress=True)
    return parser


def settings_from_args(args: argparse.Namespace) -> Settings:
    overrides: dict[str, Any] = {}
    for name in (
        "data_dir",
        "database_url",
        "host",
        "port",
        "admin_simulator",
        "admin_delay",
        "admin_sms",
        "sms_window_hours",
        "now",
    ):
        value = getattr(args, name, None)
        if value is not None:
            overrides[name] = value
    if args.demo:
        overrides["demo"] = True
        # The demo's own defaults, unless the command line or the environment chose.
        if "ICP_ADMIN_SIMULATOR" not in os.environ:
            overrides.setdefault("admin_simulator", DEMO_ADMIN_SIMULATOR)
        if "ICP_ADMIN_DELAY" not in os.environ:
            overrides.setdefault("admin_delay", DEMO_ADMIN_DELAY)
        if "ICP_ADMIN_SMS" not in os.environ:
            overrides.setdefault("admin_sms", DEMO_ADMIN_SMS)
    return Settings(**overrides)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None and not args.demo:
        parser.print_help()
        return 2
    try:
        settings = settings_from_args(args)
    except ValidationError as exc:
        for err in exc.errors():
            where = ".".join(str(p) for p in err["loc"])
            print(f"error: {where}: {err['msg'].removeprefix('Value error, ')}", file=sys.stderr)
        return 2
    from icp_desktop.server.runner import setup_logging

    setup_logging(settings)
    from icp_desktop.server import runner

    if args.demo:
        return runner.run_demo(settings)
    if args.command == "serve":
        return runner.run_serve(settings)
    if args.command == "migrate":
        return runner.run_migrate(settings)
    if args.command == "seed-demo":
        return runner.run_seed(settings)
    if args.command == "create-user":
        password = _read_password(args.password_stdin)
        if password is None:
            return 2
        return runner.run_create_user(
            settings,
            args.username,
            Role(args.role),
            password,
            display_name=args.display_name,
            email=args.email,
            phone=args.phone,
        )
    parser.error(f"unknown command {args.command}")
    return 2


def _read_password(from_stdin: bool) -> str | None:
    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass("Password: ")
        if getpass.getpass("Repeat password: ") != password:
            print("error: the passwords differ", file=sys.stderr)
            return None
    if not password:
        print("error: the password is empty", file=sys.stderr)
        return None
    return password


if __name__ == "__main__":
    sys.exit(main())
