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
        description = "${function_name} failed (an exception out of the handler, a timeout or running out of memory)."
        namespace   = "AWS/Lambda"
        metric      = "Errors"
        dimensions  = { FunctionName = function_name }
        statistic   = "Sum"
        threshold   = 0
        periods     = 1
      }
      "${role}-throttles" = {
        description = "${function_name} was refused for lack of concurrency: requests or jobs waited or failed."
        namespace   = "AWS/Lambda"
        metric      = "Throttles"
        dimensions  = { FunctionName = function_name }
        statistic   = "Sum"
        threshold   = 0
        periods     = 1
      }
    }
  ]...)

  # Each raises when its metric goes above the threshold over `periods` five-minute periods.
  alarms = merge(local.function_alarms, {
    "jobs-dead-letters" = {
      description = "A job message failed every delivery and is in ${var.dead_letter_queue_name}: inspect it, fix the cause, then redrive."
      namespace   = "AWS/SQS"
      metric      = "ApproximateNumberOfMessagesVisible"
      dimensions  = { QueueName = var.dead_letter_queue_name }
      statistic   = "Maximum"
      threshold   = 0
      periods     = 1
    }
    "jobs-waiting" = {
      description = "The oldest job in ${var.jobs_queue_name} has waited over ${var.oldest_job_age_seconds} s: the worker is failing, throttled or too slow."
      namespace   = "AWS/SQS"
      metric      = "ApproximateAgeOfOldestMessage"
      dimensions  = { QueueName = var.jobs_queue_name }
      statistic   = "Maximum"
      threshold   = var.oldest_job_age_seconds
      periods     = 2
    }
    "api-5xx" = {
      description = "The API answered 5xx: a defect (500, see the request id in the function's log), a dependency down (503) or the function failing (502/504)."
      namespace   = "AWS/ApiGateway"
      metric      = "5xx"
      dimensions  = { ApiId = var.api_id }
      statistic   = "Sum"
      threshold   = var.api_5xx_threshold - 1 # counts are whole: "at least N" is "more than N - 1"
      periods     = 1
    }
  })
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

resource "aws_cloudwatch_metric_alarm" "this" {
  for_each = local.alarms

  alarm_name          = "${var.name_prefix}-${each.key}"
  alarm_description   = each.value.description
  namespace           = each.value.namespace
  metric_name         = each.value.metric
  dimensions          = each.value.dimensions
  statistic           = each.value.statistic
  period              = 300
  evaluation_periods  = each.value.periods
  comparison_operator = "GreaterThanThreshold"
  threshold           = each.value.threshold
  # No invocations, messages or requests means no data, which is not a failure.
  treat_missing_data = "notBreaching"
  alarm_actions      = local.alarm_actions
  ok_actions         = local.alarm_actions
}

# What the deployment costs, against a monthly limit: an email to the alarm addresses when the month's actual cost passes
# 80% of it and when the forecast passes 100% (docs/cost.md says what the seed's load costs).
resource "aws_budgets_budget" "monthly" {
  count = var.monthly_budget_usd > 0 && length(var.alarm_emails) > 0 ? 1 : 0

  name         = "${var.name_prefix}-monthly"
  budget_type  = "COST"
  limit_amount = tostring(var.monthly_budget_usd)
  limit_unit   = "USD"
  time_unit    = "MONTHLY"

  notification {
    comparison_operator        = "GREATER_THAN"
    threshold                  = 80
    threshold_type             = "PERCENTAGE"
    notification_type          = "ACTUAL"
    subscriber_email_addresses = var.alarm_emails
  }

  notification {
    comparison_operator        = "GREATER_THAN"
    threshold                  = 100
    threshold_type             = "PERCENTAGE"
    notification_type          = "FORECASTED"
    subscriber_email_addresses = var.alarm_emails
  }
}
