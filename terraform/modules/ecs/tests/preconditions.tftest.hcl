# Rules that span several inputs: preconditions of terraform_data.input_checks.
# Each rule has a rejected combination (`expect_failures`) and an accepted one.

mock_provider "aws" {
  source = "./tests/mocks"
}

run "zones_must_match_az_count" {
  command = plan

  variables {
    availability_zones = ["us-east-1a", "us-east-1b"]
    az_count           = 3
  }

  expect_failures = [terraform_data.input_checks]
}

run "zones_matching_az_count_are_accepted" {
  command = plan

  variables {
    availability_zones = ["us-east-1a", "us-east-1b", "us-east-1d"]
    az_count           = 3
  }

  assert {
    condition     = aws_subnet.public[*].availability_zone == ["us-east-1a", "us-east-1b", "us-east-1d"]
    error_message = "Zones matching az_count must be used."
  }
}

run "zones_the_region_lacks_fail_the_lookup" {
  command = plan

  variables {
    availability_zones = ["eu-west-1a", "eu-west-1b"]
  }

  expect_failures = [data.aws_availability_zones.available]
}

run "nat_gateways_cannot_exceed_zones" {
  command = plan

  variables {
    az_count          = 2
    nat_gateway_count = 3
  }

  expect_failures = [terraform_data.input_checks]
}

run "one_nat_gateway_per_zone_is_accepted" {
  command = plan

  variables {
    az_count          = 3
    nat_gateway_count = 3
  }

  assert {
    condition     = length(aws_nat_gateway.this) == 3 && aws_subnet.public[*].availability_zone == ["us-east-1a", "us-east-1b", "us-east-1c"]
    error_message = "Three zones take three NAT gateways."
  }
}

run "public_subnets_must_match_az_count" {
  command = plan

  variables {
    public_subnet_cidrs = ["10.0.240.0/24", "10.0.241.0/24", "10.0.242.0/24"]
  }

  expect_failures = [terraform_data.input_checks]
}

run "private_subnets_must_match_az_count" {
  command = plan

  variables {
    private_subnet_cidrs = ["10.0.0.0/20"]
  }

  expect_failures = [terraform_data.input_checks]
}

run "small_vpc_cannot_derive_public_subnets" {
  command = plan

  # A /22 derives /26 private subnets but would need /30 public ones.
  variables {
    vpc_cidr = "10.0.0.0/22"
  }

  expect_failures = [terraform_data.input_checks]
}

run "small_vpc_with_explicit_public_subnets_is_accepted" {
  command = plan

  # A /24 still derives /28 private subnets from the bottom of its range.
  variables {
    public_subnet_cidrs = ["10.0.0.224/28", "10.0.0.240/28"]
    vpc_cidr            = "10.0.0.0/24"
  }

  assert {
    condition     = aws_subnet.private[*].cidr_block == ["10.0.0.0/28", "10.0.0.16/28"]
    error_message = "Private subnets of a /24 derive as /28s."
  }
}

run "smallest_vpc_with_explicit_subnets_is_accepted" {
  command = plan

  # One zone in a /27: a /28 private and a /28 public subnet fill it.
  variables {
    az_count             = 1
    private_subnet_cidrs = ["10.0.0.0/28"]
    public_subnet_cidrs  = ["10.0.0.16/28"]
    vpc_cidr             = "10.0.0.0/27"
  }

  assert {
    condition     = aws_vpc.this[0].cidr_block == "10.0.0.0/27" && length(aws_subnet.private) == 1
    error_message = "Explicit subnets free a small VPC from derivation."
  }
}

run "subnets_must_lie_inside_the_vpc" {
  command = plan

  variables {
    public_subnet_cidrs = ["10.1.240.0/24", "10.0.241.0/24"]
  }

  expect_failures = [terraform_data.input_checks]
}

run "explicit_subnets_must_not_overlap_derived_ones" {
  command = plan

  # 10.0.1.0/24 lies inside the derived private subnet 10.0.0.0/20.
  variables {
    public_subnet_cidrs = ["10.0.1.0/24", "10.0.241.0/24"]
  }

  expect_failures = [terraform_data.input_checks]
}

run "explicit_subnets_must_not_overlap_each_other" {
  command = plan

  variables {
    private_subnet_cidrs = ["10.0.0.0/20", "10.0.8.0/21"]
  }

  expect_failures = [terraform_data.input_checks]
}

run "provisioned_throughput_needs_a_value" {
  command = plan

  variables {
    efs_throughput_mode = "provisioned"
  }

  expect_failures = [terraform_data.input_checks]
}

