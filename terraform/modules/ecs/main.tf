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

################################################################################
# VPC and subnets
################################################################################

resource "aws_vpc" "this" {
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
  tags   = merge(local.tags, { Name = "${var.name}-default" })
  vpc_id = aws_vpc.this.id
}

resource "aws_subnet" "public" {
  #checkov:skip=CKV_AWS_130:Spec TF-002 AC 2: public subnets auto-assign public IPs; they hold only the NAT gateways, tasks run in the private subnets.
  count = var.az_count

  availability_zone       = local.azs[count.index]
  cidr_block              = local.public_subnet_cidrs[count.index]
  map_public_ip_on_launch = true #trivy:ignore:AVD-AWS-0164
  tags                    = merge(local.tags, { Name = "${var.name}-public-${local.azs[count.index]}" })
  vpc_id                  = aws_vpc.this.id
}

resource "aws_subnet" "private" {
  count = var.az_count

  availability_zone = local.azs[count.index]
  cidr_block        = local.private_subnet_cidrs[count.index]
  tags              = merge(local.tags, { Name = "${var.name}-private-${local.azs[count.index]}" })
  vpc_id            = aws_vpc.this.id
}

################################################################################
# Internet and NAT gateways, routes
################################################################################

resource "aws_internet_gateway" "this" {
  tags   = merge(local.tags, { Name = var.name })
  vpc_id = aws_vpc.this.id
}

resource "aws_eip" "nat" {
  count = var.nat_gateway_count

  domain = "vpc"
  tags   = merge(local.tags, { Name = "${var.name}-nat-${local.azs[count.index]}" })

  depends_on = [aws_internet_gateway.this]
}

# One NAT gateway in the public subnet of each of the first nat_gateway_count
# zones; private subnets use the gateway of their own zone when there is one.
resource "aws_nat_gateway" "this" {
  count = var.nat_gateway_count

  allocation_id = aws_eip.nat[count.index].id
  subnet_id     = aws_subnet.public[count.index].id
  tags          = merge(local.tags, { Name = "${var.name}-${local.azs[count.index]}" })

  depends_on = [aws_internet_gateway.this]
}

resource "aws_route_table" "public" {
  tags   = merge(local.tags, { Name = "${var.name}-public" })
  vpc_id = aws_vpc.this.id
}

resource "aws_route" "public_internet" {
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.this.id
  route_table_id         = aws_route_table.public.id
}

resource "aws_route_table_association" "public" {
  count = var.az_count

  route_table_id = aws_route_table.public.id
  subnet_id      = aws_subnet.public[count.index].id
}

resource "aws_route_table" "private" {
  count = var.az_count

  tags   = merge(local.tags, { Name = "${var.name}-private-${local.azs[count.index]}" })
  vpc_id = aws_vpc.this.id
}

resource "aws_route" "private_nat" {
  count = var.az_count

  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.this[count.index % var.nat_gateway_count].id
  route_table_id         = aws_route_table.private[count.index].id
}

resource "aws_route_table_association" "private" {
  count = var.az_count

  route_table_id = aws_route_table.private[count.index].id
  subnet_id      = aws_subnet.private[count.index].id
}

################################################################################
# VPC flow logs
################################################################################

resource "aws_flow_log" "this" {
  count = var.vpc_flow_logs_enabled ? 1 : 0

  iam_role_arn         = aws_iam_role.flow_logs[0].arn
  log_destination      = aws_cloudwatch_log_group.flow_logs[0].arn
  log_destination_type = "cloud-watch-logs"
  tags                 = merge(local.tags, { Name = var.name })
  traffic_type         = "ALL"
  vpc_id               = aws_vpc.this.id
}

################################################################################
# ECS cluster
################################################################################

resource "aws_ecs_cluster" "this" {
  name = var.name
  tags = local.tags

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
