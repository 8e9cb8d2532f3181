terraform {
  # 1.10 brought S3-native state locking (use_lockfile in backend.tf).
  required_version = ">= 1.10"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 6.0"
    }
    # Zips the platform definitions into the functions' platforms layer.
    archive = {
      source  = "hashicorp/archive"
      version = "~> 2.4"
    }
  }
}

provider "aws" {
  region = var.region

  default_tags {
    tags = {
      Project     = "roster"
      Environment = "prod"
      ManagedBy   = "terraform"
    }
  }
}
