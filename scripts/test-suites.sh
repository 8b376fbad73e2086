#!/usr/bin/env bash
# Phase 2 of `npm test`: the end-to-end and container suites, in two lanes that run side by side.
#
# Fixed-port lane: the suites that use the local stack's fixed ports (web 3000, API 4000, the inspector: the web
# build has them baked in), one at a time — Playwright, the benchmark harness, the deploy smoke check — and the
# API's e2e suite. Docker lane: the reliability suite (free ports), then the suites that need the one Docker engine,
# one after the other (each starts `dockerd` when none runs and stops what it started): the deploy runbook and
# the container suite.
#
# Measured on clean-clone CI runs (2026-12-05): with the runbook and the container suite in the fixed-port lane,
# that lane took 22.5 minutes while the other was done after 9.5; split this way, each holds about 15–18.
set -uo pipefail
# Turborepo asks for telemetry per user, not per repository: off for every turbo this runs (npm test's second half).
export TURBO_TELEMETRY_DISABLED=1
cd "$(dirname "$0")/.." || exit 1

# Built once, before the lanes: two turbo runs restoring the same outputs at once could read half-written files.
turbo run build || exit 1

# --only: each lane runs its own tasks and nothing they depend on (built above).
docker_lane() {
  turbo run test:e2e --only --filter=@spendwise/reliability-tests
  local reliability=$?
  # Whatever the reliability suite said: the Docker suites' failures are worth seeing in the same run.
  turbo run test:containers --only --concurrency=1
  local containers=$?
  [ "$reliability" -eq 0 ] && [ "$containers" -eq 0 ]
}
docker_lane &
alongside=$!
turbo run test:e2e --only --concurrency=1 --filter='!@spendwise/reliability-tests'
fixed_ports=$?
wait "$alongside"
docker_lane_exit=$?

if [ "$fixed_ports" -ne 0 ] || [ "$docker_lane_exit" -ne 0 ]; then
  echo "suites failed: fixed-port lane exit $fixed_ports, Docker lane exit $docker_lane_exit" >&2
  exit 1
fi
