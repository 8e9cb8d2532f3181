output "url" {
  description = "Where staff open the UI, and the base of Cognito's callback and sign-out URLs."
  value       = "https://${var.domain_name == null ? aws_cloudfront_distribution.web.domain_name : var.domain_name}"
}

output "bucket_name" {
  description = "The bucket deploy/web/deploy syncs the build into."
  value       = aws_s3_bucket.web.id
}

output "distribution_id" {
  description = "The distribution deploy/web/deploy invalidates."
  value       = aws_cloudfront_distribution.web.id
}
