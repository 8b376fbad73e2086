#!/usr/bin/env bash
# The release step: a new revision of the backend task definition that runs one image by its digest (the newest
# revision copied, only the image replaced). It is what migrate.sh, roll.sh and the scheduled jobs then run, so a
# release, a restore after a failed deploy and a rollback are the same act: register the digest, roll onto it.
set -euo pipefail
STEP=release
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
# shellcheck source=lib/registry.sh
source "$DEPLOY_DIR/lib/registry.sh"
# shellcheck source=lib/task-definition.sh
source "$DEPLOY_DIR/lib/task-definition.sh"

IMAGE_REF=""

usage() {
  cat <<EOF
Usage: scripts/deploy/release.sh --image REF [common options]

Registers a revision of ecs_task_definition_family whose container $BACKEND_CONTAINER runs
ecr_repository_url@<digest of REF>, copied from the family's newest revision, and prints its ARN.
REF is a release tag (the git commit push.sh pushed) or a digest sha256:<hex>; it must be in the
registry and built for the tasks' platform (ecs_cpu_architecture). Nothing is rolled: see roll.sh.

Options:
  --image REF   The release tag or digest to run (required)
$(common_usage)
EOF
}

parse_step_option() {
  case "$1" in
    --image)
      require_value "$1" "${2:-}"
      IMAGE_REF="$2"
      return 2
      ;;
  esac
  return 0
}

main() {
  parse_options "$@"
  [[ -n "$IMAGE_REF" ]] || fail "--image REF is required"
  require_tools aws terraform curl jq sha256sum timeout
  load_region
  local repo_url family platform digest
  repo_url="$(tf_output ecr_repository_url)"
  family="$(tf_output ecs_task_definition_family)"
  platform="$(docker_platform "$(tf_output ecs_cpu_architecture)")"
  load_registry_password
  digest="$(registry_digest "$repo_url" "$IMAGE_REF")"
  if [[ -z "$digest" ]] && is_dry_run; then
    # A dry run of a whole deploy pushed nothing: show the revision with the digest the push would give.
    digest="<digest of $IMAGE_REF>"
  else
    [[ -n "$digest" ]] || fail "$repo_url:$IMAGE_REF does not exist in the registry"
    [[ "$IMAGE_REF" != sha256:* || "$IMAGE_REF" == "$digest" ]] ||
      fail "the registry answered $digest for $IMAGE_REF: refusing an image whose bytes do not match its digest"
    require_platform "$repo_url" "$IMAGE_REF" "$platform"
  fi
  progress "registering a revision of $family that runs $repo_url@$digest ($IMAGE_REF)"
  register_release_revision "$family" "$repo_url" "$digest"
}

main "$@"
