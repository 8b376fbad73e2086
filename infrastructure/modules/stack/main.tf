# The SpendWise stack: every module composed into one environment. environments/dev and environments/prod call it
# and state only what differs; the defaults of variables.tf are production's (a new environment is safe unless it
# says otherwise). Provider configuration (region, default tags) and state live in the calling environment.

data "aws_region" "current" {}

data "aws_availability_zones" "available" {
  state = "available"

  # Regular zones only: Local and Wavelength Zones lack most of the services used here.
  filter {
    name   = "opt-in-status"
    values = ["opt-in-not-required"]
  }
}

locals {
  name         = "${var.project}-${var.environment}"
  backend_port = 4000

  # The API's sender needs a verified SES identity; without one (dev's default) it gets no permission and an address
  # that cannot be verified, so SES refuses the alerts and the API logs that, by id.
  can_send_mail = var.mail_from != null && var.cognito_ses_source_arn != null
  mail_from     = coalesce(var.mail_from, "no-reply@${var.project}-${var.environment}.invalid")

  azs = slice(sort(data.aws_availability_zones.available.names), 0, var.az_count)

  # Without NAT the tasks need public IPs to reach ECR, CloudWatch Logs, Secrets Manager and Cognito,
  # and a public IP only works in a subnet that routes to the internet gateway.
  ecs_subnet_ids = var.ecs_assign_public_ip ? module.network.public_subnet_ids : module.network.private_app_subnet_ids

  web_origins = var.enable_amplify ? [module.amplify[0].branch_url] : []

  # Without a certificate on the load balancer the API gets its HTTPS address from CloudFront (modules/cdn):
  # the Amplify site is HTTPS and browsers block plain-HTTP calls from it. The load balancer then admits only
  # CloudFront, and the API finds the client behind two proxies (CloudFront, then the load balancer).
  api_behind_cdn = var.alb_certificate_arn == null
  api_base_url   = local.api_behind_cdn ? module.api_cdn[0].base_url : module.alb.base_url
}

data "aws_ec2_managed_prefix_list" "cloudfront_origin_facing" {
  count = local.api_behind_cdn ? 1 : 0

  name = "com.amazonaws.global.cloudfront.origin-facing"
}

module "network" {
  source = "../network"

  name                 = local.name
  cidr_block           = var.vpc_cidr
  azs                  = local.azs
  nat_gateway_mode     = var.nat_gateway_mode
  enable_vpc_endpoints = var.enable_vpc_endpoints
  enable_flow_logs     = var.enable_flow_logs
}

module "ecr" {
  source = "../ecr"

  name             = "${local.name}-backend"
  force_delete     = var.ecr_force_delete
  keep_image_count = var.ecr_keep_image_count
}

module "alb" {
  source = "../alb"

  name                = local.name
  vpc_id              = module.network.vpc_id
  vpc_cidr_block      = module.network.vpc_cidr_block
  subnet_ids          = module.network.public_subnet_ids
  ingress_cidr_blocks = local.api_behind_cdn ? [] : var.alb_ingress_cidr_blocks
  # CloudFront's origin-facing addresses count 55 rules against the security group's quota of 60.
  ingress_prefix_list_ids = local.api_behind_cdn ? [data.aws_ec2_managed_prefix_list.cloudfront_origin_facing[0].id] : []
  certificate_arn         = var.alb_certificate_arn
  domain_name             = var.api_domain_name
  route53_zone_id         = var.route53_zone_id
  target_port             = local.backend_port
  deletion_protection     = var.alb_deletion_protection
  access_logs_bucket      = var.alb_access_logs_bucket

  access_logs_enabled               = var.alb_access_logs_enabled
  access_logs_elb_account_principal = var.alb_access_logs_elb_account_principal
}

module "api_cdn" {
  source = "../cdn"
  count  = local.api_behind_cdn ? 1 : 0

  name               = local.name
  origin_domain_name = module.alb.dns_name
}

module "rds" {
  source = "../rds"

