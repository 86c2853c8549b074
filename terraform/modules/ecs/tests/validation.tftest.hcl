# Every validated input has accepted values (which must reach AWS as given) and
# rejected ones (`expect_failures`).
#
# The rejected values are grouped in sets: each set gives one bad value to many
# inputs at once and expects every one of them to fail its own validation, so
# about eighty cases cost a few plans. A value that slipped through would make
# its set fail ("expected failure not found").

mock_provider "aws" {
  source = "./tests/mocks"
}

run "network_inputs_accept_valid_values" {
  command = plan

  # A /20 VPC is the smallest that can derive both subnet sets; six zones
  # given in a chosen order, one NAT gateway in each.
  variables {
    availability_zones = ["us-east-1f", "us-east-1e", "us-east-1d", "us-east-1c", "us-east-1b", "us-east-1a"]
    az_count           = 6
    nat_gateway_count  = 6
    vpc_cidr           = "192.168.16.0/20"
  }

  assert {
    condition     = aws_vpc.this[0].cidr_block == "192.168.16.0/20"
    error_message = "vpc_cidr must reach the VPC as given."
  }

  assert {
    condition     = aws_subnet.private[*].availability_zone == ["us-east-1f", "us-east-1e", "us-east-1d", "us-east-1c", "us-east-1b", "us-east-1a"]
    error_message = "availability_zones must be used in the given order."
  }

  assert {
    condition     = aws_subnet.private[*].cidr_block == ["192.168.16.0/24", "192.168.17.0/24", "192.168.18.0/24", "192.168.19.0/24", "192.168.20.0/24", "192.168.21.0/24"]
    error_message = "Private subnets derive as the VPC prefix + 4."
  }

  assert {
    condition     = aws_subnet.public[*].cidr_block == ["192.168.31.0/28", "192.168.31.16/28", "192.168.31.32/28", "192.168.31.48/28", "192.168.31.64/28", "192.168.31.80/28"]
    error_message = "Public subnets derive as the VPC prefix + 8, from the top sixteenth."
  }

  assert {
    condition     = length(aws_nat_gateway.this) == 6 && length(aws_route.private_nat) == 6 && length(aws_efs_mount_target.this) == 6
    error_message = "az_count and nat_gateway_count must size the network."
  }
}

run "explicit_subnets_accept_valid_values" {
  command = plan

  # Subnet sizes at both bounds AWS allows: a /18 (within /16) and a /28.
  variables {
    private_subnet_cidrs = ["10.0.64.0/18", "10.0.128.0/28"]
    public_subnet_cidrs  = ["10.0.200.0/26", "10.0.200.64/26"]
  }

  assert {
    condition     = aws_subnet.private[*].cidr_block == ["10.0.64.0/18", "10.0.128.0/28"] && aws_subnet.public[*].cidr_block == ["10.0.200.0/26", "10.0.200.64/26"]
    error_message = "Explicit subnet CIDRs must be used as given."
  }
}

run "cluster_inputs_accept_valid_values" {
  command = plan

  variables {
    container_insights_enabled = false
    fargate_base               = 2
    fargate_spot_weight        = 1000
    fargate_weight             = 0
    name                       = "a${join("", [for i in range(53) : "1"])}"
  }

  assert {
    condition     = length(aws_ecs_cluster.this.name) == 54 && aws_iam_role.execution.name == "a${join("", [for i in range(53) : "1"])}-execution" && length(aws_iam_role.execution.name) == 64
    error_message = "A 54-character name must fit the 64-character IAM role name."
  }

  assert {
    condition     = one([for s in aws_ecs_cluster.this.setting : s.value if s.name == "containerInsights"]) == "disabled"
    error_message = "container_insights_enabled = false must disable Container Insights."
  }

  assert {
    condition = (
      one([for s in aws_ecs_cluster_capacity_providers.this.default_capacity_provider_strategy : s.base if s.capacity_provider == "FARGATE"]) == 2 &&
      one([for s in aws_ecs_cluster_capacity_providers.this.default_capacity_provider_strategy : s.weight if s.capacity_provider == "FARGATE"]) == 0 &&
      one([for s in aws_ecs_cluster_capacity_providers.this.default_capacity_provider_strategy : s.weight if s.capacity_provider == "FARGATE_SPOT"]) == 1000
    )
    error_message = "The default capacity provider strategy must follow fargate_base, fargate_weight and fargate_spot_weight."
  }
}

