output "schedule_name" {
  description = "Name of the EventBridge Scheduler schedule."
  value       = aws_scheduler_schedule.this.name
}

output "schedule_arn" {
  description = "ARN of the EventBridge Scheduler schedule."
  value       = aws_scheduler_schedule.this.arn
}

output "scheduler_role_arn" {
  description = "ARN of the role EventBridge Scheduler assumes to run the task."
  value       = aws_iam_role.scheduler.arn
}

output "dead_letter_queue_url" {
  description = "URL of the SQS queue holding runs Scheduler could not start."
  value       = aws_sqs_queue.dead_letter.url
}

output "alarm_name" {
  description = "Name of the CloudWatch alarm that fires when no run succeeded for alarm_after_days days."
  value       = aws_cloudwatch_metric_alarm.no_success.alarm_name
}

output "alarm_arn" {
  description = "ARN of the no-success alarm (for dashboards)."
  value       = aws_cloudwatch_metric_alarm.no_success.arn
}
