"""An unknown username costs the same password check as a known one with a wrong password."""

from __future__ import annotations

import statistics
import time

import pytest

from tests.server.conftest import InProcess

pytestmark = pytest.mark.anyio


async def test_unknown_user_takes_about_as_long_as_a_wrong_password(inproc: InProcess) -> None:
    async def duration(username: str) -> float:
        started = time.perf_counter()
        response = await inproc.client.post(
            "/v1/auth/login", json={"username": username, "password": "wrong-password"}
        )
        assert response.status_code == 401
        return time.perf_counter() - started

    known: list[float] = []
    unknown: list[float] = []
    for i in range(4):  # below the lockout threshold for each username
        known.append(await duration("reviewer"))
        unknown.append(await duration(f"no-such-user-{i}"))
    # Without the dummy argon2 check an unknown user answers tens of times faster.
    assert statistics.median(unknown) > 0.4 * statistics.median(known)
