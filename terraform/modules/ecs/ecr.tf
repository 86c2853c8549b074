# Image storage: an ECR repository for the sockerless agent image and loaded
# images, scanned on push, with untagged images expired after N days.

resource "aws_ecr_repository" "this" {
  #checkov:skip=CKV_AWS_51:Tags stay MUTABLE by default (ecr_image_tag_mutability): the repository stores images pushed through the Docker API, where re-pushing a tag (latest) must move it; set IMMUTABLE to opt out.
  count = var.create_ecr_repository ? 1 : 0

  force_delete         = var.ecr_force_delete
  image_tag_mutability = var.ecr_image_tag_mutability #trivy:ignore:AVD-AWS-0031
  name                 = local.ecr_repository_name
  tags                 = local.tags

  encryption_configuration {
    encryption_type = local.kms_key_arn != null ? "KMS" : "AES256"
    kms_key         = local.kms_key_arn
  }

  image_scanning_configuration {
    scan_on_push = var.ecr_scan_on_push
  }
}

resource "aws_ecr_lifecycle_policy" "this" {
  count = var.create_ecr_repository ? 1 : 0

  policy = jsonencode({
    rules = [{
      action       = { type = "expire" }
      description  = "Expire untagged images ${var.ecr_untagged_image_expiry_days} days after push"
      rulePriority = 1
      selection = {
        countNumber = var.ecr_untagged_image_expiry_days
        countType   = "sinceImagePushed"
        countUnit   = "days"
        tagStatus   = "untagged"
      }
    }]
  })
  repository = aws_ecr_repository.this[0].name
}