run "storage_inputs_accept_provisioned_max_io" {
  command = plan

  variables {
    efs_encrypted                    = false
    efs_performance_mode             = "maxIO"
    efs_provisioned_throughput_mibps = 3414
    efs_throughput_mode              = "provisioned"
  }

  assert {
    condition = (
      aws_efs_file_system.this.performance_mode == "maxIO" &&
      aws_efs_file_system.this.throughput_mode == "provisioned" &&
      aws_efs_file_system.this.provisioned_throughput_in_mibps == 3414
    )
    error_message = "EFS modes and provisioned throughput must reach the file system."
  }

  assert {
    condition     = !aws_efs_file_system.this.encrypted
    error_message = "efs_encrypted = false must reach the file system."
  }
}

run "storage_inputs_accept_elastic" {
  command = plan

  variables {
    efs_throughput_mode = "elastic"
  }

  assert {
    condition     = aws_efs_file_system.this.throughput_mode == "elastic" && aws_efs_file_system.this.provisioned_throughput_in_mibps == null
    error_message = "Elastic throughput with generalPurpose must be accepted."
  }
}

run "logs_and_discovery_inputs_accept_valid_values" {
  command = plan

  variables {
    cloud_map_namespace_name = "svc.ci-1.example.internal"
    log_group_name           = "/team_a/sockerless#ci.logs-1"
    log_retention_days       = 3653
  }

  assert {
    condition     = aws_cloudwatch_log_group.containers.name == "/team_a/sockerless#ci.logs-1" && aws_cloudwatch_log_group.containers.retention_in_days == 3653
    error_message = "The log group name and retention must be used as given."
  }

  assert {
    condition     = aws_cloudwatch_log_group.flow_logs[0].retention_in_days == 3653
    error_message = "Flow logs follow log_retention_days."
  }

  assert {
    condition     = aws_service_discovery_private_dns_namespace.this.name == "svc.ci-1.example.internal"
    error_message = "The namespace name must be used as given."
  }
}

run "security_inputs_accept_valid_values" {
  command = plan

  variables {
    agent_ingress_cidr_blocks        = ["192.168.1.0/24", "203.0.113.7/32"]
    agent_ingress_security_group_ids = ["sg-12345678", "sg-0123456789abcdef0"]
    agent_port                       = 65535
    iam_permissions_boundary_arn     = "arn:aws-us-gov:iam::123456789012:policy/boundaries/ci"
    kms_key_arn                      = "arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab"
  }

  assert {
    condition     = keys(aws_vpc_security_group_ingress_rule.tasks_agent_cidr) == ["192.168.1.0/24", "203.0.113.7/32"] && keys(aws_vpc_security_group_ingress_rule.tasks_agent_security_group) == ["sg-0123456789abcdef0", "sg-12345678"]
    error_message = "Only the given CIDRs and groups may reach the agent port; the VPC CIDR is no longer admitted."
  }

  assert {
    condition     = alltrue([for r in values(aws_vpc_security_group_ingress_rule.tasks_agent_cidr) : r.from_port == 65535 && r.to_port == 65535 && r.ip_protocol == "tcp"])
    error_message = "agent_port must set the agent rules' port."
  }

  assert {
    condition = alltrue([for r in [aws_iam_role.execution, aws_iam_role.task, aws_iam_role.flow_logs[0]] :
    r.permissions_boundary == "arn:aws-us-gov:iam::123456789012:policy/boundaries/ci"])
    error_message = "Every role must carry the permissions boundary."
  }

  assert {
    condition = (
      length(aws_kms_key.this) == 0 &&
      aws_efs_file_system.this.kms_key_id == "arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab" &&
      aws_cloudwatch_log_group.containers.kms_key_id == "arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab" &&
      aws_ecr_repository.this[0].encryption_configuration[0].kms_key == "arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab"
    )
    error_message = "A given KMS key replaces the module's own on EFS, logs and ECR."
  }
}

