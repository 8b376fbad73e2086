#!/usr/bin/env bash
# The database migration step: a one-off Fargate task of the release's task definition revision (release.sh's, so
# the migrations are the ones in the image about to serve) whose container runs
# `npx prisma migrate deploy` instead of the API, in the service's subnets and security group. The container's
# exit code decides: 0 is success; anything else fails the deploy and names the CloudWatch log stream to read.
set -euo pipefail
STEP=migrate
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
# shellcheck source=lib/revision-option.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/revision-option.sh"

# The AWS CLI waiter gives up by itself after 10 minutes, so a larger value has no effect.
MIGRATE_TIMEOUT_SECONDS="${MIGRATE_TIMEOUT_SECONDS:-600}"
# Shows in the ECS console and in `aws ecs list-tasks --started-by`, so one-off migrations are easy to find.
readonly STARTED_BY=spendwise-deploy-migrate

usage() {
  cat <<EOF
Usage: scripts/deploy/migrate.sh [--task-definition ARN] [common options]

Runs the Prisma migrations as a one-off ECS task (launch type FARGATE, subnets
ecs_private_app_subnet_ids_csv, security group ecs_tasks_security_group_id, container override
{"name":"$BACKEND_CONTAINER","command":$MIGRATE_COMMAND_JSON}), waits until it stops and
checks the container's exit code. A public IP is assigned only when ecs_assign_public_ip = true
in <tf-dir>/terraform.tfvars (without that line: the applied value, terraform output
ecs_assign_public_ip).

Options:
$(revision_option_usage)
$(common_usage)

Environment: MIGRATE_TIMEOUT_SECONDS (600, the wait for the task to stop), CALL_TIMEOUT_SECONDS (120).
EOF
}

# "true"/"false" from a `ecs_assign_public_ip = ...` line of terraform.tfvars, or nothing without such a line.
tfvars_assign_public_ip() {
  local tfvars="$TF_DIR/terraform.tfvars"
  [[ -f "$tfvars" ]] || return 0
  grep -E '^[[:space:]]*ecs_assign_public_ip[[:space:]]*=' "$tfvars" |
    tail -n 1 | sed -E 's/^[^=]*=[[:space:]]*"?([A-Za-z]*)"?.*/\1/' | tr '[:upper:]' '[:lower:]'
}

# ENABLED or DISABLED, as the runbook reads it from terraform.tfvars; the applied value must agree, because a
# one-off task must be placed like the service's tasks (a private task without NAT cannot pull its image).
assign_public_ip() {
  local from_file applied
  from_file="$(tfvars_assign_public_ip)"
  applied="$(tf_output ecs_assign_public_ip)"
  if [[ -z "$from_file" ]]; then
    progress "no ecs_assign_public_ip line in $TF_DIR/terraform.tfvars: using the applied value ($applied)"
    from_file="$applied"
  elif [[ "$from_file" != true && "$from_file" != false ]]; then
    fail "ecs_assign_public_ip in $TF_DIR/terraform.tfvars must be true or false (found: $from_file)"
  elif [[ "$from_file" != "$applied" ]]; then
    fail "terraform.tfvars says ecs_assign_public_ip = $from_file but the applied environment has $applied: run terraform apply first"
  fi
  if [[ "$from_file" == true ]]; then echo ENABLED; else echo DISABLED; fi
}

# Prints the exit code of the migration container, its stop code and the reason ECS gives, tab-separated.
task_outcome() {
  aws_read ecs describe-tasks --cluster "$1" --tasks "$2" \
    --query "tasks[0].[containers[?name=='$BACKEND_CONTAINER'] | [0].exitCode, stopCode, stoppedReason]" \
    --output text
}

main() {
  parse_options "$@"
  require_tools aws terraform timeout
  load_region
  local cluster task_definition subnets security_group log_group public_ip
  cluster="$(tf_output ecs_cluster_name)"
  task_definition="$(revision_to_run)"
  subnets="$(tf_output ecs_private_app_subnet_ids_csv)"
  security_group="$(tf_output ecs_tasks_security_group_id)"
  log_group="$(tf_output ecs_log_group)"
  public_ip="$(assign_public_ip)"

  local network overrides
  network="awsvpcConfiguration={subnets=[$subnets],securityGroups=[$security_group],assignPublicIp=$public_ip}"
  overrides="{\"containerOverrides\":[{\"name\":\"$BACKEND_CONTAINER\",\"command\":$MIGRATE_COMMAND_JSON}]}"

  progress "starting the migration task ($task_definition on $cluster, assignPublicIp=$public_ip)"
  local started task_arn failure
  started="$(change_within "$CALL_TIMEOUT_SECONDS" "aws ecs run-task" \
    aws --region "$AWS_REGION" ecs run-task --cluster "$cluster" --launch-type FARGATE \
    --task-definition "$task_definition" --network-configuration "$network" --overrides "$overrides" \
    --started-by "$STARTED_BY" --query '[tasks[0].taskArn, failures[0].reason]' --output text)" ||
    fail "aws ecs run-task failed (output above)"
  if is_dry_run; then
    show_command aws --region "$AWS_REGION" ecs wait tasks-stopped --cluster "$cluster" --tasks '<task-arn>'
    show_command aws --region "$AWS_REGION" ecs describe-tasks --cluster "$cluster" --tasks '<task-arn>'
    return 0
  fi
  IFS=$'\t' read -r task_arn failure <<<"$started"
  [[ -n "$task_arn" && "$task_arn" != None ]] || fail "ECS did not start the migration task: $failure"
  local task_id="${task_arn##*/}"
  local log_pointer="CloudWatch log group $log_group, stream $BACKEND_CONTAINER/$BACKEND_CONTAINER/$task_id (aws logs get-log-events --region $AWS_REGION --log-group-name $log_group --log-stream-name $BACKEND_CONTAINER/$BACKEND_CONTAINER/$task_id --query 'events[].message' --output text)"
  progress "task $task_id started; waiting for it to stop (up to ${MIGRATE_TIMEOUT_SECONDS}s)"

  change_within "$MIGRATE_TIMEOUT_SECONDS" "migration task $task_id to stop; its logs: $log_pointer" \
    aws --region "$AWS_REGION" ecs wait tasks-stopped --cluster "$cluster" --tasks "$task_arn" ||
    fail "waiting for migration task $task_id failed; its logs: $log_pointer"

  local exit_code stop_code reason
  IFS=$'\t' read -r exit_code stop_code reason <<<"$(task_outcome "$cluster" "$task_arn")"
  if [[ "$exit_code" == 0 ]]; then
    progress "migrations applied (task $task_id exited 0)"
    return 0
  fi
  if [[ -z "$exit_code" || "$exit_code" == None ]]; then
    fail "the migration container never ran to completion (stopCode $stop_code: $reason); see $log_pointer"
  fi
  fail "the migration failed: container $BACKEND_CONTAINER exited $exit_code (task $task_id); read $log_pointer"
}

main "$@"
