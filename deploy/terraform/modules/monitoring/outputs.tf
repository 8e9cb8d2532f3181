output "alarm_topic_arn" {
  description = "ARN of the SNS topic the alarms notify, or null."
  value       = one(aws_sns_topic.alarms[*].arn)
}

output "alarm_names" {
  description = "Names of every alarm."
  value = concat(
    [for alarm in aws_cloudwatch_metric_alarm.function : alarm.alarm_name],
    [
      aws_cloudwatch_metric_alarm.dead_letters.alarm_name,
      aws_cloudwatch_metric_alarm.oldest_job.alarm_name,
      aws_cloudwatch_metric_alarm.api_5xx.alarm_name,
    ],
  )
}
