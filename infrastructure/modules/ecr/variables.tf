variable "name" {
  description = "Repository name (e.g. spendwise-dev-backend)."
  type        = string

  validation {
    condition     = can(regex("^[a-z0-9]+(?:[._-][a-z0-9]+)*(?:/[a-z0-9]+(?:[._-][a-z0-9]+)*)*$", var.name)) && length(var.name) <= 256
    error_message = "name must be a valid ECR repository name (lowercase letters, digits, . _ - and /)."
  }
}

variable "image_tag_mutability" {
  description = "IMMUTABLE (default): a tag, once pushed, always names the same image, so a release tag (the git commit) is proof of what runs. The deploy runbook never moves a tag: it registers a task definition revision pinned to the image digest."
  type        = string
  default     = "IMMUTABLE"

  validation {
    condition     = contains(["MUTABLE", "IMMUTABLE"], var.image_tag_mutability)
    error_message = "image_tag_mutability must be MUTABLE or IMMUTABLE."
  }
}

variable "scan_on_push" {
  description = "Run the ECR basic vulnerability scan on every push."
  type        = bool
  default     = true
}

variable "kms_key_arn" {
  description = "Customer managed KMS key for image encryption; null uses AES256 (ECR managed keys)."
  type        = string
  default     = null
}

variable "force_delete" {
  description = "Allow terraform destroy to delete the repository while it still holds images (handy in dev, dangerous in prod)."
  type        = bool
  default     = false
}

variable "keep_image_count" {
  description = "Lifecycle policy: how many most recent images (any tag) to keep."
  type        = number
  default     = 30

  validation {
    condition     = var.keep_image_count >= 1 && var.keep_image_count <= 1000
    error_message = "keep_image_count must be between 1 and 1000."
  }
}

variable "untagged_image_expiry_days" {
  description = "Lifecycle policy: days after which untagged images (left behind by re-pushed tags) are deleted."
  type        = number
  default     = 7

  validation {
    condition     = var.untagged_image_expiry_days >= 1
    error_message = "untagged_image_expiry_days must be at least 1."
  }
}

variable "tags" {
  description = "Extra tags for every resource of this module."
  type        = map(string)
  default     = {}
}
