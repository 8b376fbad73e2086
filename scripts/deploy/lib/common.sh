# shellcheck shell=bash
# Shared by every deploy step: option parsing, progress lines, --dry-run, bounded waits and the values the
# steps read from `terraform output`. Sourced, never run.

DEPLOY_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REPO_ROOT="$(cd "$DEPLOY_DIR/../.." && pwd)"
readonly DEPLOY_DIR REPO_ROOT

# The container the task definition runs the API in; the migration override targets it by name.
# shellcheck disable=SC2034 # used by the steps that source this file
readonly BACKEND_CONTAINER=backend
# shellcheck disable=SC2034
readonly MIGRATE_COMMAND_JSON='["npx","prisma","migrate","deploy"]'

TF_DIR="${TF_DIR:-$REPO_ROOT/infrastructure/environments/dev}"
DRY_RUN="${DRY_RUN:-0}"
STEP="${STEP:-deploy}" # set by each step before sourcing; prefixes its progress lines
# Every AWS/Terraform call is bounded too, not only the waits: a hung connection must not hang a deploy.
CALL_TIMEOUT_SECONDS="${CALL_TIMEOUT_SECONDS:-120}"

# Failures the steps do not expect (an AWS call refused, a missing permission) still end with an ERROR line that
# names the command; the tool's own message is printed just above it. Errors inside $(…) are reported once, by
# the shell that ran the substitution.
set -o errtrace
# Without this, bash runs $(…) with `set -e` off, and a failed call inside a function used in $(…) goes unnoticed.
shopt -s inherit_errexit
report_unexpected_error() {
  local status="$1" command="$2" line="$3"
  ((BASH_SUBSHELL == 0)) || return 0
  printf '%s [%s] ERROR: stopped because this failed (exit %s, %s line %s): %s\n' "$(date -u +%H:%M:%S)" "$STEP" \
    "$status" "${BASH_SOURCE[1]##*/}" "$line" "$command" >&2
}
trap 'report_unexpected_error $? "$BASH_COMMAND" "$LINENO"' ERR

progress() { printf '%s [%s] %s\n' "$(date -u +%H:%M:%S)" "$STEP" "$*" >&2; }

fail() {
  printf '%s [%s] ERROR: %s\n' "$(date -u +%H:%M:%S)" "$STEP" "$*" >&2
  exit 1
}

is_dry_run() { [[ "$DRY_RUN" == 1 ]]; }

# One word as a shell reads it back: bare when safe, otherwise in single quotes.
shell_word() {
  if [[ "$1" =~ ^[A-Za-z0-9_./:=@,+%-]+$ ]]; then
    printf '%s' "$1"
  else
    printf "'%s'" "${1//\'/\'\\\'\'}"
  fi
}

# Prints a command the way it can be pasted into a shell.
show_command() {
  local line='+' word
  is_dry_run && line='[dry-run]'
  for word in "$@"; do line+=" $(shell_word "$word")"; done
  printf '%s\n' "$line" >&2
}

# Changes something: printed, and skipped under --dry-run. Stdout stays the command's own.
change() {
  show_command "$@"
  is_dry_run && return 0
  "$@"
}

# `change` for a command that may run up to `seconds`; a timeout is reported as what did not finish.
change_within() {
  local seconds="$1" what="$2"
  shift 2
  show_command "$@"
  is_dry_run && return 0
  bounded "$seconds" "$what" "$@"
}

# Runs a command for at most `seconds`; exits with a message naming `what` when it runs out of time.
# --foreground keeps the command in the script's process group, so Ctrl-C (or a CI cancel) stops it too.
bounded() {
  local seconds="$1" what="$2" status=0
  shift 2
  timeout --foreground --kill-after=10 "$seconds" "$@" || status=$?
  if [[ $status -eq 124 || $status -eq 137 ]]; then
    fail "timed out after ${seconds}s: $what"
  fi
  return "$status"
}

# Read-only AWS call: runs under --dry-run too, so the printed commands carry the real names and ids.
aws_read() {
  bounded "$CALL_TIMEOUT_SECONDS" "aws $1 $2" aws --region "$AWS_REGION" "$@"
}

# `terraform output -raw <name>` of TF_DIR; a missing or empty output stops the step.
tf_output() {
  local name="$1" value errors status=0
  [[ -d "$TF_DIR" ]] || fail "Terraform directory not found: $TF_DIR (set --tf-dir or TF_DIR)"
  errors="$(mktemp)"
  value="$(bounded "$CALL_TIMEOUT_SECONDS" "terraform output $name" \
    terraform -chdir="$TF_DIR" output -no-color -raw "$name" 2>"$errors")" || status=$?
  if [[ $status -ne 0 ]]; then
    local reason
    reason="$(grep -v -E '^[[:space:]]*$' "$errors" | head -5 | tr '\n' ' ')"
    rm -f "$errors"
    fail "terraform output $name failed in $TF_DIR (applied? backend initialised?): $reason"
  fi
  rm -f "$errors"
  [[ -n "$value" ]] || fail "terraform output $name is empty in $TF_DIR"
  printf '%s' "$value"
}

require_tools() {
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null 2>&1 || fail "$tool is not installed (needed by this step)"
  done
}

require_value() {
  [[ -n "${2:-}" ]] || fail "$1 needs a value"
}

# Parses the options every step shares; the step's own options are handed to its `parse_step_option`,
# which returns how many arguments it consumed (0 = unknown option).
parse_options() {
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --tf-dir)
        require_value "$1" "${2:-}"
        TF_DIR="$2"
        shift 2
        ;;
      --dry-run)
        DRY_RUN=1
        shift
        ;;
      -h | --help)
        usage
        exit 0
        ;;
      *)
        local consumed=0
        if declare -F parse_step_option >/dev/null; then
          parse_step_option "$@" || consumed=$?
        fi
        [[ $consumed -gt 0 ]] || {
          usage >&2
          fail "unknown option: $1"
        }
        shift "$consumed"
        ;;
    esac
  done
  # Absolute, so a step may change directory (the runbook's paths are relative to where it is run from).
  if [[ -d "$TF_DIR" ]]; then TF_DIR="$(cd "$TF_DIR" && pwd)"; fi
  export TF_DIR DRY_RUN
}

# The shared part of every step's --help.
common_usage() {
  cat <<EOF
Common options:
  --tf-dir DIR   Terraform environment whose outputs are read (env TF_DIR;
                 default: infrastructure/environments/dev)
  --dry-run      Print the commands that would change something instead of running them
                 (read-only look-ups such as terraform output still run)
  -h, --help     This help
EOF
}

# The release tag of a build of HEAD: the commit, when the working tree is exactly that commit (untracked files
# would be built in too).
default_release_tag() {
  [[ -z "$(git -C "$REPO_ROOT" status --porcelain)" ]] ||
    fail "the working tree has uncommitted or untracked files: commit them, or name this build with --release-tag"
  git -C "$REPO_ROOT" rev-parse HEAD
}

load_region() {
  AWS_REGION="$(tf_output aws_region)"
  export AWS_REGION
}
