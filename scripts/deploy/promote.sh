#!/usr/bin/env bash
# Promotion: the image a release was built into, and that passed its deploy and smoke test in the source
# environment (dev), copied into this environment's repository (prod) byte for byte — the same manifest, so the
# same digest. prod then deploys it with deploy.sh --no-build: build once, run what was tested.
set -euo pipefail
STEP=promote
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
# shellcheck source=lib/registry.sh
source "$DEPLOY_DIR/lib/registry.sh"

RELEASE_TAG="${RELEASE_TAG:-}"
SOURCE_REPO=""

usage() {
  cat <<EOF
Usage: scripts/deploy/promote.sh --release-tag TAG [--from REPOSITORY_URL] [common options]

Copies <source>:TAG to ecr_repository_url:TAG through the registry API: every layer and config blob
the destination lacks, then the manifest (and, for a multi-platform image, each platform's manifest)
as it is, so both repositories hold the same digest. The source is the --tf-dir environment's
terraform output ecr_release_source_url (release_source_environment, e.g. prod ← dev), in the same
registry. Nothing is built. If TAG is already in the destination it must be the same digest (tags
are immutable): then nothing is copied.

Options:
  --release-tag TAG       The release to promote (env RELEASE_TAG; default: the git commit of HEAD)
  --from REPOSITORY_URL   Source repository (default: terraform output ecr_release_source_url)
$(common_usage)
EOF
}

parse_step_option() {
  case "$1" in
    --release-tag)
      require_value "$1" "${2:-}"
      RELEASE_TAG="$2"
      return 2
      ;;
    --from)
      require_value "$1" "${2:-}"
      SOURCE_REPO="$2"
      return 2
      ;;
  esac
  return 0
}

# ecr_release_source_url, which is empty in an environment that builds its own images.
release_source() {
  local value
  value="$(bounded "$CALL_TIMEOUT_SECONDS" "terraform output ecr_release_source_url" \
    terraform -chdir="$TF_DIR" output -no-color -raw ecr_release_source_url)" ||
    fail "terraform output ecr_release_source_url failed in $TF_DIR (applied? backend initialised?)"
  [[ -n "$value" ]] ||
    fail "$TF_DIR builds its own images (release_source_environment is not set): deploy it with deploy.sh, or pass --from"
  printf '%s' "$value"
}

main() {
  parse_options "$@"
  require_tools aws terraform curl jq sha256sum timeout
  [[ -n "$RELEASE_TAG" ]] || RELEASE_TAG="$(default_release_tag)"
  load_region
  local repo_url source_digest present
  repo_url="$(tf_output ecr_repository_url)"
  [[ -n "$SOURCE_REPO" ]] || SOURCE_REPO="$(release_source)"
  [[ "${SOURCE_REPO%%/*}" == "${repo_url%%/*}" ]] ||
    fail "$SOURCE_REPO is in another registry than $repo_url: promotion copies within one account and region"
  [[ "$SOURCE_REPO" != "$repo_url" ]] || fail "the source and the destination are the same repository: $repo_url"
  load_registry_password
  source_digest="$(registry_digest "$SOURCE_REPO" "$RELEASE_TAG")"
  [[ -n "$source_digest" ]] || fail "$SOURCE_REPO:$RELEASE_TAG does not exist: was this release deployed there?"
  present="$(registry_digest "$repo_url" "$RELEASE_TAG")"
  if [[ -n "$present" ]]; then
    [[ "$present" == "$source_digest" ]] ||
      fail "$repo_url:$RELEASE_TAG is $present, not the tested $source_digest from $SOURCE_REPO; tags are immutable, so this release cannot be promoted"
    progress "$repo_url:$RELEASE_TAG is already $source_digest: nothing to copy"
    return 0
  fi
  show_command copy "$SOURCE_REPO:$RELEASE_TAG" "$repo_url:$RELEASE_TAG" "($source_digest)"
  is_dry_run && return 0
  progress "copying $SOURCE_REPO:$RELEASE_TAG ($source_digest) to $repo_url"
  copy_image "$SOURCE_REPO" "$RELEASE_TAG" "$repo_url" "$RELEASE_TAG"
  present="$(registry_digest "$repo_url" "$RELEASE_TAG")"
  [[ "$present" == "$source_digest" ]] ||
    fail "after the copy $repo_url:$RELEASE_TAG is ${present:-missing}, not $source_digest"
  progress "promoted: $repo_url:$RELEASE_TAG = $source_digest"
}

main "$@"
