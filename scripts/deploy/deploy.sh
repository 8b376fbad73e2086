#!/usr/bin/env bash
# The whole backend deploy in order: push, release, migrate, roll, smoke (the pipeline's order), or push, release,
# roll, migrate, smoke (the design document's manual order, kept for migrations that remove what the running code
# still uses). The release is a task definition revision pinned to the image digest; nothing moves a tag.
# When a step fails after the release was registered (the smoke test included), the image the service ran before
# is registered again as the family's newest revision, and the service is rolled back onto it where it had moved,
# so neither the service nor the scheduled jobs (which run the newest revision) keep code the database was not
# migrated for or that failed its smoke test.
set -euo pipefail
STEP=deploy
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
# shellcheck source=lib/registry.sh
source "$DEPLOY_DIR/lib/registry.sh"
# shellcheck source=lib/task-definition.sh
source "$DEPLOY_DIR/lib/task-definition.sh"

ORDER=migrate-first
RELEASE_TAG="${RELEASE_TAG:-}"
SKIP_SMOKE=0
NO_BUILD=0

usage() {
  cat <<EOF
Usage: scripts/deploy/deploy.sh [--order migrate-first|roll-first] [--release-tag TAG] [--no-build]
                                [--skip-smoke] [common options]

Runs the deploy steps in order, each reading the Terraform outputs of --tf-dir:
  migrate-first (default; what CI runs): push.sh → release.sh → migrate.sh → roll.sh → smoke.sh
      The migration runs with the new image before any new task serves traffic, so new code never meets
      an old schema; if it fails, the service is not rolled. Migrations must keep the old code working
      (add, don't remove) because the old tasks serve until the roll finishes.
  roll-first (the design document's order): push.sh → release.sh → roll.sh → migrate.sh → smoke.sh
      For a release whose migration removes something the old code still uses (the "contract" half of
      expand/contract): the old tasks are gone before the migration runs.

release.sh registers a revision of the task definition that runs the release's image by digest;
migrate.sh and roll.sh run exactly that revision. If migrate, roll or the smoke test fails, the
image the service ran before is registered again (and, when the roll had started, the service is
rolled onto it), and the error says so. The schema is never rolled back (Prisma migrations only go
forward). Under GitHub Actions (GITHUB_OUTPUT set) the previous image's digest is written as the
step output previous_image, for a smoke test run in a later step (rollback.sh --to <digest>).

Options:
  --order ORDER      migrate-first (default) or roll-first
  --release-tag TAG  Immutable tag of this build (see push.sh; default: the git commit of HEAD)
  --no-build         Skip push.sh: the release must already be in this environment's repository
                     (promoted with promote.sh); a deploy that would build is refused
  --skip-smoke       Stop after the backend steps (CI runs the smoke check after the web app is built)
$(common_usage)

Every step's environment variables apply (see each step's --help).
EOF
}

parse_step_option() {
  case "$1" in
    --order)
      require_value "$1" "${2:-}"
      [[ "$2" == migrate-first || "$2" == roll-first ]] || fail "--order must be migrate-first or roll-first"
      ORDER="$2"
      return 2
      ;;
    --release-tag)
      require_value "$1" "${2:-}"
      RELEASE_TAG="$2"
      return 2
      ;;
    --skip-smoke)
      SKIP_SMOKE=1
      return 1
      ;;
    --no-build)
      NO_BUILD=1
      return 1
      ;;
  esac
  return 0
}

run_step() {
  local script="$1"
  shift
  progress "==> $script $*"
  "$DEPLOY_DIR/$script" "$@"
}

# Registers the image the service ran before this deploy as the family's newest revision again (scheduled jobs run
# the newest) and sets RESTORED to it; the caller rolls the service onto it when the service had moved.
restore_previous_image() {
  if [[ -z "$PREVIOUS_DIGEST" ]]; then
    progress "the service ran no released image before ($PREVIOUS_IMAGE): nothing to restore"
    return 1
  fi
  progress "registering the image the service ran before again: $REPO_URL@$PREVIOUS_DIGEST"
  RESTORED="$(run_step release.sh --image "$PREVIOUS_DIGEST")"
}

# After a failed roll or smoke test: back onto the previous image, or say why not.
roll_back() {
  local why="$1"
  restore_previous_image ||
    fail "$why on the first deploy: there is no earlier image to roll back to; the service needs attention"
  run_step roll.sh --task-definition "$RESTORED" ||
    fail "$why and rolling back onto the previous image failed too: the service needs attention"
}

main() {
  parse_options "$@"
  require_tools aws terraform curl jq sha256sum timeout
  load_region
  [[ -n "$RELEASE_TAG" ]] || RELEASE_TAG="$(default_release_tag)"
  REPO_URL="$(tf_output ecr_repository_url)"
  load_registry_password
  PREVIOUS_IMAGE="$(task_definition_image "$(service_task_definition "$(tf_output ecs_cluster_name)" \
    "$(tf_output ecs_service_name)")")"
  PREVIOUS_DIGEST="$(image_digest "$REPO_URL" "$PREVIOUS_IMAGE")"
  progress "order $ORDER; the service runs $PREVIOUS_IMAGE${PREVIOUS_DIGEST:+ ($PREVIOUS_DIGEST)}"
  # In GitHub Actions the later smoke step rolls back to this image when it fails (rollback.sh --to <digest>).
  if [[ -n "${GITHUB_OUTPUT:-}" && -n "$PREVIOUS_DIGEST" ]]; then
    printf 'previous_image=%s\n' "$PREVIOUS_DIGEST" >>"$GITHUB_OUTPUT"
  fi

  if [[ "$NO_BUILD" == 1 ]]; then
    progress "--no-build: $REPO_URL:$RELEASE_TAG must already be there (promote.sh)"
  else
    run_step push.sh --release-tag "$RELEASE_TAG"
  fi
  local release
  release="$(run_step release.sh --image "$RELEASE_TAG")"

  if [[ "$ORDER" == migrate-first ]]; then
    run_step migrate.sh --task-definition "$release" || {
      restore_previous_image || true
      fail "the migration failed, so the service was NOT rolled: it keeps running the previous image"
    }
    run_step roll.sh --task-definition "$release" || {
      roll_back "the new deployment did not complete"
      fail "the new deployment did not complete; the service was rolled back onto the previous image (the migrations stay applied)"
    }
  else
    run_step roll.sh --task-definition "$release" || {
      roll_back "the new deployment did not complete"
      fail "the new deployment did not complete; the service was rolled back onto the previous image; no migration ran"
    }
    run_step migrate.sh --task-definition "$release" ||
      fail "the migration failed AFTER the roll: the new code is serving a schema it was not written for. Fix forward (a corrected migration), or scripts/deploy/rollback.sh --to <previous release tag>"
  fi

  if [[ "$SKIP_SMOKE" == 1 ]]; then
    progress "smoke check skipped (--skip-smoke)"
  else
    run_step smoke.sh || {
      roll_back "the smoke test failed"
      fail "the smoke test failed, so the service was rolled back onto the previous image $PREVIOUS_DIGEST (the migrations stay applied)"
    }
  fi
  progress "backend deploy finished ($ORDER): $REPO_URL:$RELEASE_TAG runs as $release"
}

main "$@"