run "throughput_value_needs_provisioned_mode" {
  command = plan

  variables {
    efs_provisioned_throughput_mibps = 128
  }

  expect_failures = [terraform_data.input_checks]
}

run "provisioned_throughput_with_a_value_is_accepted" {
  command = plan

  variables {
    efs_provisioned_throughput_mibps = 1
    efs_throughput_mode              = "provisioned"
  }

  assert {
    condition     = aws_efs_file_system.this.provisioned_throughput_in_mibps == 1
    error_message = "Provisioned throughput must reach the file system."
  }
}

run "elastic_throughput_needs_general_purpose" {
  command = plan

  variables {
    efs_performance_mode = "maxIO"
    efs_throughput_mode  = "elastic"
  }

  expect_failures = [terraform_data.input_checks]
}

run "log_group_cannot_take_the_flow_log_group_name" {
  command = plan

  variables {
    log_group_name = "/sockerless/vpc-flow-logs"
  }

  expect_failures = [terraform_data.input_checks]
}

run "flow_log_group_name_is_free_without_flow_logs" {
  command = plan

  variables {
    log_group_name        = "/sockerless/vpc-flow-logs"
    vpc_flow_logs_enabled = false
  }

  assert {
    condition     = length(aws_flow_log.this) == 0 && length(aws_cloudwatch_log_group.flow_logs) == 0 && length(aws_iam_role.flow_logs) == 0
    error_message = "vpc_flow_logs_enabled = false must remove the flow log, its group and its role."
  }
}

run "default_strategy_needs_a_positive_weight" {
  command = plan

  variables {
    fargate_spot_weight = 0
    fargate_weight      = 0
  }

  expect_failures = [terraform_data.input_checks]
}

run "malformed_inputs_get_only_their_own_error" {
  command = plan

  # az_count is invalid on its own, so the zone-count rule stays silent.
  variables {
    availability_zones = ["us-east-1a", "us-east-1b"]
    az_count           = 7
  }

  expect_failures = [var.az_count]
}

run "vpc_id_needs_private_subnets" {
  command = plan

  variables {
    vpc_id = "vpc-0fedcba9876543210"
  }

  expect_failures = [terraform_data.input_checks]
}

run "subnet_ids_need_vpc_id" {
  command = plan

  variables {
    public_subnet_ids = ["subnet-0bbbbbbbbbbbbbbb1"]
  }

  expect_failures = [terraform_data.input_checks]
}

run "vpc_id_excludes_subnet_cidrs_and_zones" {
  command = plan

  variables {
    availability_zones = ["us-east-1a", "us-east-1b"]
    private_subnet_ids = ["subnet-0aaaaaaaaaaaaaaa1"]
    vpc_id             = "vpc-0fedcba9876543210"
  }

  expect_failures = [terraform_data.input_checks]
}

run "a_subnet_cannot_be_private_and_public" {
  command = plan

  variables {
    private_subnet_ids = ["subnet-0aaaaaaaaaaaaaaa1"]
    public_subnet_ids  = ["subnet-0aaaaaaaaaaaaaaa1"]
    vpc_id             = "vpc-0fedcba9876543210"
  }

  expect_failures = [terraform_data.input_checks]
}

run "existing_network_is_accepted" {
  command = plan

  variables {
    private_subnet_ids = ["subnet-0aaaaaaaaaaaaaaa1"]
    public_subnet_ids  = ["subnet-0bbbbbbbbbbbbbbb1"]
    vpc_id             = "vpc-0fedcba9876543210"
  }

  assert {
    condition     = length(aws_vpc.this) == 0 && length(aws_efs_mount_target.this) == 1
    error_message = "An existing VPC with its subnets must be accepted."
  }
}

run "backend_role_needs_principals" {
  command = plan

  variables {
    create_backend_role = true
  }

  expect_failures = [terraform_data.input_checks]
}

run "principals_need_backend_role" {
  command = plan

  variables {
    backend_role_principals = ["arn:aws:iam::123456789012:root"]
  }

  expect_failures = [terraform_data.input_checks]
}

run "backend_role_with_principals_is_accepted" {
  command = plan

  variables {
    backend_role_principals = ["arn:aws:iam::123456789012:root", "arn:aws:iam::123456789012:user/ops"]
    create_backend_role     = true
  }

  assert {
    condition     = length(aws_iam_role.backend) == 1
    error_message = "A backend role with principals must be accepted."
  }
}
