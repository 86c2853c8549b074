# IAM roles for ECS tasks (execution and task) and for VPC flow logs. Every
# statement names this module's own resources; the "*"s are for actions AWS
# cannot scope to a resource: ecr:GetAuthorizationToken, and the ssmmessages
# channels of ECS Exec.

data "aws_iam_policy_document" "ecs_tasks_assume" {
  statement {
    actions = ["sts:AssumeRole"]
    effect  = "Allow"

    # Only ECS tasks of this account and region (confused-deputy guard).
    condition {
      test     = "StringEquals"
      values   = [local.account_id]
      variable = "aws:SourceAccount"
    }

    condition {
      test     = "ArnLike"
      values   = ["arn:${local.partition}:ecs:${local.region}:${local.account_id}:*"]
      variable = "aws:SourceArn"
    }

    principals {
      identifiers = ["ecs-tasks.amazonaws.com"]
      type        = "Service"
    }
  }
}

################################################################################
# Execution role: used by the ECS agent to pull images and write logs
################################################################################

resource "aws_iam_role" "execution" {
  assume_role_policy   = data.aws_iam_policy_document.ecs_tasks_assume.json
  description          = "sockerless ${var.name}: ECS task execution (image pulls, container logs)"
  name                 = local.execution_role_name
  permissions_boundary = var.iam_permissions_boundary_arn
  tags                 = local.tags
}

resource "aws_iam_role_policy_attachment" "execution_managed" {
  count = var.execution_role_attach_managed_policy ? 1 : 0

  policy_arn = "arn:${local.partition}:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"
  role       = aws_iam_role.execution.name
}

data "aws_iam_policy_document" "execution" {
  #checkov:skip=CKV_AWS_356:ecr:GetAuthorizationToken has no resource type; AWS accepts only "*" for it. Every other statement names this module's resources.
  dynamic "statement" {
    for_each = var.create_ecr_repository ? [1] : []

    content {
      # The only "*" in the module: AWS cannot scope GetAuthorizationToken.
      actions   = ["ecr:GetAuthorizationToken"]
      effect    = "Allow"
      resources = ["*"]
      sid       = "GetEcrAuthorizationToken"
    }
  }

  dynamic "statement" {
    for_each = var.create_ecr_repository ? [1] : []

    content {
      actions = [
        "ecr:BatchCheckLayerAvailability",
        "ecr:BatchGetImage",
        "ecr:GetDownloadUrlForLayer",
      ]
      effect    = "Allow"
      resources = [aws_ecr_repository.this[0].arn]
      sid       = "PullFromModuleRepository"
    }
  }

  statement {
    actions = [
      "logs:CreateLogStream",
      "logs:PutLogEvents",
    ]
    effect    = "Allow"
    resources = ["${aws_cloudwatch_log_group.containers.arn}:log-stream:*"]
    sid       = "WriteModuleLogGroup"
  }
}

resource "aws_iam_role_policy" "execution" {
  name   = "${local.execution_role_name}-scoped"
  policy = data.aws_iam_policy_document.execution.json
  role   = aws_iam_role.execution.id
}

################################################################################
# Task role: assumed by the running containers
################################################################################

resource "aws_iam_role" "task" {
  assume_role_policy   = data.aws_iam_policy_document.ecs_tasks_assume.json
  description          = "sockerless ${var.name}: running tasks (EFS volumes, logs, service discovery)"
  name                 = local.task_role_name
  permissions_boundary = var.iam_permissions_boundary_arn
  tags                 = local.tags
}

