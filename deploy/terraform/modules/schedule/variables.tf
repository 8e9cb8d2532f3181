variable "name_prefix" {
  description = "Prefix of resource names, e.g. \"roster-dev\"."
  type        = string
}

variable "function_alias_arn" {
  description = "ARN of the scheduler function's `live` alias: the only thing the schedule's role may invoke."
  type        = string
}

variable "schedule_expression" {
  description = "When to look for due metric collection: rate(...) or cron(...), as EventBridge Scheduler reads them."
  type        = string
  default     = "rate(1 hour)"

  validation {
    condition     = can(regex("^(rate|cron)\\(.+\\)$", var.schedule_expression))
    error_message = "schedule_expression must be rate(...) or cron(...)."
  }
}

variable "timezone" {
  description = "Time zone of a cron(...) expression."
  type        = string
  default     = "Asia/Seoul"
}

variable "enabled" {
  description = "Whether the schedule runs; switch off to pause collection without destroying anything."
  type        = bool
  default     = true
}
