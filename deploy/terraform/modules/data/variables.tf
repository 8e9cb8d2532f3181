variable "table_prefix" {
  description = "Prepended to every table name in tables.json, e.g. \"roster-dev-\"; the functions get the same value as ROSTER_DYNAMODB_TABLE_PREFIX."
  type        = string

  validation {
    condition     = can(regex("^[A-Za-z0-9_.-]+$", var.table_prefix))
    error_message = "table_prefix may hold only letters, digits, '_', '-' and '.', as DynamoDB table names do."
  }
}

variable "deletion_protection" {
  description = "Refuse DeleteTable (also from Terraform) until this is switched off. On in prod."
  type        = bool
}

variable "point_in_time_recovery" {
  description = "Continuous backups with restore to any second of the recovery window."
  type        = bool
  default     = true
}

variable "recovery_period_days" {
  description = "How far back point-in-time recovery reaches (1-35 days)."
  type        = number
  default     = 35

  validation {
    condition     = var.recovery_period_days >= 1 && var.recovery_period_days <= 35
    error_message = "recovery_period_days must be between 1 and 35."
  }
}

variable "kms_key_arn" {
  description = "A customer managed KMS key for encryption at rest, or null for the AWS owned key (free; tables are encrypted either way)."
  type        = string
  default     = null
}
