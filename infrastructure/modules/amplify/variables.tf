variable "name" {
  description = "Name of the Amplify app (e.g. spendwise-dev-web)."
  type        = string

  validation {
    condition     = can(regex("^[a-zA-Z0-9][a-zA-Z0-9-]{0,254}$", var.name))
    error_message = "name must be letters, digits or hyphens."
  }
}

variable "repository_url" {
  description = "HTTPS URL of the Git repository holding the monorepo (e.g. https://github.com/acme/spendwise). null creates the app without a connection; connect it in the Amplify console before the first build."
  type        = string
  default     = null

  validation {
    condition     = var.repository_url == null || can(regex("^https://", var.repository_url))
    error_message = "repository_url must be an https:// URL or null."
  }
}

variable "access_token" {
  description = "Personal access token Amplify uses once to install its webhook and deploy key (GitHub: repo scope). Pass it as TF_VAR_..., never in a committed file; it is stored (sensitive) in the state."
  type        = string
  default     = null
  sensitive   = true
}

variable "branch_name" {
  description = "Git branch Amplify builds and serves."
  type        = string
  default     = "main"
}

variable "stage" {
  description = "Amplify stage of the branch."
  type        = string
  default     = "PRODUCTION"

  validation {
    condition     = contains(["PRODUCTION", "BETA", "DEVELOPMENT", "EXPERIMENTAL", "PULL_REQUEST"], var.stage)
    error_message = "stage must be PRODUCTION, BETA, DEVELOPMENT, EXPERIMENTAL or PULL_REQUEST."
  }
}

variable "app_root" {
  description = "Path of the Next.js app inside the monorepo."
  type        = string
  default     = "apps/web"

  validation {
    condition     = can(regex("^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$", var.app_root)) && !strcontains(var.app_root, "..")
    error_message = "app_root must be a relative path such as apps/web."
  }
}

variable "node_version" {
  description = "Node.js major version for the build (nvm in the Amplify build image); null uses the repository's .nvmrc."
  type        = string
  default     = null

  validation {
    condition     = var.node_version == null || (can(regex("^[0-9]{2}$", var.node_version)) && try(tonumber(var.node_version) >= 20, false))
    error_message = "node_version must be null or a Node.js major version, 20 or newer (Next.js 16 requires >= 20.9)."
  }
}

variable "environment_variables" {
  description = "Build-time environment variables (NEXT_PUBLIC_* are inlined into the bundle, so nothing secret)."
  type        = map(string)
  default     = {}
}

variable "enable_auto_build" {
  description = "Let Amplify build and publish on every push to the branch. Off when a pipeline starts the builds (after the backend it calls is deployed)."
  type        = bool
  default     = false
}

variable "tags" {
  description = "Extra tags for every resource of this module."
  type        = map(string)
  default     = {}
}
