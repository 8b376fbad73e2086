################################################################################
# General
################################################################################

variable "project" {
  description = "Project name; prefix of every resource name (<project>-<environment>-...)."
  type        = string
  default     = "spendwise"

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,14}$", var.project))
    error_message = "project must be 2-15 lowercase letters, digits or hyphens, starting with a letter."
  }
}

variable "environment" {
  description = "Environment name (dev, prod): part of every resource name. No default: the calling environment says which it is."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9]{1,7}$", var.environment))
    error_message = "environment must be 2-8 lowercase letters or digits, starting with a letter."
  }
}

################################################################################
# Network
################################################################################

variable "vpc_cidr" {
  description = "IPv4 CIDR of the VPC. No default: give each environment its own range (dev 10.20/16, prod 10.30/16) so they can be peered."
  type        = string

  validation {
    condition     = can(cidrnetmask(var.vpc_cidr))
    error_message = "vpc_cidr must be an IPv4 CIDR."
  }
}

variable "az_count" {
  description = "Number of availability zones to use."
  type        = number
  default     = 2

  validation {
    condition     = var.az_count >= 2 && var.az_count <= 4
    error_message = "az_count must be between 2 and 4."
  }
}

variable "nat_gateway_mode" {
  description = "none (no NAT: cheapest, requires ecs_assign_public_ip = true), single or one_per_az."
  type        = string
  default     = "one_per_az"

  validation {
    condition     = contains(["none", "single", "one_per_az"], var.nat_gateway_mode)
    error_message = "nat_gateway_mode must be none, single or one_per_az."
  }
}

variable "enable_vpc_endpoints" {
  description = "Interface endpoints for ECR, CloudWatch Logs, Secrets Manager and SSM in the private app subnets (saves NAT traffic, costs ~$7.30 per endpoint per AZ per month)."
  type        = bool
  default     = false
}

variable "enable_flow_logs" {
  description = "Log rejected VPC traffic to CloudWatch Logs."
  type        = bool
  default     = true
}

################################################################################
# Backend (ECR + ECS)
################################################################################

variable "ecs_backend_image_tag" {
  description = "Tag of the backend image in Terraform's own task definition revision, which only the service's first tasks run (before the first deploy, they fail to pull it unless it exists). Every deploy registers a revision pinned to its release's image digest (docs/deploy.md)."
  type        = string
  default     = "latest"

  validation {
    condition     = can(regex("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$", var.ecs_backend_image_tag))
    error_message = "ecs_backend_image_tag must be a valid Docker tag."
  }
}

variable "release_source_environment" {
  description = "Environment whose ECR repository this one's releases are promoted from: scripts/deploy/promote.sh copies the image that passed there, digest for digest, and nothing is rebuilt. null: this environment builds its own images."
  type        = string
  default     = null

  validation {
    condition     = var.release_source_environment == null || can(regex("^[a-z][a-z0-9-]{0,15}$", var.release_source_environment))
    error_message = "release_source_environment must be an environment name such as dev, or null."
  }
}

variable "ecs_assign_public_ip" {
  description = "true: tasks run in the PUBLIC subnets with public IPs (no NAT needed; still reachable only from the ALB). false: tasks run in the private app subnets and need nat_gateway_mode single or one_per_az."
  type        = bool
  default     = false

  validation {
    condition     = var.ecs_assign_public_ip || var.nat_gateway_mode != "none"
    error_message = "Private tasks (ecs_assign_public_ip = false) need a NAT gateway: set nat_gateway_mode to single or one_per_az."
  }
}

variable "ecs_task_cpu" {
  description = "Backend task CPU units (256 = 0.25 vCPU)."
  type        = number
  default     = 512
}

variable "ecs_task_memory" {
  description = "Backend task memory in MiB (valid Fargate combination with ecs_task_cpu)."
  type        = number
  default     = 1024
}

variable "ecs_cpu_architecture" {
  description = "X86_64 or ARM64 (Graviton); scripts/deploy/push.sh reads it (output ecs_cpu_architecture) and builds the image for that platform."
  type        = string
  default     = "X86_64"
}

variable "ecs_min_capacity" {
  description = "Minimum (and initial) number of backend tasks."
  type        = number
  default     = 2
}

