variable "name" {
  description = "Name of the schedule, and prefix of its role, dead-letter queue, metric and alarm (e.g. spendwise-dev-rates-fetch)."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,46}[a-z0-9]$", var.name))
    error_message = "name must be 3-48 lowercase letters, digits or hyphens, starting with a letter (IAM role names add -scheduler)."
  }
}

variable "description" {
  description = "What the scheduled task does, shown on the schedule."
  type        = string
  default     = null
}

variable "enabled" {
  description = "Whether the schedule fires (false keeps everything in place but runs nothing)."
  type        = bool
  default     = true
}

variable "schedule_expression" {
  description = "When to run: a cron() expression, evaluated in schedule_timezone."
  type        = string

  validation {
    condition     = can(regex("^cron\\(.+\\)$", var.schedule_expression))
    error_message = "schedule_expression must be a cron(...) expression: the job follows a publication time on the clock, not a rate."
  }
}

variable "schedule_timezone" {
  description = "IANA time zone the cron expression is evaluated in (so it follows daylight saving time)."
  type        = string

  validation {
    condition     = can(regex("^[A-Za-z]+(/[A-Za-z0-9_+-]+)+$", var.schedule_timezone))
    error_message = "schedule_timezone must be a named IANA time zone such as Europe/Berlin (not UTC or an offset)."
  }
}

variable "cluster_arn" {
  description = "ARN of the ECS cluster the task runs in."
  type        = string
}

variable "task_definition_family" {
  description = "Family of the task definition to run; its latest ACTIVE revision runs, so the job follows deployments."
  type        = string
}

variable "container_name" {
  description = "Container of the task definition whose command is overridden."
  type        = string
}

variable "command" {
  description = "Command the container runs instead of its default (exec form)."
  type        = list(string)

  validation {
    condition     = length(var.command) > 0
    error_message = "command must not be empty."
  }
}

variable "pass_role_arns" {
  description = "The task definition's execution and task role ARNs: the only roles Scheduler may pass, and only to ECS tasks."
  type        = list(string)

  validation {
    condition     = length(var.pass_role_arns) > 0
    error_message = "pass_role_arns must list the task definition's roles."
  }
}

variable "subnet_ids" {
  description = "Subnets the task runs in (the service's)."
  type        = list(string)
}

variable "security_group_ids" {
  description = "Security groups of the task (the service's tasks' group, which may reach the database)."
  type        = list(string)
}

variable "assign_public_ip" {
  description = "Whether the task gets a public IP (must match the service: true only in subnets without NAT)."
  type        = bool
  default     = false
}

variable "maximum_retry_attempts" {
  description = "Times Scheduler retries starting the task when RunTask fails (EventBridge Scheduler allows 0-185)."
  type        = number
  default     = 3

  validation {
    condition     = var.maximum_retry_attempts >= 0 && var.maximum_retry_attempts <= 185 && floor(var.maximum_retry_attempts) == var.maximum_retry_attempts
    error_message = "maximum_retry_attempts must be a whole number from 0 to 185."
  }
}

variable "maximum_event_age_in_seconds" {
  description = "How long Scheduler keeps retrying a run before it goes to the dead-letter queue (EventBridge Scheduler allows 60-86400)."
  type        = number
  default     = 3600

  validation {
    condition     = var.maximum_event_age_in_seconds >= 60 && var.maximum_event_age_in_seconds <= 86400
    error_message = "maximum_event_age_in_seconds must be from 60 to 86400."
  }
}

variable "log_group_name" {
  description = "Log group the task's container writes to (the task definition's awslogs group)."
  type        = string
}

variable "success_log_term" {
  description = "Term a successful run writes to its log; the alarm counts lines containing it."
  type        = string

  validation {
    condition     = can(regex("^[A-Za-z0-9_]+$", var.success_log_term))
    error_message = "success_log_term must be one word of letters, digits or underscores (a CloudWatch Logs filter term)."
  }
}

variable "alarm_after_days" {
  description = "Alarm when this many consecutive days passed without a success line (CloudWatch allows up to 7 one-day periods)."
  type        = number
  default     = 2

  validation {
    condition     = var.alarm_after_days >= 1 && var.alarm_after_days <= 7 && floor(var.alarm_after_days) == var.alarm_after_days
    error_message = "alarm_after_days must be a whole number from 1 to 7 (period x evaluation periods may not exceed 7 days)."
  }
}

variable "alarm_runbook" {
  description = "Where the alarm's description points the person it wakes (a doc path or URL)."
  type        = string
}

variable "alarm_actions" {
  description = "ARNs (e.g. the alarm SNS topic) notified when the alarm fires or recovers."
  type        = list(string)
  default     = []
}

variable "tags" {
  description = "Extra tags for every resource of this module."
  type        = map(string)
  default     = {}
}
