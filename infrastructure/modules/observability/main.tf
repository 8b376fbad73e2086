resource "aws_cloudwatch_log_group" "backend" {
  name              = "/ecs/${var.name}/backend"
  retention_in_days = var.log_retention_in_days
  kms_key_id        = var.log_kms_key_arn

  tags = var.tags
}

# Not encrypted with the AWS managed aws/sns key on purpose: CloudWatch alarms cannot publish to it.
resource "aws_sns_topic" "alarms" {
  name = "${var.name}-alarms"

  tags = var.tags
}

resource "aws_sns_topic_subscription" "email" {
  count = var.alarm_email == null ? 0 : 1

  topic_arn = aws_sns_topic.alarms.arn
  protocol  = "email"
  endpoint  = var.alarm_email
}

locals {
  alarm_actions = concat([aws_sns_topic.alarms.arn], var.extra_alarm_actions)
  # Custom metrics from the backend's log lines.
  metric_namespace = "SpendWise/Backend"
}

resource "aws_cloudwatch_metric_alarm" "alb_5xx" {
  alarm_name          = "${var.name}-alb-5xx"
  alarm_description   = "More than ${var.alb_5xx_threshold} HTTP 5xx responses (load balancer + backend) in 5 minutes."
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  threshold           = var.alb_5xx_threshold
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions

  metric_query {
    id          = "total"
    expression  = "FILL(elb, 0) + FILL(target, 0)"
    label       = "5xx responses"
    return_data = true
  }

  metric_query {
    id = "elb"

    metric {
      namespace   = "AWS/ApplicationELB"
      metric_name = "HTTPCode_ELB_5XX_Count"
      period      = 300
      stat        = "Sum"
      dimensions  = { LoadBalancer = var.alb_arn_suffix }
    }
  }

  metric_query {
    id = "target"

    metric {
      namespace   = "AWS/ApplicationELB"
      metric_name = "HTTPCode_Target_5XX_Count"
      period      = 300
      stat        = "Sum"
      dimensions  = { LoadBalancer = var.alb_arn_suffix }
    }
  }

  tags = var.tags
}

resource "aws_cloudwatch_metric_alarm" "unhealthy_hosts" {
  alarm_name          = "${var.name}-unhealthy-hosts"
  alarm_description   = "At least one backend task failed the /health check for 3 minutes."
  namespace           = "AWS/ApplicationELB"
  metric_name         = "UnHealthyHostCount"
  statistic           = "Maximum"
  period              = 60
  evaluation_periods  = 3
  comparison_operator = "GreaterThanThreshold"
  threshold           = 0
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions

  dimensions = {
    LoadBalancer = var.alb_arn_suffix
    TargetGroup  = var.target_group_arn_suffix
  }

  tags = var.tags
}

resource "aws_cloudwatch_metric_alarm" "ecs_cpu" {
  alarm_name          = "${var.name}-ecs-cpu-high"
  alarm_description   = "Backend service CPU above ${var.ecs_cpu_threshold_percent}% for 15 minutes (autoscaling is not keeping up)."
  namespace           = "AWS/ECS"
  metric_name         = "CPUUtilization"
  statistic           = "Average"
  period              = 300
  evaluation_periods  = 3
  comparison_operator = "GreaterThanThreshold"
  threshold           = var.ecs_cpu_threshold_percent
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions

  dimensions = {
    ClusterName = var.ecs_cluster_name
    ServiceName = var.ecs_service_name
  }

  tags = var.tags
}

resource "aws_cloudwatch_metric_alarm" "db_cpu" {
  alarm_name          = "${var.name}-db-cpu-high"
  alarm_description   = "Database CPU above ${var.db_cpu_threshold_percent}% for 15 minutes."
  namespace           = "AWS/RDS"
  metric_name         = "CPUUtilization"
  statistic           = "Average"
  period              = 300
  evaluation_periods  = 3
  comparison_operator = "GreaterThanThreshold"
  threshold           = var.db_cpu_threshold_percent
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions

  dimensions = {
    DBInstanceIdentifier = var.db_instance_identifier
  }

  tags = var.tags
}

