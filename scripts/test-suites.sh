#!/usr/bin/env bash
# Phase 2 of `npm test`: the end-to-end and container suites, in two lanes.
#
# Most suites use the local stack's fixed ports (web 3000, API 4000, the inspector) or the one Docker engine, so
# they run one at a time. The reliability suite and the API's e2e suite start everything they need on free ports,
# so they run in a second lane alongside them. Measured on a CI run (2026-12-05): the fixed-port lane was ~5
# minutes longer than the other with the API suite in it; the two lanes now take about as long.
set -uo pipefail
# Turborepo asks for telemetry per user, not per repository: off for every turbo this runs (npm test's second half).
export TURBO_TELEMETRY_DISABLED=1
cd "$(dirname "$0")/.." || exit 1

# Built once, before the lanes: two turbo runs restoring the same outputs at once could read half-written files.
turbo run build || exit 1

# --only: each lane runs its own tasks and nothing they depend on (built above).
free_ports=(--filter=@spendwise/reliability-tests --filter=@spendwise/api)
turbo run test:e2e --only --concurrency=1 "${free_ports[@]}" &
alongside=$!
turbo run test:e2e test:containers --only --concurrency=1 --filter='!@spendwise/reliability-tests' \
  --filter='!@spendwise/api'
fixed_ports=$?
wait "$alongside"
free_lane=$?

if [ "$fixed_ports" -ne 0 ] || [ "$free_lane" -ne 0 ]; then
  echo "suites failed: fixed-port lane exit $fixed_ports, free-port lane exit $free_lane" >&2
  exit 1
fi
