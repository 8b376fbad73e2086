output "user_pool_id" {
  description = "ID of the user pool (<region>_<id>)."
  value       = aws_cognito_user_pool.this.id
}

output "user_pool_arn" {
  description = "ARN of the user pool."
  value       = aws_cognito_user_pool.this.arn
}

output "issuer_url" {
  description = "Issuer (iss claim) of the pool's tokens; its JWKS is at <issuer_url>/.well-known/jwks.json."
  value       = "https://${aws_cognito_user_pool.this.endpoint}"
}

output "web_client_id" {
  description = "ID of the public web app client (the API checks access tokens' client_id against it)."
  value       = aws_cognito_user_pool_client.web.id
}

output "refresh_token_validity_days" {
  description = "Refresh token lifetime of the web client, in days: the web app's session cookies live exactly as long (NEXT_PUBLIC_SESSION_DAYS)."
  value       = aws_cognito_user_pool_client.web.refresh_token_validity
}
