variable "name" {
  description = "Name prefix (e.g. spendwise-dev). The cluster is <name>, the service and task family <name>-backend."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,30}[a-z0-9]$", var.name))
    error_message = "name must be 3-32 lowercase letters, digits or hyphens, starting with a letter."
  }
}

variable "container_insights" {
  description = "Container Insights level of the cluster: enabled, enhanced or disabled."
  type        = string
  default     = "enabled"

  validation {
    condition     = contains(["enabled", "enhanced", "disabled"], var.container_insights)
    error_message = "container_insights must be enabled, enhanced or disabled."
  }
}

variable "vpc_id" {
  description = "VPC of the service."
  type        = string
}

variable "subnet_ids" {
  description = "Subnets the tasks run in: private app subnets, or public subnets when assign_public_ip is true."
  type        = list(string)

  validation {
    condition     = length(var.subnet_ids) >= 1
    error_message = "subnet_ids must not be empty."
  }
}

variable "assign_public_ip" {
  description = "Give tasks a public IP. Only meaningful with public subnet_ids (cheap dev without NAT); the security group still admits only the load balancer."
  type        = bool
  default     = false
}

variable "alb_security_group_id" {
  description = "Security group of the load balancer, the only source allowed to reach the tasks."
  type        = string
}

variable "target_group_arn" {
  description = "Target group (target_type ip) the service registers its tasks in."
  type        = string
}

variable "alb_arn_suffix" {
  description = "ARN suffix of the load balancer, for request-count autoscaling."
  type        = string
}

variable "target_group_arn_suffix" {
  description = "ARN suffix of the target group, for request-count autoscaling."
  type        = string
}

variable "database_security_group_id" {
  description = "Security group of the database; the tasks may open connections to it on database_port."
  type        = string
}

variable "database_port" {
  description = "Port of the database."
  type        = number
  default     = 5432
}

variable "repository_url" {
  description = "ECR repository URL of the backend image (without tag)."
  type        = string
}

variable "repository_arn" {
  description = "ECR repository ARN; the execution role may pull only from it."
  type        = string
}

variable "image_tag" {
  description = "Tag of the backend image in Terraform's own task definition revision (ecs_backend_image_tag): only the service's first tasks run it. Every deploy registers a revision pinned to its image digest."
  type        = string

  validation {
    condition     = can(regex("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$", var.image_tag))
    error_message = "image_tag must be a valid Docker tag."
  }
}

variable "container_port" {
  description = "Port the backend listens on."
  type        = number
  default     = 4000
}

variable "cpu" {
  description = "Task CPU units (256 = 0.25 vCPU)."
  type        = number
  default     = 256

  validation {
    condition     = contains([256, 512, 1024, 2048, 4096, 8192, 16384], var.cpu)
    error_message = "cpu must be a Fargate size: 256, 512, 1024, 2048, 4096, 8192 or 16384."
  }
}

variable "memory" {
  description = "Task memory in MiB; must be a valid Fargate combination with cpu. The backend container gets all of it."
  type        = number
  default     = 512

  validation {
    condition     = var.memory >= 512 && var.memory <= 122880
    error_message = "memory must be between 512 and 122880 MiB."
  }
}

variable "cpu_architecture" {
  description = "CPU architecture of the image: X86_64 or ARM64 (Graviton, about 20% cheaper; the image must be built for arm64)."
  type        = string
  default     = "X86_64"

  validation {
    condition     = contains(["X86_64", "ARM64"], var.cpu_architecture)
    error_message = "cpu_architecture must be X86_64 or ARM64."
  }
}

variable "environment" {
  description = "Plain environment variables of the backend container. Nothing secret: use secrets for that."
  type        = map(string)
  default     = {}
}

variable "secrets" {
  description = "Secret environment variables from Secrets Manager: name => full secret ARN, optionally with a \":json-key::\" suffix (e.g. \"<arn>:password::\"). The execution role may read exactly these secrets."
  type        = map(string)
  default     = {}

  validation {
    condition     = alltrue([for v in values(var.secrets) : can(regex("^arn:aws[a-z-]*:secretsmanager:[^:]+:[0-9]{12}:secret:", v))])
    error_message = "Every secrets value must be a full Secrets Manager secret ARN (optionally with :json-key:: suffix)."
  }
}

variable "ssm_parameters" {
  description = "Secret environment variables from SSM Parameter Store: name => full parameter ARN. The execution role may read exactly these parameters."
  type        = map(string)
  default     = {}

  validation {
    condition     = alltrue([for v in values(var.ssm_parameters) : can(regex("^arn:aws[a-z-]*:ssm:[^:]+:[0-9]{12}:parameter/", v))])
    error_message = "Every ssm_parameters value must be a full SSM parameter ARN."
  }
}

variable "secrets_kms_key_arns" {
  description = "Customer managed KMS keys protecting the secrets (none needed for AWS managed keys)."
  type        = list(string)
  default     = []
}

variable "log_group_name" {
  description = "CloudWatch log group the container logs to."
  type        = string
}

variable "log_group_arn" {
  description = "ARN of log_group_name."
  type        = string
}

variable "desired_count" {
  description = "Tasks started when the service is created; afterwards autoscaling owns the count."
  type        = number
  default     = 1

  validation {
    condition     = var.desired_count >= 0
    error_message = "desired_count must not be negative."
  }
}

variable "min_capacity" {
  description = "Autoscaling minimum number of tasks."
  type        = number
  default     = 1

  validation {
    condition     = var.min_capacity >= 1
    error_message = "min_capacity must be at least 1."
  }
}

variable "max_capacity" {
  description = "Autoscaling maximum number of tasks."
  type        = number
  default     = 4

  validation {
    condition     = var.max_capacity >= var.min_capacity
    error_message = "max_capacity must be at least min_capacity."
  }
}

variable "cpu_target_percent" {
  description = "Target average CPU utilisation for autoscaling."
  type        = number
  default     = 60

  validation {
    condition     = var.cpu_target_percent >= 10 && var.cpu_target_percent <= 90
    error_message = "cpu_target_percent must be between 10 and 90."
  }
}

variable "requests_per_target" {
  description = "Target ALB requests per task per minute for autoscaling."
  type        = number
  default     = 1000

  validation {
    condition     = var.requests_per_target >= 1
    error_message = "requests_per_target must be at least 1."
  }
}

variable "health_check_grace_period_seconds" {
  description = "Seconds ECS ignores failing load balancer health checks after a task starts (boot plus DB connection)."
  type        = number
  default     = 60

  validation {
    condition     = var.health_check_grace_period_seconds >= 0 && var.health_check_grace_period_seconds <= 2147483647
    error_message = "health_check_grace_period_seconds must not be negative."
  }
}

variable "deployment_alarm_names" {
  description = "CloudWatch alarms a deployment watches: one in ALARM during a rollout rolls the service back to the previous deployment (tasks that pass health checks but fail requests). Empty disables alarm rollback."
  type        = list(string)
  default     = []
}

variable "enable_execute_command" {
  description = "Allow `aws ecs execute-command` into the tasks (adds SSM messages permissions to the task role)."
  type        = bool
  default     = false
}

variable "task_role_policy_json" {
  description = "Extra IAM policy for the application (task role); null when the backend calls no AWS API."
  type        = string
  default     = null
}

variable "tags" {
  description = "Extra tags for every resource of this module."
  type        = map(string)
  default     = {}
}
