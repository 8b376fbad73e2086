#!/usr/bin/env bash
# The whole backend deploy in order: push, migrate, roll, smoke (the pipeline's order), or push, roll, migrate,
# smoke (the design document's manual order, kept for migrations that remove what the running code still uses).
# When a step fails after the push (the smoke test included), the task definition's tag is put back on the image it
# pointed at before, so no task ECS starts later (scaling, replacements) runs code the database was not migrated for
# or that failed its smoke test.
set -euo pipefail
STEP=deploy
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
# shellcheck source=lib/registry.sh
source "$DEPLOY_DIR/lib/registry.sh"

ORDER=migrate-first
RELEASE_TAG="${RELEASE_TAG:-}"
SKIP_SMOKE=0

usage() {
  cat <<EOF
Usage: scripts/deploy/deploy.sh [--order migrate-first|roll-first] [--release-tag TAG] [--skip-smoke]
                                [common options]

Runs the deploy steps in order, each reading the Terraform outputs of --tf-dir:
  migrate-first (default; what CI runs): push.sh → migrate.sh → roll.sh → smoke.sh
      The migration runs with the new image before any new task serves traffic, so new code never meets
      an old schema; if it fails, the service is not rolled. Migrations must keep the old code working
      (add, don't remove) because the old tasks serve until the roll finishes.
  roll-first (the design document's order): push.sh → roll.sh → migrate.sh → smoke.sh
      For a release whose migration removes something the old code still uses (the "contract" half of
      expand/contract): the old tasks are gone before the migration runs.

If migrate, roll or the smoke test fails, the task definition's tag is moved back to the image it
pointed at before this deploy (and, when the roll had started, the service is rolled again onto it),
and the error says so. The schema is never rolled back (Prisma migrations only go forward).
Under GitHub Actions (GITHUB_OUTPUT set) the previous image's digest is written as the step output
previous_image, for a smoke test run in a later step (rollback.sh --to <digest>).

Options:
  --order ORDER      migrate-first (default) or roll-first
  --release-tag TAG  Immutable tag of this build (see push.sh; default: the git commit of HEAD)
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
  esac
  return 0
}

run_step() {
  local script="$1"
  shift
  progress "==> $script $*"
  "$DEPLOY_DIR/$script" "$@"
}

# Puts the task definition's tag back on the image it pointed at before this deploy.
restore_previous_image() {
  if [[ -z "$PREVIOUS_DIGEST" ]]; then
    progress "no earlier image under :$ENV_TAG (first deploy): nothing to restore"
    return 0
  fi
  progress "moving $REPO_URL:$ENV_TAG back to the image it pointed at before: $PREVIOUS_DIGEST"
  registry_move_tag "$REPO_URL" "$PREVIOUS_DIGEST" "$ENV_TAG"
}

main() {
  parse_options "$@"
  require_tools aws terraform curl sha256sum timeout
  load_region
  REPO_URL="$(tf_output ecr_repository_url)"
  ENV_TAG="$(backend_image_tag "$REPO_URL" "$(tf_output ecs_task_definition_family)")"
  load_registry_password
  PREVIOUS_DIGEST="$(registry_digest "$REPO_URL" "$ENV_TAG")"
  progress "order $ORDER; $REPO_URL:$ENV_TAG currently ${PREVIOUS_DIGEST:-does not exist}"
  # In GitHub Actions the later smoke step rolls back to this image when it fails (rollback.sh --to <digest>).
  if [[ -n "${GITHUB_OUTPUT:-}" && -n "$PREVIOUS_DIGEST" ]]; then
    printf 'previous_image=%s\n' "$PREVIOUS_DIGEST" >>"$GITHUB_OUTPUT"
  fi

  local push_args=()
  [[ -z "$RELEASE_TAG" ]] || push_args=(--release-tag "$RELEASE_TAG")
  run_step push.sh "${push_args[@]}"

  if [[ "$ORDER" == migrate-first ]]; then
    run_step migrate.sh || {
      restore_previous_image
      fail "the migration failed, so the service was NOT rolled: it keeps running the previous image"
    }
    run_step roll.sh || {
      restore_previous_image
      run_step roll.sh || fail "rolling back onto the previous image failed too: the service needs attention"
      fail "the new deployment did not complete; the service was rolled back onto the previous image (the migrations stay applied)"
    }
  else
    run_step roll.sh || {
      restore_previous_image
      run_step roll.sh || fail "rolling back onto the previous image failed too: the service needs attention"
      fail "the new deployment did not complete; the service was rolled back onto the previous image; no migration ran"
    }
    run_step migrate.sh ||
      fail "the migration failed AFTER the roll: the new code is serving a schema it was not written for. Fix forward (a corrected migration), or scripts/deploy/rollback.sh --to <previous release tag>"
  fi

  if [[ "$SKIP_SMOKE" == 1 ]]; then
    progress "smoke check skipped (--skip-smoke)"
  else
    run_step smoke.sh || {
      [[ -n "$PREVIOUS_DIGEST" ]] ||
        fail "the smoke test failed on the first deploy: there is no earlier image to roll back to; the service needs attention"
      restore_previous_image
      run_step roll.sh || fail "the smoke test failed and rolling back onto the previous image failed too: the service needs attention"
      fail "the smoke test failed, so the service was rolled back onto the previous image $PREVIOUS_DIGEST (the migrations stay applied)"
    }
  fi
  progress "backend deploy finished ($ORDER)"
}

main "$@"
