# Bring your own network (vpc_id, private_subnet_ids, public_subnet_ids): the
# module creates no VPC, subnets, gateways, routes or flow logs, and places its
# mount targets, groups, namespace and endpoints in the given network.

mock_provider "aws" {
  source = "./tests/mocks"
}

variables {
  vpc_id             = "vpc-0fedcba9876543210"
  private_subnet_ids = ["subnet-0aaaaaaaaaaaaaaa1", "subnet-0aaaaaaaaaaaaaaa2"]
  public_subnet_ids  = ["subnet-0bbbbbbbbbbbbbbb1"]
}

override_data {
  target = data.aws_subnet.existing_private[1]
  values = {
    availability_zone = "us-east-1b"
    vpc_id            = "vpc-0fedcba9876543210"
  }
}

run "existing_network_creates_no_network" {
  command = apply

  assert {
    condition = (
      length(aws_vpc.this) == 0 && length(aws_subnet.public) == 0 && length(aws_subnet.private) == 0 &&
      length(aws_internet_gateway.this) == 0 && length(aws_nat_gateway.this) == 0 && length(aws_eip.nat) == 0 &&
      length(aws_route_table.private) == 0 && length(aws_route_table.public) == 0 && length(aws_flow_log.this) == 0 &&
      length(aws_cloudwatch_log_group.flow_logs) == 0 && length(aws_iam_role.flow_logs) == 0 &&
      length(aws_default_security_group.this) == 0 && length(data.aws_availability_zones.available) == 0
    )
    error_message = "With vpc_id the module must create no VPC, subnet, gateway, route table or flow log."
  }

  assert {
    condition = (
      output.vpc_id == "vpc-0fedcba9876543210" &&
      output.vpc_cidr_block == "10.20.0.0/16" &&
      output.private_subnet_ids == tolist(["subnet-0aaaaaaaaaaaaaaa1", "subnet-0aaaaaaaaaaaaaaa2"]) &&
      output.public_subnet_ids == tolist(["subnet-0bbbbbbbbbbbbbbb1"]) &&
      tolist(output.availability_zones) == tolist(["us-east-1a", "us-east-1b"]) &&
      length(output.nat_gateway_public_ips) == 0
    )
    error_message = "The network outputs must report the given network."
  }

  assert {
    condition = (
      aws_efs_mount_target.this[*].subnet_id == ["subnet-0aaaaaaaaaaaaaaa1", "subnet-0aaaaaaaaaaaaaaa2"] &&
      aws_security_group.tasks.vpc_id == "vpc-0fedcba9876543210" &&
      aws_security_group.efs.vpc_id == "vpc-0fedcba9876543210" &&
      aws_service_discovery_private_dns_namespace.this.vpc == "vpc-0fedcba9876543210"
    )
    error_message = "Mount targets, groups and the namespace must be placed in the given network."
  }

  assert {
    condition     = keys(aws_vpc_security_group_ingress_rule.tasks_agent_cidr) == ["10.20.0.0/16"]
    error_message = "The agent port must admit the existing VPC's CIDR block by default."
  }

  assert {
    condition     = aws_vpc_endpoint.s3[0].vpc_id == "vpc-0fedcba9876543210" && aws_vpc_endpoint.s3[0].route_table_ids == toset(["rtb-0123456789abcdef0"])
    error_message = "The S3 gateway endpoint must go on the existing private subnets' route tables."
  }

  assert {
    condition     = output.backend_config.aws.ecs.subnets == tolist(["subnet-0aaaaaaaaaaaaaaa1", "subnet-0aaaaaaaaaaaaaaa2"]) && output.backend_environment.SOCKERLESS_ECS_SUBNETS == "subnet-0aaaaaaaaaaaaaaa1,subnet-0aaaaaaaaaaaaaaa2"
    error_message = "The backend must run tasks in the given private subnets."
  }
}

run "subnets_of_another_vpc_are_refused" {
  command = plan

  override_data {
    target = data.aws_subnet.existing_private[0]
    values = {
      availability_zone = "us-east-1a"
      vpc_id            = "vpc-0ccccccccccccccc1"
    }
  }

  expect_failures = [data.aws_subnet.existing_private[0]]
}

run "subnets_in_one_zone_are_refused" {
  command = plan

  override_data {
    target = data.aws_subnet.existing_private[1]
    values = {
      availability_zone = "us-east-1a"
      vpc_id            = "vpc-0fedcba9876543210"
    }
  }

  expect_failures = [aws_efs_mount_target.this]
}

run "interface_endpoints_and_backend_role" {
  command = apply

  variables {
    backend_role_principals     = ["arn:aws:iam::123456789012:role/ci-runner"]
    cpu_architecture            = "ARM64"
    create_backend_role         = true
    s3_gateway_endpoint_enabled = false
    vpc_interface_endpoints     = ["ecr.api", "ecr.dkr", "logs", "ssmmessages"]
  }

  assert {
    condition = (
      length(aws_vpc_endpoint.s3) == 0 &&
      sort(keys(aws_vpc_endpoint.interface)) == tolist(["ecr.api", "ecr.dkr", "logs", "ssmmessages"]) &&
      alltrue([for e in aws_vpc_endpoint.interface : e.vpc_endpoint_type == "Interface" && e.private_dns_enabled && e.subnet_ids == toset(["subnet-0aaaaaaaaaaaaaaa1", "subnet-0aaaaaaaaaaaaaaa2"]) && e.security_group_ids == toset([aws_security_group.endpoints[0].id])]) &&
      aws_vpc_endpoint.interface["ecr.dkr"].service_name == "com.amazonaws.us-east-1.ecr.dkr"
    )
    error_message = "Each interface endpoint asked for must be in the private subnets behind the endpoint group."
  }

  assert {
    condition     = aws_vpc_security_group_ingress_rule.endpoints_https_from_tasks[0].from_port == 443 && aws_vpc_security_group_ingress_rule.endpoints_https_from_tasks[0].referenced_security_group_id == aws_security_group.tasks.id
    error_message = "The endpoints admit HTTPS from the task security group only."
  }

  assert {
    condition     = aws_iam_role.backend[0].name == "sockerless-backend" && aws_iam_role_policy.backend[0].role == aws_iam_role.backend[0].id && output.backend_role_arn == aws_iam_role.backend[0].arn
    error_message = "create_backend_role must create the backend role with the backend policy."
  }

  assert {
    condition     = output.backend_environment.SOCKERLESS_ECS_CPU_ARCHITECTURE == "ARM64"
    error_message = "cpu_architecture must reach SOCKERLESS_ECS_CPU_ARCHITECTURE."
  }
}
