# The three Lambda functions, all from one zip: the HTTP API, the jobs-queue worker and the scheduler that
# enqueues due metric collection. Each has its own role with only what it uses, its own log group, and an
# alias `live` that is the only thing API Gateway, SQS and EventBridge Scheduler ever invoke.

terraform {
  required_providers {
    aws = {
      source = "hashicorp/aws"
    }
    archive = {
      source = "hashicorp/archive"
    }
  }
}

locals {
  package_path = coalesce(var.package_path, "${path.module}/../../../../bootstrap/target/roster-lambda.zip")

  # Where the platforms layer puts the platform definitions: Lambda unpacks layers under /opt.
  platforms_file_in_lambda = "/opt/roster/platforms.yaml"

  # Environment every function reads. A function's whole environment is this merged with its own `environment`.
  # An empty ROSTER_PLATFORMS_FILE means the built-in platforms a and b, none collected (as `roster serve` without one).
  common_environment = {
    ROSTER_DYNAMODB_TABLE_PREFIX = var.table_prefix
    ROSTER_FILES_BUCKET          = var.files_bucket_name
    ROSTER_JOBS_QUEUE_URL        = var.jobs_queue_url
    ROSTER_PHONE_REGION          = var.phone_region
    ROSTER_PLATFORMS_FILE        = var.platforms_file == null ? "" : local.platforms_file_in_lambda
    JAVA_TOOL_OPTIONS            = var.java_tool_options
  }

  # Each function's actions are those dev.roster.bootstrap.lambda.FunctionPermissions lists, which
  # TerraformMatchesCodeTest holds them to (and LambdaFunctionsTest holds that list to what the code calls).
  # Transactions need no actions of their own: DynamoDB checks each item's Put/Update/Delete/ConditionCheck.
  # Presigned URLs act with the signer's permissions, so the S3 actions also cover the browser's uploads and downloads.
  # Scan: the search's projection (searches on the API, exports and reports on the worker) loads and catches up with a
  # parallel Scan of the people table.
  dynamodb_read_write = [
    "dynamodb:BatchGetItem",
    "dynamodb:BatchWriteItem",
    "dynamodb:ConditionCheckItem",
    "dynamodb:DeleteItem",
    "dynamodb:GetItem",
    "dynamodb:PutItem",
    "dynamodb:Query",
    "dynamodb:Scan",
    "dynamodb:UpdateItem",
  ]

  functions = {
    api = {
      description     = "Roster HTTP API behind API Gateway (payload format 2.0)"
      handler         = "dev.roster.bootstrap.lambda.ApiFunction::handleRequest"
      memory_mb       = var.memory_mb.api
      timeout_seconds = 29 # API Gateway gives up on an integration after 30 s
      environment = {
        ROSTER_ALLOWED_CIDRS    = join(",", var.allowed_cidrs)
        ROSTER_TRUSTED_PROXIES  = join(",", var.trusted_proxies)
        ROSTER_IMPORT_SYNC_ROWS = tostring(var.import_sync_rows)
      }
      dynamodb_actions = local.dynamodb_read_write
      s3_actions       = ["s3:DeleteObject", "s3:GetObject", "s3:PutObject"]
      sqs_actions      = ["sqs:SendMessage"]
    }

    worker = {
      description     = "Roster jobs: imports, metric collection, analyses (SQS, partial batch failures)"
      handler         = "dev.roster.bootstrap.lambda.WorkerFunction::handleRequest"
      memory_mb       = var.memory_mb.worker
      timeout_seconds = var.worker_timeout_seconds
      environment = {
        ROSTER_JOBS_MAX_RECEIVES = tostring(var.jobs_max_receives)
        ROSTER_COLLECT_MAX_BYTES = tostring(var.collect_max_bytes)
      }
      dynamodb_actions = local.dynamodb_read_write
      s3_actions       = ["s3:DeleteObject", "s3:GetObject", "s3:PutObject"]
      # What Lambda's SQS poller does on the worker's behalf, with the worker's role.
      sqs_actions = [
        "sqs:ReceiveMessage",
        "sqs:DeleteMessage",
        "sqs:ChangeMessageVisibility",
        "sqs:GetQueueAttributes",
      ]
    }

    scheduler = {
      description      = "Roster scheduler: enqueues due metric collection (EventBridge Scheduler)"
      handler          = "dev.roster.bootstrap.lambda.SchedulerFunction::handleRequest"
      memory_mb        = var.memory_mb.scheduler
      timeout_seconds  = 60
      environment      = {}
      # ScheduleCollection: finds and reads the due accounts, and in one transaction per batch claims them for an
      # interval and records the job. Read-only, scheduled collection failed on AWS with AccessDenied.
      dynamodb_actions = [
        "dynamodb:BatchGetItem",
        "dynamodb:ConditionCheckItem",
        "dynamodb:DeleteItem",
        "dynamodb:PutItem",
        "dynamodb:Query",
        "dynamodb:UpdateItem",
      ]
      s3_actions  = []
      sqs_actions = ["sqs:SendMessage"]
    }
  }
}

