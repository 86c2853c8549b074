# Values computed from the inputs and from the provider's data sources. Values
# computed from the inputs alone (resolved subnet CIDRs, resolved names) live
# in input_checks.tf, so the Rust core can evaluate them too.

locals {
  # The standard Sockerless tags win over var.tags on a key clash.
  standard_tags = {
    component   = "ecs"
    environment = var.environment
    managed-by  = "terraform"
    project     = var.project
  }
  tags = merge(var.tags, local.standard_tags)

  partition  = data.aws_partition.current.partition
  region     = data.aws_region.current.name
  account_id = data.aws_caller_identity.current.account_id

  # The module creates the network unless vpc_id names an existing one; flow
  # logs are for a network it creates (an existing VPC's owner decides).
  create_network    = var.vpc_id == null
  flow_logs_enabled = local.create_network && var.vpc_flow_logs_enabled

  # The zones of the subnets: the given zones in the given order, or the
  # region's first az_count zones; with vpc_id, the existing subnets' zones.
  azs = (
    !local.create_network ? data.aws_subnet.existing_private[*].availability_zone :
    length(var.availability_zones) > 0 ? var.availability_zones :
    slice(sort(data.aws_availability_zones.available[0].names), 0, min(var.az_count, length(data.aws_availability_zones.available[0].names)))
  )

  # The network the tasks run in, created or given.
  vpc_id                  = local.create_network ? aws_vpc.this[0].id : var.vpc_id
  vpc_arn                 = "arn:${local.partition}:ec2:${local.region}:${local.account_id}:vpc/${local.vpc_id}"
  vpc_cidr_block          = local.create_network ? aws_vpc.this[0].cidr_block : data.aws_vpc.existing[0].cidr_block
  private_subnet_ids      = local.create_network ? aws_subnet.private[*].id : var.private_subnet_ids
  public_subnet_ids       = local.create_network ? aws_subnet.public[*].id : var.public_subnet_ids
  private_route_table_ids = local.create_network ? aws_route_table.private[*].id : data.aws_route_table.existing_private[*].id

  # Security groups and IAM roles, named from var.name.
  task_security_group_name = "${var.name}-tasks"
  efs_security_group_name  = "${var.name}-efs"
  execution_role_name      = "${var.name}-execution"
  task_role_name           = "${var.name}-task"
  flow_logs_role_name      = "${var.name}-flow-logs"
  flow_logs_group_name     = "/${var.name}/vpc-flow-logs"

  # Who may reach the agent port: the given CIDRs and groups, or the VPC.
  agent_ingress_cidr_blocks = (
    length(var.agent_ingress_cidr_blocks) == 0 && length(var.agent_ingress_security_group_ids) == 0 ?
    [local.create_network ? var.vpc_cidr : data.aws_vpc.existing[0].cidr_block] : var.agent_ingress_cidr_blocks
  )

  # The customer-managed key for EFS, logs and ECR: given, created, or none.
  kms_key_arn = var.kms_key_arn != null ? var.kms_key_arn : (var.create_kms_key ? aws_kms_key.this[0].arn : null)

  # ARNs built from names, so policies can name resources without a cycle.
  log_group_arn       = "arn:${local.partition}:logs:${local.region}:${local.account_id}:log-group:${local.log_group_name}"
  flow_logs_group_arn = "arn:${local.partition}:logs:${local.region}:${local.account_id}:log-group:${local.flow_logs_group_name}"
}
