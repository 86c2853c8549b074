# The module with its default inputs: plans cleanly (spec TF-002 AC 25) and
# creates what the ECS backend needs.

mock_provider "aws" {
  source = "./tests/mocks"
}

run "defaults_plan_cleanly" {
  command = plan

  assert {
    condition     = aws_vpc.this[0].cidr_block == "10.0.0.0/16" && aws_vpc.this[0].enable_dns_support && aws_vpc.this[0].enable_dns_hostnames
    error_message = "The VPC must default to 10.0.0.0/16 with DNS support and hostnames (Cloud Map, EFS)."
  }

  assert {
    condition     = aws_subnet.public[*].cidr_block == ["10.0.240.0/24", "10.0.241.0/24"] && aws_subnet.private[*].cidr_block == ["10.0.0.0/20", "10.0.16.0/20"]
    error_message = "Derived subnets must be two /24 public and two /20 private subnets."
  }

  assert {
    condition     = aws_subnet.public[*].availability_zone == ["us-east-1a", "us-east-1b"] && aws_subnet.private[*].availability_zone == ["us-east-1a", "us-east-1b"]
    error_message = "Subnets must use the region's first two zones by default."
  }

  assert {
    condition     = alltrue(aws_subnet.public[*].map_public_ip_on_launch) && !anytrue([for s in aws_subnet.private : s.map_public_ip_on_launch])
    error_message = "Public subnets auto-assign public IPs (AC 2), private subnets do not."
  }

  assert {
    condition     = length(aws_nat_gateway.this) == 1 && length(aws_eip.nat) == 1 && aws_eip.nat[0].domain == "vpc"
    error_message = "One NAT gateway with a VPC elastic IP by default (AC 4)."
  }

  assert {
    condition     = length(aws_route_table.private) == 2 && length(aws_route.private_nat) == 2 && aws_route.public_internet[0].destination_cidr_block == "0.0.0.0/0"
    error_message = "Each private subnet gets a route table with a default route; the public table routes to the internet gateway."
  }

  assert {
    condition     = aws_ecs_cluster.this.name == "sockerless" && one([for s in aws_ecs_cluster.this.setting : s.value if s.name == "containerInsights"]) == "enabled"
    error_message = "The cluster is named sockerless with Container Insights enabled (AC 7, 8)."
  }

  assert {
    condition     = toset(aws_ecs_cluster_capacity_providers.this.capacity_providers) == toset(["FARGATE", "FARGATE_SPOT"])
    error_message = "The cluster must offer the FARGATE and FARGATE_SPOT capacity providers."
  }

  assert {
    condition = (
      aws_efs_file_system.this.performance_mode == "generalPurpose" &&
      aws_efs_file_system.this.throughput_mode == "bursting" &&
      aws_efs_file_system.this.encrypted &&
      aws_efs_file_system.this.provisioned_throughput_in_mibps == null &&
      length(aws_efs_mount_target.this) == 2
    )
    error_message = "EFS defaults: generalPurpose, bursting, encrypted, a mount target per private subnet (AC 9, 10, 12)."
  }

  assert {
    condition     = aws_cloudwatch_log_group.containers.name == "/sockerless/containers" && aws_cloudwatch_log_group.containers.retention_in_days == 30
    error_message = "The log group defaults to /sockerless/containers kept 30 days (AC 13)."
  }

  assert {
    condition     = aws_service_discovery_private_dns_namespace.this.name == "sockerless.local"
    error_message = "The Cloud Map namespace defaults to sockerless.local (AC 14)."
  }

  assert {
    condition     = aws_iam_role.execution.name == "sockerless-execution" && aws_iam_role.task.name == "sockerless-task" && length(aws_iam_role_policy_attachment.execution_managed) == 1
    error_message = "Execution and task roles exist; the execution role has the managed policy attached (AC 15, 16)."
  }

  assert {
    condition     = aws_iam_role_policy_attachment.execution_managed[0].policy_arn == "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"
    error_message = "The execution role must carry AmazonECSTaskExecutionRolePolicy (AC 15)."
  }

  assert {
    condition     = aws_security_group.tasks.name == "sockerless-tasks" && aws_security_group.efs.name == "sockerless-efs"
    error_message = "Task and EFS security groups are separate and named from name (AC 20)."
  }

  assert {
    condition     = aws_vpc_security_group_ingress_rule.tasks_self.ip_protocol == "-1"
    error_message = "The task group admits all traffic from itself (AC 19a)."
  }

  assert {
    condition = (
      keys(aws_vpc_security_group_ingress_rule.tasks_agent_cidr) == ["10.0.0.0/16"] &&
      aws_vpc_security_group_ingress_rule.tasks_agent_cidr["10.0.0.0/16"].from_port == 9111 &&
      aws_vpc_security_group_ingress_rule.tasks_agent_cidr["10.0.0.0/16"].to_port == 9111 &&
      aws_vpc_security_group_ingress_rule.tasks_agent_cidr["10.0.0.0/16"].ip_protocol == "tcp" &&
      length(aws_vpc_security_group_ingress_rule.tasks_agent_security_group) == 0
    )
    error_message = "With no agent ingress given, the VPC CIDR reaches TCP 9111 (AC 19b)."
  }

  assert {
    condition     = aws_vpc_security_group_egress_rule.tasks_all.cidr_ipv4 == "0.0.0.0/0" && aws_vpc_security_group_egress_rule.tasks_all.ip_protocol == "-1"
    error_message = "Tasks may send all outbound traffic (AC 19c)."
  }

  assert {
    condition = (
      aws_vpc_security_group_ingress_rule.efs_nfs_from_tasks.from_port == 2049 &&
      aws_vpc_security_group_ingress_rule.efs_nfs_from_tasks.to_port == 2049 &&
      aws_vpc_security_group_ingress_rule.efs_nfs_from_tasks.ip_protocol == "tcp" &&
      aws_vpc_security_group_ingress_rule.efs_nfs_from_tasks.cidr_ipv4 == null
    )
    error_message = "EFS admits NFS (TCP 2049) only, from the task group (AC 11)."
  }

  assert {
    condition     = aws_ecr_repository.this[0].name == "sockerless" && aws_ecr_repository.this[0].image_scanning_configuration[0].scan_on_push
    error_message = "An ECR repository named sockerless, scanned on push (AC 21)."
  }

  assert {
    condition     = jsondecode(aws_ecr_lifecycle_policy.this[0].policy).rules[0].selection.countNumber == 7 && jsondecode(aws_ecr_lifecycle_policy.this[0].policy).rules[0].selection.tagStatus == "untagged"
    error_message = "Untagged images expire after 7 days (AC 22)."
  }

  assert {
    condition     = length(aws_kms_key.this) == 1 && aws_kms_key.this[0].enable_key_rotation
    error_message = "A rotated customer-managed KMS key is created by default."
  }

  assert {
    condition     = length(aws_flow_log.this) == 1 && aws_flow_log.this[0].traffic_type == "ALL" && aws_cloudwatch_log_group.flow_logs[0].name == "/sockerless/vpc-flow-logs"
    error_message = "VPC flow logs go to /sockerless/vpc-flow-logs by default."
  }
}

