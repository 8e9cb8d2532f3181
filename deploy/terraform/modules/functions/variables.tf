variable "name_prefix" {
  description = "Prefix of resource names, e.g. \"roster-dev\"; the functions are <prefix>-api, <prefix>-worker and <prefix>-scheduler."
  type        = string
}

variable "package_path" {
  description = "The Lambda zip all three functions run. Null means bootstrap/target/roster-lambda.zip of this repository, as `mvn package` leaves it."
  type        = string
  default     = null
}

variable "memory_mb" {
  description = "Memory of each function in MB; Lambda gives CPU in proportion, which is what shortens Java's start."
  type = object({
    api       = number
    worker    = number
    scheduler = number
  })
  default = {
    api       = 1024
    worker    = 1024
    scheduler = 512
  }
}

variable "worker_timeout_seconds" {
  description = "Timeout of the queue worker (an import of a large workbook runs in one invocation). The jobs queue's visibility timeout is derived from it."
  type        = number
  default     = 300

  validation {
    condition     = var.worker_timeout_seconds >= 1 && var.worker_timeout_seconds <= 900
    error_message = "worker_timeout_seconds must be between 1 and 900, Lambda's limit."
  }
}

variable "worker_batch_size" {
  description = "Job messages per worker invocation. Failures are reported per message, but an invocation that times out has its whole batch delivered again: keep batch size x longest job under worker_timeout_seconds."
  type        = number
  default     = 5

  validation {
    condition     = var.worker_batch_size >= 1 && var.worker_batch_size <= 10
    error_message = "worker_batch_size must be between 1 and 10 (more needs a batching window)."
  }
}

variable "worker_max_concurrency" {
  description = "Most worker invocations the queue starts at once, which bounds the load on DynamoDB and on the platforms metrics are collected from."
  type        = number
  default     = 5

  validation {
    condition     = var.worker_max_concurrency >= 2 && var.worker_max_concurrency <= 1000
    error_message = "worker_max_concurrency must be between 2 and 1000, as Lambda allows."
  }
}

variable "live_versions" {
  description = "Pin the `live` alias of a function to a published version, e.g. { api = \"12\" }, to roll back; functions not named follow the latest version."
  type        = map(string)
  default     = {}

  validation {
    condition     = alltrue([for name in keys(var.live_versions) : contains(["api", "worker", "scheduler"], name)])
    error_message = "live_versions may only name api, worker and scheduler."
  }
}

variable "log_retention_days" {
  description = "Days CloudWatch keeps the functions' logs."
  type        = number
  default     = 30
}

variable "table_prefix" {
  description = "Prefix of the DynamoDB table names (ROSTER_DYNAMODB_TABLE_PREFIX)."
  type        = string
}

variable "table_arns" {
  description = "ARNs of the DynamoDB tables the functions use."
  type        = list(string)
}

variable "index_arns" {
  description = "ARN patterns of the tables' global secondary indexes."
  type        = list(string)
}

variable "files_bucket_name" {
  description = "Name of the files bucket (ROSTER_FILES_BUCKET)."
  type        = string
}

variable "files_object_arns" {
  description = "ARN patterns of the objects under the key prefixes the code reads and writes."
  type        = list(string)
}

variable "jobs_queue_url" {
  description = "URL of the jobs queue (ROSTER_JOBS_QUEUE_URL)."
  type        = string
}

variable "jobs_queue_arn" {
  description = "ARN of the jobs queue, which feeds the worker."
  type        = string
}

variable "jobs_max_receives" {
  description = "The jobs queue's maxReceiveCount (ROSTER_JOBS_MAX_RECEIVES); pass the queue module's output, never a second literal."
  type        = number
}

variable "platforms_file" {
  description = "Path (on the machine running Terraform) of the platform definitions YAML, the file `roster serve` reads from ROSTER_PLATFORMS_FILE (docs/collection.md). Shipped to every function in a layer, at /opt/roster/platforms.yaml. Null: the built-in platforms a and b, none collected. Platforms read with `source: browser` are left to the office collector: Lambda has no Chromium."
  type        = string
  default     = null

  validation {
    condition     = var.platforms_file == null || can(file(var.platforms_file))
    error_message = "platforms_file must name a readable file."
  }
}

variable "phone_region" {
  description = "Region in which phone numbers written without a country code are read (ROSTER_PHONE_REGION)."
  type        = string
  default     = "KR"

  validation {
    condition     = can(regex("^[A-Z]{2}$", var.phone_region))
    error_message = "phone_region is a two-letter region code such as KR."
  }
}

variable "allowed_cidrs" {
  description = "IPv4/IPv6 CIDR blocks allowed to call the API (ROSTER_ALLOWED_CIDRS)."
  type        = list(string)

  validation {
    condition     = length(var.allowed_cidrs) > 0 && alltrue([for cidr in var.allowed_cidrs : can(cidrhost(cidr, 0))])
    error_message = "allowed_cidrs must hold at least one CIDR block, each like 203.0.113.0/24 or 2001:db8::/32."
  }
}

variable "trusted_proxies" {
  description = "CIDR blocks of proxies (e.g. CloudFront) whose X-Forwarded-For the API believes (ROSTER_TRUSTED_PROXIES). Empty: the caller's own address counts."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for cidr in var.trusted_proxies : can(cidrhost(cidr, 0))])
    error_message = "trusted_proxies must hold CIDR blocks."
  }
}

variable "collect_max_bytes" {
  description = "The most bytes of one platform page the worker reads when collecting metrics; a larger page is refused (ROSTER_COLLECT_MAX_BYTES)."
  type        = number
  default     = 2097152

  validation {
    condition     = var.collect_max_bytes >= 1
    error_message = "collect_max_bytes must be at least 1."
  }
}

variable "import_sync_rows" {
  description = "Workbooks with at most this many rows are imported within the API request; larger ones become a job (ROSTER_IMPORT_SYNC_ROWS)."
  type        = number
  default     = 1000
}

variable "java_tool_options" {
  description = "JAVA_TOOL_OPTIONS of every function. The default stops the JIT at C1, which shortens the first requests after a (SnapStart) start."
  type        = string
  default     = "-XX:+TieredCompilation -XX:TieredStopAtLevel=1"
}
