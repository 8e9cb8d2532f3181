output "schedule_name" {
  description = "Name of the metric collection schedule."
  value       = aws_scheduler_schedule.collect_metrics.name
}

output "schedule_arn" {
  description = "ARN of the metric collection schedule."
  value       = aws_scheduler_schedule.collect_metrics.arn
}

output "role_arn" {
  description = "ARN of the role the schedule invokes the function with."
  value       = aws_iam_role.scheduler.arn
}
