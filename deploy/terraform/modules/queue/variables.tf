variable "name_prefix" {
  description = "Prefix of resource names, e.g. \"roster-dev\"; the queues are <prefix>-jobs and <prefix>-jobs-dlq."
  type        = string
}

variable "max_receive_count" {
  description = "Deliveries of a job message before it goes to the dead-letter queue. The worker gets the same number as ROSTER_JOBS_MAX_RECEIVES, to record a job failing its last delivery as failed."
  type        = number
  default     = 5

  validation {
    condition     = var.max_receive_count >= 1 && var.max_receive_count <= 1000
    error_message = "max_receive_count must be between 1 and 1000."
  }
}

variable "consumer_timeout_seconds" {
  description = "Timeout of the function that consumes the queue; the visibility timeout is six times it, as AWS advises, so a slow batch is not delivered twice while it still runs."
  type        = number
}

variable "message_retention_seconds" {
  description = "How long an unprocessed job message waits in the jobs queue."
  type        = number
  default     = 345600 # 4 days
}

variable "dead_letter_retention_seconds" {
  description = "How long a failed job message is kept in the dead-letter queue for inspection and redrive (14 days is the most SQS allows)."
  type        = number
  default     = 1209600 # 14 days
}
