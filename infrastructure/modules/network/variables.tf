variable "name" {
  description = "Name prefix for every resource (e.g. spendwise-dev)."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,30}[a-z0-9]$", var.name))
    error_message = "name must be 3-32 lowercase letters, digits or hyphens, starting with a letter."
  }
}

variable "cidr_block" {
  description = "IPv4 CIDR of the VPC. Subnets are carved out of it with cidrsubnet(cidr_block, subnet_newbits, n)."
  type        = string

  validation {
    condition     = can(cidrnetmask(var.cidr_block)) && tonumber(split("/", var.cidr_block)[1]) <= 24
    error_message = "cidr_block must be a valid IPv4 CIDR no smaller than /24 (e.g. 10.20.0.0/16)."
  }
}

variable "subnet_newbits" {
  description = "Bits added to the VPC prefix for each subnet (4 on a /16 gives /20 subnets). Public subnets use indexes 0-3, private app 4-7, private data 8-11."
  type        = number
  default     = 4

  validation {
    condition     = var.subnet_newbits >= 4 && var.subnet_newbits <= 8
    error_message = "subnet_newbits must be between 4 and 8 (the layout needs 12 subnet slots)."
  }
}

variable "azs" {
  description = "Availability zones to spread the subnets over (two to four)."
  type        = list(string)

  validation {
    condition     = length(var.azs) >= 2 && length(var.azs) <= 4 && length(distinct(var.azs)) == length(var.azs)
    error_message = "azs must hold 2 to 4 distinct availability zones."
  }
}

variable "nat_gateway_mode" {
  description = "Outbound internet for the private app subnets: \"none\" (no NAT; tasks need public IPs or VPC endpoints), \"single\" (one NAT gateway, cheaper, one-AZ dependency) or \"one_per_az\" (highly available)."
  type        = string
  default     = "one_per_az"

  validation {
    condition     = contains(["none", "single", "one_per_az"], var.nat_gateway_mode)
    error_message = "nat_gateway_mode must be one of: none, single, one_per_az."
  }
}

variable "enable_vpc_endpoints" {
  description = "Create interface VPC endpoints (see vpc_endpoint_services) in the private app subnets so tasks reach those AWS APIs without NAT. Each endpoint costs about $7.30 per AZ per month."
  type        = bool
  default     = false
}

variable "vpc_endpoint_services" {
  description = "Service suffixes for interface endpoints (com.amazonaws.<region>.<suffix>) when enable_vpc_endpoints is true."
  type        = list(string)
  default     = ["ecr.api", "ecr.dkr", "logs", "secretsmanager", "ssm"]
}

variable "enable_flow_logs" {
  description = "Send VPC flow logs (rejected traffic only) to a CloudWatch log group."
  type        = bool
  default     = false
}

variable "flow_logs_retention_in_days" {
  description = "Retention of the VPC flow log group, in days."
  type        = number
  default     = 30

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.flow_logs_retention_in_days)
    error_message = "flow_logs_retention_in_days must be a retention value CloudWatch Logs accepts (1, 3, 5, 7, 14, 30, 60, 90, ...)."
  }
}

variable "tags" {
  description = "Extra tags for every resource of this module."
  type        = map(string)
  default     = {}
}
