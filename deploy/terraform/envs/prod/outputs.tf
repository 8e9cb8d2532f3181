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

output "web_url" {
  description = "Where staff open the web UI."
  value       = module.web.url
}

output "web_bucket" {
  description = "The bucket deploy/web/deploy syncs the UI's build into."
  value       = module.web.bucket_name
}

output "web_distribution_id" {
  description = "The CloudFront distribution deploy/web/deploy invalidates."
  value       = module.web.distribution_id
}

output "cognito_issuer" {
  description = "The user pool's issuer, the web UI's OIDC authority."
  value       = module.identity.issuer
}

output "cognito_domain" {
  description = "The managed login's host name, or null."
  value       = module.identity.managed_login_domain
}
