# What an operator sets for this account in terraform.tfvars (or TF_VAR_*): where it runs, its names, certificates,
# senders and repository, and the network's cost choice. What makes this environment what it is lives in main.tf;
# every input of the stack is described in full in modules/stack/variables.tf.

variable "aws_region" {
  description = "AWS region of the whole environment (e.g. us-east-1). No default on purpose: say where you deploy."
  type        = string

  validation {
    condition     = can(regex("^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-[0-9]$", var.aws_region))
    error_message = "aws_region must be a region code such as us-east-1."
  }
}

variable "tags" {
  description = "Extra tags for every resource (Project, Environment and ManagedBy are always set)."
  type        = map(string)
  default     = {}
}

variable "ecs_backend_image_tag" {
  description = "Tag of the backend image in Terraform's own task definition revision, which only the service's first tasks run (before the first deploy, they fail to pull it unless it exists). Every deploy registers a revision pinned to its release's image digest (docs/deploy.md)."
  type        = string
  default     = "latest"

  validation {
    condition     = can(regex("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$", var.ecs_backend_image_tag))
    error_message = "ecs_backend_image_tag must be a valid Docker tag."
  }
}

variable "ecs_assign_public_ip" {
  description = "true: tasks run in the PUBLIC subnets with public IPs (no NAT needed; still reachable only from the ALB). false: tasks run in the private app subnets and need nat_gateway_mode single or one_per_az."
  type        = bool
  default     = true

  validation {
    condition     = var.ecs_assign_public_ip || var.nat_gateway_mode != "none"
    error_message = "Private tasks (ecs_assign_public_ip = false) need a NAT gateway: set nat_gateway_mode to single or one_per_az."
  }
}

variable "nat_gateway_mode" {
  description = "none (no NAT: cheapest, requires ecs_assign_public_ip = true), single or one_per_az."
  type        = string
  default     = "none"

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
  description = "Sender of budget alert emails: a bare address of the cognito_ses_source_arn identity (that address, or one at that domain); null: alerts are refused by SES and logged."
  type        = string
  default     = null
}

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

variable "extra_cors_origins" {
  description = "Origins allowed by the API's CORS besides the Amplify branch URL (e.g. http://localhost:3000 for local web development against this API)."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for o in var.extra_cors_origins : can(regex("^https?://[^/]+$", o))])
    error_message = "extra_cors_origins must be origins like https://example.com (scheme and host, no path)."
  }
}

variable "alarm_email" {
  description = "Email subscribed to the alarm topic; null for none."
  type        = string
  default     = null
}