# The platform definitions, in a layer of their own rather than in the zip: the zip is one build for every
# deployment, the definitions are this deployment's. Editing the file changes the layer's hash, so the next apply
# publishes new function versions (and new SnapStart snapshots) that read it.
data "archive_file" "platforms" {
  count = var.platforms_file == null ? 0 : 1

  type        = "zip"
  output_path = "${path.root}/.terraform/roster-platforms-layer.zip"

  source {
    content  = file(var.platforms_file)
    filename = trimprefix(local.platforms_file_in_lambda, "/opt/")
  }
}

resource "aws_lambda_layer_version" "platforms" {
  count = var.platforms_file == null ? 0 : 1

  layer_name               = "${var.name_prefix}-platforms"
  description              = "Roster platform definitions (ROSTER_PLATFORMS_FILE=${local.platforms_file_in_lambda})"
  filename                 = data.archive_file.platforms[0].output_path
  source_code_hash         = data.archive_file.platforms[0].output_base64sha256
  compatible_runtimes      = ["java21"]
  compatible_architectures = ["arm64"]
}

# Created before the function (logging_config refers to it), so Lambda never makes one without retention.
resource "aws_cloudwatch_log_group" "function" {
  for_each = local.functions

  name              = "/aws/lambda/${var.name_prefix}-${each.key}"
  retention_in_days = var.log_retention_days
}

data "aws_iam_policy_document" "assume_by_lambda" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "function" {
  for_each = local.functions

  name               = "${var.name_prefix}-${each.key}"
  description        = "Runs the ${var.name_prefix}-${each.key} function"
  assume_role_policy = data.aws_iam_policy_document.assume_by_lambda.json
}

data "aws_iam_policy_document" "function" {
  for_each = local.functions

  # Only its own log group: no logs:CreateLogGroup, no arn:aws:logs:*.
  statement {
    sid       = "OwnLogs"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.function[each.key].arn}:*"]
  }

  # Active tracing sends the function's segments; X-Ray has no resource-level permissions for these two.
  statement {
    sid       = "Tracing"
    actions   = ["xray:PutTraceSegments", "xray:PutTelemetryRecords"]
    resources = ["*"]
  }

  dynamic "statement" {
    for_each = length(each.value.dynamodb_actions) > 0 ? [each.value.dynamodb_actions] : []
    content {
      sid       = "Tables"
      actions   = statement.value
      resources = concat(var.table_arns, var.index_arns)
    }
  }

  dynamic "statement" {
    for_each = length(each.value.s3_actions) > 0 ? [each.value.s3_actions] : []
    content {
      sid       = "Files"
      actions   = statement.value
      resources = var.files_object_arns
    }
  }

  dynamic "statement" {
    for_each = length(each.value.sqs_actions) > 0 ? [each.value.sqs_actions] : []
    content {
      sid       = "Jobs"
      actions   = statement.value
      resources = [var.jobs_queue_arn]
    }
  }
}

resource "aws_iam_role_policy" "function" {
  for_each = local.functions

  name   = "${var.name_prefix}-${each.key}"
  role   = aws_iam_role.function[each.key].id
  policy = data.aws_iam_policy_document.function[each.key].json
}

resource "aws_lambda_function" "this" {
  for_each = local.functions

  function_name    = "${var.name_prefix}-${each.key}"
  description      = each.value.description
  role             = aws_iam_role.function[each.key].arn
  filename         = local.package_path
  source_code_hash = filebase64sha256(local.package_path)
  handler          = each.value.handler
  runtime          = "java21"
  architectures    = ["arm64"] # Graviton: about 20% cheaper per GB-second than x86
  memory_size      = each.value.memory_mb
  timeout          = each.value.timeout_seconds
  layers           = aws_lambda_layer_version.platforms[*].arn

  # SnapStart snapshots the initialised (and primed) JVM when a version is published; it never applies to
  # $LATEST, so every change publishes a version and the `live` alias moves to it.
  publish = true

  snap_start {
    apply_on = "PublishedVersions"
  }

  environment {
    variables = merge(local.common_environment, each.value.environment)
  }

  # Lambda's JSON log format: its own lines (START, REPORT, errors) become JSON too; Roster's lines are JSON already,
  # which Lambda passes through as they are, Embedded Metric Format documents included.
  logging_config {
    log_format = "JSON"
    log_group  = aws_cloudwatch_log_group.function[each.key].name
  }

  # X-Ray active tracing: Lambda records each invocation's segment, and the trace id is in every request line.
  # The AWS SDK clients are not instrumented: the X-Ray SDK added far more than 20 ms to a cold start (docs/cost.md).
  tracing_config {
    mode = "Active"
  }

  # Publishing runs the function's initialisation to take the snapshot; its permissions must be in place by then.
  depends_on = [aws_iam_role_policy.function]
}

resource "aws_lambda_alias" "live" {
  for_each = local.functions

  name             = "live"
  description      = "The version callers get; pin it with live_versions to roll back"
  function_name    = aws_lambda_function.this[each.key].function_name
  function_version = lookup(var.live_versions, each.key, aws_lambda_function.this[each.key].version)
}

resource "aws_lambda_event_source_mapping" "jobs" {
  event_source_arn = var.jobs_queue_arn
  function_name    = aws_lambda_alias.live["worker"].arn
  batch_size       = var.worker_batch_size
  # The worker answers with the messages that failed; the others are deleted, not delivered again.
  function_response_types = ["ReportBatchItemFailures"]

  scaling_config {
    maximum_concurrency = var.worker_max_concurrency
  }

  depends_on = [aws_iam_role_policy.function]
}
