output "api_endpoint" {
  description = "Base URL of the API; try <endpoint>/api/health."
  value       = module.api.endpoint
}

output "user_pool_id" {
  description = "Cognito user pool, for creating users (docs/deploy.md)."
  value       = module.identity.user_pool_id
}

output "web_client_id" {
  description = "App client id the web UI signs in with."
  value       = module.identity.web_client_id
}

output "files_bucket" {
  description = "The files bucket."
  value       = module.files.bucket_name
}

output "function_names" {
  description = "Lambda function names by role."
  value       = module.functions.function_names
}

output "live_versions" {
  description = "The version each function's `live` alias points at."
  value       = module.functions.live_versions
}
