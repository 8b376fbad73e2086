variable "name" {
  description = "Name of the user pool and prefix of its clients (e.g. spendwise-dev)."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,60}[a-z0-9]$", var.name))
    error_message = "name must be lowercase letters, digits or hyphens, starting with a letter."
  }
}

variable "password_minimum_length" {
  description = "Minimum password length."
  type        = number
  default     = 12

  validation {
    condition     = var.password_minimum_length >= 8 && var.password_minimum_length <= 99
    error_message = "password_minimum_length must be between 8 and 99."
  }
}

variable "password_require_symbols" {
  description = "Require at least one symbol in passwords."
  type        = bool
  default     = true
}

variable "mfa_configuration" {
  description = "OFF, OPTIONAL (users may enrol a TOTP app) or ON (every user must)."
  type        = string
  default     = "OFF"

  validation {
    condition     = contains(["OFF", "OPTIONAL", "ON"], var.mfa_configuration)
    error_message = "mfa_configuration must be OFF, OPTIONAL or ON."
  }
}

variable "deletion_protection" {
  description = "Refuse deletion of the user pool (turn off before terraform destroy)."
  type        = bool
  default     = true
}

variable "ses_source_arn" {
  description = "Verified SES identity ARN to send verification mails from; null uses Cognito's built-in sender (50 mails/day, for dev)."
  type        = string
  default     = null

  validation {
    condition     = var.ses_source_arn == null || can(regex("^arn:aws[a-z-]*:ses:", var.ses_source_arn))
    error_message = "ses_source_arn must be an SES identity ARN or null."
  }
}

variable "from_email_address" {
  description = "From address for SES mails, e.g. \"SpendWise <no-reply@example.com>\" (required when ses_source_arn is set)."
  type        = string
  default     = null

  validation {
    condition     = var.ses_source_arn == null || var.from_email_address != null
    error_message = "from_email_address is required when ses_source_arn is set."
  }
}

variable "verification_email_subject" {
  description = "Subject of the verification-code email."
  type        = string
  default     = "Your SpendWise verification code"
}

variable "verification_email_message" {
  description = "Body of the verification-code email; must contain {####}."
  type        = string
  default     = "Your SpendWise verification code is {####}"

  validation {
    condition     = strcontains(var.verification_email_message, "{####}")
    error_message = "verification_email_message must contain the {####} placeholder."
  }
}

variable "allow_user_password_auth" {
  description = "Also allow USER_PASSWORD_AUTH (plain password to Cognito) on the web client. The web uses SRP; enable only for tooling that needs it."
  type        = bool
  default     = false
}

variable "access_token_validity_minutes" {
  description = "Lifetime of access tokens (the API verifies these), in minutes."
  type        = number
  default     = 60

  validation {
    condition     = var.access_token_validity_minutes >= 5 && var.access_token_validity_minutes <= 1440
    error_message = "access_token_validity_minutes must be between 5 and 1440."
  }
}

variable "id_token_validity_minutes" {
  description = "Lifetime of ID tokens, in minutes."
  type        = number
  default     = 60

  validation {
    condition     = var.id_token_validity_minutes >= 5 && var.id_token_validity_minutes <= 1440
    error_message = "id_token_validity_minutes must be between 5 and 1440."
  }
}

variable "refresh_token_validity_days" {
  description = "Lifetime of refresh tokens (how long a session lasts without signing in again), in days."
  type        = number
  default     = 30

  validation {
    condition     = var.refresh_token_validity_days >= 1 && var.refresh_token_validity_days <= 3650
    error_message = "refresh_token_validity_days must be between 1 and 3650."
  }
}

variable "tags" {
  description = "Extra tags for every resource of this module."
  type        = map(string)
  default     = {}
}

variable "threat_protection" {
  description = "Threat protection (advanced security): OFF, AUDIT or ENFORCED (compromised credentials, adaptive authentication). Not OFF moves the pool to the Plus feature plan (billed per monthly active user)."
  type        = string
  default     = "OFF"

  validation {
    condition     = contains(["OFF", "AUDIT", "ENFORCED"], var.threat_protection)
    error_message = "threat_protection must be OFF, AUDIT or ENFORCED."
  }
}
