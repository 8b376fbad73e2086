#!/usr/bin/env bash
# Rollback of the backend: register an earlier release's image (still in ECR under its immutable release tag, or
# by digest) as the task definition's newest revision and roll the service onto it — the same two steps as a
# deploy, so the scheduled jobs run it too. The database schema stays as it is: Prisma migrations only go
# forward, which is why every migration must keep the previous release working.
set -euo pipefail
STEP=rollback
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

TARGET_TAG=""

usage() {
  cat <<EOF
Usage: scripts/deploy/rollback.sh --to RELEASE_TAG [common options]

Runs release.sh --image RELEASE_TAG (a git commit hash pushed by an earlier deploy, or an image
digest sha256:<hex> such as deploy.sh's previous_image), then roll.sh onto the revision it
registered.
Recent release tags: aws ecr describe-images --repository-name <name> \\
  --query 'reverse(sort_by(imageDetails,&imagePushedAt))[:10].[imagePushedAt,join(\`,\`,imageTags||\`[]\`)]' --output text

Options:
  --to RELEASE_TAG   The release (tag or sha256: digest) to go back to (required)
$(common_usage)
EOF
}

parse_step_option() {
  case "$1" in
    --to)
      require_value "$1" "${2:-}"
      TARGET_TAG="$2"
      return 2
      ;;
  esac
  return 0
}

main() {
  parse_options "$@"
  [[ -n "$TARGET_TAG" ]] || fail "--to RELEASE_TAG is required"
  local revision
  progress "==> release.sh --image $TARGET_TAG"
  # release.sh has said why when it fails.
  revision="$("$DEPLOY_DIR/release.sh" --image "$TARGET_TAG")" || exit 1
  progress "==> roll.sh --task-definition $revision"
  "$DEPLOY_DIR/roll.sh" --task-definition "$revision"
  progress "rolled back to $TARGET_TAG ($revision); the database schema was left as it is"
}

main "$@"
