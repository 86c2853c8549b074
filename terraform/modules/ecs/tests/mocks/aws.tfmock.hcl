# Realistic values for the data sources the module reads, so `terraform test`
# plans offline with `mock_provider "aws" { source = "./tests/mocks" }`.

mock_data "aws_partition" {
  defaults = {
    dns_suffix         = "amazonaws.com"
    id                 = "aws"
    partition          = "aws"
    reverse_dns_prefix = "com.amazonaws"
  }
}

mock_data "aws_region" {
  defaults = {
    description = "US East (N. Virginia)"
    endpoint    = "ec2.us-east-1.amazonaws.com"
    id          = "us-east-1"
    name        = "us-east-1"
  }
}

mock_data "aws_caller_identity" {
  defaults = {
    account_id = "123456789012"
    arn        = "arn:aws:iam::123456789012:user/terraform"
    id         = "123456789012"
    user_id    = "AIDAJQABLZS4A3QDU576Q"
  }
}

mock_data "aws_availability_zones" {
  defaults = {
    group_names = ["us-east-1"]
    id          = "us-east-1"
    names       = ["us-east-1a", "us-east-1b", "us-east-1c", "us-east-1d", "us-east-1e", "us-east-1f"]
    zone_ids    = ["use1-az6", "use1-az1", "use1-az2", "use1-az4", "use1-az3", "use1-az5"]
  }
}

mock_data "aws_iam_policy_document" {
  defaults = {
    id   = "1234567890"
    json = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"sts:AssumeRole\",\"Principal\":{\"Service\":\"ecs-tasks.amazonaws.com\"}}]}"
  }
}

# Provider-shaped identifiers for what apply runs create, so outputs look real.
mock_resource "aws_vpc" {
  defaults = {
    arn = "arn:aws:ec2:us-east-1:123456789012:vpc/vpc-0a1b2c3d4e5f67890"
    id  = "vpc-0a1b2c3d4e5f67890"
  }
}

mock_resource "aws_ecs_cluster" {
  defaults = {
    arn = "arn:aws:ecs:us-east-1:123456789012:cluster/sockerless"
  }
}

mock_resource "aws_efs_file_system" {
  defaults = {
    arn = "arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/fs-0123456789abcdef0"
    id  = "fs-0123456789abcdef0"
  }
}

mock_resource "aws_cloudwatch_log_group" {
  defaults = {
    arn = "arn:aws:logs:us-east-1:123456789012:log-group:/sockerless/containers"
  }
}

mock_resource "aws_service_discovery_private_dns_namespace" {
  defaults = {
    arn         = "arn:aws:servicediscovery:us-east-1:123456789012:namespace/ns-abcdefghijklmnop"
    hosted_zone = "Z0123456789ABCDEFGHIJ"
    id          = "ns-abcdefghijklmnop"
  }
}

mock_resource "aws_iam_role" {
  defaults = {
    arn = "arn:aws:iam::123456789012:role/sockerless-role"
  }
}

mock_resource "aws_kms_key" {
  defaults = {
    arn    = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
    key_id = "1234abcd-12ab-34cd-56ef-1234567890ab"
  }
}

mock_resource "aws_ecr_repository" {
  defaults = {
    arn            = "arn:aws:ecr:us-east-1:123456789012:repository/sockerless"
    registry_id    = "123456789012"
    repository_url = "123456789012.dkr.ecr.us-east-1.amazonaws.com/sockerless"
  }
}

# An existing network (vpc_id): the VPC, its subnets and their route tables.
mock_data "aws_vpc" {
  defaults = {
    arn        = "arn:aws:ec2:us-east-1:123456789012:vpc/vpc-0fedcba9876543210"
    cidr_block = "10.20.0.0/16"
  }
}

mock_data "aws_subnet" {
  defaults = {
    availability_zone = "us-east-1a"
    vpc_id            = "vpc-0fedcba9876543210"
  }
}

mock_data "aws_route_table" {
  defaults = {
    id = "rtb-0123456789abcdef0"
  }
}