run "registry_and_tag_inputs_accept_valid_values" {
  command = plan

  variables {
    ecr_image_tag_mutability       = "IMMUTABLE"
    ecr_repository_name            = "sockerless/agent_images-1.0"
    ecr_untagged_image_expiry_days = 1
    environment                    = join("", [for i in range(256) : "e"])
    project                        = "Sockerless tfcheck: ci/cd @team+1"
    tags                           = { for i in range(45) : "key-${i}" => "value ${i}" }
  }

  assert {
    condition     = aws_ecr_repository.this[0].name == "sockerless/agent_images-1.0" && aws_ecr_repository.this[0].image_tag_mutability == "IMMUTABLE"
    error_message = "The repository name and tag mutability must be used as given."
  }

  assert {
    condition     = jsondecode(aws_ecr_lifecycle_policy.this[0].policy).rules[0].selection.countNumber == 1
    error_message = "A one-day expiry must reach the lifecycle policy."
  }

  assert {
    condition     = length(aws_vpc.this[0].tags) == 50 && aws_vpc.this[0].tags["project"] == "Sockerless tfcheck: ci/cd @team+1" && length(aws_vpc.this[0].tags["environment"]) == 256
    error_message = "45 extra tags plus the module's five make the 50 AWS allows."
  }
}

run "rejected_values_set_1" {
  command = plan

  variables {
    # a host address instead of the network address
    vpc_cidr = "10.0.0.1/16"
    # no zone
    az_count = 0
    # a zone listed twice
    availability_zones = ["us-east-1a", "us-east-1a"]
    # a host address
    public_subnet_cidrs = ["10.0.240.1/24", "10.0.241.0/24"]
    # a host address
    private_subnet_cidrs = ["10.0.0.0/20", "10.0.16.5/20"]
    # no NAT gateway
    nat_gateway_count = 0
    # uppercase letters (ECR repository names are lowercase)
    name = "Sockerless"
    # a negative base
    fargate_base = -1
    # more than 1000
    fargate_weight = 1001
    # a negative weight
    fargate_spot_weight = -1
    # a mode EFS does not have
    efs_performance_mode = "general"
    # a mode EFS does not have
    efs_throughput_mode = "burst"
    # 0 MiB/s
    efs_provisioned_throughput_mibps = 0
    # an empty name
    log_group_name = ""
    # 2 days, which CloudWatch does not offer
    log_retention_days = 2
    # a label starting with a hyphen
    cloud_map_namespace_name = "-sockerless.local"
    # port 0
    agent_port = 0
    # a host address
    agent_ingress_cidr_blocks = ["192.168.1.1/24"]
    # too few hex digits
    agent_ingress_security_group_ids = ["sg-123"]
    # an ARN of another service
    kms_key_arn = "arn:aws:s3:::sockerless-bucket"
    # a role ARN instead of a policy ARN
    iam_permissions_boundary_arn = "arn:aws:iam::123456789012:role/boundary"
    # uppercase letters
    ecr_repository_name = "Sockerless"
    # a lowercase value
    ecr_image_tag_mutability = "immutable"
    # 0 days
    ecr_untagged_image_expiry_days = 0
    # an empty value
    project = ""
    # 257 characters
    environment = join("", [for i in range(257) : "e"])
    # a key with the reserved aws: prefix
    tags = { "aws:createdBy" = "me" }
  }

  expect_failures = [
    var.vpc_cidr,
    var.az_count,
    var.availability_zones,
    var.public_subnet_cidrs,
    var.private_subnet_cidrs,
    var.nat_gateway_count,
    var.name,
    var.fargate_base,
    var.fargate_weight,
    var.fargate_spot_weight,
    var.efs_performance_mode,
    var.efs_throughput_mode,
    var.efs_provisioned_throughput_mibps,
    var.log_group_name,
    var.log_retention_days,
    var.cloud_map_namespace_name,
    var.agent_port,
    var.agent_ingress_cidr_blocks,
    var.agent_ingress_security_group_ids,
    var.kms_key_arn,
    var.iam_permissions_boundary_arn,
    var.ecr_repository_name,
    var.ecr_image_tag_mutability,
    var.ecr_untagged_image_expiry_days,
    var.project,
    var.environment,
    var.tags,
  ]
}

