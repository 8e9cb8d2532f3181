output "bucket_name" {
  description = "Name of the files bucket (ROSTER_FILES_BUCKET)."
  value       = aws_s3_bucket.files.bucket
}

output "bucket_arn" {
  description = "ARN of the files bucket."
  value       = aws_s3_bucket.files.arn
}

output "object_arns" {
  description = "ARN patterns of the objects under each key prefix the code writes, for IAM policies."
  value       = [for prefix in concat(local.temporary_prefixes, [local.consent_prefix]) : "${aws_s3_bucket.files.arn}/${prefix}*"]
}

output "bucket_regional_domain" {
  description = "The bucket's regional domain, where browsers PUT to signed upload links (the web UI's connect-src)."
  value       = aws_s3_bucket.files.bucket_regional_domain_name
}
