output "api_id" {
  description = "Id of the HTTP API, the dimension of its CloudWatch metrics."
  value       = aws_apigatewayv2_api.this.id
}

output "endpoint" {
  description = "Base URL of the API; routes are under /api, e.g. <endpoint>/api/health."
  value       = aws_apigatewayv2_api.this.api_endpoint
}

output "routes" {
  description = "Route keys and whether each needs a token."
  value       = local.routes
}
