"""Loopback ports for the servers a test starts."""

from __future__ import annotations

import random
import socket
from pathlib import Path


def _ephemeral_low() -> int:
    try:
        return int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 32768


def free_port() -> int:
    """A free loopback port below the kernel's ephemeral range.

    A port the kernel hands out (bind to 0) can be handed out again, to any outgoing
    connection of the machine, between the moment it is found free and the moment a server
    a test starts later binds it: a test that keeps a port for a server it starts mid-test
    (an SMTP server back after an outage) then fails with "address already in use". Outgoing
    connections never take a port below the ephemeral range.
    """
    low = max(_ephemeral_low(), 2048)
    for _ in range(200):
        port = random.randrange(max(1024, low - 12_000), low)
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free loopback port below the ephemeral range")
