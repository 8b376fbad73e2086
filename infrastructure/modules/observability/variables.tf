variable "name" {
  description = "Name prefix for alarms, the SNS topic and the log group (e.g. spendwise-dev)."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,30}[a-z0-9]$", var.name))
    error_message = "name must be 3-32 lowercase letters, digits or hyphens, starting with a letter."
  }
}

variable "log_retention_in_days" {
  description = "Retention of the backend container log group, in days."
  type        = number
  default     = 30

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_in_days)
    error_message = "log_retention_in_days must be a retention value CloudWatch Logs accepts (1, 3, 5, 7, 14, 30, 60, 90, ...); 0 (never expire) is not allowed."
  }
}

variable "log_kms_key_arn" {
  description = "Customer managed KMS key to encrypt the log group; null uses CloudWatch Logs' own encryption."
  type        = string
  default     = null
}

variable "alarm_email" {
  description = "Email address subscribed to the alarm topic (AWS sends a confirmation mail first); null for no subscription."
  type        = string
  default     = null

  validation {
    condition     = var.alarm_email == null || can(regex("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", var.alarm_email))
    error_message = "alarm_email must be an email address or null."
  }
}

variable "extra_alarm_actions" {
  description = "Additional ARNs (SNS topics, etc.) notified when an alarm fires or recovers."
  type        = list(string)
  default     = []
}

variable "alb_arn_suffix" {
  description = "ARN suffix of the application load balancer (CloudWatch LoadBalancer dimension)."
  type        = string
}

variable "target_group_arn_suffix" {
  description = "ARN suffix of the backend target group (CloudWatch TargetGroup dimension)."
  type        = string
}

variable "ecs_cluster_name" {
  description = "Name of the ECS cluster running the backend service."
  type        = string
}

variable "ecs_service_name" {
  description = "Name of the backend ECS service."
  type        = string
}

variable "db_instance_identifier" {
  description = "Identifier of the RDS instance."
  type        = string
}

variable "alb_5xx_threshold" {
  description = "Alarm when the load balancer plus targets return more than this many 5xx responses in 5 minutes."
  type        = number
  default     = 10

  validation {
    condition     = var.alb_5xx_threshold >= 1
    error_message = "alb_5xx_threshold must be at least 1."
  }
}

variable "ecs_cpu_threshold_percent" {
  description = "Alarm when the service's average CPU stays above this percentage for 15 minutes."
  type        = number
  default     = 85

  validation {
    condition     = var.ecs_cpu_threshold_percent > 0 && var.ecs_cpu_threshold_percent <= 100
    error_message = "ecs_cpu_threshold_percent must be in (0, 100]."
  }
}

variable "db_cpu_threshold_percent" {
  description = "Alarm when the database's average CPU stays above this percentage for 15 minutes."
  type        = number
  default     = 85

  validation {
    condition     = var.db_cpu_threshold_percent > 0 && var.db_cpu_threshold_percent <= 100
    error_message = "db_cpu_threshold_percent must be in (0, 100]."
  }
}

variable "db_free_storage_threshold_gib" {
  description = "Alarm when the database's free storage falls below this many GiB."
  type        = number
  default     = 2

  validation {
    condition     = var.db_free_storage_threshold_gib > 0
    error_message = "db_free_storage_threshold_gib must be positive."
  }
}

variable "db_connection_failure_threshold" {
  description = "Alarm when at least this many requests in 5 minutes fail because the database cannot be reached or refuses the API."
  type        = number
  default     = 3

  validation {
    condition     = var.db_connection_failure_threshold >= 1
    error_message = "db_connection_failure_threshold must be at least 1."
  }
}

variable "dashboard_extra_alarm_arns" {
  description = "ARNs of alarms defined elsewhere (e.g. the scheduled tasks' no-success alarms) shown on the dashboard's alarm widget."
  type        = list(string)
  default     = []
}

variable "tags" {
  description = "Extra tags for every resource of this module."
  type        = map(string)
  default     = {}
}
