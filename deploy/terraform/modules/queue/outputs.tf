output "jobs_queue_url" {
  description = "URL of the jobs queue (ROSTER_JOBS_QUEUE_URL)."
  value       = aws_sqs_queue.jobs.url
}

output "jobs_queue_arn" {
  description = "ARN of the jobs queue."
  value       = aws_sqs_queue.jobs.arn
}

output "dead_letter_queue_arn" {
  description = "ARN of the dead-letter queue."
  value       = aws_sqs_queue.dead_letter.arn
}

output "dead_letter_queue_name" {
  description = "Name of the dead-letter queue, the dimension of its CloudWatch metrics."
  value       = aws_sqs_queue.dead_letter.name
}

output "jobs_queue_name" {
  description = "Name of the jobs queue, the dimension of its CloudWatch metrics."
  value       = aws_sqs_queue.jobs.name
}

output "max_receive_count" {
  description = "The redrive policy's maxReceiveCount, handed on to the worker as ROSTER_JOBS_MAX_RECEIVES so both always agree."
  value       = var.max_receive_count
}