variable "ecs_max_capacity" {
  description = "Maximum number of backend tasks autoscaling may run."
  type        = number
  default     = 6
}

variable "ecs_health_check_grace_period_seconds" {
  description = "Seconds a new task may fail ALB health checks before ECS replaces it."
  type        = number
  default     = 60
}

variable "ecs_container_insights" {
  description = "Container Insights on the cluster: enabled, enhanced or disabled (saves a few dollars a month)."
  type        = string
  default     = "enabled"
}

variable "ecs_enable_execute_command" {
  description = "Allow `aws ecs execute-command` shells into backend tasks."
  type        = bool
  default     = false
}

variable "ecr_force_delete" {
  description = "Let terraform destroy delete the ECR repository with its images."
  type        = bool
  default     = false
}

variable "ecr_keep_image_count" {
  description = "How many recent images the ECR lifecycle policy keeps."
  type        = number
  default     = 30
}

variable "log_level" {
  description = "LOG_LEVEL of the backend."
  type        = string
  default     = "info"

  validation {
    condition     = contains(["fatal", "error", "warn", "info", "debug", "trace"], var.log_level)
    error_message = "log_level must be fatal, error, warn, info, debug or trace."
  }
}

variable "log_retention_in_days" {
  description = "Retention of the backend log group, in days."
  type        = number
  default     = 90
}

variable "extra_cors_origins" {
  description = "Origins allowed by the API's CORS besides the Amplify branch URL (e.g. http://localhost:3000 for local web development against this API)."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for o in var.extra_cors_origins : can(regex("^https?://[^/]+$", o))])
    error_message = "extra_cors_origins must be origins like https://example.com (scheme and host, no path)."
  }
}

################################################################################
# Load balancer
################################################################################

variable "alb_ingress_cidr_blocks" {
  description = "IPv4 ranges allowed to reach the load balancer."
  type        = list(string)
  default     = ["0.0.0.0/0"]
}

variable "alb_certificate_arn" {
  description = "ACM certificate for api_domain_name. With it the API is HTTPS-only (80 redirects); without it plain HTTP, which browsers block from the HTTPS Amplify site (mixed content)."
  type        = string
  default     = null
}

variable "api_domain_name" {
  description = "Domain of the API (e.g. api.dev.example.com); required with alb_certificate_arn."
  type        = string
  default     = null
}

variable "route53_zone_id" {
  description = "Route 53 hosted zone to create the api_domain_name alias in; null if DNS is managed elsewhere."
  type        = string
  default     = null
}

variable "alb_deletion_protection" {
  description = "Protect the load balancer against deletion."
  type        = bool
  default     = true
}

variable "alb_access_logs_enabled" {
  description = "Write ALB access logs to a bucket Terraform creates (SSE-S3, private, 90-day expiry): who called what, from where, for 90 days (dev turns it off: cost, and moto does not deliver logs)."
  type        = bool
  default     = true
}

variable "alb_access_logs_bucket" {
  description = "Existing S3 bucket for ALB access logs instead of the created one (bucket policy must allow ELB log delivery); null: the created bucket when alb_access_logs_enabled."
  type        = string
  default     = null
}

variable "alb_access_logs_elb_account_principal" {
  description = "Grant the region's ELB account on the access logs bucket (regions opened before August 2022); set false in newer regions, which deliver only as logdelivery.elasticloadbalancing.amazonaws.com."
  type        = bool
  default     = true
}

################################################################################
# Database
################################################################################

variable "db_engine_version" {
  description = "PostgreSQL major (or major.minor) version."
  type        = string
  default     = "17"
}

variable "db_instance_class" {
  description = "RDS instance class."
  type        = string
  default     = "db.t4g.small"
}

variable "db_allocated_storage" {
  description = "Initial database storage in GiB."
  type        = number
  default     = 20
}

variable "db_max_allocated_storage" {
  description = "Storage autoscaling ceiling in GiB (0 disables)."
  type        = number
  default     = 200
}

variable "db_name" {
  description = "Name of the application database."
  type        = string
  default     = "spendwise"
}

variable "db_master_username" {
  description = "Master user name (password managed by RDS in Secrets Manager)."
  type        = string
  default     = "spendwise"
}

