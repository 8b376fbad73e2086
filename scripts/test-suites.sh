#!/usr/bin/env bash
# Phase 2 of `npm test`: the end-to-end and container suites, in two lanes.
#
# Suites on the local stack's fixed ports (web 3000, API 4000, the inspector: the benchmark's Lighthouse part, the
# deploy runbook's smoke, Playwright) run one at a time. The reliability suite, the API's e2e suite and the container
# suite start everything on free ports (the container suite under a compose project and image names of its own), so
# they run in a second lane alongside. Measured on a CI rehearsal (2026-12-05): the fixed-port lane took 26 min with
# the container suite in it, the other lane 9; moving the container suite (6.5 min) evens them out.
set -uo pipefail
# Turborepo asks for telemetry per user, not per repository: off for every turbo this runs (npm test's second half).
export TURBO_TELEMETRY_DISABLED=1
cd "$(dirname "$0")/.." || exit 1

# Built once, before the lanes: two turbo runs restoring the same outputs at once could read half-written files.
turbo run build || exit 1

# One Docker engine for both lanes. The container suite and the deploy runbook each start `dockerd` when none
# answers and stop the one they started when they end, which would pull it from under the other lane; started here,
# both find it running and leave it alone. Where no engine can start, the suites say why themselves.
engine_pid=""
stop_engine() {
  if [ -n "$engine_pid" ]; then
    kill -TERM "$engine_pid" 2>/dev/null
    wait "$engine_pid" 2>/dev/null
  fi
}
trap stop_engine EXIT
if command -v dockerd >/dev/null && ! docker version >/dev/null 2>&1; then
  mkdir -p .local/containers/logs
  dockerd >>.local/containers/logs/dockerd.log 2>&1 &
  engine_pid=$!
  for _ in $(seq 120); do
    docker version >/dev/null 2>&1 && break
    sleep 0.5
  done
fi
# The base images both lanes build on (offline stand-ins where Docker Hub is unreachable), made once here so the two
# never build the same stand-in into the same cache folder at once.
if docker version >/dev/null 2>&1; then
  node tests/containers/offline-base-images/cli.mjs || exit 1
fi

# --only: each lane runs its own tasks and nothing they depend on (built above).
free_ports=(--filter=@spendwise/reliability-tests --filter=@spendwise/api --filter=@spendwise/container-tests)
turbo run test:e2e test:containers --only --concurrency=1 "${free_ports[@]}" &
alongside=$!
turbo run test:e2e --only --concurrency=1 --filter='!@spendwise/reliability-tests' --filter='!@spendwise/api' \
  --filter='!@spendwise/container-tests'
fixed_ports=$?
wait "$alongside"
free_lane=$?

if [ "$fixed_ports" -ne 0 ] || [ "$free_lane" -ne 0 ]; then
  echo "suites failed: fixed-port lane exit $fixed_ports, free-port lane exit $free_lane" >&2
  exit 1
fi
