"""Test-wide setup: Qt offscreen, and no test touches the real home directory.

``restore_look``: the application's style and palette as they were before the test.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.clock import pinned_spec
from tests.helpers.clock_modules import CLOCK_SENSITIVE

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


# The modules that take longest (a build, fuzzing, benchmark runs, several service processes).
# They are handed to the parallel workers first, so that none of them is left running alone at
# the end of the run while the other workers have finished.
LONGEST_FIRST = (
    "tests/test_bundle.py",
    "tests/robustness/test_schema_fuzz.py",
    "tests/bench/test_bench_smoke.py",
    "tests/server/test_read_cache.py",
    "tests/server/test_event_dispatch_processes.py",
    "tests/server/test_cli.py",
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    root = Path(str(config.rootpath))
    for item in items:
        # The date-sensitive tests: the run repeats them with the clock pinned at other moments.
        # A test that pins its own moment would only repeat itself unchanged.
        module = item.path.relative_to(root).as_posix()
        if module in CLOCK_SENSITIVE and item.get_closest_marker("own_clock") is None:
            item.add_marker(pytest.mark.clock)

    def rank(item: pytest.Item) -> int:
        module = item.path.relative_to(root).as_posix()
        return LONGEST_FIRST.index(module) if module in LONGEST_FIRST else len(LONGEST_FIRST)

    items.sort(key=rank)  # stable: each module keeps its own order


@pytest.fixture(autouse=True)
def _pinned_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every service, seed and app a test starts reads "now" from the pinned clock
    (``tests/helpers/clock.py``), whatever the date the suite runs on."""
    monkeypatch.setenv("ICP_NOW", pinned_spec())


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point HOME and the XDG directories at a per-test folder."""
    home = tmp_path / "home"
    for name, sub in (
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        path = home / sub
        path.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(path))
    monkeypatch.setenv("HOME", str(home))


@pytest.fixture
def restore_look(qapp: Any) -> Iterator[None]:
    style, palette = qapp.style().name(), qapp.palette()
    yield
    qapp.setStyle(style)
    qapp.setPalette(palette)
