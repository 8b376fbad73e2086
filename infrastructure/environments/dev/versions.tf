terraform {
  required_version = ">= 1.11.0, < 2.0.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.100"
    }
  }

  # Partial configuration: bucket and region come from backend.hcl (see backend.hcl.example),
  # `terraform init -backend-config=backend.hcl`. S3-native locking (use_lockfile) needs no DynamoDB table.
  backend "s3" {
    key          = "spendwise/dev/terraform.tfstate"
    encrypt      = true
    use_lockfile = true
  }
}
