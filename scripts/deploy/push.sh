#!/usr/bin/env bash
# Step 1 of the backend deploy: build the backend image from the repository's Dockerfile and push it to ECR under
# its release tag (the git commit). The repository's tags are immutable: a release is pushed once, and ECS runs
# it through a task definition revision pinned to its digest (release.sh), never through a tag that moves.
set -euo pipefail
STEP=push
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
# shellcheck source=lib/registry.sh
source "$DEPLOY_DIR/lib/registry.sh"

RELEASE_TAG="${RELEASE_TAG:-}"
BUILD_CONTEXT="$REPO_ROOT"
BUILD_TIMEOUT_SECONDS="${BUILD_TIMEOUT_SECONDS:-1800}"
PUSH_TIMEOUT_SECONDS="${PUSH_TIMEOUT_SECONDS:-900}"

usage() {
  cat <<EOF
Usage: scripts/deploy/push.sh [--release-tag TAG] [--context DIR] [common options]

Builds the backend image (docker build, default target of the Dockerfile) for the tasks' platform
(terraform output ecs_cpu_architecture: X86_64 → linux/amd64, ARM64 → linux/arm64) and pushes it to
ecr_repository_url as :<release tag>, then prints its digest. If :<release tag> is already in the
registry (a re-run, or a release promoted from another environment), nothing is built or pushed —
unless it was built for another platform than the tasks', which is refused.

Options:
  --release-tag TAG  Immutable tag of this build (env RELEASE_TAG; default: the full git commit
                     hash of HEAD, refused when the working tree has uncommitted changes)
  --context DIR      Build context holding the Dockerfile (default: the repository root)
$(common_usage)

The Dockerfile needs BuildKit: Docker 23+ (buildx) has it by default; with Debian's docker.io 20.10
set DOCKER_BUILDKIT=1.

Environment: DOCKER (docker CLI, default docker), BUILD_TIMEOUT_SECONDS (1800),
PUSH_TIMEOUT_SECONDS (900), CALL_TIMEOUT_SECONDS (120), AWS credentials as for the AWS CLI.
EOF
}

parse_step_option() {
  case "$1" in
    --release-tag)
      require_value "$1" "${2:-}"
      RELEASE_TAG="$2"
      return 2
      ;;
    --context)
      require_value "$1" "${2:-}"
      BUILD_CONTEXT="$2"
      return 2
      ;;
  esac
  return 0
}

build_and_push() {
  local repo_url="$1" platform="$2" local_image="spendwise-backend:$RELEASE_TAG"
  progress "building $local_image for $platform from $BUILD_CONTEXT/Dockerfile (up to ${BUILD_TIMEOUT_SECONDS}s)"
  change_within "$BUILD_TIMEOUT_SECONDS" "docker build" \
    "$DOCKER" build --platform "$platform" --tag "$local_image" \
    --label "org.opencontainers.image.revision=$RELEASE_TAG" "$BUILD_CONTEXT" ||
    fail "docker build failed (output above)"
  change "$DOCKER" tag "$local_image" "$repo_url:$RELEASE_TAG"
  progress "pushing $repo_url:$RELEASE_TAG (up to ${PUSH_TIMEOUT_SECONDS}s)"
  change_within "$PUSH_TIMEOUT_SECONDS" "docker push $repo_url:$RELEASE_TAG" \
    "$DOCKER" push "$repo_url:$RELEASE_TAG" >&2 || fail "docker push $repo_url:$RELEASE_TAG failed"
}

main() {
  parse_options "$@"
  require_tools aws terraform "$DOCKER" curl jq sha256sum timeout
  [[ -n "$RELEASE_TAG" ]] || RELEASE_TAG="$(default_release_tag)"
  [[ "$RELEASE_TAG" =~ ^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$ ]] || fail "not a valid image tag: $RELEASE_TAG"

  load_region
  local repo_url platform
  repo_url="$(tf_output ecr_repository_url)"
  platform="$(docker_platform "$(tf_output ecs_cpu_architecture)")"
  progress "release $RELEASE_TAG → $repo_url"

  load_registry_password
  docker_login "$repo_url"
  if [[ -n "$(registry_digest "$repo_url" "$RELEASE_TAG")" ]]; then
    require_platform "$repo_url" "$RELEASE_TAG" "$platform"
    progress "$repo_url:$RELEASE_TAG is already in the registry: not rebuilding ($platform)"
  else
    build_and_push "$repo_url" "$platform"
  fi
  is_dry_run || progress "pushed: $repo_url:$RELEASE_TAG = $(registry_digest "$repo_url" "$RELEASE_TAG")"
}

main "$@"
