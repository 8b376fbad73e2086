#!/usr/bin/env bash
# The smoke step, runnable against any deployed environment: the API answers /health/ready (it reaches its
# database) through the load balancer, then a real browser signs up on the web app, lands on
# /confirm-signup?email=…, the account is confirmed through Cognito's admin API (no mailbox needed), and after
# signing in the dashboard loads and calls the API successfully. The smoke user is deleted afterwards.
set -euo pipefail
STEP=smoke
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

API_URL="${SMOKE_API_URL:-}"
WEB_URL="${SMOKE_WEB_URL:-}"
USER_POOL_ID="${SMOKE_USER_POOL_ID:-}"
HEALTH_TIMEOUT_SECONDS="${HEALTH_TIMEOUT_SECONDS:-180}"
BROWSER_TIMEOUT_SECONDS="${BROWSER_TIMEOUT_SECONDS:-300}"
readonly SMOKE_CONFIG="$REPO_ROOT/tests/deploy/smoke/playwright.config.mjs"

usage() {
  cat <<EOF
Usage: scripts/deploy/smoke.sh [--api-url URL] [--web-url URL] [--user-pool-id ID] [--region REGION]
                               [common options]

1. GET <api-url>/health/ready must answer 200 (retried up to HEALTH_TIMEOUT_SECONDS=$HEALTH_TIMEOUT_SECONDS).
2. Playwright in Chromium: <web-url>/signup → /confirm-signup?email=… → the account is confirmed with
   aws cognito-idp admin-confirm-sign-up → sign in → /dashboard loads and its API call answers 200.
   The smoke user is deleted again (admin-delete-user). Up to BROWSER_TIMEOUT_SECONDS=$BROWSER_TIMEOUT_SECONDS.

Options (each defaults to the Terraform output named in brackets, so none is needed after an apply):
  --api-url URL       Base URL of the API (env SMOKE_API_URL) [api_base_url]
  --web-url URL       Base URL of the web app (env SMOKE_WEB_URL) [web_url]
  --user-pool-id ID   Cognito user pool of the web app (env SMOKE_USER_POOL_ID) [cognito_user_pool_id]
  --region REGION     Region of the user pool (env AWS_REGION) [aws_region]
$(common_usage)

Needs the repository's npm dependencies (npm ci) and Chromium: CHROMIUM_PATH, /usr/bin/chromium, or
Playwright's own (npx playwright install chromium). AWS credentials allowed to call
cognito-idp:AdminConfirmSignUp and AdminDeleteUser on the pool. SMOKE_EMAIL_DOMAIN (default example.com)
is the domain of the throw-away smoke addresses. SMOKE_RESOLVE="host:port:address[,…]" checks an
environment before its DNS names exist (a new custom domain): curl --resolve and Chromium's host
resolver send those names to those addresses, while TLS still checks the names.
EOF
}

parse_step_option() {
  case "$1" in
    --api-url | --web-url | --user-pool-id | --region) require_value "$1" "${2:-}" ;;
  esac
  case "$1" in
    --api-url) API_URL="$2" ;;
    --web-url) WEB_URL="$2" ;;
    --user-pool-id) USER_POOL_ID="$2" ;;
    --region) AWS_REGION="$2" ;;
    *) return 0 ;;
  esac
  return 2
}

# curl --resolve arguments for SMOKE_RESOLVE (the browser gets the same mapping in playwright.config.mjs).
RESOLVE_ARGS=()
read_resolve() {
  local entry
  [[ -n "${SMOKE_RESOLVE:-}" ]] || return 0
  IFS=',' read -ra entries <<<"$SMOKE_RESOLVE"
  for entry in "${entries[@]}"; do
    [[ "$entry" =~ ^[A-Za-z0-9.-]+:[0-9]+:[0-9A-Fa-f.:]+$ ]] ||
      fail "SMOKE_RESOLVE entry '$entry' is not host:port:address"
    RESOLVE_ARGS+=(--resolve "$entry")
  done
}

check_api_health() {
  local url="${API_URL%/}/health/ready" deadline status=""
  progress "GET $url (up to ${HEALTH_TIMEOUT_SECONDS}s)"
  show_command curl --fail --silent --show-error --max-time 10 "${RESOLVE_ARGS[@]}" "$url"
  is_dry_run && return 0
  deadline=$((SECONDS + HEALTH_TIMEOUT_SECONDS))
  while ((SECONDS < deadline)); do
    status="$(curl --silent --output /dev/null --write-out '%{http_code}' --max-time 10 "${RESOLVE_ARGS[@]}" "$url" ||
      true)"
    if [[ "$status" == 200 ]]; then
      progress "API ready: $url answered 200"
      return 0
    fi
    sleep 5
  done
  fail "the API is not ready: $url last answered ${status:-nothing} (timed out after ${HEALTH_TIMEOUT_SECONDS}s)"
}

check_signup_journey() {
  progress "browser: $WEB_URL/signup → /confirm-signup → admin confirm → sign in → /dashboard"
  SMOKE_WEB_URL="$WEB_URL" SMOKE_API_URL="$API_URL" SMOKE_USER_POOL_ID="$USER_POOL_ID" AWS_REGION="$AWS_REGION" \
    change_within "$BROWSER_TIMEOUT_SECONDS" "the browser sign-up check" \
    npx --no-install playwright test --config "$SMOKE_CONFIG" ||
    fail "the sign-up → dashboard check failed (Playwright's report above; traces in tests/deploy/smoke/artifacts)"
  is_dry_run || progress "sign-up → confirm-signup → dashboard works and the dashboard's API call answered 200"
}

main() {
  AWS_REGION="${AWS_REGION:-}"
  parse_options "$@"
  require_tools curl timeout npx aws
  [[ -n "$AWS_REGION" ]] || load_region
  [[ -n "$API_URL" ]] || API_URL="$(tf_output api_base_url)"
  [[ -n "$WEB_URL" ]] || WEB_URL="$(tf_output web_url)"
  [[ -n "$USER_POOL_ID" ]] || USER_POOL_ID="$(tf_output cognito_user_pool_id)"
  export AWS_REGION
  read_resolve
  # npx finds the repository's Playwright from here.
  cd "$REPO_ROOT"
  check_api_health
  check_signup_journey
}

main "$@"