variable "db_multi_az" {
  description = "Synchronous standby in a second AZ."
  type        = bool
  default     = true
}

variable "db_deletion_protection" {
  description = "Refuse to delete the database."
  type        = bool
  default     = true
}

variable "db_backup_retention_days" {
  description = "Days of automated backups (1-35)."
  type        = number
  default     = 14
}

variable "db_skip_final_snapshot" {
  description = "Delete the database without a final snapshot."
  type        = bool
  default     = false
}

variable "db_apply_immediately" {
  description = "Apply database modifications immediately instead of in the maintenance window."
  type        = bool
  default     = false
}

variable "db_performance_insights_enabled" {
  description = "Enable Performance Insights on the database (7 days of retention are free). Policy rule prod-database-observable requires it in prod."
  type        = bool
  default     = true
}

variable "db_cloudwatch_logs_exports" {
  description = "PostgreSQL logs published to CloudWatch Logs (postgresql, upgrade). Policy rule prod-database-observable requires postgresql in prod."
  type        = list(string)
  default     = ["postgresql", "upgrade"]
}

################################################################################
# Auth (Cognito)
################################################################################

variable "cognito_deletion_protection" {
  description = "Refuse to delete the user pool (and its users)."
  type        = bool
  default     = true
}

variable "cognito_mfa_configuration" {
  description = "MFA for users: OFF, OPTIONAL (TOTP) or ON."
  type        = string
  default     = "OPTIONAL"
}

variable "cognito_ses_source_arn" {
  description = "Verified SES identity ARN for verification emails; null uses Cognito's default sender (50 emails/day)."
  type        = string
  default     = null
}

variable "cognito_from_email_address" {
  description = "From address of verification emails when cognito_ses_source_arn is set."
  type        = string
  default     = null
}

variable "mail_from" {
  description = "Sender of the API's emails (budget alerts, docs/budgets.md): a bare address of the verified SES identity cognito_ses_source_arn (that address, or one at that domain). The task role may send only as it. null (dev without SES): the API still runs, and SES refuses its alerts (logged by id)."
  type        = string
  default     = null

  validation {
    condition     = var.mail_from == null || can(regex("^[^@<>\\s]+@[^@<>\\s]+\\.[^@<>\\s]+$", var.mail_from))
    error_message = "mail_from must be a bare email address such as alerts@example.com (no display name)."
  }
}

variable "cognito_threat_protection" {
  description = "Cognito threat protection: OFF, AUDIT or ENFORCED (Plus feature plan, billed per monthly active user)."
  type        = string
  default     = "ENFORCED"
}

variable "cognito_allow_user_password_auth" {
  description = "Also allow USER_PASSWORD_AUTH on the web client (the web app uses SRP)."
  type        = bool
  default     = false
}

################################################################################
# Web (Amplify Hosting)
################################################################################

variable "enable_amplify" {
  description = "Create the Amplify Hosting app for the web. Keep true; false exists for stacks without Amplify such as the local AWS emulator test (Amplify outputs are then empty strings)."
  type        = bool
  default     = true
}

variable "amplify_repository_url" {
  description = "HTTPS URL of the Git repository Amplify builds from; null creates the app unconnected (connect it in the console)."
  type        = string
  default     = null
}

variable "amplify_access_token" {
  description = "Git provider token Amplify uses to install its webhook. Set via the TF_VAR_amplify_access_token environment variable, never in a file."
  type        = string
  default     = null
  sensitive   = true
}

variable "amplify_branch_name" {
  description = "Git branch this environment's web app is built from."
  type        = string
  default     = "main"
}

variable "amplify_stage" {
  description = "Amplify stage of the branch."
  type        = string
  default     = "PRODUCTION"
}

variable "amplify_enable_auto_build" {
  description = "Let Amplify build the branch on every push. Off: the deploy pipeline (scripts/deploy/web.sh) starts builds after the backend is deployed."
  type        = bool
  default     = false
}

variable "amplify_app_root" {
  description = "Path of the Next.js app in the monorepo."
  type        = string
  default     = "apps/web"
}

################################################################################
# Alarms
################################################################################

variable "alarm_email" {
  description = "Email subscribed to the alarm topic; null for none."
  type        = string
  default     = null
}
