# shellcheck shell=bash
# The --task-definition option of the steps that run one revision (roll.sh, migrate.sh): deploy.sh hands them the
# revision release.sh registered; run alone, they take the family's newest. Sourced after common.sh; the step's
# parse_options calls parse_step_option for options it does not know.

TASK_DEFINITION=""

revision_option_usage() {
  cat <<'USAGE'
  --task-definition ARN  The revision to run (release.sh prints it; default: the newest revision
                         of ecs_task_definition_family)
USAGE
}

parse_step_option() {
  case "$1" in
    --task-definition)
      require_value "$1" "${2:-}"
      TASK_DEFINITION="$2"
      return 2
      ;;
  esac
  return 0
}

# The revision to run: --task-definition's ARN, else the family (ECS runs its newest ACTIVE revision).
revision_to_run() {
  if [[ -n "$TASK_DEFINITION" ]]; then
    printf '%s' "$TASK_DEFINITION"
  else
    tf_output ecs_task_definition_family
  fi
}
