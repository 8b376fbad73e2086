#!/usr/bin/env bash
# The web step: Amplify Hosting builds and serves apps/web from amplify.yml. The pipeline starts that build
# itself (rather than Amplify's Git webhook) so the web app goes out only after the backend it calls has been
# migrated and rolled, and then waits for the build's outcome.
set -euo pipefail
STEP=web
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

APP_ID=""
BRANCH=""
COMMIT_ID=""
AMPLIFY_TIMEOUT_SECONDS="${AMPLIFY_TIMEOUT_SECONDS:-1800}"
readonly POLL_SECONDS=15

usage() {
  cat <<EOF
Usage: scripts/deploy/web.sh [--app-id ID] [--branch NAME] [--commit SHA] [common options]

aws amplify start-job --job-type RELEASE on the environment's Amplify app (it builds the head of the
connected branch with amplify.yml), then polls aws amplify get-job until SUCCEED (up to
AMPLIFY_TIMEOUT_SECONDS=$AMPLIFY_TIMEOUT_SECONDS). FAILED or CANCELLED stops with the job's log pointer.

Options:
  --app-id ID    Amplify app (default: terraform output amplify_app_id)
  --branch NAME  Branch of the app (default: the app's only branch)
  --commit SHA   Commit recorded on the job (default: git HEAD)
$(common_usage)
EOF
}

parse_step_option() {
  case "$1" in
    --app-id | --branch | --commit) require_value "$1" "${2:-}" ;;
  esac
  case "$1" in
    --app-id) APP_ID="$2" ;;
    --branch) BRANCH="$2" ;;
    --commit) COMMIT_ID="$2" ;;
    *) return 0 ;;
  esac
  return 2
}

only_branch() {
  local branches
  branches="$(aws_read amplify list-branches --app-id "$APP_ID" --query 'branches[].branchName' --output text)"
  [[ -n "$branches" && "$branches" != None ]] || fail "Amplify app $APP_ID has no branch: connect the repository first (docs/deploy.md)"
  [[ "$branches" != *$'\t'* ]] || fail "Amplify app $APP_ID has several branches ($branches): choose one with --branch"
  printf '%s' "$branches"
}

warn_if_auto_build() {
  local auto_build
  auto_build="$(aws_read amplify get-branch --app-id "$APP_ID" --branch-name "$BRANCH" \
    --query 'branch.enableAutoBuild' --output text)"
  if [[ "$auto_build" == True || "$auto_build" == true ]]; then
    progress "WARNING: auto-build is on for $BRANCH: Amplify also builds on every push, possibly before the backend is deployed (docs/deploy.md, 'Web app')"
  fi
}

wait_for_job() {
  local job_id="$1" deadline status
  deadline=$((SECONDS + AMPLIFY_TIMEOUT_SECONDS))
  while ((SECONDS < deadline)); do
    status="$(aws_read amplify get-job --app-id "$APP_ID" --branch-name "$BRANCH" --job-id "$job_id" \
      --query 'job.summary.status' --output text)"
    case "$status" in
      SUCCEED)
        progress "Amplify job $job_id succeeded"
        return 0
        ;;
      FAILED | CANCELLED)
        fail "Amplify job $job_id ended $status: aws amplify get-job --region $AWS_REGION --app-id $APP_ID --branch-name $BRANCH --job-id $job_id --query 'job.steps[].[stepName,status,logUrl]' --output text"
        ;;
    esac
    progress "Amplify job $job_id: $status"
    sleep "$POLL_SECONDS"
  done
  fail "timed out after ${AMPLIFY_TIMEOUT_SECONDS}s waiting for Amplify job $job_id"
}

main() {
  parse_options "$@"
  require_tools aws terraform timeout
  load_region
  [[ -n "$APP_ID" ]] || APP_ID="$(tf_output amplify_app_id)"
  [[ -n "$BRANCH" ]] || BRANCH="$(only_branch)"
  [[ -n "$COMMIT_ID" ]] || COMMIT_ID="$(git -C "$REPO_ROOT" rev-parse HEAD)"
  warn_if_auto_build

  progress "starting the Amplify build of $APP_ID/$BRANCH (commit $COMMIT_ID)"
  local job_id
  job_id="$(change_within "$CALL_TIMEOUT_SECONDS" "aws amplify start-job" \
    aws --region "$AWS_REGION" amplify start-job --app-id "$APP_ID" --branch-name "$BRANCH" \
    --job-type RELEASE --commit-id "$COMMIT_ID" --job-reason "scripts/deploy/web.sh" \
    --query 'jobSummary.jobId' --output text)" || fail "aws amplify start-job failed (output above)"
  is_dry_run && return 0
  wait_for_job "$job_id"
}

main "$@"
