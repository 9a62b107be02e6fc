#!/usr/bin/env bash
# Builds the one-folder bundle dist/icp-desktop (``make bundle``); reuses a build made from
# the same sources. DIST=dir puts it elsewhere; FORCE=1 always rebuilds.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
DIST="${DIST:-dist}"
if [ "${FORCE:-0}" != 1 ] && $PY scripts/bundle_stamp.py "$DIST/icp-desktop"; then
  echo "$DIST/icp-desktop is up to date"
else
  $PY -m PyInstaller --noconfirm --log-level WARN --distpath "$DIST" \
    --workpath build/pyinstaller icp_desktop.spec
fi
cat "$DIST/icp-desktop/VERSION"
du -sh "$DIST/icp-desktop"
