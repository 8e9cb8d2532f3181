# DynamoDB tables. Their names and keys belong to the Java code (adapters-dynamodb), which generates
# deploy/terraform/tables.json; this module only turns that file into tables, so the design is stated once.

terraform {
  required_providers {
    aws = {
      source = "hashicorp/aws"
    }
  }
}

locals {
  schema = jsondecode(file("${path.module}/../../tables.json"))

  tables = {
    for table in local.schema.tables : table.name => {
      hash_key  = table.hashKey
      range_key = try(table.rangeKey, null)
      indexes   = try(table.globalSecondaryIndexes, [])
      ttl       = try(table.ttlAttribute, null)

      # DynamoDB wants a definition for every attribute used in a key of the table or of an index, and for no other.
      attributes = distinct(concat(
        [table.hashKey],
        try(table.rangeKey, null) == null ? [] : [table.rangeKey],
        flatten([
          for index in try(table.globalSecondaryIndexes, []) :
          concat([index.hashKey], try(index.rangeKey, null) == null ? [] : [index.rangeKey])
        ]),
      ))
    }
  }
}

resource "aws_dynamodb_table" "this" {
  for_each = local.tables

  name = "${var.table_prefix}${each.key}"
  # On-demand: nothing to pay while idle, nothing to size for the hourly collection bursts.
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = each.value.hash_key.name
  range_key                   = try(each.value.range_key.name, null)
  deletion_protection_enabled = var.deletion_protection

  dynamic "attribute" {
    for_each = each.value.attributes
    content {
      name = attribute.value.name
      type = attribute.value.type
    }
  }

  dynamic "global_secondary_index" {
    for_each = each.value.indexes
    iterator = gsi
    content {
      name      = gsi.value.name
      hash_key  = gsi.value.hashKey.name
      range_key = try(gsi.value.rangeKey.name, null)
      # "ALL" or "KEYS_ONLY" as given; a list of attribute names means INCLUDE those.
      projection_type    = try(tostring(gsi.value.projection), "INCLUDE")
      non_key_attributes = can(tostring(gsi.value.projection)) ? null : gsi.value.projection
    }
  }

  dynamic "ttl" {
    for_each = each.value.ttl == null ? [] : [each.value.ttl]
    content {
      attribute_name = ttl.value
      enabled        = true
    }
  }

  point_in_time_recovery {
    enabled                 = var.point_in_time_recovery
    recovery_period_in_days = var.point_in_time_recovery ? var.recovery_period_days : null
  }

  # Tables are always encrypted at rest. Without a key of our own this block stays "disabled", which means the
  # AWS owned key: free, where the AWS managed aws/dynamodb key would add KMS request charges for nothing we use.
  server_side_encryption {
    enabled     = var.kms_key_arn != null
    kms_key_arn = var.kms_key_arn
  }

  lifecycle {
    precondition {
      condition     = length(distinct([for attribute in each.value.attributes : attribute.name])) == length(each.value.attributes)
      error_message = "tables.json gives a key attribute of table ${each.key} two different types."
    }
  }
}
