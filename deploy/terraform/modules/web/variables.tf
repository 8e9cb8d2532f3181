variable "name_prefix" {
  description = "Prefix of resource names, e.g. \"roster-dev\"."
  type        = string
}

variable "region" {
  description = "The region of the user pool, for the Content-Security-Policy's connect-src."
  type        = string
}

variable "api_endpoint" {
  description = "The HTTP API's endpoint (https://<id>.execute-api.<region>.amazonaws.com), where /api/* goes."
  type        = string
}

variable "cognito_domain" {
  description = "The managed login domain (<prefix>.auth.<region>.amazoncognito.com), which the app calls for tokens. Null: no Cognito sign-in."
  type        = string
  default     = null
}

variable "files_bucket_domain" {
  description = "The files bucket's regional domain, where the app PUTs large workbooks to a signed upload link."
  type        = string
  default     = null
}

variable "domain_name" {
  description = "A domain of the agency's own for the UI (needs certificate_arn, in us-east-1). Null: the CloudFront domain."
  type        = string
  default     = null
}

variable "certificate_arn" {
  description = "ACM certificate (us-east-1) for domain_name."
  type        = string
  default     = null
}

variable "price_class" {
  description = "CloudFront edge locations to use; PriceClass_200 includes Korea."
  type        = string
  default     = "PriceClass_200"
}
