#!/usr/bin/env bash
# Runs the whole test suite, then the date-sensitive tests (marker "clock") again with the
# clock pinned at other moments: the last minute of a year, a year the calendar package does
# not cover, and a year nobody has data for. pytest's exit code 5 (no tests collected) counts
# as a failure. Arguments go to the first, whole run only.
#
# The tests run in parallel processes (pytest-xdist): most of their time is spent waiting on
# the services, databases and apps they start, so more workers than cores pay off.
# ICP_TEST_WORKERS sets how many (0: all in this one process). A test module stays on one
# worker (--dist loadfile), so a service a module shares is started once.
#
# A worker that crashes fails the run at once (--max-worker-restart=0): xdist's file
# scheduling can wait forever for a replaced worker. Each pytest run has a time limit
# (ICP_TEST_RUN_LIMIT seconds, default 1800), so a run that hangs for any reason ends, red,
# long before CI's own limit; a whole run takes four and a half to five minutes on two cores
# (six when the machine is busy with other work).
set -u
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
MOMENTS=("2026-12-31T23:59:00+08:00" "2027-06-15T10:00:00+08:00" "2031-01-01T10:00:00+08:00")
WORKERS="${ICP_TEST_WORKERS:-4}"
DIST=(--dist loadfile --max-worker-restart=0)
PARALLEL=(-n "$WORKERS" "${DIST[@]}")
LIMIT="${ICP_TEST_RUN_LIMIT:-1800}"
# Workers for each of the moments, which run side by side; 0: each moment in one process, which
# costs less than the workers' own start-up on two cores (59 s for the three, against 77 s).
CLOCK_WORKERS="${ICP_TEST_CLOCK_WORKERS:-0}"
if [ "$CLOCK_WORKERS" -eq 0 ]; then
  CLOCK_PARALLEL=(-p no:xdist)
else
  CLOCK_PARALLEL=(-n "$CLOCK_WORKERS" "${DIST[@]}")
fi

run_pytest() {
  timeout --kill-after=60 "$LIMIT" .venv/bin/python -m pytest "$@"
  local rc=$?
  if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
    echo "pytest $* did not end within $LIMIT s: that is a failure" >&2
    return 1
  fi
  if [ "$rc" -eq 5 ]; then
    echo "pytest collected no tests: that is a failure" >&2
    return 1
  fi
  return "$rc"
}

# The code's form is part of the suite: lint findings and unformatted files fail it.
style_rc=0
.venv/bin/ruff check --quiet . || style_rc=1
.venv/bin/ruff format --check --quiet . || { echo "run: .venv/bin/ruff format ." >&2; style_rc=1; }

run_pytest "${PARALLEL[@]}" "$@"
rc=$?
[ "$style_rc" -eq 0 ] || rc=1
if [ "$#" -eq 0 ] || [ "${ICP_CLOCK_RUNS:-}" = "1" ]; then
  # Only the modules that hold date-sensitive tests are collected again.
  mapfile -t clock_modules < <(.venv/bin/python -m tests.helpers.clock_modules)
  if [ "${#clock_modules[@]}" -eq 0 ]; then
    echo "no module holds date-sensitive tests: that is a failure" >&2
    rc=1
  fi
  # The moments run side by side, each in its own processes, with its own clock.
  logs=$(mktemp -d)
  pids=()
  for i in "${!MOMENTS[@]}"; do
    ICP_TEST_NOW="${MOMENTS[$i]}" run_pytest "${CLOCK_PARALLEL[@]}" -q -m clock \
      "${clock_modules[@]}" >"$logs/$i" 2>&1 &
    pids+=($!)
  done
  for i in "${!MOMENTS[@]}"; do
    wait "${pids[$i]}" || rc=1
    echo "== the date-sensitive tests with the clock at ${MOMENTS[$i]} =="
    cat "$logs/$i"
  done
  rm -rf "$logs"
fi
exit "$rc"
