output "arn" {
  description = "ARN of the load balancer."
  value       = aws_lb.this.arn
}

output "arn_suffix" {
  description = "ARN suffix of the load balancer (CloudWatch LoadBalancer dimension)."
  value       = aws_lb.this.arn_suffix
}

output "dns_name" {
  description = "Public DNS name of the load balancer."
  value       = aws_lb.this.dns_name
}

output "zone_id" {
  description = "Route 53 hosted zone of the load balancer (for alias records)."
  value       = aws_lb.this.zone_id
}

output "security_group_id" {
  description = "Security group of the load balancer; the backend tasks accept traffic only from it."
  value       = aws_security_group.this.id
}

output "target_group_arn" {
  description = "ARN of the backend target group. Available only once a listener forwards to it, which ECS requires before a service can register."
  value       = aws_lb_target_group.backend.arn

  depends_on = [aws_lb_listener.http, aws_lb_listener.https]
}

output "target_group_arn_suffix" {
  description = "ARN suffix of the target group (CloudWatch TargetGroup dimension and ALBRequestCountPerTarget label)."
  value       = aws_lb_target_group.backend.arn_suffix
}

output "https_enabled" {
  description = "True when an HTTPS listener exists (and HTTP redirects to it)."
  value       = local.https_enabled
}

output "base_url" {
  description = "Base URL of the API: https://<domain_name> with a certificate, otherwise http://<domain_name or dns_name>."
  value       = "${local.https_enabled ? "https" : "http"}://${coalesce(var.domain_name, aws_lb.this.dns_name)}"
}

output "access_logs_bucket" {
  description = "S3 bucket receiving the load balancer's access logs; null when they are off."
  value       = local.access_logs_bucket
}
