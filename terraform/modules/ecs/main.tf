# ECS module for the sockerless ECS Fargate backend (spec TF-002).
#
# Purpose
#   Provisions every AWS resource the sockerless ECS backend expects to exist at
#   run time: a VPC with public and private subnets in az_count availability
#   zones, an internet gateway and nat_gateway_count NAT gateways, an ECS
#   Fargate cluster (FARGATE and FARGATE_SPOT capacity providers), an EFS file
#   system with a mount target in every private subnet, a CloudWatch Logs log
#   group, a Cloud Map private DNS namespace, the task execution and task IAM
#   roles, the task and EFS security groups, and an ECR repository.
#
# Usage
#   module "ecs" {
#     source      = "./terraform/modules/ecs"
#     name        = "sockerless"
#     environment = "test"
#   }
#
#   output "sockerless_backend" {
#     value = module.ecs.backend_config # drops into the ECS backend's config
#   }
#
#   The module can also be applied as the root module with a tfvars file, e.g.
#   terraform/examples/default/terraform.tfvars. Inputs are checked offline by
#   `sockerless-tfcheck check <file.tfvars>` before any plan.
#
# Prerequisites
#   - Terraform >= 1.5 and the hashicorp/aws provider ~> 5.0, configured by the
#     caller (region and credentials); the module declares no provider block.
#   - Credentials allowed to create VPC, EC2 networking, ECS, EFS, IAM roles and
#     policies, CloudWatch Logs, Cloud Map (and its Route 53 hosted zone), ECR
#     and KMS resources.
#   - A region with at least az_count availability zones.
#   - Costs: each NAT gateway is billed hourly (about 32 USD a month) plus data
#     processing; see README.md.

data "aws_partition" "current" {}

data "aws_region" "current" {}

data "aws_caller_identity" "current" {}

# The zones to use: the given availability_zones, or the region's first
# az_count zones (Local and Wavelength Zones excluded).
data "aws_availability_zones" "available" {
  #checkov:skip=CKV_AWS_394:The input contract takes the region's first az_count zones when availability_zones is empty; set availability_zones to pin the zones (they are then filtered by zone-name).
  count = local.create_network ? 1 : 0

  state = "available"

  filter {
    name   = "zone-type"
    values = ["availability-zone"]
  }

  dynamic "filter" {
    for_each = length(var.availability_zones) > 0 ? [var.availability_zones] : []

    content {
      name   = "zone-name"
      values = filter.value
    }
  }

  lifecycle {
    postcondition {
      condition     = length(var.availability_zones) > 0 ? length(setsubtract(var.availability_zones, self.names)) == 0 : length(self.names) >= var.az_count
      error_message = "The region does not offer the availability zones asked for: availability_zones must name available zones of this region, and az_count cannot exceed the number of zones the region has."
    }
  }
}

# An existing network (vpc_id): the VPC's CIDR block, and the private subnets,
# which must belong to it and lie in distinct zones (one EFS mount target per
# zone).
data "aws_vpc" "existing" {
  count = local.create_network ? 0 : 1

  id = var.vpc_id
}

data "aws_subnet" "existing_private" {
  count = local.create_network ? 0 : length(var.private_subnet_ids)

  id = var.private_subnet_ids[count.index]

  lifecycle {
    postcondition {
      condition     = self.vpc_id == var.vpc_id
      error_message = "private_subnet_ids: subnet ${self.id} is in ${self.vpc_id}, not in vpc_id ${coalesce(var.vpc_id, "null")}."
    }
  }
}

# The route table of each existing private subnet, for the S3 gateway endpoint.
data "aws_route_table" "existing_private" {
  count = !local.create_network && var.s3_gateway_endpoint_enabled ? length(var.private_subnet_ids) : 0

  subnet_id = var.private_subnet_ids[count.index]
}

################################################################################
# VPC and subnets
################################################################################

resource "aws_vpc" "this" {
  count = local.create_network ? 1 : 0

  cidr_block           = var.vpc_cidr
  enable_dns_hostnames = true
  enable_dns_support   = true
  tags                 = merge(local.tags, { Name = var.name })

  # Input rules that span several variables are checked first.
  depends_on = [terraform_data.input_checks]
}

# Strip every rule from the VPC's default security group, so nothing that
# lands in it by accident is reachable or can reach out.
resource "aws_default_security_group" "this" {
  count = local.create_network ? 1 : 0

  tags   = merge(local.tags, { Name = "${var.name}-default" })
  vpc_id = aws_vpc.this[0].id
}

resource "aws_subnet" "public" {
  #checkov:skip=CKV_AWS_130:Spec TF-002 AC 2: public subnets auto-assign public IPs; they hold only the NAT gateways, tasks run in the private subnets.
  count = local.create_network ? var.az_count : 0

  availability_zone       = local.azs[count.index]
  cidr_block              = local.public_subnet_cidrs[count.index]
  map_public_ip_on_launch = true #trivy:ignore:AVD-AWS-0164
  tags                    = merge(local.tags, { Name = "${var.name}-public-${local.azs[count.index]}" })
  vpc_id                  = aws_vpc.this[0].id
}

