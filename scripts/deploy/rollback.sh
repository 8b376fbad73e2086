#!/usr/bin/env bash
# Rollback of the backend: point the task definition's tag at an earlier release's image (already in ECR under
# its immutable release tag) and roll the service onto it. The database schema stays as it is: Prisma
# migrations only go forward, which is why every migration must keep the previous release working.
set -euo pipefail
STEP=rollback
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
# shellcheck source=lib/registry.sh
source "$DEPLOY_DIR/lib/registry.sh"

TARGET_TAG=""

usage() {
  cat <<EOF
Usage: scripts/deploy/rollback.sh --to RELEASE_TAG [common options]

Moves the task definition's tag (ecs_backend_image_tag) in ecr_repository_url to the image of
RELEASE_TAG (a git commit hash pushed by an earlier deploy, or an image digest sha256:<hex> such as
deploy.sh's previous_image), then runs roll.sh.
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
  require_tools aws terraform curl sha256sum timeout
  load_region
  local repo_url env_tag target_digest
  repo_url="$(tf_output ecr_repository_url)"
  env_tag="$(backend_image_tag "$repo_url" "$(tf_output ecs_task_definition_family)")"
  [[ "$TARGET_TAG" != "$env_tag" ]] || fail "--to must be a release tag, not the task definition's tag $env_tag"
  load_registry_password
  target_digest="$(registry_digest "$repo_url" "$TARGET_TAG")"
  [[ -n "$target_digest" ]] || fail "$repo_url:$TARGET_TAG does not exist (see --help for listing release tags)"

  progress "moving $repo_url:$env_tag to release $TARGET_TAG ($target_digest)"
  registry_move_tag "$repo_url" "$TARGET_TAG" "$env_tag"
  progress "==> roll.sh"
  "$DEPLOY_DIR/roll.sh"
  progress "rolled back to $TARGET_TAG; the database schema was left as it is"
}

main "$@"
