# shellcheck shell=bash
# Task definition revisions pinned to image digests: how a release reaches ECS. A tag names an image only as long
# as nobody moves it; a digest always names the same bytes, so the revision a service, a migration or a scheduled
# job runs is exactly the image that was built, tested and promoted. Sourced after common.sh and registry.sh.

# The task definition the service runs now (its newest deployment's), as an ARN.
service_task_definition() {
  local cluster="$1" service="$2" arn
  arn="$(aws_read ecs describe-services --cluster "$cluster" --services "$service" \
    --query 'services[0].taskDefinition' --output text)"
  [[ -n "$arn" && "$arn" != None ]] || fail "service $service on $cluster was not found"
  printf '%s' "$arn"
}

# The backend container's image in a task definition (an ARN, family:revision, or a family for its newest).
task_definition_image() {
  local task_definition="$1" image
  image="$(aws_read ecs describe-task-definition --task-definition "$task_definition" \
    --query "taskDefinition.containerDefinitions[?name=='$BACKEND_CONTAINER'].image | [0]" --output text)"
  [[ -n "$image" && "$image" != None ]] ||
    fail "task definition $task_definition has no container named $BACKEND_CONTAINER"
  printf '%s' "$image"
}

# The digest an image reference of repo_url resolves to: repo@sha256:… as written, repo:tag through the registry
# (nothing when the tag does not exist, e.g. Terraform's bootstrap tag before the first deploy). An image of
# another repository stops the step: outputs of one environment and a service of another must not be mixed.
image_digest() {
  local repo_url="$1" image="$2" name
  if [[ "$image" == *@* ]]; then
    name="${image%@*}"
  else
    name="${image%:*}"
  fi
  # The repository name (spendwise-<env>-backend) is what tells environments apart.
  [[ "$name" == */"${repo_url#*/}" ]] ||
    fail "the task definition runs $image, which is not in ecr_repository_url $repo_url: is $TF_DIR the environment you mean?"
  if [[ "$image" == *@* ]]; then
    printf '%s' "${image#*@}"
  else
    registry_digest "$repo_url" "${image##*:}"
  fi
}

# Registers a revision of `family` running repo_url@digest: a copy of the family's newest revision (Terraform's, or
# the last release's, which copied Terraform's) with only the backend image replaced, tags included. Prints its
# ARN; under --dry-run prints what it would register and "<family>:<new revision>".
register_release_revision() {
  local family="$1" repo_url="$2" digest="$3" current input
  current="$(aws_read ecs describe-task-definition --task-definition "$family" --include TAGS --output json)"
  # Only what RegisterTaskDefinition accepts: the read-only fields (ARN, revision, status, registeredAt, …) go.
  input="$(jq --arg image "$repo_url@$digest" --arg container "$BACKEND_CONTAINER" '
    .tags as $tags
    | .taskDefinition
    | .containerDefinitions |= map(if .name == $container then .image = $image else . end)
    | {family, taskRoleArn, executionRoleArn, networkMode, containerDefinitions, volumes, placementConstraints,
       requiresCompatibilities, cpu, memory, pidMode, ipcMode, proxyConfiguration, ephemeralStorage,
       runtimePlatform}
    | with_entries(select(.value != null and .value != []))
    | if ($tags // []) == [] then . else .tags = $tags end' <<<"$current")"
  show_command aws --region "$AWS_REGION" ecs register-task-definition --family "$family" \
    --cli-input-json "<newest revision of $family with image $repo_url@$digest>"
  if is_dry_run; then
    printf '%s:<new revision>' "$family"
    return 0
  fi
  local arn
  arn="$(bounded "$CALL_TIMEOUT_SECONDS" "aws ecs register-task-definition" \
    aws --region "$AWS_REGION" ecs register-task-definition --cli-input-json "$input" \
    --query 'taskDefinition.taskDefinitionArn' --output text)" ||
    fail "aws ecs register-task-definition failed (output above)"
  [[ "$arn" == arn:* ]] || fail "ECS registered no revision of $family (answer: $arn)"
  printf '%s' "$arn"
}
