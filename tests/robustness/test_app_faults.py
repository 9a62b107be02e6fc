"""The desktop app SIGKILLed while editing a Change Access: the local draft comes back as it
was (IPs added and removed, the half-typed address), in a new app process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.helpers.live_server import LiveServer
from tests.robustness.budget import budget, record

ROOT = Path(__file__).resolve().parents[2]
FREE_WEBSITE = 1  # demo's website without an open change in the demo data
SPARE = ("2408:4003:10a0::66", "39.108.77.12", "39.108.77.13")


def child(*args: str) -> subprocess.Popen[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen(
        [sys.executable, "-m", "tests.robustness.app_child", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_a_killed_app_gives_back_the_draft_it_was_editing(module_server: LiveServer) -> None:
    kills = budget(1, 10)
    for n in range(kills):
        ip, typing = SPARE[n % 3], f"39.108.7{n % 10}"
        editing = child("edit", module_server.url, str(FREE_WEBSITE), ip, typing)
        assert editing.stdout is not None
        line = editing.stdout.readline()
        if not line:
            raise AssertionError(editing.communicate(timeout=10)[1][-3000:])
        before = json.loads(line)
        editing.kill()  # SIGKILL: no chance to save or clean up
        editing.wait(10)
        assert editing.returncode == -9
        restoring = child("restore", module_server.url, str(FREE_WEBSITE))
        out, err = restoring.communicate(timeout=60)
        assert restoring.returncode == 0, err[-3000:]
        after = json.loads(out.strip().splitlines()[-1])
        assert after["offered"] == [before["ips"]]
        assert after["ips"] == before["ips"]
        assert ip in after["ips"] and before["removed"] not in after["ips"]
        assert after["typing"] == typing
    record("fault: app killed while editing", kills=kills, drafts_restored=kills)
