"""A fingerprint of everything the bundle is built from, so a fresh build can be reused.

``icp_desktop.spec`` writes it into ``dist/icp-desktop/BUILD_STAMP``; ``make bundle`` and
``tests/test_bundle.py`` rebuild only when the sources no longer match it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INPUTS = (
    "icp_desktop",
    "resources",
    "scripts/bundle_entry.py",
    "icp_desktop.spec",
    "pyproject.toml",
)
STAMP_NAME = "BUILD_STAMP"


def source_stamp(root: Path = ROOT) -> str:
    digest = hashlib.sha256()
    for name in INPUTS:
        path = root / name
        files = (
            [path]
            if path.is_file()
            else sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
            )
        )
        for file in files:
            digest.update(file.relative_to(root).as_posix().encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()


def is_fresh(bundle_dir: Path, root: Path = ROOT) -> bool:
    """True when ``bundle_dir`` was built from the sources as they are now."""
    stamp = bundle_dir / STAMP_NAME
    return stamp.exists() and stamp.read_text().strip() == source_stamp(root)


if __name__ == "__main__":
    import sys

    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist" / "icp-desktop"
    sys.exit(0 if is_fresh(target) else 1)
