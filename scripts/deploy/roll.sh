#!/usr/bin/env bash
# The roll step: a new ECS deployment of the backend service onto a task definition revision (release.sh's, pinned
# to an image digest), then wait until the service is stable and check that it is OUR deployment that completed —
# the deployment circuit breaker or a deployment alarm may have rolled it back, and a rolled-back service is
# stable too.
set -euo pipefail
STEP=roll
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
# shellcheck source=lib/revision-option.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/revision-option.sh"

# The AWS CLI waiter gives up by itself after 10 minutes, so a larger value has no effect.
ROLL_TIMEOUT_SECONDS="${ROLL_TIMEOUT_SECONDS:-600}"

usage() {
  cat <<EOF
Usage: scripts/deploy/roll.sh [--task-definition ARN] [common options]

aws ecs update-service --task-definition ARN --force-new-deployment on ecs_cluster_name /
ecs_service_name, then aws ecs wait services-stable, then checks that the new deployment completed
(was not rolled back).

Options:
$(revision_option_usage)
$(common_usage)

Environment: ROLL_TIMEOUT_SECONDS (600, the wait for a stable service), CALL_TIMEOUT_SECONDS (120).
EOF
}

main() {
  parse_options "$@"
  require_tools aws terraform timeout
  load_region
  local cluster service deployment
  cluster="$(tf_output ecs_cluster_name)"
  service="$(tf_output ecs_service_name)"
  TASK_DEFINITION="$(revision_to_run)"

  progress "a new deployment of $service on $cluster running $TASK_DEFINITION"
  deployment="$(change_within "$CALL_TIMEOUT_SECONDS" "aws ecs update-service" \
    aws --region "$AWS_REGION" ecs update-service --cluster "$cluster" --service "$service" \
    --task-definition "$TASK_DEFINITION" --force-new-deployment --query "service.deployments[?status=='PRIMARY'] | [0].id" --output text)" ||
    fail "aws ecs update-service failed (output above)"
  if is_dry_run; then
    show_command aws --region "$AWS_REGION" ecs wait services-stable --cluster "$cluster" --services "$service"
    return 0
  fi
  [[ -n "$deployment" && "$deployment" != None ]] || fail "ECS returned no primary deployment for $service"

  local events_hint="aws ecs describe-services --region $AWS_REGION --cluster $cluster --services $service --query 'services[0].events[:10].[createdAt,message]' --output text"
  progress "deployment $deployment started; waiting for the service to be stable (up to ${ROLL_TIMEOUT_SECONDS}s)"
  change_within "$ROLL_TIMEOUT_SECONDS" "$service to become stable; recent events: $events_hint" \
    aws --region "$AWS_REGION" ecs wait services-stable --cluster "$cluster" --services "$service" ||
    fail "$service did not become stable; recent events: $events_hint"

  local state status rollout reason
  state="$(aws_read ecs describe-services --cluster "$cluster" --services "$service" \
    --query "services[0].deployments[?id=='$deployment'] | [0].[status, rolloutState, rolloutStateReason]" \
    --output text)"
  IFS=$'\t' read -r status rollout reason <<<"$state"
  if [[ "$status" == PRIMARY && "$rollout" == COMPLETED ]]; then
    progress "deployment $deployment completed; $service is stable"
    return 0
  fi
  if [[ -z "$status" || "$status" == None ]]; then
    fail "deployment $deployment is gone: ECS rolled $service back to an earlier deployment; recent events: $events_hint"
  fi
  fail "deployment $deployment ended $status/$rollout ($reason); recent events: $events_hint"
}

main "$@"
