# Who may sign in. Staff accounts are created by an admin (no self sign-up); the group a user is in becomes the
# role the API grants (cognito:groups: viewer reads, editor also writes, admin also deletes).

terraform {
  required_providers {
    aws = {
      source = "hashicorp/aws"
    }
  }
}

data "aws_region" "current" {}

locals {
  # Lower precedence wins when a user is in several groups (Cognito's rule); the API takes the highest role anyway.
  groups = {
    admin  = { precedence = 1, description = "Reads, writes and deletes" }
    editor = { precedence = 2, description = "Reads and writes" }
    viewer = { precedence = 3, description = "Reads" }
  }
  hosted_sign_in = length(var.callback_urls) > 0
  # roster login on the office machine: the browser comes back to the CLI on this machine's loopback.
  cli_callback_urls = [for port in var.cli_callback_ports : "http://localhost:${port}/callback"]
}

resource "aws_cognito_user_pool" "this" {
  name                = "${var.name_prefix}-users"
  deletion_protection = var.deletion_protection ? "ACTIVE" : "INACTIVE"

  username_attributes      = ["email"]
  auto_verified_attributes = ["email"]
  mfa_configuration        = var.mfa

  username_configuration {
    case_sensitive = false
  }

  admin_create_user_config {
    allow_admin_create_user_only = true
  }

  password_policy {
    minimum_length                   = 12
    require_lowercase                = true
    require_uppercase                = true
    require_numbers                  = true
    require_symbols                  = false
    temporary_password_validity_days = 7
  }

  dynamic "software_token_mfa_configuration" {
    for_each = var.mfa == "OFF" ? [] : [1]
    content {
      enabled = true
    }
  }

  account_recovery_setting {
    recovery_mechanism {
      name     = "verified_email"
      priority = 1
    }
  }
}

resource "aws_cognito_user_group" "role" {
  for_each = local.groups

  user_pool_id = aws_cognito_user_pool.this.id
  name         = each.key
  precedence   = each.value.precedence
  description  = each.value.description
}

# The web UI's client: a public client in the browser, so no secret.
resource "aws_cognito_user_pool_client" "web" {
  name         = "${var.name_prefix}-web"
  user_pool_id = aws_cognito_user_pool.this.id

  generate_secret               = false
  prevent_user_existence_errors = "ENABLED"
  enable_token_revocation       = true

  explicit_auth_flows = concat(
    ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
    var.allow_password_auth ? ["ALLOW_USER_PASSWORD_AUTH"] : [],
  )

  access_token_validity  = var.access_token_minutes
  id_token_validity      = var.id_token_minutes
  refresh_token_validity = var.refresh_token_days

  token_validity_units {
    access_token  = "minutes"
    id_token      = "minutes"
    refresh_token = "days"
  }

  # Hosted sign-in with the authorization code flow (PKCE), only when the UI has somewhere to come back to; then
  # `roster login` signs in through the same public client (its tokens are for the same audience), its callbacks on
  # http://localhost, and renews with the refresh token (ALLOW_REFRESH_TOKEN_AUTH).
  allowed_oauth_flows_user_pool_client = local.hosted_sign_in
  allowed_oauth_flows                  = local.hosted_sign_in ? ["code"] : []
  allowed_oauth_scopes                 = local.hosted_sign_in ? ["openid", "email", "profile"] : []
  supported_identity_providers         = ["COGNITO"]
  callback_urls                        = local.hosted_sign_in ? concat(var.callback_urls, local.cli_callback_urls) : []
  logout_urls                          = var.logout_urls
}

# Managed login (version 2): Cognito's own sign-in, sign-out and password-reset pages, which the web UI reaches with
# the authorization code flow and PKCE. The pages follow the browser's language, or the UI's lang= (Korean included).
resource "aws_cognito_user_pool_domain" "this" {
  count = var.domain_prefix == null ? 0 : 1

  domain                = var.domain_prefix
  user_pool_id          = aws_cognito_user_pool.this.id
  managed_login_version = 2
}

resource "aws_cognito_managed_login_branding" "web" {
  count = var.domain_prefix == null ? 0 : 1

  user_pool_id                = aws_cognito_user_pool.this.id
  client_id                   = aws_cognito_user_pool_client.web.id
  use_cognito_provided_values = true
}
