# Forwards the stack's outputs under the same names (the runbook and operators read `terraform output -raw <name>`);
# each is described in modules/stack/outputs.tf.

output "aws_region" { value = module.stack.aws_region }
output "ecr_repository_url" { value = module.stack.ecr_repository_url }
output "ecr_release_source_url" { value = module.stack.ecr_release_source_url }
output "ecs_cluster_name" { value = module.stack.ecs_cluster_name }
output "ecs_service_name" { value = module.stack.ecs_service_name }
output "ecs_task_definition_family" { value = module.stack.ecs_task_definition_family }
output "ecs_cpu_architecture" { value = module.stack.ecs_cpu_architecture }
output "ecs_private_app_subnet_ids_csv" { value = module.stack.ecs_private_app_subnet_ids_csv }
output "ecs_tasks_security_group_id" { value = module.stack.ecs_tasks_security_group_id }
output "ecs_assign_public_ip" { value = module.stack.ecs_assign_public_ip }
output "ecs_log_group" { value = module.stack.ecs_log_group }
output "alb_dns_name" { value = module.stack.alb_dns_name }
output "api_base_url" { value = module.stack.api_base_url }
output "cognito_user_pool_id" { value = module.stack.cognito_user_pool_id }
output "cognito_web_client_id" { value = module.stack.cognito_web_client_id }
output "amplify_app_id" { value = module.stack.amplify_app_id }
output "amplify_default_domain" { value = module.stack.amplify_default_domain }
output "web_url" { value = module.stack.web_url }
output "db_master_user_secret_arn" { value = module.stack.db_master_user_secret_arn }
output "alarm_topic_arn" { value = module.stack.alarm_topic_arn }
output "dashboard_name" { value = module.stack.dashboard_name }
output "alarm_names" { value = module.stack.alarm_names }
output "alb_access_logs_bucket" { value = module.stack.alb_access_logs_bucket }