run "rejected_values_set_2" {
  command = plan

  variables {
    # a /12, larger than AWS allows
    vpc_cidr = "10.0.0.0/12"
    # 7 zones
    az_count = 7
    # a zone ID instead of a zone name
    availability_zones = ["use1-az1", "us-east-1b"]
    # a /29 subnet
    public_subnet_cidrs = ["10.0.240.0/29", "10.0.241.0/24"]
    # a /15 subnet
    private_subnet_cidrs = ["10.0.0.0/15", "10.2.0.0/20"]
    # a fraction
    nat_gateway_count = 1.5
    # a single character
    name = "s"
    # more than 100000
    fargate_base = 100001
    # a fraction
    fargate_weight = 0.5
    # more than 3414 MiB/s
    efs_provisioned_throughput_mibps = 3415
    # the aws/ prefix AWS reserves
    log_group_name = "aws/containers"
    # a negative retention
    log_retention_days = -1
    # an underscore
    cloud_map_namespace_name = "sockerless_ci.local"
    # port 65536
    agent_port = 65536
    # a /33 prefix
    agent_ingress_cidr_blocks = ["10.0.0.0/33"]
    # uppercase hex digits
    agent_ingress_security_group_ids = ["sg-0123456789ABCDEF0"]
    # a key ID instead of its ARN
    kms_key_arn = "1234abcd-12ab-34cd-56ef-1234567890ab"
    # an 11-digit account
    iam_permissions_boundary_arn = "arn:aws:iam::12345678901:policy/boundary"
    # a single character
    ecr_repository_name = "s"
    # a fraction
    ecr_untagged_image_expiry_days = 1.5
    # a character AWS tags do not allow
    project = "sockerless*"
    # an empty value
    environment = ""
    # the reserved prefix in another case
    tags = { "AWS:team" = "ci" }
  }

  expect_failures = [
    var.vpc_cidr,
    var.az_count,
    var.availability_zones,
    var.public_subnet_cidrs,
    var.private_subnet_cidrs,
    var.nat_gateway_count,
    var.name,
    var.fargate_base,
    var.fargate_weight,
    var.efs_provisioned_throughput_mibps,
    var.log_group_name,
    var.log_retention_days,
    var.cloud_map_namespace_name,
    var.agent_port,
    var.agent_ingress_cidr_blocks,
    var.agent_ingress_security_group_ids,
    var.kms_key_arn,
    var.iam_permissions_boundary_arn,
    var.ecr_repository_name,
    var.ecr_untagged_image_expiry_days,
    var.project,
    var.environment,
    var.tags,
  ]
}

run "rejected_values_set_3" {
  command = plan

  variables {
    # a /29, smaller than AWS allows
    vpc_cidr = "10.0.0.0/29"
    # a fraction
    az_count = 2.5
    # text that is no CIDR
    public_subnet_cidrs = ["public-a", "10.0.241.0/24"]
    # more than 6
    nat_gateway_count = 7
    # 55 characters: the execution role name would exceed 64
    name = "a${join("", [for i in range(54) : "1"])}"
    # a space
    log_group_name = "/sockerless/my logs"
    # a trailing dot
    cloud_map_namespace_name = "sockerless.local."
    # a fraction
    agent_port = 9111.5
    # an IPv6 block
    agent_ingress_cidr_blocks = ["::/0"]
    # no sg- prefix
    agent_ingress_security_group_ids = ["0123456789abcdef0"]
    # an alias ARN instead of a key ARN
    kms_key_arn = "arn:aws:kms:us-east-1:123456789012:alias/sockerless"
    # an empty namespace
    ecr_repository_name = "sockerless//agent"
    # 46 extra tags: 51 with the module's own five
    tags = { for i in range(46) : "key-${i}" => "v" }
  }

  expect_failures = [
    var.vpc_cidr,
    var.az_count,
    var.public_subnet_cidrs,
    var.nat_gateway_count,
    var.name,
    var.log_group_name,
    var.cloud_map_namespace_name,
    var.agent_port,
    var.agent_ingress_cidr_blocks,
    var.agent_ingress_security_group_ids,
    var.kms_key_arn,
    var.ecr_repository_name,
    var.tags,
  ]
}

