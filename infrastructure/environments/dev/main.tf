# dev: the SpendWise stack (modules/stack), made cheap and disposable. Everything not stated here is the stack's
# default, which is production's; what the operator sets per account comes from variables.tf.

provider "aws" {
  region = var.aws_region

  default_tags {
    tags = merge(var.tags, {
      Project     = "spendwise"
      Environment = "dev"
      ManagedBy   = "terraform"
    })
  }
}

module "stack" {
  source = "../../modules/stack"

  project     = "spendwise"
  environment = "dev"
  vpc_cidr    = "10.20.0.0/16"

  # Cheap and disposable: small tasks, no flow logs, nothing protected from deletion, a day of backups, verbose
  # logs kept two weeks, no Performance Insights or log exports, Cognito without MFA or threat protection.
  ecs_task_cpu                    = 256
  ecs_task_memory                 = 512
  ecs_min_capacity                = 1
  ecs_max_capacity                = 2
  ecs_enable_execute_command      = true
  ecr_force_delete                = true
  ecr_keep_image_count            = 10
  enable_flow_logs                = false
  log_level                       = "debug"
  log_retention_in_days           = 14
  alb_deletion_protection         = false
  alb_access_logs_enabled         = false
  db_instance_class               = "db.t4g.micro"
  db_max_allocated_storage        = 50
  db_multi_az                     = false
  db_deletion_protection          = false
  db_backup_retention_days        = 1
  db_skip_final_snapshot          = true
  db_apply_immediately            = true
  db_performance_insights_enabled = false
  db_cloudwatch_logs_exports      = []
  cognito_deletion_protection     = false
  cognito_mfa_configuration       = "OFF"
  cognito_threat_protection       = "OFF"
  amplify_stage                   = "DEVELOPMENT"

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
