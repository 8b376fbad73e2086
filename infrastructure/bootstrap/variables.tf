variable "aws_region" {
  description = "Region of the state bucket (use the region of your environments)."
  type        = string

  validation {
    condition     = can(regex("^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-[0-9]$", var.aws_region))
    error_message = "aws_region must be a region code such as us-east-1."
  }
}

variable "project" {
  description = "Project name, used in the bucket name and tags."
  type        = string
  default     = "spendwise"

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,14}$", var.project))
    error_message = "project must be 2-15 lowercase letters, digits or hyphens, starting with a letter."
  }
}

variable "bucket_name" {
  description = "Name of the state bucket; null derives a globally unique one: <project>-tfstate-<account-id>-<region>."
  type        = string
  default     = null

  validation {
    condition     = var.bucket_name == null || can(regex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$", var.bucket_name))
    error_message = "bucket_name must be a valid S3 bucket name."
  }
}

variable "kms_key_arn" {
  description = "Customer managed KMS key for state encryption; null uses SSE-S3 (AES256)."
  type        = string
  default     = null
}

variable "noncurrent_version_retention_days" {
  description = "Days old state versions are kept (they are your undo history)."
  type        = number
  default     = 90

  validation {
    condition     = var.noncurrent_version_retention_days >= 1
    error_message = "noncurrent_version_retention_days must be at least 1."
  }
}

variable "tags" {
  description = "Extra tags for the bucket (Project and ManagedBy are always set)."
  type        = map(string)
  default     = {}
}

variable "github_repository" {
  description = "GitHub repository (owner/name) whose deploy workflow may assume the deploy roles, e.g. example-org/spendwise."
  type        = string

  validation {
    condition     = can(regex("^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+$", var.github_repository))
    error_message = "github_repository must be owner/name, without wildcards."
  }
}

variable "deploy_environments" {
  description = "GitHub environments (and Terraform environments) that get a deploy role <project>-<env>-deploy."
  type        = list(string)
  default     = ["dev", "prod"]

  validation {
    condition     = alltrue([for e in var.deploy_environments : can(regex("^[a-z][a-z0-9-]{0,15}$", e))])
    error_message = "deploy_environments must be lowercase names such as dev and prod."
  }
}

variable "create_github_oidc_provider" {
  description = "Create GitHub's OIDC provider (one per account); false when the account already has it."
  type        = bool
  default     = true
}

variable "deploy_role_max_session_seconds" {
  description = "Maximum session of the deploy roles; must cover role-duration-seconds in .github/workflows/deploy.yml (IAM's default 3600 does not)."
  type        = number
  default     = 7200

  validation {
    condition     = var.deploy_role_max_session_seconds >= 3600 && var.deploy_role_max_session_seconds <= 43200
    error_message = "deploy_role_max_session_seconds must be between 3600 and 43200 (IAM's limits)."
  }
}

variable "release_sources" {
  description = "For each environment that promotes releases instead of building them, the environment it promotes from (its release_source_environment): that environment's deploy role may read the source repository's images."
  type        = map(string)
  default     = { prod = "dev" }
}
