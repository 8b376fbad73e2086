# prod: the SpendWise stack (modules/stack) with its defaults, which are production's. What the operator sets per
# account comes from variables.tf; prod refuses to plan without its certificate, API domain and email sender.

provider "aws" {
  region = var.aws_region

  default_tags {
    tags = merge(var.tags, {
      Project     = "spendwise"
      Environment = "prod"
      ManagedBy   = "terraform"
    })
  }
}

module "stack" {
  source = "../../modules/stack"

  project     = "spendwise"
  environment = "prod"
  vpc_cidr    = "10.30.0.0/16"

  # Releases are the images that passed in dev, promoted digest for digest (scripts/deploy/promote.sh).
  release_source_environment = "dev"

  # What the operator set for this account (variables.tf).
  ecs_backend_image_tag      = var.ecs_backend_image_tag
  ecs_assign_public_ip       = var.ecs_assign_public_ip
  nat_gateway_mode           = var.nat_gateway_mode
  enable_vpc_endpoints       = var.enable_vpc_endpoints
  alb_certificate_arn        = var.alb_certificate_arn
  api_domain_name            = var.api_domain_name
  route53_zone_id            = var.route53_zone_id
  cognito_ses_source_arn     = var.cognito_ses_source_arn
  mail_from                  = var.mail_from
  cognito_from_email_address = var.cognito_from_email_address
  enable_amplify             = var.enable_amplify
  amplify_repository_url     = var.amplify_repository_url
  amplify_access_token       = var.amplify_access_token
  amplify_branch_name        = var.amplify_branch_name
  extra_cors_origins         = var.extra_cors_origins
  alarm_email                = var.alarm_email
}
