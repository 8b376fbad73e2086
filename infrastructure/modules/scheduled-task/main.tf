data "aws_region" "current" {}
data "aws_caller_identity" "current" {}

locals {
  # The family's ARN without a revision: ECS runs its latest ACTIVE revision, which is what the deploy runbook
  # registers for each release, so the job always runs the image the service runs.
  task_definition_family_arn = "arn:aws:ecs:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:task-definition/${var.task_definition_family}"
  metric_namespace           = "SpendWise/ScheduledTasks"
  metric_name                = "${var.name}-succeeded"
}

################################################################################
# Dead-letter queue: runs Scheduler could not start (RunTask refused or throttled) after every retry
################################################################################

resource "aws_sqs_queue" "dead_letter" {
  name                      = "${var.name}-dlq"
  message_retention_seconds = 1209600 # 14 days, SQS's maximum: time to read why a run never started.
  sqs_managed_sse_enabled   = true

  tags = var.tags
}

################################################################################
# The role EventBridge Scheduler assumes: run this one task family, pass only its roles, write to its DLQ
################################################################################

data "aws_iam_policy_document" "assume" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["scheduler.amazonaws.com"]
    }

    # Confused-deputy guard: only Scheduler acting for this account may assume the role.
    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [data.aws_caller_identity.current.account_id]
    }
  }
}

resource "aws_iam_role" "scheduler" {
  name               = "${var.name}-scheduler"
  assume_role_policy = data.aws_iam_policy_document.assume.json

  tags = var.tags
}

data "aws_iam_policy_document" "scheduler" {
  statement {
    sid       = "RunTheTask"
    actions   = ["ecs:RunTask"]
    resources = [local.task_definition_family_arn, "${local.task_definition_family_arn}:*"]

    condition {
      test     = "ArnEquals"
      variable = "ecs:cluster"
      values   = [var.cluster_arn]
    }
  }

  statement {
    sid       = "PassTheTaskRoles"
    actions   = ["iam:PassRole"]
    resources = var.pass_role_arns

    condition {
      test     = "StringEquals"
      variable = "iam:PassedToService"
      values   = ["ecs-tasks.amazonaws.com"]
    }
  }

  statement {
    sid       = "DeadLetters"
    actions   = ["sqs:SendMessage"]
    resources = [aws_sqs_queue.dead_letter.arn]
  }
}

resource "aws_iam_role_policy" "scheduler" {
  name   = "run-${var.name}"
  role   = aws_iam_role.scheduler.id
  policy = data.aws_iam_policy_document.scheduler.json
}

################################################################################
# The schedule
################################################################################

resource "aws_scheduler_schedule" "this" {
  name        = var.name
  description = var.description

  schedule_expression          = var.schedule_expression
  schedule_expression_timezone = var.schedule_timezone
  state                        = var.enabled ? "ENABLED" : "DISABLED"

  flexible_time_window {
    mode = "OFF"
  }

  target {
    arn      = var.cluster_arn
    role_arn = aws_iam_role.scheduler.arn
    # Becomes RunTask's overrides: the image's default command (the API) replaced by the job's.
    input = jsonencode({
      containerOverrides = [{ name = var.container_name, command = var.command }]
    })

    ecs_parameters {
      task_definition_arn = local.task_definition_family_arn
      launch_type         = "FARGATE"
      task_count          = 1

      network_configuration {
        subnets          = var.subnet_ids
        security_groups  = var.security_group_ids
        assign_public_ip = var.assign_public_ip
      }
    }

    # Retries cover starting the task (RunTask throttled or failing); a task that starts and exits non-zero is
    # not retried by Scheduler: the command retries its own downloads, and the next run fills any gap.
    retry_policy {
      maximum_retry_attempts       = var.maximum_retry_attempts
      maximum_event_age_in_seconds = var.maximum_event_age_in_seconds
    }

    dead_letter_config {
      arn = aws_sqs_queue.dead_letter.arn
    }
  }
}

################################################################################
# The alarm: no run logged its success line for alarm_after_days days
################################################################################

resource "aws_cloudwatch_log_metric_filter" "succeeded" {
  name           = "${var.name}-succeeded"
  log_group_name = var.log_group_name
  pattern        = "\"${var.success_log_term}\""

  metric_transformation {
    name      = local.metric_name
    namespace = local.metric_namespace
    value     = "1"
    unit      = "Count"
  }
}

resource "aws_cloudwatch_metric_alarm" "no_success" {
  alarm_name        = "${var.name}-no-success"
  alarm_description = "No ${var.name} run logged ${var.success_log_term} for ${var.alarm_after_days} days (${var.alarm_runbook})."

  namespace   = local.metric_namespace
  metric_name = local.metric_name
  statistic   = "Sum"
  unit        = "Count"
  period      = 86400
  # Each of the last alarm_after_days days without a success line (a day without any run counts too: missing
  # data is breaching, so a schedule that stopped firing alarms as well).
  evaluation_periods  = var.alarm_after_days
  datapoints_to_alarm = var.alarm_after_days
  comparison_operator = "LessThanThreshold"
  threshold           = 1
  treat_missing_data  = "breaching"

  alarm_actions = var.alarm_actions
  ok_actions    = var.alarm_actions

  tags = var.tags
}
