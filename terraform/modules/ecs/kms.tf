# The customer-managed KMS key that encrypts the EFS file system, the log
# groups and the ECR repository, created unless kms_key_arn is given or
# create_kms_key is false. Rotated yearly.

resource "aws_kms_key" "this" {
  count = var.kms_key_arn == null && var.create_kms_key ? 1 : 0

  deletion_window_in_days = 7
  description             = "sockerless ${var.name}: EFS, CloudWatch Logs and ECR encryption"
  enable_key_rotation     = true
  # A key policy's Resource "*" means this key itself.
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "AccountAdministersKeyThroughIam"
        Effect    = "Allow"
        Principal = { AWS = "arn:${local.partition}:iam::${local.account_id}:root" }
        Action    = "kms:*"
        Resource  = "*"
      },
      {
        Sid       = "CloudWatchLogsEncryptsModuleLogGroups"
        Effect    = "Allow"
        Principal = { Service = "logs.${local.region}.amazonaws.com" }
        Action = [
          "kms:Decrypt*",
          "kms:Describe*",
          "kms:Encrypt*",
          "kms:GenerateDataKey*",
          "kms:ReEncrypt*",
        ]
        Resource = "*"
        Condition = {
          ArnEquals = {
            "kms:EncryptionContext:aws:logs:arn" = [local.log_group_arn, local.flow_logs_group_arn]
          }
        }
      },
    ]
  })
  tags = local.tags
}

resource "aws_kms_alias" "this" {
  count = length(aws_kms_key.this)

  name          = "alias/${var.name}"
  target_key_id = aws_kms_key.this[0].key_id
}
