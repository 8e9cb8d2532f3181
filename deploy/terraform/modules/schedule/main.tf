# The clock of metric collection: EventBridge Scheduler invokes the scheduler function, which enqueues the
# collection jobs that are due. The work itself happens in the worker, so this invocation stays short.

terraform {
  required_providers {
    aws = {
      source = "hashicorp/aws"
    }
  }
}

data "aws_iam_policy_document" "assume_by_scheduler" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["scheduler.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "scheduler" {
  name               = "${var.name_prefix}-schedule"
  description        = "EventBridge Scheduler invoking ${var.name_prefix}-scheduler"
  assume_role_policy = data.aws_iam_policy_document.assume_by_scheduler.json
}

data "aws_iam_policy_document" "invoke" {
  statement {
    sid       = "InvokeSchedulerAliasOnly"
    actions   = ["lambda:InvokeFunction"]
    resources = [var.function_alias_arn]
  }
}

resource "aws_iam_role_policy" "invoke" {
  name   = "invoke-scheduler-function"
  role   = aws_iam_role.scheduler.id
  policy = data.aws_iam_policy_document.invoke.json
}

resource "aws_scheduler_schedule" "collect_metrics" {
  name        = "${var.name_prefix}-collect-metrics"
  description = "Enqueue the metric collection that is due"
  state       = var.enabled ? "ENABLED" : "DISABLED"

  schedule_expression          = var.schedule_expression
  schedule_expression_timezone = var.timezone

  flexible_time_window {
    mode = "OFF"
  }

  target {
    arn      = var.function_alias_arn
    role_arn = aws_iam_role.scheduler.arn

    # Scheduler fills these in per invocation. scheduledTime stays the same when a run is retried (attempt counts
    # up), so the function can enqueue each run's work once even when an invocation is delivered again.
    input = jsonencode({
      scheduleArn   = "<aws.scheduler.schedule-arn>"
      scheduledTime = "<aws.scheduler.scheduled-time>"
      executionId   = "<aws.scheduler.execution-id>"
      attempt       = "<aws.scheduler.attempt-number>"
    })

    # A missed run is caught up by the next one (the function enqueues whatever is due), so retry briefly only.
    retry_policy {
      maximum_event_age_in_seconds = 900
      maximum_retry_attempts       = 3
    }
  }

  depends_on = [aws_iam_role_policy.invoke]
}
