variable "name" {
  description = "Identifier of the DB instance and prefix of its companions (e.g. spendwise-dev)."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,50}[a-z0-9]$", var.name)) && !strcontains(var.name, "--")
    error_message = "name must be a valid RDS identifier: lowercase letters, digits and single hyphens, starting with a letter."
  }
}

variable "vpc_id" {
  description = "VPC of the database."
  type        = string
}

variable "subnet_ids" {
  description = "Private data subnets (at least two AZs) for the DB subnet group."
  type        = list(string)

  validation {
    condition     = length(var.subnet_ids) >= 2
    error_message = "A DB subnet group needs subnets in at least two availability zones."
  }
}

variable "allowed_security_group_ids" {
  description = "Security groups (the backend tasks) allowed to connect on the database port. No CIDR access exists."
  type        = list(string)
}

variable "engine_version" {
  description = "PostgreSQL version: a major (\"17\", minor upgrades applied automatically) or a full version (\"17.5\")."
  type        = string
  default     = "17"

  validation {
    condition     = can(regex("^(1[3-9]|[2-9][0-9])(\\.[0-9]+)?$", var.engine_version))
    error_message = "engine_version must look like 17 or 17.5 (PostgreSQL 13 or newer)."
  }
}

variable "instance_class" {
  description = "DB instance class."
  type        = string
  default     = "db.t4g.micro"

  validation {
    condition     = startswith(var.instance_class, "db.")
    error_message = "instance_class must be an RDS class such as db.t4g.micro."
  }
}

variable "allocated_storage" {
  description = "Initial storage in GiB (gp3)."
  type        = number
  default     = 20

  validation {
    condition     = var.allocated_storage >= 20 && var.allocated_storage <= 65536
    error_message = "allocated_storage must be between 20 and 65536 GiB."
  }
}

variable "max_allocated_storage" {
  description = "Upper limit for storage autoscaling in GiB; 0 disables autoscaling."
  type        = number
  default     = 100

  validation {
    condition     = var.max_allocated_storage == 0 || var.max_allocated_storage >= var.allocated_storage
    error_message = "max_allocated_storage must be 0 or at least allocated_storage."
  }
}

variable "db_name" {
  description = "Name of the application database created with the instance."
  type        = string
  default     = "spendwise"

  validation {
    condition     = can(regex("^[a-zA-Z][a-zA-Z0-9_]{0,62}$", var.db_name))
    error_message = "db_name must start with a letter and hold only letters, digits and underscores (max 63)."
  }
}

variable "master_username" {
  description = "Master user name. Its password is generated and kept in Secrets Manager by RDS (never in Terraform state)."
  type        = string
  default     = "spendwise"

  validation {
    condition     = can(regex("^[a-zA-Z][a-zA-Z0-9_]{0,62}$", var.master_username)) && !contains(["postgres", "admin", "rdsadmin"], lower(var.master_username))
    error_message = "master_username must start with a letter, hold letters, digits or underscores, and not be a reserved name."
  }
}

variable "master_user_secret_kms_key_id" {
  description = "KMS key for the managed master password secret; null uses aws/secretsmanager."
  type        = string
  default     = null
}

variable "kms_key_id" {
  description = "KMS key ARN for storage encryption; null uses the aws/rds key. Storage is always encrypted."
  type        = string
  default     = null
}

variable "port" {
  description = "PostgreSQL port."
  type        = number
  default     = 5432
}

variable "multi_az" {
  description = "Run a synchronous standby in a second AZ (doubles the instance cost)."
  type        = bool
  default     = true
}

variable "deletion_protection" {
  description = "Refuse deletion of the instance (turn off before terraform destroy)."
  type        = bool
  default     = true
}

variable "backup_retention_period" {
  description = "Days of automated backups and point-in-time recovery."
  type        = number
  default     = 7

  validation {
    condition     = var.backup_retention_period >= 1 && var.backup_retention_period <= 35
    error_message = "backup_retention_period must be between 1 and 35 days (backups cannot be switched off)."
  }
}

variable "backup_window" {
  description = "Daily UTC backup window (hh24:mi-hh24:mi)."
  type        = string
  default     = "03:00-04:00"
}

variable "maintenance_window" {
  description = "Weekly UTC maintenance window (ddd:hh24:mi-ddd:hh24:mi), must not overlap the backup window."
  type        = string
  default     = "sun:04:30-sun:05:30"
}

variable "skip_final_snapshot" {
  description = "Skip the final snapshot on deletion. Keep false wherever the data matters."
  type        = bool
  default     = false
}

variable "apply_immediately" {
  description = "Apply modifications now instead of in the next maintenance window (may restart the instance)."
  type        = bool
  default     = false
}

variable "performance_insights_enabled" {
  description = "Enable Performance Insights (7 days of retention are free; not all small classes support it)."
  type        = bool
  default     = false
}

variable "cloudwatch_logs_exports" {
  description = "PostgreSQL logs to publish to CloudWatch Logs (postgresql, upgrade)."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for l in var.cloudwatch_logs_exports : contains(["postgresql", "upgrade"], l)])
    error_message = "cloudwatch_logs_exports may contain only postgresql and upgrade."
  }
}

variable "log_retention_in_days" {
  description = "Retention of the exported PostgreSQL logs (cloudwatch_logs_exports), in days."
  type        = number
  default     = 30
}

variable "parameters" {
  description = "Extra DB parameter group settings (name => value). rds.force_ssl is always 1."
  type        = map(string)
  default     = {}
}

variable "tags" {
  description = "Extra tags for every resource of this module."
  type        = map(string)
  default     = {}
}
