# The HTTP API in front of the API function. Every path lives under /api, so a CloudFront distribution can send
# /api/* here and the rest to the web UI. API Gateway checks the Cognito JWT before the function runs; the
# function still applies the IP allowlist and the roles from the verified claims (cognito:groups).

terraform {
  required_providers {
    aws = {
      source = "hashicorp/aws"
    }
  }
}

locals {
  # The routes that read or write whole workbooks: each has a route of its own, throttled apart from the rest, so
  # that a burst of imports or exports cannot take the whole API's request rate (TerraformMatchesCodeTest holds
  # each to a route of the code's route table).
  expensive_routes = [
    "POST /api/platforms/{platform}/imports",
    "POST /api/platforms/{platform}/imports/uploads/{uploadId}",
    "GET /api/platforms/{platform}/exports",
    "POST /api/platforms/{platform}/post-checks",
    "POST /api/platforms/{platform}/post-checks/uploads/{uploadId}",
    "POST /api/platforms/{platform}/comment-analyses",
  ]

  # Route key => authorization. Health checks and the API description need no token; everything else does,
  # and both catch-alls are needed because {proxy+} does not match /api itself.
  routes = merge({
    "GET /api/health"       = "NONE"
    "GET /api/openapi.json" = "NONE"
    "ANY /api"              = "JWT"
    "ANY /api/{proxy+}"     = "JWT"
  }, { for route in local.expensive_routes : route => "JWT" })
}

resource "aws_apigatewayv2_api" "this" {
  name          = "${var.name_prefix}-api"
  protocol_type = "HTTP"
  description   = "Roster HTTP API"

  dynamic "cors_configuration" {
    for_each = length(var.web_origins) > 0 ? [1] : []
    content {
      allow_origins = var.web_origins
      allow_methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]
      allow_headers = ["authorization", "content-type", "if-match", "x-request-id"]
      # The 303 for oversized responses and optimistic locking need these readable from JavaScript.
      expose_headers = ["etag", "location", "x-request-id"]
      max_age        = 3600
    }
  }
}

resource "aws_apigatewayv2_authorizer" "cognito" {
  api_id           = aws_apigatewayv2_api.this.id
  name             = "cognito"
  authorizer_type  = "JWT"
  identity_sources = ["$request.header.Authorization"]

  jwt_configuration {
    issuer   = var.jwt_issuer
    audience = var.jwt_audiences
  }
}

resource "aws_apigatewayv2_integration" "function" {
  api_id                 = aws_apigatewayv2_api.this.id
  integration_type       = "AWS_PROXY"
  integration_method     = "POST"
  integration_uri        = var.function_alias_invoke_arn
  payload_format_version = "2.0"
  timeout_milliseconds   = 30000
}

resource "aws_apigatewayv2_route" "this" {
  for_each = local.routes

  api_id             = aws_apigatewayv2_api.this.id
  route_key          = each.key
  target             = "integrations/${aws_apigatewayv2_integration.function.id}"
  authorization_type = each.value
  authorizer_id      = each.value == "JWT" ? aws_apigatewayv2_authorizer.cognito.id : null
}

resource "aws_cloudwatch_log_group" "access" {
  name              = "/aws/apigateway/${var.name_prefix}-api"
  retention_in_days = var.log_retention_days
}

resource "aws_apigatewayv2_stage" "default" {
  api_id      = aws_apigatewayv2_api.this.id
  name        = "$default"
  auto_deploy = true

  # Route settings name routes that must exist first.
  depends_on = [aws_apigatewayv2_route.this]

  default_route_settings {
    throttling_rate_limit  = var.throttling_rate_limit
    throttling_burst_limit = var.throttling_burst_limit
  }

  dynamic "route_settings" {
    for_each = toset(local.expensive_routes)
    content {
      route_key              = route_settings.value
      throttling_rate_limit  = var.expensive_throttling_rate_limit
      throttling_burst_limit = var.expensive_throttling_burst_limit
    }
  }

  # One JSON line per request; requestId matches the function's log, sourceIp is what the allowlist saw.
  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.access.arn
    format = jsonencode({
      requestId        = "$context.requestId"
      time             = "$context.requestTime"
      ip               = "$context.identity.sourceIp"
      method           = "$context.httpMethod"
      path             = "$context.path"
      routeKey         = "$context.routeKey"
      status           = "$context.status"
      latencyMs        = "$context.responseLatency"
      integrationError = "$context.integrationErrorMessage"
      authorizerError  = "$context.authorizer.error"
      subject          = "$context.authorizer.claims.sub"
    })
  }
}

resource "aws_lambda_permission" "api_gateway" {
  statement_id  = "AllowInvokeFromHttpApi"
  action        = "lambda:InvokeFunction"
  function_name = var.function_name
  qualifier     = var.function_alias
  principal     = "apigateway.amazonaws.com"
  # Any stage and route of this API, and nothing else.
  source_arn = "${aws_apigatewayv2_api.this.execution_arn}/*/*"
}
