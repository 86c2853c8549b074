# The standard Sockerless tags (spec TF-002 AC 26) on every taggable resource,
# with every optional resource switched on.

mock_provider "aws" {
  source = "./tests/mocks"
}

variables {
  agent_ingress_cidr_blocks        = ["10.20.0.0/16"]
  agent_ingress_security_group_ids = ["sg-0123456789abcdef0"]
  az_count                         = 2
  backend_role_principals          = ["arn:aws:iam::123456789012:role/ci-runner"]
  create_backend_role              = true
  environment                      = "staging"
  nat_gateway_count                = 2
  project                          = "sockerless-ci"
  tags                             = { owner = "platform", project = "overridden" }
  vpc_interface_endpoints          = ["logs"]
}

run "standard_tags_on_every_taggable_resource" {
  command = plan

  assert {
    condition = alltrue([
      for t in concat(
        [
          aws_vpc.this[0].tags,
          aws_default_security_group.this[0].tags,
          aws_internet_gateway.this[0].tags,
          aws_route_table.public[0].tags,
          aws_flow_log.this[0].tags,
          aws_ecs_cluster.this.tags,
          aws_efs_file_system.this.tags,
          aws_security_group.tasks.tags,
          aws_security_group.efs.tags,
          aws_vpc_security_group_ingress_rule.tasks_self.tags,
          aws_vpc_security_group_ingress_rule.tasks_agent_cidr["10.20.0.0/16"].tags,
          aws_vpc_security_group_ingress_rule.tasks_agent_security_group["sg-0123456789abcdef0"].tags,
          aws_vpc_security_group_egress_rule.tasks_all.tags,
          aws_vpc_security_group_ingress_rule.efs_nfs_from_tasks.tags,
          aws_cloudwatch_log_group.containers.tags,
          aws_cloudwatch_log_group.flow_logs[0].tags,
          aws_service_discovery_private_dns_namespace.this.tags,
          aws_ecr_repository.this[0].tags,
          aws_iam_role.execution.tags,
          aws_iam_role.task.tags,
          aws_iam_role.flow_logs[0].tags,
          aws_kms_key.this[0].tags,
          aws_iam_role.backend[0].tags,
          aws_vpc_endpoint.s3[0].tags,
          aws_vpc_endpoint.interface["logs"].tags,
          aws_security_group.endpoints[0].tags,
          aws_vpc_security_group_ingress_rule.endpoints_https_from_tasks[0].tags,
        ],
        aws_subnet.public[*].tags,
        aws_subnet.private[*].tags,
        aws_eip.nat[*].tags,
        aws_nat_gateway.this[*].tags,
        aws_route_table.private[*].tags,
      ) :
      t["project"] == "sockerless-ci" && t["environment"] == "staging" && t["component"] == "ecs" && t["managed-by"] == "terraform"
    ])
    error_message = "Every taggable resource must carry project, environment, component = ecs and managed-by = terraform."
  }

  assert {
    condition     = aws_vpc.this[0].tags["owner"] == "platform" && aws_ecs_cluster.this.tags["owner"] == "platform"
    error_message = "Extra tags must be merged in."
  }

  assert {
    condition     = aws_subnet.private[0].tags["Name"] == "sockerless-private-us-east-1a" && aws_nat_gateway.this[1].tags["Name"] == "sockerless-us-east-1b"
    error_message = "Network resources are named per zone."
  }
}
