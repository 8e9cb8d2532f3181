# Alarms that say something a person must act on: a function failing or being throttled, a job given up on
# (dead-letter queue), jobs piling up, the API answering 5xx. The functions' and the API's log groups live with
# them in the functions and api modules, so a log group is created before anything writes to it.

terraform {
  required_providers {
    aws = {
      source = "hashicorp/aws"
    }
  }
}

locals {
  alarm_actions = aws_sns_topic.alarms[*].arn

  function_alarms = merge([
    for role, function_name in var.function_names : {
      "${role}-errors" = {
        function_name = function_name
        metric        = "Errors"
        description   = "${function_name} failed (an exception out of the handler, a timeout or running out of memory)."
      }
      "${role}-throttles" = {
        function_name = function_name
        metric        = "Throttles"
        description   = "${function_name} was refused for lack of concurrency: requests or jobs waited or failed."
      }
    }
  ]...)
}

# Not encrypted with the AWS managed aws/sns key: CloudWatch alarms cannot publish to a topic under that key.
resource "aws_sns_topic" "alarms" {
  count = var.alarm_topic ? 1 : 0

  name = "${var.name_prefix}-alarms"
}

resource "aws_sns_topic_subscription" "email" {
  for_each = var.alarm_topic ? toset(var.alarm_emails) : toset([])

  topic_arn = aws_sns_topic.alarms[0].arn
  protocol  = "email"
  endpoint  = each.value
}

resource "aws_cloudwatch_metric_alarm" "function" {
  for_each = local.function_alarms

  alarm_name          = "${var.name_prefix}-${each.key}"
  alarm_description   = each.value.description
  namespace           = "AWS/Lambda"
  metric_name         = each.value.metric
  dimensions          = { FunctionName = each.value.function_name }
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  comparison_operator = "GreaterThanThreshold"
  threshold           = 0
  # No invocations means no data, which is not a failure.
  treat_missing_data = "notBreaching"
  alarm_actions      = local.alarm_actions
  ok_actions         = local.alarm_actions
}

resource "aws_cloudwatch_metric_alarm" "dead_letters" {
  alarm_name          = "${var.name_prefix}-jobs-dead-letters"
  alarm_description   = "A job message failed every delivery and is in ${var.dead_letter_queue_name}: inspect it, fix the cause, then redrive."
  namespace           = "AWS/SQS"
  metric_name         = "ApproximateNumberOfMessagesVisible"
  dimensions          = { QueueName = var.dead_letter_queue_name }
  statistic           = "Maximum"
  period              = 300
  evaluation_periods  = 1
  comparison_operator = "GreaterThanThreshold"
  threshold           = 0
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions
}

resource "aws_cloudwatch_metric_alarm" "oldest_job" {
  alarm_name          = "${var.name_prefix}-jobs-waiting"
  alarm_description   = "The oldest job in ${var.jobs_queue_name} has waited over ${var.oldest_job_age_seconds} s: the worker is failing, throttled or too slow."
  namespace           = "AWS/SQS"
  metric_name         = "ApproximateAgeOfOldestMessage"
  dimensions          = { QueueName = var.jobs_queue_name }
  statistic           = "Maximum"
  period              = 300
  evaluation_periods  = 2
  comparison_operator = "GreaterThanThreshold"
  threshold           = var.oldest_job_age_seconds
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions
}

resource "aws_cloudwatch_metric_alarm" "api_5xx" {
  alarm_name          = "${var.name_prefix}-api-5xx"
  alarm_description   = "The API answered 5xx: a defect (500, see the request id in the function's log), a dependency down (503) or the function failing (502/504)."
  namespace           = "AWS/ApiGateway"
  metric_name         = "5xx"
  dimensions          = { ApiId = var.api_id }
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  threshold           = var.api_5xx_threshold
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions
}
