# shellcheck shell=bash
# The image registry (ECR): logging in, what a tag points at, which platforms an image runs on, and copying an
# image between repositories (promotion), all through the Docker Registry HTTP API V2 that ECR implements and
# `docker push` itself uses. Tags are never moved: the repositories are IMMUTABLE, and a release reaches ECS as a
# task definition revision pinned to its digest (lib/task-definition.sh). Sourced after common.sh.

DOCKER="${DOCKER:-docker}"
REGISTRY_PASSWORD=""
readonly MANIFEST_TYPES='application/vnd.oci.image.index.v1+json, application/vnd.docker.distribution.manifest.list.v2+json, application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json'

# Docker's platform for the task definition's cpu_architecture: an image built on an arm64 laptop must still
# run on X86_64 tasks (and the other way round), so the build never takes the host's architecture.
docker_platform() {
  case "$1" in
    X86_64) printf 'linux/amd64' ;;
    ARM64) printf 'linux/arm64' ;;
    *) fail "terraform output ecs_cpu_architecture is '$1'; expected X86_64 or ARM64" ;;
  esac
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

# Refuses an image that is not built for `platform` (e.g. linux/amd64): rolled out, every task would fail to start
# ("exec format error"). An arm64 laptop's push or a changed ecs_cpu_architecture would otherwise reach ECS.
require_platform() {
  local repo_url="$1" ref="$2" platform="$3" platforms
  platforms="$(registry_platforms "$repo_url" "$ref")"
  local image="$repo_url:$ref"
  [[ "$ref" != sha256:* ]] || image="$repo_url@$ref"
  grep -qx "$platform" <<<"$platforms" ||
    fail "$image is built for $(paste -sd, <<<"$platforms"), but the tasks run $platform: deploy a new --release-tag"
}

# An upload URL the registry returned in a Location header: absolute, or a path on the registry.
absolute_location() {
  local location="$1" repo_url="$2" base
  base="$(registry_api "$repo_url")"
  if [[ "$location" == http* ]]; then printf '%s' "$location"; else printf '%s%s' "${base%%/v2/*}" "$location"; fi
}

# `url` with `digest=<digest>` added to its query (the registry's upload URLs may carry a query already).
with_digest() {
  if [[ "$1" == *\?* ]]; then printf '%s&digest=%s' "$1" "$2"; else printf '%s?digest=%s' "$1" "$2"; fi
}

# Copies one blob (a layer or an image config) from src_repo to dst_repo unless dst_repo has it. A cross-repository
# mount is asked for first (one request, no data moved); ECR answers it, unless blob mounting is turned on for the
# registry, by starting an ordinary upload (202) instead, which then carries the blob: downloaded from src_repo
# (ECR redirects to S3), sent in one PATCH, closed with its digest, which the registry verifies.
copy_blob() {
  local src_repo="$1" dst_repo="$2" digest="$3" code headers location file answer
  code="$(registry_curl --head --output /dev/null --write-out '%{http_code}' \
    "$(registry_api "$dst_repo")/blobs/$digest")" || fail "the registry of $dst_repo did not answer"
  [[ "$code" == 200 ]] && return 0
  headers="$(mktemp)"
  code="$(registry_curl --request POST --dump-header "$headers" --output /dev/null --write-out '%{http_code}' \
    "$(registry_api "$dst_repo")/blobs/uploads/?mount=$digest&from=${src_repo#*/}")" ||
    fail "the registry of $dst_repo did not answer"
  location="$(tr -d '\r' <"$headers" | sed -n 's/^[Ll]ocation: //p' | tail -n 1)"
  rm -f "$headers"
  [[ "$code" == 201 ]] && return 0
  [[ "$code" == 202 && -n "$location" ]] || fail "starting an upload of $digest to $dst_repo failed (HTTP $code)"
  file="$(mktemp)"
  registry_curl --fail --location --output "$file" "$(registry_api "$src_repo")/blobs/$digest" ||
    fail "could not read blob $digest of $src_repo"
  headers="$(mktemp)"
  code="$(registry_curl --request PATCH --dump-header "$headers" --output /dev/null --write-out '%{http_code}' \
    --header 'Content-Type: application/octet-stream' --data-binary "@$file" "$(absolute_location "$location" "$dst_repo")")" ||
    fail "the registry of $dst_repo did not answer"
  rm -f "$file"
  location="$(tr -d '\r' <"$headers" | sed -n 's/^[Ll]ocation: //p' | tail -n 1)"
  rm -f "$headers"
  [[ "$code" == 202 && -n "$location" ]] || fail "uploading blob $digest to $dst_repo failed (HTTP $code)"
  answer="$(registry_curl --request PUT --output /dev/null --write-out '%{http_code}' \
    "$(with_digest "$(absolute_location "$location" "$dst_repo")" "$digest")")" || answer=unreachable
  [[ "$answer" == 201 ]] || fail "completing blob $digest in $dst_repo failed (registry answered $answer)"
}

# PUTs a manifest file under `ref` (a tag, or its digest for the images an index lists).
put_manifest() {
  local repo_url="$1" ref="$2" media_type="$3" file="$4" answer body
  body="$(mktemp)"
  answer="$(registry_curl --request PUT --output "$body" --write-out '%{http_code}' \
    --header "Content-Type: $media_type" --data-binary "@$file" \
    "$(registry_api "$repo_url")/manifests/$ref")" || answer=unreachable
  [[ "$answer" == 201 ]] || {
    local reason
    reason="$(head -c 400 "$body")"
    rm -f "$body"
    fail "storing the manifest $ref in $repo_url failed (registry answered $answer): $reason"
  }
  rm -f "$body"
}

# Copies the image src_repo:ref (one image, or a multi-platform index with every image it lists) to dst_repo as
# dst_repo:tag with the same bytes, so the digest is the same: what was tested is what runs.
copy_image() {
  local src_repo="$1" ref="$2" dst_repo="$3" tag="$4" file media_type status=0 child child_file child_type
  file="$(mktemp)"
  media_type="$(fetch_manifest "$src_repo" "$ref" "$file")" || status=$?
  if [[ $status -ne 0 ]]; then
    rm -f "$file"
    [[ $status -eq 3 ]] && fail "$src_repo:$ref does not exist in the registry"
    exit "$status"
  fi
  case "$media_type" in
    *image.index* | *manifest.list*)
      for child in $(jq -r '.manifests[].digest' "$file"); do
        child_file="$(mktemp)"
        child_type="$(fetch_manifest "$src_repo" "$child" "$child_file")" || fail "$src_repo@$child is missing"
        copy_image_blobs "$src_repo" "$dst_repo" "$child_file"
        put_manifest "$dst_repo" "$child" "$child_type" "$child_file"
        rm -f "$child_file"
      done
      ;;
    *) copy_image_blobs "$src_repo" "$dst_repo" "$file" ;;
  esac
  put_manifest "$dst_repo" "$tag" "$media_type" "$file"
  rm -f "$file"
}

# The config and layer blobs one image manifest names.
copy_image_blobs() {
  local src_repo="$1" dst_repo="$2" manifest="$3" digest
  for digest in $(jq -r '.config.digest, .layers[].digest' "$manifest"); do
    copy_blob "$src_repo" "$dst_repo" "$digest"
  done
}
