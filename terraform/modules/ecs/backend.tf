# The sockerless ECS backend: the configuration it reads (backend_config and
# backend_environment outputs) and the permissions of the process that runs it
# (backend_policy_json output, optional role). The actions are the API calls
# of the backend's source (sockerless backends/ecs and backends/aws-common);
# each "*" and each run-time wildcard is justified in README.md.

locals {
  # One environment entry of the backend's configuration file
  # (environments.<name> in ~/.sockerless/config.yaml): the keys of
  # sockerless backends/core/configfile.go (Environment, AWSConfig,
  # ECSEnvConfig). The CPU architecture has no key there.
  backend_config = {
    backend = "ecs"
    aws = {
      region = local.region
      ecs = {
        cluster            = aws_ecs_cluster.this.name
        subnets            = local.private_subnet_ids
        security_groups    = [aws_security_group.tasks.id]
        task_role_arn      = aws_iam_role.task.arn
        execution_role_arn = aws_iam_role.execution.arn
        log_group          = aws_cloudwatch_log_group.containers.name
        assign_public_ip   = false
        agent_efs_id       = aws_efs_file_system.this.id
      }
    }
  }

  # The same values as the environment variables the backend reads when no
  # configuration file names an active environment (backends/ecs/config.go,
  # ConfigFromEnv), plus the CPU architecture it reads only from there.
  backend_environment = {
    AWS_REGION                        = local.region
    SOCKERLESS_ECS_CLUSTER            = aws_ecs_cluster.this.name
    SOCKERLESS_ECS_SUBNETS            = join(",", local.private_subnet_ids)
    SOCKERLESS_ECS_SECURITY_GROUPS    = aws_security_group.tasks.id
    SOCKERLESS_ECS_TASK_ROLE_ARN      = aws_iam_role.task.arn
    SOCKERLESS_ECS_EXECUTION_ROLE_ARN = aws_iam_role.execution.arn
    SOCKERLESS_ECS_LOG_GROUP          = aws_cloudwatch_log_group.containers.name
    SOCKERLESS_ECS_PUBLIC_IP          = "false"
    SOCKERLESS_AGENT_EFS_ID           = aws_efs_file_system.this.id
    SOCKERLESS_ECS_CPU_ARCHITECTURE   = var.cpu_architecture
  }

  arn_prefix          = "arn:${local.partition}"
  ecs_arn_prefix      = "${local.arn_prefix}:ecs:${local.region}:${local.account_id}"
  backend_role_name   = "${var.name}-backend"
  backend_task_family = "${local.ecs_arn_prefix}:task-definition/sockerless-*:*"
}