  name                         = local.name
  vpc_id                       = module.network.vpc_id
  subnet_ids                   = module.network.private_data_subnet_ids
  allowed_security_group_ids   = [module.ecs.security_group_id]
  engine_version               = var.db_engine_version
  instance_class               = var.db_instance_class
  allocated_storage            = var.db_allocated_storage
  max_allocated_storage        = var.db_max_allocated_storage
  db_name                      = var.db_name
  master_username              = var.db_master_username
  multi_az                     = var.db_multi_az
  deletion_protection          = var.db_deletion_protection
  backup_retention_period      = var.db_backup_retention_days
  skip_final_snapshot          = var.db_skip_final_snapshot
  apply_immediately            = var.db_apply_immediately
  performance_insights_enabled = var.db_performance_insights_enabled
  cloudwatch_logs_exports      = var.db_cloudwatch_logs_exports
  log_retention_in_days        = var.log_retention_in_days
}

module "cognito" {
  source = "../cognito"

  name                     = local.name
  deletion_protection      = var.cognito_deletion_protection
  mfa_configuration        = var.cognito_mfa_configuration
  ses_source_arn           = var.cognito_ses_source_arn
  from_email_address       = var.cognito_from_email_address
  threat_protection        = var.cognito_threat_protection
  allow_user_password_auth = var.cognito_allow_user_password_auth
}

module "observability" {
  source = "../observability"

  name                    = local.name
  log_retention_in_days   = var.log_retention_in_days
  alarm_email             = var.alarm_email
  alb_arn_suffix          = module.alb.arn_suffix
  target_group_arn_suffix = module.alb.target_group_arn_suffix
  ecs_cluster_name        = module.ecs.cluster_name
  ecs_service_name        = module.ecs.service_name
  db_instance_identifier  = module.rds.instance_identifier
  # The scheduled tasks' no-success alarms join the dashboard's alarm widget.
  dashboard_extra_alarm_arns = [module.rates_fetch.alarm_arn, module.recurring_generate.alarm_arn]
}

# The application may send email only as its sender, from the one verified SES identity (the one Cognito uses).
data "aws_iam_policy_document" "send_mail" {
  count = local.can_send_mail ? 1 : 0

  statement {
    sid       = "SendAsTheSender"
    actions   = ["ses:SendEmail"]
    resources = [var.cognito_ses_source_arn]

    condition {
      test     = "StringEquals"
      variable = "ses:FromAddress"
      values   = [var.mail_from]
    }
  }
}

module "ecs" {
  source = "../ecs"

  name               = local.name
  container_insights = var.ecs_container_insights
  vpc_id             = module.network.vpc_id
  subnet_ids         = local.ecs_subnet_ids
  assign_public_ip   = var.ecs_assign_public_ip

  alb_security_group_id      = module.alb.security_group_id
  target_group_arn           = module.alb.target_group_arn
  alb_arn_suffix             = module.alb.arn_suffix
  target_group_arn_suffix    = module.alb.target_group_arn_suffix
  database_security_group_id = module.rds.security_group_id
  database_port              = module.rds.port
  deployment_alarm_names     = module.observability.deployment_alarm_names

  repository_url   = module.ecr.repository_url
  repository_arn   = module.ecr.repository_arn
  image_tag        = var.ecs_backend_image_tag
  container_port   = local.backend_port
  cpu              = var.ecs_task_cpu
  memory           = var.ecs_task_memory
  cpu_architecture = var.ecs_cpu_architecture

  environment = {
    NODE_ENV             = "production"
    PORT                 = tostring(local.backend_port)
    LOG_LEVEL            = var.log_level
    AWS_REGION           = data.aws_region.current.name
    DB_HOST              = module.rds.address
    DB_PORT              = tostring(module.rds.port)
    DB_NAME              = module.rds.db_name
    COGNITO_USER_POOL_ID = module.cognito.user_pool_id
    COGNITO_CLIENT_ID    = module.cognito.web_client_id
    CORS_ORIGINS         = join(",", concat(local.web_origins, var.extra_cors_origins))
    TRUST_PROXY          = local.api_behind_cdn ? "2" : "1"
    # Budget alert emails through SES as mail_from (the task role below); the log transport is refused in production.
    MAIL_TRANSPORT = "ses"
    MAIL_FROM      = local.mail_from
  }

  task_role_policy_json = local.can_send_mail ? data.aws_iam_policy_document.send_mail[0].json : null

  # The app builds DATABASE_URL from these; RDS rotates the managed secret, ECS reads it at task start.
  secrets = {
    DB_USER     = "${module.rds.master_user_secret_arn}:username::"
    DB_PASSWORD = "${module.rds.master_user_secret_arn}:password::"
  }

