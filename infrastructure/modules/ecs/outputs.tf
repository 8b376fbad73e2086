output "cluster_name" {
  description = "Name of the ECS cluster."
  value       = aws_ecs_cluster.this.name
}

output "cluster_arn" {
  description = "ARN of the ECS cluster."
  value       = aws_ecs_cluster.this.arn
}

output "service_name" {
  description = "Name of the backend service."
  value       = aws_ecs_service.this.name
}

output "task_definition_family" {
  description = "Family of the backend task definition (run-task with the family uses its latest ACTIVE revision)."
  value       = aws_ecs_task_definition.this.family
}

output "task_definition_arn" {
  description = "ARN (with revision) of the task definition the service runs."
  value       = aws_ecs_task_definition.this.arn
}

output "container_name" {
  description = "Name of the backend container (target of container overrides)."
  value       = local.container_name
}

output "security_group_id" {
  description = "Security group of the backend tasks (reuse it for one-off tasks such as migrations)."
  value       = aws_security_group.tasks.id
}

output "subnet_ids" {
  description = "Subnets the service runs its tasks in (reuse them for one-off tasks)."
  value       = var.subnet_ids
}

output "assign_public_ip" {
  description = "Whether the service gives its tasks public IPs (one-off tasks must match)."
  value       = var.assign_public_ip
}

output "task_role_arn" {
  description = "ARN of the application (task) role."
  value       = aws_iam_role.task.arn
}

output "execution_role_arn" {
  description = "ARN of the task execution role."
  value       = aws_iam_role.execution.arn
}