data "aws_iam_policy_document" "backend" {
  # Calls whose entry in AWS's Service Authorization Reference has no resource
  # type: AWS accepts only "*" for them (README.md, "Backend permissions").
  statement {
    actions = [
      "ec2:DescribeAvailabilityZones",
      "ec2:DescribeNetworkInterfaces",
      "ec2:DescribeRegions",
      "ec2:DescribeSecurityGroups",
      "ec2:DescribeSubnets",
      "ec2:DescribeVpcs",
      "ecr:CreatePullThroughCacheRule",
      "ecr:DescribePullThroughCacheRules",
      "ecr:GetAuthorizationToken",
      "ecs:DeregisterTaskDefinition",
      "ecs:DescribeTaskDefinition",
      "ecs:ListTaskDefinitions",
      "route53:CreateHostedZone",
      "route53:ListHostedZonesByName",
      "servicediscovery:CreateHttpNamespace",
      "servicediscovery:CreatePrivateDnsNamespace",
      "servicediscovery:GetOperation",
      "servicediscovery:ListNamespaces",
      "servicediscovery:ListServices",
      "servicediscovery:TagResource",
      "servicediscovery:UntagResource",
      "ssmmessages:CreateControlChannel",
      "ssmmessages:CreateDataChannel",
      "ssmmessages:OpenControlChannel",
      "ssmmessages:OpenDataChannel",
    ]
    effect    = "Allow"
    resources = ["*"]
    sid       = "CallsWithoutResourceType"
  }

  statement {
    #tfcheck:skip=LINT005:The backend registers task definitions it names sockerless-<container id> at run time; the family prefix is the narrowest ARN.
    actions   = ["ecs:RegisterTaskDefinition", "ecs:TagResource", "ecs:UntagResource"]
    effect    = "Allow"
    resources = [local.backend_task_family]
    sid       = "BackendTaskDefinitions"
  }

  statement {
    actions   = ["ecs:RunTask"]
    effect    = "Allow"
    resources = [local.backend_task_family]
    sid       = "RunTasksInModuleCluster"

    condition {
      test     = "ArnEquals"
      values   = [aws_ecs_cluster.this.arn]
      variable = "ecs:cluster"
    }
  }

  statement {
    actions = [
      "ecs:DescribeTasks",
      "ecs:ExecuteCommand",
      "ecs:StopTask",
      "ecs:TagResource",
      "ecs:UntagResource",
    ]
    effect = "Allow"
    resources = [
      aws_ecs_cluster.this.arn,
      "${local.ecs_arn_prefix}:task/${aws_ecs_cluster.this.name}/*",
    ]
    sid = "TasksOfModuleCluster"
  }

  statement {
    actions = ["ecs:DescribeClusters", "ecs:ListTasks"]
    effect  = "Allow"
    resources = [
      aws_ecs_cluster.this.arn,
      "${local.ecs_arn_prefix}:container-instance/${aws_ecs_cluster.this.name}/*",
    ]
    sid = "ModuleCluster"
  }

  statement {
    actions   = ["iam:PassRole"]
    effect    = "Allow"
    resources = [aws_iam_role.execution.arn, aws_iam_role.task.arn]
    sid       = "PassModuleRolesToEcsTasks"

    condition {
      test     = "StringEquals"
      values   = ["ecs-tasks.amazonaws.com"]
      variable = "iam:PassedToService"
    }
  }

  statement {
    #tfcheck:skip=LINT005:A security group ID is unknown before CreateSecurityGroup; the group must carry the backend's sockerless:network tag and is created in the module's VPC (the VPC ARN is the statement's other resource).
    actions = ["ec2:CreateSecurityGroup"]
    effect  = "Allow"
    resources = [
      local.vpc_arn,
      "${local.arn_prefix}:ec2:${local.region}:${local.account_id}:security-group/*",
    ]
    sid = "CreateNetworkGroupsInModuleVpc"
  }

  statement {
    actions   = ["ec2:CreateTags"]
    effect    = "Allow"
    resources = ["${local.arn_prefix}:ec2:${local.region}:${local.account_id}:security-group/*"]
    sid       = "TagNewNetworkGroups"

    condition {
      test     = "StringEquals"
      values   = ["CreateSecurityGroup"]
      variable = "ec2:CreateAction"
    }

    condition {
      test     = "ArnEquals"
      values   = [local.vpc_arn]
      variable = "ec2:Vpc"
    }
  }

  statement {
    actions = [
      "ec2:AuthorizeSecurityGroupIngress",
      "ec2:DeleteSecurityGroup",
      "ec2:RevokeSecurityGroupIngress",
    ]
    effect    = "Allow"
    resources = ["${local.arn_prefix}:ec2:${local.region}:${local.account_id}:security-group/*"]
    sid       = "ChangeGroupsInModuleVpc"

    condition {
      test     = "ArnEquals"
      values   = [local.vpc_arn]
      variable = "ec2:Vpc"
    }
  }

  statement {
    actions = [
      "elasticfilesystem:ClientMount",
      "elasticfilesystem:ClientRootAccess",
      "elasticfilesystem:ClientWrite",
      "elasticfilesystem:CreateAccessPoint",
      "elasticfilesystem:DescribeAccessPoints",
      "elasticfilesystem:DescribeFileSystems",
      "elasticfilesystem:DescribeMountTargets",
      "elasticfilesystem:TagResource",
      "elasticfilesystem:UntagResource",
    ]
    effect    = "Allow"
    resources = [aws_efs_file_system.this.arn]
    sid       = "ModuleFileSystem"
  }

  statement {
    #tfcheck:skip=LINT005:An access point's ARN names no file system; the statement is narrowed to the access points the backend tags sockerless-managed=true (or tags while creating them on the module's file system, which the statement above scopes).
    actions = [
      "elasticfilesystem:DeleteAccessPoint",
      "elasticfilesystem:DescribeAccessPoints",
      "elasticfilesystem:TagResource",
      "elasticfilesystem:UntagResource",
    ]
    effect    = "Allow"
    resources = ["${local.arn_prefix}:elasticfilesystem:${local.region}:${local.account_id}:access-point/*"]
    sid       = "BackendAccessPoints"

    condition {
      test     = "StringEquals"
      values   = ["true"]
      variable = "aws:ResourceTag/sockerless-managed"
    }
  }

  statement {
    #tfcheck:skip=LINT005:Namespaces and services are created by the backend at run time (IDs unknown here), and Cloud Map has no condition key naming a namespace's VPC; narrowed to this account and region.
    actions = [
      "servicediscovery:CreateService",
      "servicediscovery:DeleteNamespace",
      "servicediscovery:DeleteService",
      "servicediscovery:DeregisterInstance",
      "servicediscovery:GetNamespace",
      "servicediscovery:GetService",
      "servicediscovery:RegisterInstance",
    ]
    effect = "Allow"
    resources = [
      "${local.arn_prefix}:servicediscovery:${local.region}:${local.account_id}:namespace/*",
      "${local.arn_prefix}:servicediscovery:${local.region}:${local.account_id}:service/*",
    ]
    sid = "BackendCloudMapNamespaces"
  }

  statement {
    #tfcheck:skip=LINT005:Cloud Map manages the hosted zone of each private DNS namespace with the caller's permissions; the zones are created at run time, so their IDs are unknown here.
    actions = [
      "route53:ChangeResourceRecordSets",
      "route53:DeleteHostedZone",
      "route53:GetHostedZone",
    ]
    effect    = "Allow"
    resources = ["${local.arn_prefix}:route53:::hostedzone/*"]
    sid       = "CloudMapHostedZones"
  }

  statement {
    actions   = ["logs:CreateLogGroup", "logs:DescribeLogStreams"]
    effect    = "Allow"
    resources = [aws_cloudwatch_log_group.containers.arn]
    sid       = "ModuleLogGroup"
  }

  statement {
    actions = [
      "logs:CreateLogStream",
      "logs:GetLogEvents",
      "logs:PutLogEvents",
    ]
    effect    = "Allow"
    resources = ["${aws_cloudwatch_log_group.containers.arn}:log-stream:*"]
    sid       = "ModuleLogStreams"
  }

  dynamic "statement" {
    for_each = var.create_ecr_repository ? [1] : []

    content {
      actions = [
        "ecr:BatchCheckLayerAvailability",
        "ecr:BatchGetImage",
        "ecr:CreateRepository",
        "ecr:DescribeImages",
        "ecr:DescribeRepositories",
        "ecr:GetDownloadUrlForLayer",
        "ecr:ListImages",
      ]
      effect    = "Allow"
      resources = [aws_ecr_repository.this[0].arn]
      sid       = "ModuleRepository"
    }
  }
}

################################################################################
# Optional role for the process that runs the backend
################################################################################

data "aws_iam_policy_document" "backend_assume" {
  count = var.create_backend_role ? 1 : 0

  statement {
    actions = ["sts:AssumeRole"]
    effect  = "Allow"

    principals {
      identifiers = var.backend_role_principals
      type        = "AWS"
    }
  }
}

resource "aws_iam_role" "backend" {
  count = var.create_backend_role ? 1 : 0

  assume_role_policy   = data.aws_iam_policy_document.backend_assume[0].json
  description          = "sockerless ${var.name}: the ECS backend process"
  name                 = local.backend_role_name
  permissions_boundary = var.iam_permissions_boundary_arn
  tags                 = local.tags
}

resource "aws_iam_role_policy" "backend" {
  count = var.create_backend_role ? 1 : 0

  name   = "${local.backend_role_name}-scoped"
  policy = data.aws_iam_policy_document.backend.json
  role   = aws_iam_role.backend[0].id
}