resource "aws_cloudwatch_metric_alarm" "db_free_storage" {
  alarm_name          = "${var.name}-db-free-storage-low"
  alarm_description   = "Database free storage below ${var.db_free_storage_threshold_gib} GiB."
  namespace           = "AWS/RDS"
  metric_name         = "FreeStorageSpace"
  statistic           = "Minimum"
  period              = 300
  evaluation_periods  = 1
  comparison_operator = "LessThanThreshold"
  threshold           = var.db_free_storage_threshold_gib * 1024 * 1024 * 1024
  # A stopped dev database reports nothing; keep the last state instead of alarming.
  treat_missing_data = "missing"
  alarm_actions      = local.alarm_actions
  ok_actions         = local.alarm_actions

  dimensions = {
    DBInstanceIdentifier = var.db_instance_identifier
  }

  tags = var.tags
}

# No healthy task behind the load balancer: every request gets a 502/503 from the ALB. Missing data is breaching:
# a target group with no registered targets at all (service scaled to 0, every task crashed) reports nothing.
resource "aws_cloudwatch_metric_alarm" "no_healthy_hosts" {
  alarm_name          = "${var.name}-no-healthy-hosts"
  alarm_description   = "No backend task passed the /health check for 2 minutes: the API is down."
  namespace           = "AWS/ApplicationELB"
  metric_name         = "HealthyHostCount"
  statistic           = "Maximum"
  period              = 60
  evaluation_periods  = 2
  comparison_operator = "LessThanThreshold"
  threshold           = 1
  treat_missing_data  = "breaching"
  # Spelled out rather than local.alarm_actions so the policy test can trace the actions to the topic.
  alarm_actions = concat([aws_sns_topic.alarms.arn], var.extra_alarm_actions)
  ok_actions    = concat([aws_sns_topic.alarms.arn], var.extra_alarm_actions)

  dimensions = {
    LoadBalancer = var.alb_arn_suffix
    TargetGroup  = var.target_group_arn_suffix
  }

  tags = var.tags
}

# The API logs one JSON warning per request the database could not serve (unreachable, login refused, connection
# closed, too many connections): {"level":"warn","dependency":"database","msg":"dependency unavailable",...}
# (apps/api/src/errors/all-exceptions.filter.ts, DATABASE_DEPENDENCY). The health check does not touch the
# database, so this is how a database that refuses the API becomes visible.
resource "aws_cloudwatch_log_metric_filter" "db_connection_failures" {
  name           = "${var.name}-db-connection-failures"
  log_group_name = aws_cloudwatch_log_group.backend.name
  pattern        = "{ $.dependency = \"database\" }"

  metric_transformation {
    name      = "${var.name}-db-connection-failures"
    namespace = local.metric_namespace
    value     = "1"
    unit      = "Count"
  }
}

resource "aws_cloudwatch_metric_alarm" "db_connection_failures" {
  alarm_name          = "${var.name}-db-connection-failures"
  alarm_description   = "At least ${var.db_connection_failure_threshold} requests in 5 minutes failed because the database could not be reached or refused the API (log: dependency=database)."
  namespace           = local.metric_namespace
  metric_name         = aws_cloudwatch_log_metric_filter.db_connection_failures.metric_transformation[0].name
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  threshold           = var.db_connection_failure_threshold
  # No line means no failing request (a quiet hour is not an outage; no-healthy-hosts covers a dead service).
  treat_missing_data = "notBreaching"
  alarm_actions      = concat([aws_sns_topic.alarms.arn], var.extra_alarm_actions)
  ok_actions         = concat([aws_sns_topic.alarms.arn], var.extra_alarm_actions)

  tags = var.tags
}

################################################################################
# One dashboard: traffic, errors, latency, tasks, database, and every alarm's state
################################################################################

data "aws_region" "current" {}

