# Prod: the same modules as dev, with what protects real data and real users turned on: deletion protection on
# the tables and the user pool, versioned files that terraform destroy will not empty, a year of logs, alarms
# that email someone, and an API open to the agency's networks only.

locals {
  name_prefix            = "roster-prod"
  worker_timeout_seconds = 300
  log_retention_days     = 365
}

module "data" {
  source = "../../modules/data"

  table_prefix        = "${local.name_prefix}-"
  deletion_protection = true
}

module "files" {
  source = "../../modules/files"

  name_prefix = local.name_prefix
  web_origins = concat([module.web.url], var.web_origins)
  # Presigned links work from the agency's networks only, as the API does.
  presigned_source_cidrs = var.allowed_cidrs
  # Overwritten or deleted consent PDFs stay recoverable for a while.
  versioning = true
}

module "queue" {
  source = "../../modules/queue"

  name_prefix              = local.name_prefix
  consumer_timeout_seconds = local.worker_timeout_seconds
}

module "identity" {
  source = "../../modules/identity"

  name_prefix         = local.name_prefix
  deletion_protection = true
  # The web UI's own URL always, plus any extra (a developer's `npm run dev`).
  callback_urls = concat(["${module.web.url}/auth/callback"], [for url in var.callback_urls : "${trimsuffix(url, "/")}/auth/callback"])
  logout_urls   = concat(["${module.web.url}/"], var.callback_urls)
  domain_prefix       = var.cognito_domain_prefix
  # Staff sign in with a password and an authenticator app: the roster holds people's phone numbers.
  mfa = "ON"
}

module "functions" {
  source = "../../modules/functions"

  name_prefix            = local.name_prefix
  worker_timeout_seconds = local.worker_timeout_seconds
  live_versions          = var.live_versions
  log_retention_days     = local.log_retention_days

  table_prefix      = module.data.table_prefix
  table_arns        = module.data.table_arns
  index_arns        = module.data.index_arns
  files_bucket_name = module.files.bucket_name
  files_object_arns = module.files.object_arns
  jobs_queue_url    = module.queue.jobs_queue_url
  jobs_queue_arn    = module.queue.jobs_queue_arn
  jobs_max_receives = module.queue.max_receive_count
  allowed_cidrs     = var.allowed_cidrs
  trusted_proxies   = var.trusted_proxies
  platforms_file    = var.platforms_file
}

module "api" {
  source = "../../modules/api"

  name_prefix               = local.name_prefix
  function_name             = module.functions.function_names["api"]
  function_alias            = module.functions.alias_name
  function_alias_invoke_arn = module.functions.alias_invoke_arns["api"]
  jwt_issuer                = module.identity.issuer
  jwt_audiences             = [module.identity.web_client_id]
  web_origins               = var.web_origins
  log_retention_days        = local.log_retention_days
}

# The web UI: S3 behind CloudFront, /api/* to the API on the same domain (deploy/web/deploy puts the build there).
module "web" {
  source = "../../modules/web"

  name_prefix         = local.name_prefix
  region              = var.region
  api_endpoint        = module.api.endpoint
  cognito_domain      = var.cognito_domain_prefix == null ? null : "${var.cognito_domain_prefix}.auth.${var.region}.amazoncognito.com"
  files_bucket_domain = module.files.bucket_regional_domain
}

module "schedule" {
  source = "../../modules/schedule"

  name_prefix        = local.name_prefix
  function_alias_arn = module.functions.alias_arns["scheduler"]
}

module "monitoring" {
  source = "../../modules/monitoring"

  name_prefix            = local.name_prefix
  function_names         = module.functions.function_names
  api_id                 = module.api.api_id
  jobs_queue_name        = module.queue.jobs_queue_name
  dead_letter_queue_name = module.queue.dead_letter_queue_name
  alarm_topic            = true
  alarm_emails           = var.alarm_emails
  monthly_budget_usd     = var.monthly_budget_usd
}