data "aws_iam_policy_document" "task" {
  statement {
    actions = [
      "elasticfilesystem:ClientMount",
      "elasticfilesystem:ClientWrite",
      "elasticfilesystem:DescribeMountTargets",
    ]
    effect    = "Allow"
    resources = [aws_efs_file_system.this.arn]
    sid       = "MountModuleFileSystem"
  }

  statement {
    actions = [
      "logs:CreateLogStream",
      "logs:PutLogEvents",
    ]
    effect    = "Allow"
    resources = ["${aws_cloudwatch_log_group.containers.arn}:log-stream:*"]
    sid       = "WriteModuleLogGroup"
  }

  # Services are created at run time by the backend, so the statement names
  # the account's services and narrows them to this module's namespace.
  statement {
    actions = [
      "servicediscovery:DeregisterInstance",
      "servicediscovery:RegisterInstance",
    ]
    effect    = "Allow"
    resources = ["arn:${local.partition}:servicediscovery:${local.region}:${local.account_id}:service/*"]
    sid       = "RegisterInModuleNamespace"

    condition {
      test     = "StringEquals"
      values   = [aws_service_discovery_private_dns_namespace.this.arn]
      variable = "servicediscovery:NamespaceArn"
    }
  }

  # Cloud Map writes the DNS records of registered instances into the
  # namespace's hosted zone on the caller's behalf.
  statement {
    actions = [
      "route53:ChangeResourceRecordSets",
      "route53:GetHostedZone",
    ]
    effect    = "Allow"
    resources = ["arn:${local.partition}:route53:::hostedzone/${aws_service_discovery_private_dns_namespace.this.hosted_zone}"]
    sid       = "UpdateModuleNamespaceRecords"
  }
}

# ECS Exec: the backend starts every task with EnableExecuteCommand (docker
# exec and attach), and the SSM agent in the task opens its channels with the
# task role. The ssmmessages actions have no resource type: "*" only.
data "aws_iam_policy_document" "task_exec" {
  statement {
    actions = [
      "ssmmessages:CreateControlChannel",
      "ssmmessages:CreateDataChannel",
      "ssmmessages:OpenControlChannel",
      "ssmmessages:OpenDataChannel",
    ]
    effect    = "Allow"
    resources = ["*"]
    sid       = "EcsExecChannels"
  }
}

resource "aws_iam_role_policy" "task_exec" {
  name   = "${local.task_role_name}-exec"
  policy = data.aws_iam_policy_document.task_exec.json
  role   = aws_iam_role.task.id
}

resource "aws_iam_role_policy" "task" {
  name   = "${local.task_role_name}-scoped"
  policy = data.aws_iam_policy_document.task.json
  role   = aws_iam_role.task.id
}

################################################################################
# Flow logs role: used by VPC flow logs to write their log group
################################################################################

data "aws_iam_policy_document" "flow_logs_assume" {
  statement {
    actions = ["sts:AssumeRole"]
    effect  = "Allow"

    condition {
      test     = "StringEquals"
      values   = [local.account_id]
      variable = "aws:SourceAccount"
    }

    principals {
      identifiers = ["vpc-flow-logs.amazonaws.com"]
      type        = "Service"
    }
  }
}

resource "aws_iam_role" "flow_logs" {
  count = local.flow_logs_enabled ? 1 : 0

  assume_role_policy   = data.aws_iam_policy_document.flow_logs_assume.json
  description          = "sockerless ${var.name}: VPC flow logs delivery"
  name                 = local.flow_logs_role_name
  permissions_boundary = var.iam_permissions_boundary_arn
  tags                 = local.tags
}

data "aws_iam_policy_document" "flow_logs" {
  statement {
    actions = [
      "logs:CreateLogStream",
      "logs:DescribeLogStreams",
      "logs:PutLogEvents",
    ]
    effect    = "Allow"
    resources = ["${local.flow_logs_group_arn}:*"]
    sid       = "WriteFlowLogGroup"
  }
}

resource "aws_iam_role_policy" "flow_logs" {
  count = local.flow_logs_enabled ? 1 : 0

  name   = "${local.flow_logs_role_name}-scoped"
  policy = data.aws_iam_policy_document.flow_logs.json
  role   = aws_iam_role.flow_logs[0].id
}
