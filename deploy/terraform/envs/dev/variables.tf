variable "region" {
  description = "AWS region to deploy to."
  type        = string
  default     = "ap-northeast-2"
}

variable "allowed_cidrs" {
  description = "Who may call the API (ROSTER_ALLOWED_CIDRS). Dev is open to everyone by default; Cognito still guards every route but health and the API description."
  type        = list(string)
  default     = ["0.0.0.0/0", "::/0"]
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
  description = "Origins the web UI runs on during development, for CORS on the API and the files bucket."
  type        = list(string)
  default     = ["http://localhost:5173"]
}

variable "callback_urls" {
  description = "Origins besides the web UI's own (e.g. a developer's http://localhost:5173/) whose /auth/callback may receive a sign-in and whose root a sign-out may return to."
  type        = list(string)
  default     = ["http://localhost:5173/"]
}

variable "cognito_domain_prefix" {
  description = "Prefix of the hosted sign-in domain (unique per region), or null for none."
  type        = string
  default     = null
}

variable "live_versions" {
  description = "Pin a function's `live` alias to a published version to roll back, e.g. { api = \"12\" }."
  type        = map(string)
  default     = {}
}
