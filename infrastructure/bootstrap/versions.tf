terraform {
  required_version = ">= 1.11.0, < 2.0.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.100"
    }
  }

  # Local state on purpose: this creates the bucket every other state lives in. Keep terraform.tfstate
  # (it holds no secrets) somewhere safe, or re-import the bucket if it is lost (see README).
}
