"""What to do when a dependency is missing: fail under CI, skip on a developer's machine."""

from __future__ import annotations

import os
from typing import NoReturn

import pytest


def running_in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def missing_dependency(what: str) -> NoReturn:
    """Fail under CI=true (a missing dependency is a failure there), skip elsewhere."""
    if running_in_ci():
        pytest.fail(f"missing dependency under CI: {what}", pytrace=False)
    pytest.skip(f"missing dependency: {what}")
