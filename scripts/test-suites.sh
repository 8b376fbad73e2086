#!/usr/bin/env bash
# Phase 2 of `npm test`: the end-to-end and container suites, in two lanes.
#
# Most suites use the local stack's fixed ports (web 3000, API 4000, the inspector) or the one Docker engine, so
# they run one at a time. The reliability suite starts everything it needs on free ports and mostly waits on its
# own API, so it runs alongside them: about four minutes of CI back on two cores.
set -uo pipefail
# Turborepo asks for telemetry per user, not per repository: off for every turbo this runs (npm test's second half).
export TURBO_TELEMETRY_DISABLED=1
cd "$(dirname "$0")/.." || exit 1

# Built once, before the lanes: two turbo runs restoring the same outputs at once could read half-written files.
turbo run build || exit 1

# --only: each lane runs its own tasks and nothing they depend on (built above).
turbo run test:e2e --only --filter=@spendwise/reliability-tests &
alongside=$!
turbo run test:e2e test:containers --only --concurrency=1 --filter='!@spendwise/reliability-tests'
fixed_ports=$?
wait "$alongside"
reliability=$?

if [ "$fixed_ports" -ne 0 ] || [ "$reliability" -ne 0 ]; then
  echo "suites failed: fixed-port lane exit $fixed_ports, reliability lane exit $reliability" >&2
  exit 1
fi