run "outputs_present_after_apply" {
  command = apply

  assert {
    condition = alltrue([for v in [
      output.vpc_id, output.ecs_cluster_arn, output.ecs_cluster_name, output.efs_filesystem_id,
      output.log_group_name, output.log_group_arn, output.cloud_map_namespace_id, output.cloud_map_namespace_arn,
      output.execution_role_arn, output.task_role_arn, output.task_security_group_id, output.efs_security_group_id,
      output.ecr_repository_url,
    ] : v != null && v != ""])
    error_message = "Every scalar output of AC 24 must have a value."
  }

  assert {
    condition     = length(output.private_subnet_ids) == 2 && length(output.public_subnet_ids) == 2
    error_message = "Subnet ID outputs list one subnet per zone."
  }

  assert {
    condition     = output.vpc_id == "vpc-0a1b2c3d4e5f67890" && output.efs_filesystem_id == "fs-0123456789abcdef0"
    error_message = "Outputs must carry the provider's identifiers."
  }

  assert {
    condition = (
      sort(keys(output.backend_config)) == tolist(["aws", "backend"]) &&
      sort(keys(output.backend_config.aws)) == tolist(["ecs", "region"]) &&
      sort(keys(output.backend_config.aws.ecs)) == tolist(["agent_efs_id", "assign_public_ip", "cluster", "execution_role_arn", "log_group", "security_groups", "subnets", "task_role_arn"])
    )
    error_message = "backend_config must be one environment of the backend's configuration file, with exactly the keys the backend reads."
  }

  assert {
    condition = (
      output.backend_config.backend == "ecs" &&
      output.backend_config.aws.region == "us-east-1" &&
      output.backend_config.aws.ecs.cluster == "sockerless" &&
      output.backend_config.aws.ecs.log_group == "/sockerless/containers" &&
      output.backend_config.aws.ecs.subnets == output.private_subnet_ids &&
      output.backend_config.aws.ecs.security_groups == [output.task_security_group_id] &&
      output.backend_config.aws.ecs.task_role_arn == output.task_role_arn &&
      output.backend_config.aws.ecs.execution_role_arn == output.execution_role_arn &&
      output.backend_config.aws.ecs.agent_efs_id == output.efs_filesystem_id &&
      output.backend_config.aws.ecs.assign_public_ip == false
    )
    error_message = "backend_config must repeat the module's own outputs (agent_efs_id is the file system)."
  }

  assert {
    condition = output.backend_environment == {
      AWS_REGION                        = "us-east-1"
      SOCKERLESS_ECS_CLUSTER            = "sockerless"
      SOCKERLESS_ECS_SUBNETS            = join(",", output.private_subnet_ids)
      SOCKERLESS_ECS_SECURITY_GROUPS    = output.task_security_group_id
      SOCKERLESS_ECS_TASK_ROLE_ARN      = output.task_role_arn
      SOCKERLESS_ECS_EXECUTION_ROLE_ARN = output.execution_role_arn
      SOCKERLESS_ECS_LOG_GROUP          = "/sockerless/containers"
      SOCKERLESS_ECS_PUBLIC_IP          = "false"
      SOCKERLESS_AGENT_EFS_ID           = output.efs_filesystem_id
      SOCKERLESS_ECS_CPU_ARCHITECTURE   = "X86_64"
    }
    error_message = "backend_environment must give the same values as the backend's environment variables, with the CPU architecture."
  }

  assert {
    condition = (
      one(aws_ecs_cluster.this.configuration[0].execute_command_configuration[*].logging) == "OVERRIDE" &&
      one(aws_ecs_cluster.this.configuration[0].execute_command_configuration[0].log_configuration[*].cloud_watch_log_group_name) == "/sockerless/containers" &&
      one(aws_ecs_cluster.this.configuration[0].execute_command_configuration[0].log_configuration[*].cloud_watch_encryption_enabled) &&
      aws_ecs_cluster.this.configuration[0].execute_command_configuration[0].kms_key_id == output.kms_key_arn
    )
    error_message = "ECS Exec sessions must be logged to the module's log group, encrypted with its key."
  }

  assert {
    condition     = aws_iam_role_policy.task_exec.role == aws_iam_role.task.id && length(aws_iam_role.backend) == 0 && output.backend_role_arn == null
    error_message = "The task role gets the ECS Exec channels; no backend role by default."
  }

  assert {
    condition = (
      aws_vpc_endpoint.s3[0].vpc_endpoint_type == "Gateway" &&
      aws_vpc_endpoint.s3[0].service_name == "com.amazonaws.us-east-1.s3" &&
      length(aws_vpc_endpoint.s3[0].route_table_ids) == 2 &&
      length(aws_vpc_endpoint.interface) == 0 && length(aws_security_group.endpoints) == 0
    )
    error_message = "The S3 gateway endpoint is on the two private route tables by default; no interface endpoint."
  }

  assert {
    condition     = length(terraform_data.backend_leftovers_cleanup) == 1 && terraform_data.backend_leftovers_cleanup[0].input.vpc_id == output.vpc_id && terraform_data.backend_leftovers_cleanup[0].input.file_system_id == output.efs_filesystem_id
    error_message = "The destroy-time clean-up of the backend's leftovers is on by default, for this VPC and file system."
  }

  assert {
    condition     = output.cloud_map_namespace_name == "sockerless.local" && output.availability_zones == tolist(["us-east-1a", "us-east-1b"])
    error_message = "Namespace name and zones are reported."
  }
}
