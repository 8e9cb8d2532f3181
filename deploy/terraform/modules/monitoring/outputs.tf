output "alarm_topic_arn" {
  description = "ARN of the SNS topic the alarms notify, or null."
  value       = one(aws_sns_topic.alarms[*].arn)
}

output "alarm_names" {
  description = "Names of every alarm."
  value       = concat([for alarm in aws_cloudwatch_metric_alarm.this : alarm.alarm_name], [for alarm in aws_cloudwatch_metric_alarm.roster : alarm.alarm_name])
}
