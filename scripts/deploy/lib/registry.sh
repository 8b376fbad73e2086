# shellcheck shell=bash
# The image registry (ECR): which tag the task definition runs, logging in, and moving a tag to another image.
# Tags are moved through the Docker Registry HTTP API V2 (which ECR implements, and which `docker push` itself
# uses), so a rollback or a restore re-points a tag in one request without pulling or pushing any layer.
# Sourced after common.sh.

DOCKER="${DOCKER:-docker}"
REGISTRY_PASSWORD=""
readonly MANIFEST_TYPES='application/vnd.oci.image.index.v1+json, application/vnd.docker.distribution.manifest.list.v2+json, application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json'

# The tag the service's task definition runs (Terraform's ecs_backend_image_tag), checked against
# ecr_repository_url so outputs of one environment and a task definition of another cannot be mixed.
backend_image_tag() {
  local repo_url="$1" family="$2" image segment
  image="$(aws_read ecs describe-task-definition --task-definition "$family" \
    --query "taskDefinition.containerDefinitions[?name=='$BACKEND_CONTAINER'].image | [0]" --output text)"
  [[ -n "$image" && "$image" != None ]] ||
    fail "task definition $family has no container named $BACKEND_CONTAINER"
  [[ "$image" != *@* ]] || fail "task definition $family pins the image by digest ($image); it must run a tag"
  segment="${image##*/}"
  [[ "$segment" == *:* ]] || fail "task definition $family runs $image without a tag"
  # The repository name (spendwise-<env>-backend) is what tells environments apart.
  if [[ "${image%:*}" != */"${repo_url#*/}" ]]; then
    fail "task definition $family runs $image, which is not in ecr_repository_url $repo_url: is $TF_DIR the environment you mean?"
  fi
  printf '%s' "${segment##*:}"
}

# Reads the registry password once; `docker login` and the tag moves below use it. Never printed.
load_registry_password() {
  REGISTRY_PASSWORD="$(aws_read ecr get-login-password)"
  [[ -n "$REGISTRY_PASSWORD" ]] || fail "aws ecr get-login-password returned nothing"
}

docker_login() {
  local registry="${1%%/*}"
  printf '%s %s | %s\n' "$(is_dry_run && echo '[dry-run]' || echo '+')" \
    "aws ecr get-login-password --region $AWS_REGION" "$DOCKER login --username AWS --password-stdin $registry" >&2
  is_dry_run && return 0
  printf '%s' "$REGISTRY_PASSWORD" |
    bounded "$CALL_TIMEOUT_SECONDS" "docker login $registry" \
      "$DOCKER" login --username AWS --password-stdin "$registry" >/dev/null ||
    fail "docker login to $registry failed"
}

# Docker talks plain HTTP to registries on the loopback interface and HTTPS to every other (ECR included).
registry_api() {
  local repo_url="$1" host="${1%%/*}" scheme=https
  case "$host" in
    localhost:* | 127.*) scheme=http ;;
  esac
  printf '%s://%s/v2/%s' "$scheme" "$host" "${repo_url#*/}"
}

# curl with the registry credentials on stdin (they never appear in a process listing or a log).
registry_curl() {
  printf 'user = "AWS:%s"\n' "$REGISTRY_PASSWORD" |
    bounded "$CALL_TIMEOUT_SECONDS" "registry request" curl --silent --show-error --config - "$@"
}

# Saves the manifest of repo:ref (tag or digest) to `file` and prints its media type.
# Returns 3 when the registry has no such tag.
fetch_manifest() {
  local repo_url="$1" ref="$2" file="$3" answer code
  answer="$(registry_curl --output "$file" --write-out '%{http_code} %{content_type}' \
    --header "Accept: $MANIFEST_TYPES" "$(registry_api "$repo_url")/manifests/$ref")" ||
    fail "the registry of $repo_url did not answer"
  code="${answer%% *}"
  case "$code" in
    200) printf '%s' "${answer#* }" ;;
    404) return 3 ;;
    *) fail "the registry answered HTTP $code for $repo_url:$ref: $(head -c 300 "$file")" ;;
  esac
}

# The digest repo:tag points at, or nothing when the tag does not exist (a first deploy).
registry_digest() {
  local repo_url="$1" tag="$2" file status=0
  file="$(mktemp)"
  fetch_manifest "$repo_url" "$tag" "$file" >/dev/null || status=$?
  if [[ $status -eq 0 ]]; then
    printf 'sha256:%s' "$(sha256sum "$file" | cut -d' ' -f1)"
  fi
  rm -f "$file"
  [[ $status -eq 0 || $status -eq 3 ]] || exit "$status"
}

# The platforms (os/architecture, e.g. linux/amd64) the image repo:ref runs on, one per line: every platform of a
# multi-platform index (not buildkit's attestation entries), else the one in the image's config blob.
registry_platforms() {
  local repo_url="$1" ref="$2" file media_type status=0 config
  file="$(mktemp)"
  media_type="$(fetch_manifest "$repo_url" "$ref" "$file")" || status=$?
  if [[ $status -ne 0 ]]; then
    rm -f "$file"
    [[ $status -eq 3 ]] && fail "$repo_url:$ref does not exist in the registry"
    exit "$status"
  fi
  case "$media_type" in
    *image.index* | *manifest.list*)
      jq -r '.manifests[] | select(.platform.os != "unknown") | "\(.platform.os)/\(.platform.architecture)"' "$file"
      ;;
    *)
      config="$(jq -r '.config.digest' "$file")"
      # --location: ECR answers blob reads with a redirect to S3 (curl sends the credentials only to the registry).
      registry_curl --fail --location "$(registry_api "$repo_url")/blobs/$config" |
        jq -r '"\(.os)/\(.architecture)"' ||
        fail "could not read the image config of $repo_url:$ref"
      ;;
  esac
  rm -f "$file"
}

# Points repo:target_tag at the image repo:source_ref (a tag or a digest) already in the registry.
registry_move_tag() {
  local repo_url="$1" source_ref="$2" target_tag="$3" file media_type status=0 answer
  file="$(mktemp)"
  media_type="$(fetch_manifest "$repo_url" "$source_ref" "$file")" || status=$?
  if [[ $status -ne 0 ]]; then
    rm -f "$file"
    [[ $status -eq 3 ]] && fail "$repo_url:$source_ref does not exist in the registry"
    exit "$status"
  fi
  show_command curl --request PUT --header "Content-Type: $media_type" --data-binary "@<manifest of $source_ref>" \
    "$(registry_api "$repo_url")/manifests/$target_tag"
  if ! is_dry_run; then
    answer="$(registry_curl --request PUT --output /dev/null --write-out '%{http_code}' \
      --header "Content-Type: $media_type" --data-binary "@$file" \
      "$(registry_api "$repo_url")/manifests/$target_tag")" || answer=unreachable
    [[ "$answer" == 201 ]] || {
      rm -f "$file"
      fail "moving $repo_url:$target_tag to $source_ref failed (registry answered $answer)"
    }
  fi
  rm -f "$file"
}
