variable "name" {
  description = "Name prefix (e.g. spendwise-dev). Load balancer and target group names are limited to 32 characters."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,22}[a-z0-9]$", var.name))
    error_message = "name must be 3-24 lowercase letters, digits or hyphens, starting with a letter (suffixes are added)."
  }
}

variable "vpc_id" {
  description = "VPC of the load balancer and its targets."
  type        = string
}

variable "vpc_cidr_block" {
  description = "CIDR of the VPC; the load balancer may only send traffic into it."
  type        = string
}

variable "subnet_ids" {
  description = "Public subnets (at least two AZs) for the internet-facing load balancer."
  type        = list(string)

  validation {
    condition     = length(var.subnet_ids) >= 2
    error_message = "An application load balancer needs subnets in at least two availability zones."
  }
}

variable "ingress_cidr_blocks" {
  description = "IPv4 ranges allowed to reach the load balancer on ports 80/443."
  type        = list(string)
  default     = ["0.0.0.0/0"]

  validation {
    condition     = alltrue([for c in var.ingress_cidr_blocks : can(cidrnetmask(c))])
    error_message = "ingress_cidr_blocks must hold IPv4 CIDRs."
  }
}

variable "ingress_prefix_list_ids" {
  description = "Managed prefix lists allowed to reach the load balancer on port 80, besides ingress_cidr_blocks (e.g. CloudFront's origin-facing list when the cdn module fronts it)."
  type        = list(string)
  default     = []
}

variable "certificate_arn" {
  description = "ACM certificate (same region) for the HTTPS listener. When set, port 80 redirects to 443; when null, the API is served over plain HTTP on port 80."
  type        = string
  default     = null

  validation {
    condition     = var.certificate_arn == null || can(regex("^arn:aws[a-z-]*:acm:", var.certificate_arn))
    error_message = "certificate_arn must be an ACM certificate ARN or null."
  }
}

variable "domain_name" {
  description = "Custom domain the API is served at (e.g. api.dev.example.com); required with certificate_arn, which must cover it."
  type        = string
  default     = null

  validation {
    condition     = var.certificate_arn == null || var.domain_name != null
    error_message = "domain_name is required when certificate_arn is set: browsers reject the certificate on the load balancer's own DNS name."
  }
}

variable "route53_zone_id" {
  description = "Route 53 hosted zone in which to create an alias record for domain_name; null when DNS is managed elsewhere (point a CNAME at dns_name)."
  type        = string
  default     = null

  validation {
    condition     = var.route53_zone_id == null || var.domain_name != null
    error_message = "route53_zone_id needs domain_name."
  }
}

variable "ssl_policy" {
  description = "TLS policy of the HTTPS listener."
  type        = string
  default     = "ELBSecurityPolicy-TLS13-1-2-2021-06"
}

variable "target_port" {
  description = "Port the backend container listens on."
  type        = number
  default     = 4000

  validation {
    condition     = var.target_port > 0 && var.target_port < 65536
    error_message = "target_port must be a TCP port."
  }
}

variable "health_check_path" {
  description = "Liveness path the target group polls (must answer 200 without auth)."
  type        = string
  default     = "/health"

  validation {
    condition     = startswith(var.health_check_path, "/")
    error_message = "health_check_path must start with /."
  }
}

variable "deregistration_delay" {
  description = "Seconds the load balancer lets in-flight requests finish before a task is deregistered."
  type        = number
  default     = 30

  validation {
    condition     = var.deregistration_delay >= 0 && var.deregistration_delay <= 3600
    error_message = "deregistration_delay must be between 0 and 3600."
  }
}

variable "idle_timeout" {
  description = "Seconds a connection may stay idle."
  type        = number
  default     = 60
}

variable "deletion_protection" {
  description = "Protect the load balancer against deletion (turn off before terraform destroy)."
  type        = bool
  default     = false
}

variable "access_logs_enabled" {
  description = "Write access logs to an S3 bucket this module creates (SSE-S3, private, expiring); ignored when access_logs_bucket is set."
  type        = bool
  default     = false
}

variable "access_logs_bucket" {
  description = "Existing S3 bucket for access logs (its policy must allow ELB log delivery); null: the module's own bucket when access_logs_enabled, else no access logs."
  type        = string
  default     = null
}

variable "access_logs_expiration_days" {
  description = "Days after which access log objects in the module's bucket expire."
  type        = number
  default     = 90

  validation {
    condition     = var.access_logs_expiration_days >= 1
    error_message = "access_logs_expiration_days must be at least 1."
  }
}

variable "access_logs_elb_account_principal" {
  description = "Also grant the region's ELB account (regions opened before August 2022 deliver logs as that account); false in newer regions, where only the logdelivery.elasticloadbalancing.amazonaws.com principal exists."
  type        = bool
  default     = true
}

variable "access_logs_prefix" {
  description = "Key prefix for access logs in access_logs_bucket."
  type        = string
  default     = "alb"
}

variable "tags" {
  description = "Extra tags for every resource of this module."
  type        = map(string)
  default     = {}
}
