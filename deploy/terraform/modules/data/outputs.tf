output "table_prefix" {
  description = "The prefix every table name starts with (ROSTER_DYNAMODB_TABLE_PREFIX)."
  value       = var.table_prefix
}

output "table_names" {
  description = "Full table names by the name tables.json gives them."
  value       = { for name, table in aws_dynamodb_table.this : name => table.name }
}

output "table_arns" {
  description = "ARNs of every table."
  value       = [for table in aws_dynamodb_table.this : table.arn]
}

output "index_arns" {
  description = "One ARN pattern per table covering all its global secondary indexes, for IAM policies."
  value       = [for table in aws_dynamodb_table.this : "${table.arn}/index/*"]
}
