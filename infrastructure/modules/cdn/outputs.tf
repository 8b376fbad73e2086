output "base_url" {
  description = "Base URL of the API through CloudFront: https://<distribution>.cloudfront.net."
  value       = "https://${aws_cloudfront_distribution.this.domain_name}"
}

output "domain_name" {
  description = "The distribution's *.cloudfront.net name."
  value       = aws_cloudfront_distribution.this.domain_name
}

output "distribution_id" {
  description = "ID of the distribution."
  value       = aws_cloudfront_distribution.this.id
}
