output "state_bucket_name" {
  description = "Name of the Terraform state bucket."
  value       = aws_s3_bucket.state.bucket
}

output "state_bucket_arn" {
  description = "ARN of the Terraform state bucket (for IAM policies of CI roles)."
  value       = aws_s3_bucket.state.arn
}

output "backend_config" {
  description = "Contents for environments/<env>/backend.hcl."
  value       = <<-EOT
    bucket = "${aws_s3_bucket.state.bucket}"
    region = "${var.aws_region}"
  EOT
}

output "deploy_role_arns" {
  description = "Deploy role ARN per environment: the GitHub environment variable AWS_DEPLOY_ROLE_ARN."
  value       = { for env, role in aws_iam_role.deploy : env => role.arn }
}
