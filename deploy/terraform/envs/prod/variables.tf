variable "region" {
  description = "AWS region to deploy to."
  type        = string
  default     = "ap-northeast-2"
}

variable "allowed_cidrs" {
  description = "The agency's networks, the only addresses that may call the API (ROSTER_ALLOWED_CIDRS). No default: production is never open to the world."
  type        = list(string)

  validation {
    condition     = length(var.allowed_cidrs) > 0 && alltrue([for cidr in var.allowed_cidrs : can(cidrhost(cidr, 0)) && !endswith(cidr, "/0")])
    error_message = "allowed_cidrs must list the office networks as CIDR blocks; 0.0.0.0/0 and ::/0 are not allowed in prod."
  }
}

variable "platforms_file" {
  description = "The platform definitions YAML (ROSTER_PLATFORMS_FILE; docs/collection.md), relative to this directory, shipped to the functions in a layer. Null: the built-in platforms a and b, none collected."
  type        = string
  default     = null
}

variable "trusted_proxies" {
  description = "Proxies in front of API Gateway whose X-Forwarded-For is believed (ROSTER_TRUSTED_PROXIES)."
  type        = list(string)
  default     = []
}

variable "web_origins" {
  description = "Origins of the web UI, e.g. [\"https://roster.example.com\"], for CORS on the API and the files bucket."
  type        = list(string)

  validation {
    condition     = alltrue([for origin in var.web_origins : startswith(origin, "https://")])
    error_message = "Production web origins must be https://."
  }
}

variable "callback_urls" {
  description = "Origins besides the web UI's own (e.g. a developer's http://localhost:5173/) whose /auth/callback may receive a sign-in and whose root a sign-out may return to."
  type        = list(string)
  default     = []
}

variable "cognito_domain_prefix" {
  description = "Prefix of the hosted sign-in domain (unique per region), or null for none."
  type        = string
  default     = null
}

variable "alarm_emails" {
  description = "Who is told when an alarm is raised or cleared (each confirms the subscription mail)."
  type        = list(string)

  validation {
    condition     = length(var.alarm_emails) > 0
    error_message = "Production alarms must reach someone: give at least one address."
  }
}

variable "monthly_budget_usd" {
  description = "Monthly AWS cost limit in US dollars: the alarm addresses are emailed at 80% of it (actual) and when the month is forecast to pass it. docs/cost.md: the seed's load costs a few dollars a month."
  type        = number
  default     = 50
}

variable "live_versions" {
  description = "Pin a function's `live` alias to a published version to roll back, e.g. { api = \"12\" }."
  type        = map(string)
  default     = {}
}
