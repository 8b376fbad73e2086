#!/usr/bin/env bash
# Step 1 of the backend deploy: build the backend image from the repository's Dockerfile and push it to ECR,
# once under an immutable release tag (the git commit) and once under the tag the task definition runs
# (ecs_backend_image_tag), which is what the next ECS task will pull.
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
ecr_repository_url as :<release tag> and as the tag the ECS task definition runs.
If :<release tag> is already in the registry, nothing is built: the task definition's tag is
moved to that image (so re-running a deploy of the same commit is cheap and exact) — unless it was
built for another platform than the tasks', which is refused before any tag moves.

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

# The commit, when the build context is exactly that commit (untracked files would be built in too).
default_release_tag() {
  [[ -z "$(git -C "$REPO_ROOT" status --porcelain)" ]] ||
    fail "the working tree has uncommitted or untracked files: commit them, or name this build with --release-tag"
  git -C "$REPO_ROOT" rev-parse HEAD
}

# Docker's platform for the task definition's cpu_architecture: an image built on an arm64 laptop must still
# run on X86_64 tasks (and the other way round), so the build never takes the host's architecture.
docker_platform() {
  case "$1" in
    X86_64) printf 'linux/amd64' ;;
    ARM64) printf 'linux/arm64' ;;
    *) fail "terraform output ecs_cpu_architecture is '$1'; expected X86_64 or ARM64" ;;
  esac
}

build_and_push() {
  local repo_url="$1" env_tag="$2" platform="$3" local_image="spendwise-backend:$RELEASE_TAG"
  progress "building $local_image for $platform from $BUILD_CONTEXT/Dockerfile (up to ${BUILD_TIMEOUT_SECONDS}s)"
  change_within "$BUILD_TIMEOUT_SECONDS" "docker build" \
    "$DOCKER" build --platform "$platform" --tag "$local_image" \
    --label "org.opencontainers.image.revision=$RELEASE_TAG" "$BUILD_CONTEXT" ||
    fail "docker build failed (output above)"

  local tag
  for tag in "$RELEASE_TAG" "$env_tag"; do
    change "$DOCKER" tag "$local_image" "$repo_url:$tag"
    progress "pushing $repo_url:$tag (up to ${PUSH_TIMEOUT_SECONDS}s)"
    change_within "$PUSH_TIMEOUT_SECONDS" "docker push $repo_url:$tag" \
      "$DOCKER" push "$repo_url:$tag" >&2 || fail "docker push $repo_url:$tag failed"
  done
}

main() {
  parse_options "$@"
  require_tools aws terraform "$DOCKER" curl sha256sum timeout
  [[ -n "$RELEASE_TAG" ]] || RELEASE_TAG="$(default_release_tag)"
  [[ "$RELEASE_TAG" =~ ^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$ ]] || fail "not a valid image tag: $RELEASE_TAG"

  load_region
  local repo_url family env_tag platform
  repo_url="$(tf_output ecr_repository_url)"
  family="$(tf_output ecs_task_definition_family)"
  platform="$(docker_platform "$(tf_output ecs_cpu_architecture)")"
  env_tag="$(backend_image_tag "$repo_url" "$family")"
  [[ "$env_tag" != "$RELEASE_TAG" ]] ||
    fail "the release tag equals the task definition's tag ($env_tag); choose another --release-tag"
  progress "release $RELEASE_TAG → $repo_url (task definition $family runs :$env_tag)"

  load_registry_password
  docker_login "$repo_url"
  if [[ -n "$(registry_digest "$repo_url" "$RELEASE_TAG")" ]]; then
    # A tag built for another architecture (an arm64 laptop's push, a changed ecs_cpu_architecture) would be
    # rolled out and every task would fail to start ("exec format error"): refuse it before moving anything.
    local platforms
    platforms="$(registry_platforms "$repo_url" "$RELEASE_TAG")"
    grep -qx "$platform" <<<"$platforms" ||
      fail "$repo_url:$RELEASE_TAG is built for $(paste -sd, <<<"$platforms"), but the tasks run $platform: deploy a new --release-tag"
    progress "$repo_url:$RELEASE_TAG is already in the registry: not rebuilding ($platform), moving :$env_tag to it"
    registry_move_tag "$repo_url" "$RELEASE_TAG" "$env_tag"
  else
    build_and_push "$repo_url" "$env_tag" "$platform"
  fi
  is_dry_run || progress "pushed: $repo_url:$env_tag = $repo_url:$RELEASE_TAG = $(registry_digest "$repo_url" "$env_tag")"
}

main "$@"
