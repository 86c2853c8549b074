# Shared storage for container volumes: one EFS file system with a mount target
# in every private subnet, reachable only from the task security group, with
# transit encryption enforced by the file system policy.

resource "aws_efs_file_system" "this" {
  creation_token                  = var.name
  encrypted                       = var.efs_encrypted
  kms_key_id                      = var.efs_encrypted ? local.kms_key_arn : null
  performance_mode                = var.efs_performance_mode
  provisioned_throughput_in_mibps = var.efs_throughput_mode == "provisioned" ? var.efs_provisioned_throughput_mibps : null
  tags                            = merge(local.tags, { Name = var.name })
  throughput_mode                 = var.efs_throughput_mode
}

resource "aws_efs_mount_target" "this" {
  count = local.create_network ? var.az_count : length(var.private_subnet_ids)

  file_system_id  = aws_efs_file_system.this.id
  security_groups = [aws_security_group.efs.id]
  subnet_id       = local.private_subnet_ids[count.index]

  lifecycle {
    precondition {
      condition     = length(distinct(local.azs)) == length(local.azs)
      error_message = "The private subnets must lie in distinct availability zones (EFS allows one mount target per zone); zones: ${join(", ", local.azs)}."
    }
  }
}

data "aws_iam_policy_document" "efs" {
  # Clients that reach a mount target (only the task security group can) get
  # the access EFS grants by default, root included: containers often run as
  # root and Docker volumes expect root to write.
  statement {
    actions = [
      "elasticfilesystem:ClientMount",
      "elasticfilesystem:ClientRootAccess",
      "elasticfilesystem:ClientWrite",
    ]
    effect    = "Allow"
    resources = [aws_efs_file_system.this.arn]
    sid       = "AllowAccessThroughMountTargets"

    condition {
      test     = "Bool"
      values   = ["true"]
      variable = "elasticfilesystem:AccessedViaMountTarget"
    }

    principals {
      identifiers = ["*"]
      type        = "AWS"
    }
  }

  # Transit encryption is enforced, not hoped for: any access without TLS is
  # denied (mount with the "tls" option, as ECS does with transitEncryption).
  statement {
    actions   = ["*"]
    effect    = "Deny"
    resources = [aws_efs_file_system.this.arn]
    sid       = "DenyWithoutTransportEncryption"

    condition {
      test     = "Bool"
      values   = ["false"]
      variable = "aws:SecureTransport"
    }

    principals {
      identifiers = ["*"]
      type        = "AWS"
    }
  }
}

resource "aws_efs_file_system_policy" "this" {
  file_system_id = aws_efs_file_system.this.id
  policy         = data.aws_iam_policy_document.efs.json
}
