# The files bucket. The code addresses files by key, and a key's first segment says what kind of file it is
# (application's FileKey); the lifecycle rules below act on those prefixes.

terraform {
  required_providers {
    aws = {
      source = "hashicorp/aws"
    }
  }
}

data "aws_caller_identity" "current" {}

locals {
  # Files that only need to live long enough to be downloaded once: uploaded workbooks, import error reports,
  # API responses too big for Lambda (served by a 303 to a presigned URL), exports, and report results.
  temporary_prefixes = ["uploads/", "imports/", "responses/", "exports/", "reports/"]
  # Signed consent forms: kept for good, rarely read after filing.
  consent_prefix = "consent/"
}

resource "aws_s3_bucket" "files" {
  bucket        = "${var.name_prefix}-files-${data.aws_caller_identity.current.account_id}"
  force_destroy = var.force_destroy
}

resource "aws_s3_bucket_public_access_block" "files" {
  bucket = aws_s3_bucket.files.id

  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# ACLs off: the bucket owner owns every object, access is by IAM and presigned URLs only.
resource "aws_s3_bucket_ownership_controls" "files" {
  bucket = aws_s3_bucket.files.id

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

# SSE-S3: encrypted at rest at no charge; SSE-KMS would bill a KMS request per object read or written.
resource "aws_s3_bucket_server_side_encryption_configuration" "files" {
  bucket = aws_s3_bucket.files.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

# "Disabled" is only right for a bucket that never had versioning: once on, switch it off by hand to "Suspended".
resource "aws_s3_bucket_versioning" "files" {
  bucket = aws_s3_bucket.files.id

  versioning_configuration {
    status = var.versioning ? "Enabled" : "Disabled"
  }
}

data "aws_iam_policy_document" "tls_only" {
  # Presigned links (an upload link, an export's 303) work only from the addresses the API allows: a link that leaks
  # is no use elsewhere. Only requests signed in the query string are meant; the functions' own calls (signed in the
  # header, from AWS's addresses) are not.
  dynamic "statement" {
    for_each = length(var.presigned_source_cidrs) > 0 ? [1] : []
    content {
      sid       = "PresignedLinksFromAllowedAddressesOnly"
      effect    = "Deny"
      actions   = ["s3:GetObject", "s3:PutObject"]
      resources = ["${aws_s3_bucket.files.arn}/*"]

      principals {
        type        = "*"
        identifiers = ["*"]
      }

      condition {
        test     = "StringEquals"
        variable = "s3:authType"
        values   = ["REST-QUERY-STRING"]
      }

      condition {
        test     = "NotIpAddress"
        variable = "aws:SourceIp"
        values   = var.presigned_source_cidrs
      }
    }
  }

  statement {
    sid     = "DenyPlainHttp"
    effect  = "Deny"
    actions = ["s3:*"]
    resources = [
      aws_s3_bucket.files.arn,
      "${aws_s3_bucket.files.arn}/*",
    ]

    principals {
      type        = "*"
      identifiers = ["*"]
    }

    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_s3_bucket_policy" "files" {
  bucket = aws_s3_bucket.files.id
  policy = data.aws_iam_policy_document.tls_only.json

  # S3 refuses some policies while the public access block is being written.
  depends_on = [aws_s3_bucket_public_access_block.files]
}

resource "aws_s3_bucket_lifecycle_configuration" "files" {
  bucket = aws_s3_bucket.files.id

  dynamic "rule" {
    for_each = local.temporary_prefixes
    content {
      id     = "expire-${trimsuffix(rule.value, "/")}"
      status = "Enabled"

      filter {
        prefix = rule.value
      }

      expiration {
        days = var.temporary_object_days
      }
    }
  }

  rule {
    id     = "consent-to-infrequent-access"
    status = "Enabled"

    filter {
      prefix = local.consent_prefix
    }

    # S3 leaves objects under 128 KB in STANDARD, where they are cheaper anyway (IA bills 128 KB at least).
    transition {
      days          = var.consent_infrequent_access_days
      storage_class = "STANDARD_IA"
    }
  }

  # Parts of a presigned upload that never completed are invisible but billed; drop them.
  rule {
    id     = "abort-incomplete-multipart-uploads"
    status = "Enabled"

    filter {}

    abort_incomplete_multipart_upload {
      days_after_initiation = 1
    }
  }

  rule {
    id     = "expire-noncurrent-versions"
    status = var.versioning ? "Enabled" : "Disabled"

    filter {}

    noncurrent_version_expiration {
      noncurrent_days = var.noncurrent_version_days
    }
  }

  depends_on = [aws_s3_bucket_versioning.files]
}

# The browser uploads workbooks and downloads exports straight from S3 with presigned URLs.
resource "aws_s3_bucket_cors_configuration" "files" {
  count  = length(var.web_origins) > 0 ? 1 : 0
  bucket = aws_s3_bucket.files.id

  cors_rule {
    allowed_methods = ["GET", "HEAD", "PUT"]
    allowed_origins = var.web_origins
    # Presigned PUTs carry Content-Type and the signature's own x-amz-* headers.
    allowed_headers = ["*"]
    expose_headers  = ["ETag"]
    max_age_seconds = 3600
  }
}
