# The jobs queue (imports, metric collection, analyses) and its dead-letter queue.

terraform {
  required_providers {
    aws = {
      source = "hashicorp/aws"
    }
  }
}

# A message keeps its first enqueue time when it moves here, so this retention must outlast the jobs queue's.
resource "aws_sqs_queue" "dead_letter" {
  name                      = "${var.name_prefix}-jobs-dlq"
  message_retention_seconds = var.dead_letter_retention_seconds
  sqs_managed_sse_enabled   = true
}

resource "aws_sqs_queue" "jobs" {
  name                       = "${var.name_prefix}-jobs"
  visibility_timeout_seconds = 6 * var.consumer_timeout_seconds
  message_retention_seconds  = var.message_retention_seconds
  sqs_managed_sse_enabled    = true

  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dead_letter.arn
    maxReceiveCount     = var.max_receive_count
  })

  lifecycle {
    precondition {
      condition     = var.dead_letter_retention_seconds > var.message_retention_seconds
      error_message = "The dead-letter queue must keep messages longer than the jobs queue, or failed jobs expire on arrival."
    }
    precondition {
      condition     = 6 * var.consumer_timeout_seconds <= 43200
      error_message = "Six times the consumer timeout exceeds SQS's 12-hour visibility timeout limit."
    }
  }
}

# Only the jobs queue may use the dead-letter queue as its dead-letter queue.
resource "aws_sqs_queue_redrive_allow_policy" "dead_letter" {
  queue_url = aws_sqs_queue.dead_letter.id

  redrive_allow_policy = jsonencode({
    redrivePermission = "byQueue"
    sourceQueueArns   = [aws_sqs_queue.jobs.arn]
  })
}
