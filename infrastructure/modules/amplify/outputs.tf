output "app_id" {
  description = "ID of the Amplify app."
  value       = aws_amplify_app.this.id
}

output "app_arn" {
  description = "ARN of the Amplify app."
  value       = aws_amplify_app.this.arn
}

output "default_domain" {
  description = "Default domain of the app (<app_id>.amplifyapp.com); branches are served at <branch>.<default_domain>."
  value       = aws_amplify_app.this.default_domain
}

output "branch_url" {
  description = "HTTPS URL the branch is served at (the origin the API must allow in CORS)."
  value       = "https://${replace(aws_amplify_branch.this.branch_name, "/", "-")}.${aws_amplify_app.this.default_domain}"
}

output "build_spec" {
  description = "The build spec given to Amplify (for review)."
  value       = local.build_spec
}
