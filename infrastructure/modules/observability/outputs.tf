output "log_group_name" {
  description = "Name of the backend container log group."
  value       = aws_cloudwatch_log_group.backend.name
}

output "log_group_arn" {
  description = "ARN of the backend container log group."
  value       = aws_cloudwatch_log_group.backend.arn
}

output "alarm_topic_arn" {
  description = "SNS topic every alarm notifies."
  value       = aws_sns_topic.alarms.arn
}

output "alarm_names" {
  description = "Names of the CloudWatch alarms."
  value = [
    aws_cloudwatch_metric_alarm.alb_5xx.alarm_name,
    aws_cloudwatch_metric_alarm.unhealthy_hosts.alarm_name,
    aws_cloudwatch_metric_alarm.ecs_cpu.alarm_name,
    aws_cloudwatch_metric_alarm.db_cpu.alarm_name,
    aws_cloudwatch_metric_alarm.db_free_storage.alarm_name,
    aws_cloudwatch_metric_alarm.no_healthy_hosts.alarm_name,
    aws_cloudwatch_metric_alarm.db_connection_failures.alarm_name,
  ]
}

output "db_connection_failure_metric" {
  description = "Namespace and name of the custom metric counting requests the database could not serve."
  value = {
    namespace = local.metric_namespace
    name      = aws_cloudwatch_log_metric_filter.db_connection_failures.metric_transformation[0].name
  }
}

output "deployment_alarm_names" {
  description = "Alarms an ECS deployment watches and rolls back on: 5xx responses and unhealthy targets."
  value = [
    aws_cloudwatch_metric_alarm.alb_5xx.alarm_name,
    aws_cloudwatch_metric_alarm.unhealthy_hosts.alarm_name,
  ]
}

output "dashboard_name" {
  description = "Name of the CloudWatch dashboard (traffic, 5xx, latency, tasks, database, alarms)."
  value       = aws_cloudwatch_dashboard.this.dashboard_name
}
