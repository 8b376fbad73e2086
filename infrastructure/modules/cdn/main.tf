# CloudFront in front of the load balancer, for an environment whose load balancer has no certificate (dev by
# default): browsers load the web app from Amplify over HTTPS and block every plain-HTTP API call from it (mixed
# content), so the API needs an HTTPS address even without a custom domain. The distribution's own
# *.cloudfront.net name and certificate give it one; CloudFront talks HTTP to the load balancer, which accepts
# only CloudFront's origin-facing addresses (the environment passes the managed prefix list to the alb module).
#
# Nothing is cached: every request reaches the API with its method, path, query, body and headers (the
# Authorization header and Origin included) except Host, which CloudFront sets to the load balancer's name.

locals {
  origin_id = "alb"

  # AWS managed policies, by their fixed ids (the same in every account): "Managed-CachingDisabled" and
  # "Managed-AllViewerExceptHostHeader". Ids rather than data sources because the AWS emulator the deploy suite
  # applies against (moto) has distributions but no cache or origin request policies.
  caching_disabled_policy_id              = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad"
  all_viewer_except_host_header_policy_id = "b689b0a8-53d0-40ab-baf2-68738e2966ac"
}

resource "aws_cloudfront_distribution" "this" {
  enabled         = true
  comment         = "${var.name} API over HTTPS (no custom domain)"
  is_ipv6_enabled = true
  http_version    = "http2and3"
  price_class     = var.price_class

  origin {
    origin_id   = local.origin_id
    domain_name = var.origin_domain_name

    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "http-only"
      origin_ssl_protocols   = ["TLSv1.2"]
      # The API answers within its own REQUEST_TIMEOUT_MS (10 s by default); 30 s is CloudFront's default.
      origin_read_timeout = 30
    }
  }

  default_cache_behavior {
    target_origin_id       = local.origin_id
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD", "OPTIONS", "PUT", "POST", "PATCH", "DELETE"]
    cached_methods         = ["GET", "HEAD"]
    compress               = true

    cache_policy_id          = local.caching_disabled_policy_id
    origin_request_policy_id = local.all_viewer_except_host_header_policy_id
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    cloudfront_default_certificate = true
  }

  tags = var.tags
}
