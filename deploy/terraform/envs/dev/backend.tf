# State lives in S3, locked by a lock object next to it (no DynamoDB table needed). The bucket and region are
# the operator's and come from backend.hcl (see backend.hcl.example): terraform init -backend-config=backend.hcl
terraform {
  backend "s3" {
    key          = "roster/dev/terraform.tfstate"
    encrypt      = true
    use_lockfile = true
  }
}
