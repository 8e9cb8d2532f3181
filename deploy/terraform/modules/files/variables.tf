variable "name_prefix" {
  description = "Prefix of resource names, e.g. \"roster-dev\"; the bucket is named <prefix>-files-<account id>, which is unique worldwide."
  type        = string
}

variable "temporary_object_days" {
  description = "Days after which uploads/, imports/, responses/ and exports/ objects are deleted."
  type        = number
  default     = 7

  validation {
    condition     = var.temporary_object_days >= 1
    error_message = "temporary_object_days must be at least 1."
  }
}

variable "consent_infrequent_access_days" {
  description = "Days after which consent PDFs move to STANDARD_IA (30 is the least S3 allows)."
  type        = number
  default     = 30

  validation {
    condition     = var.consent_infrequent_access_days >= 30
    error_message = "S3 moves objects to STANDARD_IA after 30 days at the earliest."
  }
}

variable "web_origins" {
  description = "Origins of the web UI allowed to GET/PUT through presigned URLs (CORS), e.g. [\"https://roster.example.com\"]. Empty: no CORS rule."
  type        = list(string)
  default     = []
}

variable "versioning" {
  description = "Keep overwritten and deleted objects (consent PDFs above all) as noncurrent versions for noncurrent_version_days."
  type        = bool
  default     = false
}

variable "noncurrent_version_days" {
  description = "Days a noncurrent object version is kept when versioning is on."
  type        = number
  default     = 90
}

variable "presigned_source_cidrs" {
  description = "CIDR blocks presigned links may be used from (the API's allowlist); empty lets them work from anywhere, as when the allowlist is 0.0.0.0/0."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for cidr in var.presigned_source_cidrs : can(cidrhost(cidr, 0))])
    error_message = "presigned_source_cidrs must hold CIDR blocks."
  }
}

variable "force_destroy" {
  description = "Let terraform destroy delete a bucket that still holds objects. Convenient for dev, dangerous for prod."
  type        = bool
  default     = false
}