  log_group_name = module.observability.log_group_name
  log_group_arn  = module.observability.log_group_arn

  desired_count                     = var.ecs_min_capacity
  min_capacity                      = var.ecs_min_capacity
  max_capacity                      = var.ecs_max_capacity
  health_check_grace_period_seconds = var.ecs_health_check_grace_period_seconds
  enable_execute_command            = var.ecs_enable_execute_command
}

# ECB's reference rates, fetched by the backend image as a one-off task (docs/money.md, "Where rates come from").
# ECB publishes around 16:00 CET on business days; 17:00 Berlin time leaves an hour. It runs every day, weekends
# included (importing nothing new then), so the alarm sees a run each day: two days without RATES_FRESH is a fault.
module "rates_fetch" {
  source = "../scheduled-task"

  name                = "${local.name}-rates-fetch"
  description         = "Fetch ECB's euro reference rates (90-day feed) into exchange_rates."
  schedule_expression = "cron(0 17 * * ? *)"
  schedule_timezone   = "Europe/Berlin"

  cluster_arn            = module.ecs.cluster_arn
  task_definition_family = module.ecs.task_definition_family
  container_name         = module.ecs.container_name
  # The 90-day feed, not the daily one: a day a run missed is filled in by the next run.
  command            = ["node", "dist/rates/cli.js", "--fetch", "--90-days"]
  pass_role_arns     = [module.ecs.execution_role_arn, module.ecs.task_role_arn]
  subnet_ids         = module.ecs.subnet_ids
  security_group_ids = [module.ecs.security_group_id]
  assign_public_ip   = module.ecs.assign_public_ip

  log_group_name   = module.observability.log_group_name
  success_log_term = "RATES_FRESH"
  alarm_after_days = 2
  alarm_runbook    = "docs/money.md, Exchange-rate alarm"
  alarm_actions    = [module.observability.alarm_topic_arn]
}

# Recurring expenses (docs/recurring.md): occurrences due by each person's local date become expenses. Hourly, so
# a person's day has begun within the hour wherever they live; every run is idempotent (one row per series and
# date), and the API also catches a person up when they open the app, so a missed run delays nothing they see.
module "recurring_generate" {
  source = "../scheduled-task"

  name                = "${local.name}-recurring-generate"
  description         = "Turn due recurring-expense occurrences into expenses (exactly once per series and date)."
  schedule_expression = "cron(5 * * * ? *)"
  schedule_timezone   = "Europe/Berlin"

  cluster_arn            = module.ecs.cluster_arn
  task_definition_family = module.ecs.task_definition_family
  container_name         = module.ecs.container_name
  command                = ["node", "/app/apps/api/dist/recurring/generate.js"]
  pass_role_arns         = [module.ecs.execution_role_arn, module.ecs.task_role_arn]
  subnet_ids             = module.ecs.subnet_ids
  security_group_ids     = [module.ecs.security_group_id]
  assign_public_ip       = module.ecs.assign_public_ip

  log_group_name   = module.observability.log_group_name
  success_log_term = "RECURRING_GENERATED"
  alarm_after_days = 1
  alarm_runbook    = "docs/recurring.md, Generation alarm"
  alarm_actions    = [module.observability.alarm_topic_arn]
}

module "amplify" {
  source = "../amplify"
  count  = var.enable_amplify ? 1 : 0

  name              = "${local.name}-web"
  repository_url    = var.amplify_repository_url
  access_token      = var.amplify_access_token
  branch_name       = var.amplify_branch_name
  stage             = var.amplify_stage
  app_root          = var.amplify_app_root
  enable_auto_build = var.amplify_enable_auto_build

  environment_variables = {
    NEXT_PUBLIC_API_URL              = local.api_base_url
    NEXT_PUBLIC_COGNITO_USER_POOL_ID = module.cognito.user_pool_id
    NEXT_PUBLIC_COGNITO_CLIENT_ID    = module.cognito.web_client_id
    NEXT_PUBLIC_AWS_REGION           = data.aws_region.current.name
    # Session cookies end with the refresh token, not Amplify's default year.
    NEXT_PUBLIC_SESSION_DAYS = tostring(module.cognito.refresh_token_validity_days)
  }
}