run "rejected_values_set_4" {
  command = plan

  variables {
    # an IPv6 block
    vpc_cidr = "fd00::/56"
    # the sg- prefix AWS reserves for security group IDs
    name = "sg-runner"
    # 513 characters
    log_group_name = "/${join("", [for i in range(512) : "l"])}"
    # a 64-character label
    cloud_map_namespace_name = "${join("", [for i in range(64) : "n"])}.local"
    # a trailing separator
    ecr_repository_name = "sockerless-"
    # a 129-character key
    tags = { (join("", [for i in range(129) : "k"])) = "v" }
  }

  expect_failures = [
    var.vpc_cidr,
    var.name,
    var.log_group_name,
    var.cloud_map_namespace_name,
    var.ecr_repository_name,
    var.tags,
  ]
}

run "rejected_values_set_5" {
  command = plan

  variables {
    # an octet with a leading zero
    vpc_cidr = "010.0.0.0/16"
    # two hyphens in a row
    name = "ci--runner"
    # a 257-character value
    tags = { owner = join("", [for i in range(257) : "v"]) }
  }

  expect_failures = [
    var.vpc_cidr,
    var.name,
    var.tags,
  ]
}

run "rejected_values_set_6" {
  command = plan

  variables {
    # an address without a prefix
    vpc_cidr = "10.0.0.0"
    # a trailing hyphen
    name = "runner-"
    # an empty key
    tags = { "" = "v" }
  }

  expect_failures = [
    var.vpc_cidr,
    var.name,
    var.tags,
  ]
}

run "rejected_values_set_7" {
  command = plan

  variables {
    # a leading digit
    name = "1runner"
  }

  expect_failures = [
    var.name,
  ]
}

run "rejected_values_set_8" {
  command = plan

  variables {
    # an underscore, not valid in a DNS label
    name = "ci_runner"
  }

  expect_failures = [
    var.name,
  ]
}

run "rejected_values_set_9" {
  command = plan

  variables {
    # a subnet ID instead of a VPC ID
    vpc_id = "subnet-0aaaaaaaaaaaaaaa1"
    # too few hex digits
    private_subnet_ids = ["subnet-123"]
    # a VPC ID
    public_subnet_ids = ["vpc-0fedcba9876543210"]
    # a service the module has no endpoint for
    vpc_interface_endpoints = ["s3"]
    # lowercase
    cpu_architecture = "arm64"
    # a role name instead of an ARN
    backend_role_principals = ["ci-runner"]
  }

  expect_failures = [
    var.vpc_id,
    var.private_subnet_ids,
    var.public_subnet_ids,
    var.vpc_interface_endpoints,
    var.cpu_architecture,
    var.backend_role_principals,
  ]
}

run "rejected_values_set_10" {
  command = plan

  variables {
    # a subnet listed twice
    private_subnet_ids = ["subnet-0aaaaaaaaaaaaaaa1", "subnet-0aaaaaaaaaaaaaaa1"]
    # an endpoint listed twice
    vpc_interface_endpoints = ["logs", "logs"]
    # not an architecture Fargate offers
    cpu_architecture = "AMD64"
  }

  expect_failures = [
    var.private_subnet_ids,
    var.vpc_interface_endpoints,
    var.cpu_architecture,
  ]
}
