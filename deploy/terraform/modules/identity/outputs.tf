output "user_pool_id" {
  description = "Id of the user pool, for the admin commands in docs/deploy.md."
  value       = aws_cognito_user_pool.this.id
}

output "issuer" {
  description = "Issuer of the pool's tokens, the JWT authorizer's issuer."
  value       = "https://${aws_cognito_user_pool.this.endpoint}"
}

output "jwks_url" {
  description = "Where the pool publishes its signing keys."
  value       = "https://${aws_cognito_user_pool.this.endpoint}/.well-known/jwks.json"
}

output "web_client_id" {
  description = "Id of the web UI's app client, the JWT authorizer's audience."
  value       = aws_cognito_user_pool_client.web.id
}

output "groups" {
  description = "The groups that become roles in the API."
  value       = keys(local.groups)
}

output "hosted_domain" {
  description = "Domain of the hosted sign-in, or null."
  value       = one(aws_cognito_user_pool_domain.this[*].domain)
}

output "managed_login_domain" {
  description = "The managed login's host name (<prefix>.auth.<region>.amazoncognito.com), for the web UI's config.json, or null."
  value       = one([for domain in aws_cognito_user_pool_domain.this : "${domain.domain}.auth.${data.aws_region.current.region}.amazoncognito.com"])
}
