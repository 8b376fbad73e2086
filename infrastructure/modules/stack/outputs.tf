# The deploy runbook and CI read these outputs by name; keep the names stable.

output "aws_region" {
  description = "Region everything lives in."
  value       = data.aws_region.current.name
}

output "ecr_repository_url" {
  description = "ECR repository the backend images are pushed to, each under its release tag (the git commit); tags never move."
  value       = module.ecr.repository_url
}

output "ecr_release_source_url" {
  description = "ECR repository releases are promoted from (release_source_environment), in the same registry; empty when this environment builds its own images."
  value       = var.release_source_environment == null ? "" : "${split("/", module.ecr.repository_url)[0]}/${var.project}-${var.release_source_environment}-backend"
}

output "ecs_cluster_name" {
  description = "ECS cluster of the backend service."
  value       = module.ecs.cluster_name
}

output "ecs_service_name" {
  description = "Backend ECS service (aws ecs update-service --force-new-deployment rolls it)."
  value       = module.ecs.service_name
}

output "ecs_task_definition_family" {
  description = "Task definition family for one-off tasks such as the Prisma migration (container name: backend)."
  value       = module.ecs.task_definition_family
}

output "ecs_cpu_architecture" {
  description = "CPU architecture the backend tasks run on (X86_64 or ARM64); scripts/deploy/push.sh builds the image for it (docker build --platform)."
  value       = var.ecs_cpu_architecture
}

output "ecs_private_app_subnet_ids_csv" {
  description = "Comma-separated subnets the backend service runs in, for one-off run-task calls. Despite the name these are the PUBLIC subnets when ecs_assign_public_ip is true, so one-off tasks match the service."
  value       = join(",", module.ecs.subnet_ids)
}

output "ecs_tasks_security_group_id" {
  description = "Security group of the backend tasks, for one-off run-task calls."
  value       = module.ecs.security_group_id
}

output "ecs_assign_public_ip" {
  description = "Whether one-off tasks must use assignPublicIp=ENABLED to match the service."
  value       = var.ecs_assign_public_ip
}

output "ecs_log_group" {
  description = "CloudWatch log group of the backend containers (stream prefix: backend)."
  value       = module.observability.log_group_name
}

output "alb_dns_name" {
  description = "Public DNS name of the load balancer (target of the API domain's CNAME/alias)."
  value       = module.alb.dns_name
}

output "api_base_url" {
  description = "Base URL of the API as the browser calls it (NEXT_PUBLIC_API_URL): https on the custom domain with alb_certificate_arn, otherwise https through CloudFront (modules/cdn)."
  value       = local.api_base_url
}

output "cognito_user_pool_id" {
  description = "Cognito user pool ID."
  value       = module.cognito.user_pool_id
}

output "cognito_web_client_id" {
  description = "Cognito web app client ID (the API checks access tokens' client_id against it)."
  value       = module.cognito.web_client_id
}

output "amplify_app_id" {
  description = "Amplify app ID; empty string when enable_amplify is false."
  value       = var.enable_amplify ? module.amplify[0].app_id : ""
}

output "amplify_default_domain" {
  description = "Amplify default domain (<app_id>.amplifyapp.com); empty string when enable_amplify is false."
  value       = var.enable_amplify ? module.amplify[0].default_domain : ""
}

output "web_url" {
  description = "URL the web app is served at (the origin allowed by the API's CORS); empty string when enable_amplify is false."
  value       = var.enable_amplify ? module.amplify[0].branch_url : ""
}

output "db_master_user_secret_arn" {
  description = "Secrets Manager secret holding the database master credentials (JSON keys username, password)."
  value       = module.rds.master_user_secret_arn
}

output "alarm_topic_arn" {
  description = "SNS topic the CloudWatch alarms notify; subscribe on-call to it."
  value       = module.observability.alarm_topic_arn
}

output "dashboard_name" {
  description = "CloudWatch dashboard of this environment (Console: CloudWatch -> Dashboards)."
  value       = module.observability.dashboard_name
}

output "alarm_names" {
  description = "CloudWatch alarms of this environment that notify the alarm topic (the scheduled tasks' are not listed)."
  value       = module.observability.alarm_names
}

output "alb_access_logs_bucket" {
  description = "S3 bucket with the load balancer's access logs (prefix alb/AWSLogs/<account>/elasticloadbalancing/); null when they are off."
  value       = module.alb.access_logs_bucket
}
