variable "name_prefix" {
  description = "Prefix of resource names, e.g. \"roster-dev\"."
  type        = string
}

variable "deletion_protection" {
  description = "Refuse to delete the user pool (and so every account in it) until this is switched off. On in prod."
  type        = bool
}

variable "access_token_minutes" {
  description = "Lifetime of access tokens, which the API accepts (5 minutes to 1 day)."
  type        = number
  default     = 60

  validation {
    condition     = var.access_token_minutes >= 5 && var.access_token_minutes <= 1440
    error_message = "access_token_minutes must be between 5 and 1440."
  }
}

variable "id_token_minutes" {
  description = "Lifetime of ID tokens (5 minutes to 1 day)."
  type        = number
  default     = 60

  validation {
    condition     = var.id_token_minutes >= 5 && var.id_token_minutes <= 1440
    error_message = "id_token_minutes must be between 5 and 1440."
  }
}

variable "refresh_token_days" {
  description = "Lifetime of refresh tokens: how long a browser stays signed in without the password."
  type        = number
  default     = 30

  validation {
    condition     = var.refresh_token_days >= 1 && var.refresh_token_days <= 3650
    error_message = "refresh_token_days must be between 1 and 3650."
  }
}

variable "callback_urls" {
  description = "Where Cognito's managed login may send the browser back with a code: the web UI's /auth/callback, e.g. [\"https://roster.example.com/auth/callback\"]. Empty: no hosted sign-in."
  type        = list(string)
  default     = []
}

variable "cli_callback_ports" {
  description = "Ports of `roster login`'s loopback callback, http://localhost:<port>/callback, which the app client lists whenever it has hosted sign-in: Cognito matches a callback URL exactly, port included, and takes plain http only for localhost. The CLI tries them in turn (LoopbackReceiver.DEFAULT_PORTS)."
  type        = list(number)
  default     = [43821, 43822, 43823]
}

variable "logout_urls" {
  description = "Where the managed sign-out may send the browser back: the web UI's root, e.g. [\"https://roster.example.com/\"]."
  type        = list(string)
  default     = []
}

variable "domain_prefix" {
  description = "Prefix of the Cognito hosted sign-in domain, <prefix>.auth.<region>.amazoncognito.com, unique per region. Null: no hosted domain."
  type        = string
  default     = null
}

variable "allow_password_auth" {
  description = "Let the app client sign in with USER_PASSWORD_AUTH, so a developer can get a token with the AWS CLI. Keep off in prod: the password then travels to Cognito instead of an SRP proof."
  type        = bool
  default     = false
}

variable "mfa" {
  description = "Multi-factor sign-in with an authenticator app: OFF, OPTIONAL (each user chooses) or ON (everyone)."
  type        = string
  default     = "OPTIONAL"

  validation {
    condition     = contains(["OFF", "OPTIONAL", "ON"], var.mfa)
    error_message = "mfa must be OFF, OPTIONAL or ON."
  }
}
