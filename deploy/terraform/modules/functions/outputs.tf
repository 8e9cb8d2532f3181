output "function_names" {
  description = "Function names by role: api, worker, scheduler."
  value       = { for name, function in aws_lambda_function.this : name => function.function_name }
}

output "alias_name" {
  description = "Name of the alias every caller invokes."
  value       = "live"
}

output "alias_arns" {
  description = "ARNs of the `live` aliases by function role."
  value       = { for name, alias in aws_lambda_alias.live : name => alias.arn }
}

output "alias_invoke_arns" {
  description = "Invoke ARNs of the `live` aliases (for API Gateway integrations) by function role."
  value       = { for name, alias in aws_lambda_alias.live : name => alias.invoke_arn }
}

output "live_versions" {
  description = "The version each `live` alias points at."
  value       = { for name, alias in aws_lambda_alias.live : name => alias.function_version }
}

output "latest_versions" {
  description = "The latest published version of each function."
  value       = { for name, function in aws_lambda_function.this : name => function.version }
}

output "log_group_names" {
  description = "CloudWatch log groups by function role."
  value       = { for name, group in aws_cloudwatch_log_group.function : name => group.name }
}