# Built inline, without locals, so the plan's configuration shows (and the policy test checks) that every
# dimension comes from the load balancer, target group, service and database of this stack.
resource "aws_cloudwatch_dashboard" "this" {
  dashboard_name = var.name

  dashboard_body = jsonencode({
    widgets = concat(
      [{
        type   = "alarm"
        x      = 0
        y      = 0
        width  = 24
        height = 3
        properties = {
          title = "Alarms"
          alarms = concat([
            aws_cloudwatch_metric_alarm.no_healthy_hosts.arn,
            aws_cloudwatch_metric_alarm.db_connection_failures.arn,
            aws_cloudwatch_metric_alarm.alb_5xx.arn,
            aws_cloudwatch_metric_alarm.unhealthy_hosts.arn,
            aws_cloudwatch_metric_alarm.ecs_cpu.arn,
            aws_cloudwatch_metric_alarm.db_cpu.arn,
            aws_cloudwatch_metric_alarm.db_free_storage.arn,
          ], var.dashboard_extra_alarm_arns)
        }
      }],
      # [title, metric rows ([namespace, metric, dimension name, value, ..., {options}]), extra properties]
      [for index, widget in [
        ["Requests (ALB)", [
          ["AWS/ApplicationELB", "RequestCount", "LoadBalancer", var.alb_arn_suffix, { stat = "Sum" }],
        ], {}],
        ["5xx responses (ALB, backend)", [
          ["AWS/ApplicationELB", "HTTPCode_ELB_5XX_Count", "LoadBalancer", var.alb_arn_suffix, { stat = "Sum" }],
          ["AWS/ApplicationELB", "HTTPCode_Target_5XX_Count", "LoadBalancer", var.alb_arn_suffix, { stat = "Sum" }],
        ], {}],
        ["Backend latency p95 (seconds)", [
          ["AWS/ApplicationELB", "TargetResponseTime", "LoadBalancer", var.alb_arn_suffix, { stat = "p95" }],
        ], {}],
        ["Healthy / unhealthy tasks", [
          ["AWS/ApplicationELB", "HealthyHostCount", "TargetGroup", var.target_group_arn_suffix, "LoadBalancer", var.alb_arn_suffix, { stat = "Minimum" }],
          ["AWS/ApplicationELB", "UnHealthyHostCount", "TargetGroup", var.target_group_arn_suffix, "LoadBalancer", var.alb_arn_suffix, { stat = "Maximum" }],
        ], {}],
        ["Backend CPU / memory (%)", [
          ["AWS/ECS", "CPUUtilization", "ClusterName", var.ecs_cluster_name, "ServiceName", var.ecs_service_name, { stat = "Average" }],
          ["AWS/ECS", "MemoryUtilization", "ClusterName", var.ecs_cluster_name, "ServiceName", var.ecs_service_name, { stat = "Average" }],
        ], { yAxis = { left = { min = 0, max = 100 } } }],
        ["Database connections", [
          ["AWS/RDS", "DatabaseConnections", "DBInstanceIdentifier", var.db_instance_identifier, { stat = "Maximum" }],
        ], {}],
        ["Database CPU (%)", [
          ["AWS/RDS", "CPUUtilization", "DBInstanceIdentifier", var.db_instance_identifier, { stat = "Average" }],
        ], { yAxis = { left = { min = 0, max = 100 } } }],
        ["Database free storage (bytes)", [
          ["AWS/RDS", "FreeStorageSpace", "DBInstanceIdentifier", var.db_instance_identifier, { stat = "Minimum" }],
        ], {}],
        ["Requests the database could not serve", [
          [
            aws_cloudwatch_log_metric_filter.db_connection_failures.metric_transformation[0].namespace,
            aws_cloudwatch_log_metric_filter.db_connection_failures.metric_transformation[0].name,
            { stat = "Sum" },
          ],
        ], {}],
        ] : {
        type   = "metric"
        x      = (index % 3) * 8
        y      = 3 + floor(index / 3) * 6
        width  = 8
        height = 6
        properties = merge({
          title   = widget[0]
          metrics = widget[1]
          region  = data.aws_region.current.name
          view    = "timeSeries"
          stacked = false
          period  = 60
        }, widget[2])
      }],
    )
  })
}