resource "aws_subnet" "private" {
  count = local.create_network ? var.az_count : 0

  availability_zone = local.azs[count.index]
  cidr_block        = local.private_subnet_cidrs[count.index]
  tags              = merge(local.tags, { Name = "${var.name}-private-${local.azs[count.index]}" })
  vpc_id            = aws_vpc.this[0].id
}

# The network resources became optional (vpc_id); existing states keep them.
moved {
  from = aws_vpc.this
  to   = aws_vpc.this[0]
}

moved {
  from = aws_default_security_group.this
  to   = aws_default_security_group.this[0]
}

################################################################################
# Internet and NAT gateways, routes
################################################################################

resource "aws_internet_gateway" "this" {
  count = local.create_network ? 1 : 0

  tags   = merge(local.tags, { Name = var.name })
  vpc_id = aws_vpc.this[0].id
}

resource "aws_eip" "nat" {
  count = local.create_network ? var.nat_gateway_count : 0

  domain = "vpc"
  tags   = merge(local.tags, { Name = "${var.name}-nat-${local.azs[count.index]}" })

  depends_on = [aws_internet_gateway.this]
}

# One NAT gateway in the public subnet of each of the first nat_gateway_count
# zones; private subnets use the gateway of their own zone when there is one.
resource "aws_nat_gateway" "this" {
  count = local.create_network ? var.nat_gateway_count : 0

  allocation_id = aws_eip.nat[count.index].id
  subnet_id     = aws_subnet.public[count.index].id
  tags          = merge(local.tags, { Name = "${var.name}-${local.azs[count.index]}" })

  depends_on = [aws_internet_gateway.this]
}

resource "aws_route_table" "public" {
  count = local.create_network ? 1 : 0

  tags   = merge(local.tags, { Name = "${var.name}-public" })
  vpc_id = aws_vpc.this[0].id
}

resource "aws_route" "public_internet" {
  count = local.create_network ? 1 : 0

  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.this[0].id
  route_table_id         = aws_route_table.public[0].id
}

resource "aws_route_table_association" "public" {
  count = local.create_network ? var.az_count : 0

  route_table_id = aws_route_table.public[0].id
  subnet_id      = aws_subnet.public[count.index].id
}

resource "aws_route_table" "private" {
  count = local.create_network ? var.az_count : 0

  tags   = merge(local.tags, { Name = "${var.name}-private-${local.azs[count.index]}" })
  vpc_id = aws_vpc.this[0].id
}

moved {
  from = aws_internet_gateway.this
  to   = aws_internet_gateway.this[0]
}

moved {
  from = aws_route_table.public
  to   = aws_route_table.public[0]
}

moved {
  from = aws_route.public_internet
  to   = aws_route.public_internet[0]
}

resource "aws_route" "private_nat" {
  count = local.create_network ? var.az_count : 0

  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.this[count.index % var.nat_gateway_count].id
  route_table_id         = aws_route_table.private[count.index].id
}

resource "aws_route_table_association" "private" {
  count = local.create_network ? var.az_count : 0

  route_table_id = aws_route_table.private[count.index].id
  subnet_id      = aws_subnet.private[count.index].id
}

################################################################################
# VPC flow logs
################################################################################

resource "aws_flow_log" "this" {
  count = local.flow_logs_enabled ? 1 : 0

  iam_role_arn         = aws_iam_role.flow_logs[0].arn
  log_destination      = aws_cloudwatch_log_group.flow_logs[0].arn
  log_destination_type = "cloud-watch-logs"
  tags                 = merge(local.tags, { Name = var.name })
  traffic_type         = "ALL"
  vpc_id               = aws_vpc.this[0].id
}

################################################################################
# ECS cluster
################################################################################

resource "aws_ecs_cluster" "this" {
  #checkov:skip=CKV_AWS_224:ECS Exec sessions are logged to the module's log group and encrypted with the module's KMS key whenever there is one (kms_key_id = local.kms_key_arn); with create_kms_key = false and no kms_key_arn there is no customer key to use. checkov cannot resolve the local through a module call (tests/fixtures).
  name = var.name
  tags = local.tags

  # The backend starts every task with ECS Exec enabled (docker exec and
  # attach); the sessions are encrypted and logged to the module's log group.
  configuration {
    execute_command_configuration {
      kms_key_id = local.kms_key_arn
      logging    = "OVERRIDE"

      log_configuration {
        cloud_watch_encryption_enabled = local.kms_key_arn != null
        cloud_watch_log_group_name     = aws_cloudwatch_log_group.containers.name
      }
    }
  }

  setting {
    name  = "containerInsights"
    value = var.container_insights_enabled ? "enabled" : "disabled"
  }
}

resource "aws_ecs_cluster_capacity_providers" "this" {
  capacity_providers = ["FARGATE", "FARGATE_SPOT"]
  cluster_name       = aws_ecs_cluster.this.name

  default_capacity_provider_strategy {
    base              = var.fargate_base
    capacity_provider = "FARGATE"
    weight            = var.fargate_weight
  }

  default_capacity_provider_strategy {
    capacity_provider = "FARGATE_SPOT"
    weight            = var.fargate_spot_weight
  }
}
