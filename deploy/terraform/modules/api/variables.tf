variable "name_prefix" {
  description = "Prefix of resource names, e.g. \"roster-dev\"."
  type        = string
}

variable "function_name" {
  description = "Name of the API function."
  type        = string
}

variable "function_alias" {
  description = "The alias of the API function that API Gateway invokes."
  type        = string
}

variable "function_alias_invoke_arn" {
  description = "Invoke ARN of that alias."
  type        = string
}

variable "jwt_issuer" {
  description = "Issuer of the tokens the authorizer accepts: the Cognito user pool's URL, https://cognito-idp.<region>.amazonaws.com/<pool id>."
  type        = string

  validation {
    condition     = startswith(var.jwt_issuer, "https://")
    error_message = "jwt_issuer must be an https:// URL."
  }
}

variable "jwt_audiences" {
  description = "App client ids tokens must be for (the token's aud, or Cognito's client_id in access tokens)."
  type        = list(string)
}

variable "web_origins" {
  description = "Origins of the web UI allowed to call the API from a browser (CORS). Empty: no CORS, e.g. when CloudFront serves UI and API from one origin."
  type        = list(string)
  default     = []
}

variable "throttling_rate_limit" {
  description = "Steady requests per second the stage accepts before answering 429."
  type        = number
  default     = 50
}

variable "throttling_burst_limit" {
  description = "Requests the stage accepts in a burst before answering 429."
  type        = number
  default     = 100
}

variable "expensive_throttling_rate_limit" {
  description = "Steady requests per second each import and export route accepts before answering 429: a workbook costs a worker seconds of CPU."
  type        = number
  default     = 2
}

variable "expensive_throttling_burst_limit" {
  description = "Requests each import and export route accepts in a burst before answering 429."
  type        = number
  default     = 5
}

variable "log_retention_days" {
  description = "Days CloudWatch keeps the access log."
  type        = number
  default     = 30
}
