variable "name_prefix" {
  description = "Prefix of resource names, e.g. \"roster-dev\"."
  type        = string
}

variable "function_names" {
  description = "Function names by role (api, worker, scheduler), each watched for errors and throttles."
  type        = map(string)
}

variable "api_id" {
  description = "Id of the HTTP API, watched for 5xx answers."
  type        = string
}

variable "jobs_queue_name" {
  description = "Name of the jobs queue, watched for jobs waiting too long."
  type        = string
}

variable "dead_letter_queue_name" {
  description = "Name of the jobs dead-letter queue; any message in it raises an alarm."
  type        = string
}

variable "api_5xx_threshold" {
  description = "5xx answers within five minutes that raise the alarm. A 500 is a defect and a 503 an unavailable dependency, so the default is one."
  type        = number
  default     = 1

  validation {
    condition     = var.api_5xx_threshold >= 1
    error_message = "api_5xx_threshold must be at least 1."
  }
}

variable "oldest_job_age_seconds" {
  description = "Raise an alarm when the oldest message in the jobs queue is older than this: the worker is stuck or too slow."
  type        = number
  default     = 3600
}

variable "collection_failure_ratio" {
  description = "Raise an alarm when more than this share (0-1) of the accounts collected in an hour failed."
  type        = number
  default     = 0.2

  validation {
    condition     = var.collection_failure_ratio > 0 && var.collection_failure_ratio < 1
    error_message = "collection_failure_ratio must be between 0 and 1."
  }
}

variable "collection_failure_min_accounts" {
  description = "Collections in an hour below which the failure ratio raises no alarm (two failures of three say little)."
  type        = number
  default     = 10
}

variable "import_failed_rows_ratio" {
  description = "Raise an alarm when more than this share (0-1) of the rows imported in an hour failed."
  type        = number
  default     = 0.5

  validation {
    condition     = var.import_failed_rows_ratio > 0 && var.import_failed_rows_ratio < 1
    error_message = "import_failed_rows_ratio must be between 0 and 1."
  }
}

variable "import_failed_rows_min" {
  description = "Rows imported in an hour below which the failed-row ratio raises no alarm."
  type        = number
  default     = 20
}

variable "alarm_topic" {
  description = "Create an SNS topic that every alarm notifies (when raised and when cleared). Without it the alarms only show in the CloudWatch console."
  type        = bool
  default     = false
}

variable "alarm_emails" {
  description = "Addresses subscribed to the alarm topic; each must confirm the subscription from the mail AWS sends."
  type        = list(string)
  default     = []
}

variable "monthly_budget_usd" {
  description = "Monthly AWS cost in US dollars past which (actual, or forecast) the alarm emails go out; 0 for no budget."
  type        = number
  default     = 0

  validation {
    condition     = var.monthly_budget_usd >= 0
    error_message = "monthly_budget_usd must be 0 (no budget) or more."
  }
}
