# Alarms that say something a person must act on: a function failing or being throttled, a job given up on
# (dead-letter queue), jobs piling up, the API answering 5xx, and over Roster's own metrics (which the functions write
# as Embedded Metric Format lines, docs/aws-adapters.md): too many collections failing, an import job failing, too
# many rows of imports failing. The functions' and the API's log groups live with them in the functions and api
# modules, so a log group is created before anything writes to it.

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

locals {
  # The namespace the functions write their metrics to (LambdaRequestLog.NAMESPACE); TerraformMatchesCodeTest holds
  # every metric and dimension named below to what the code emits (EmfMeter.METRICS).
  metrics_namespace = "Roster"

  # Each raises when its expression, over the metrics it names (summed over `period` seconds), goes above the
  # threshold for `periods` periods in a row. FILL(m, 0) reads a period without a document as none counted; a period
  # with no collection (or import) at all has no value, which is not a failure.
  roster_alarms = {
    "collection-failure-ratio" = {
      description = "Over ${var.collection_failure_ratio * 100}% of the accounts collected in an hour failed (at least ${var.collection_failure_min_accounts} collected): a platform changed its pages, is refusing us, or is down. Logs Insights: filter logger = 'roster.metrics' and ispresent(Collections) | stats sum(Collections) by platform, outcome."
      expression  = "IF(FILL(failed, 0) + FILL(succeeded, 0) >= ${var.collection_failure_min_accounts}, FILL(failed, 0) / (FILL(failed, 0) + FILL(succeeded, 0)), 0)"
      threshold   = var.collection_failure_ratio
      period      = 3600
      periods     = 1
      metrics = {
        failed    = { metric = "CollectionsFailed", dimensions = {} }
        succeeded = { metric = "CollectionsSucceeded", dimensions = {} }
      }
    }
    "import-jobs-failed" = {
      description = "An import job failed or was given up on: a defect or a dependency down, not a bad row (the job's failure reason and the worker's log, by jobId, say which)."
      expression  = "FILL(failed, 0) + FILL(abandoned, 0)"
      threshold   = 0
      period      = 300
      periods     = 1
      metrics = {
        failed    = { metric = "Jobs", dimensions = { jobType = "import", outcome = "failed" } }
        abandoned = { metric = "Jobs", dimensions = { jobType = "import", outcome = "abandoned" } }
      }
    }
    "import-rows-failed-ratio" = {
      description = "Over ${var.import_failed_rows_ratio * 100}% of the rows imported in an hour failed (at least ${var.import_failed_rows_min} rows): staff are uploading files the import refuses (a changed template, a column missing); their error files say why."
      expression  = "IF(FILL(failed, 0) + FILL(saved, 0) >= ${var.import_failed_rows_min}, FILL(failed, 0) / (FILL(failed, 0) + FILL(saved, 0)), 0)"
      threshold   = var.import_failed_rows_ratio
      period      = 3600
      periods     = 1
      metrics = {
        failed = { metric = "ImportFailedRows", dimensions = {} }
        saved  = { metric = "ImportedRows", dimensions = {} }
      }
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "roster" {
  for_each = local.roster_alarms

  alarm_name          = "${var.name_prefix}-${each.key}"
  alarm_description   = each.value.description
  evaluation_periods  = each.value.periods
  comparison_operator = "GreaterThanThreshold"
  threshold           = each.value.threshold
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions

  metric_query {
    id          = "alarm"
    expression  = each.value.expression
    label       = each.key
    return_data = true
  }

  dynamic "metric_query" {
    for_each = each.value.metrics

    content {
      id = metric_query.key

      metric {
        namespace   = local.metrics_namespace
        metric_name = metric_query.value.metric
        dimensions  = metric_query.value.dimensions
        period      = each.value.period
        stat        = "Sum"
      }
    }
  }
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
