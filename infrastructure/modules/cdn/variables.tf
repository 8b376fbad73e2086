variable "name" {
  description = "Name prefix (e.g. spendwise-dev); used in the distribution's comment."
  type        = string
}

variable "origin_domain_name" {
  description = "DNS name of the load balancer CloudFront forwards to over HTTP (alb module output dns_name)."
  type        = string
}

variable "price_class" {
  description = "CloudFront price class: which edge locations serve the API. PriceClass_100 (North America and Europe) is the cheapest."
  type        = string
  default     = "PriceClass_100"

  validation {
    condition     = contains(["PriceClass_100", "PriceClass_200", "PriceClass_All"], var.price_class)
    error_message = "price_class must be PriceClass_100, PriceClass_200 or PriceClass_All."
  }
}

variable "tags" {
  description = "Tags for the distribution."
  type        = map(string)
  default     = {}
}
