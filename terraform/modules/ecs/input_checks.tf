# Rules that involve two or more inputs, and the values derived from the inputs
# alone (resolved subnet CIDRs and names) that main.tf uses too.
#
# Contract with the Rust core (sockerless-tfcheck): this file references only
# var.* and the locals defined here, and uses only these functions: can try
# cidrhost cidrnetmask cidrsubnet cidrsubnets contains length alltrue anytrue
# regex regexall startswith endswith strcontains lower upper trimspace replace
# split join substr format tonumber tostring tobool tolist toset tomap floor
# ceil min max abs distinct keys values lookup concat flatten one sum range
# coalesce setintersection compact merge element index reverse sort slice
# zipmap coalescelist setunion setsubtract trimprefix trimsuffix. No data
# sources, resources or provider functions, so every input rule can be checked
# without AWS: `terraform plan` on a root holding only variables.tf and this
# file gives the same verdicts and messages as the core.
#
# Each precondition judges only inputs that passed their own validation (the
# *_ok locals): a malformed input gets exactly one error, from its validation.

locals {
  # Inputs that passed their own validation blocks (mirrors variables.tf).
  az_count_ok          = floor(var.az_count) == var.az_count && var.az_count >= 1 && var.az_count <= 6
  nat_gateway_count_ok = floor(var.nat_gateway_count) == var.nat_gateway_count && var.nat_gateway_count >= 1 && var.nat_gateway_count <= 6
  vpc_cidr_ok = (
    can(regex("^[0-9.]+/([0-9]|[12][0-9]|3[0-2])$", var.vpc_cidr)) &&
    try(cidrhost(var.vpc_cidr, 0) == split("/", var.vpc_cidr)[0], false) &&
    try(tonumber(split("/", var.vpc_cidr)[1]) >= 16 && tonumber(split("/", var.vpc_cidr)[1]) <= 28, false)
  )
  subnet_cidrs_ok = alltrue([
    for c in concat(var.public_subnet_cidrs, var.private_subnet_cidrs) :
    can(regex("^[0-9.]+/([0-9]|[12][0-9]|3[0-2])$", c)) &&
    try(cidrhost(c, 0) == split("/", c)[0], false) &&
    try(tonumber(split("/", c)[1]) >= 16 && tonumber(split("/", c)[1]) <= 28, false)
  ])
  fargate_weights_ok = alltrue([
    for w in [var.fargate_weight, var.fargate_spot_weight] : floor(w) == w && w >= 0 && w <= 1000
  ])
  vpc_id_ok = var.vpc_id == null || can(regex("^vpc-([0-9a-f]{8}|[0-9a-f]{17})$", var.vpc_id))
  subnet_ids_ok = alltrue([
    for s in concat(var.private_subnet_ids, var.public_subnet_ids) : can(regex("^subnet-([0-9a-f]{8}|[0-9a-f]{17})$", s))
  ])
  efs_modes_ok = (
    contains(["generalPurpose", "maxIO"], var.efs_performance_mode) &&
    contains(["bursting", "provisioned", "elastic"], var.efs_throughput_mode)
  )

  # Subnets: the explicit lists, or ones derived from vpc_cidr. Private subnets
  # are vpc prefix + 4 (a /20 in a /16), numbered from the bottom of the range;
  # public subnets are vpc prefix + 8 (a /24 in a /16), numbered from the start
  # of the top sixteenth, so the two sets never overlap for up to 6 zones.
  vpc_prefix = try(tonumber(split("/", var.vpc_cidr)[1]), 0)
  public_subnet_cidrs = (
    length(var.public_subnet_cidrs) > 0 ? var.public_subnet_cidrs :
    try([for i in range(var.az_count) : cidrsubnet(var.vpc_cidr, 8, 240 + i)], [])
  )
  private_subnet_cidrs = (
    length(var.private_subnet_cidrs) > 0 ? var.private_subnet_cidrs :
    try([for i in range(var.az_count) : cidrsubnet(var.vpc_cidr, 4, i)], [])
  )

  # First and last address of each subnet and of the VPC, as numbers, to test
  # containment and overlap.
  vpc_range = try([
    sum([for i, o in split(".", cidrhost(var.vpc_cidr, 0)) : tonumber(o) * [16777216, 65536, 256, 1][i]]),
    sum([for i, o in split(".", cidrhost(var.vpc_cidr, -1)) : tonumber(o) * [16777216, 65536, 256, 1][i]]),
  ], [0, 0])
  subnet_ranges = try([
    for c in concat(local.public_subnet_cidrs, local.private_subnet_cidrs) : {
      cidr  = c
      first = sum([for i, o in split(".", cidrhost(c, 0)) : tonumber(o) * [16777216, 65536, 256, 1][i]])
      last  = sum([for i, o in split(".", cidrhost(c, -1)) : tonumber(o) * [16777216, 65536, 256, 1][i]])
    }
  ], [])
  subnets_outside_vpc = distinct([
    for s in local.subnet_ranges : s.cidr
    if s.first < local.vpc_range[0] || s.last > local.vpc_range[1]
  ])
  subnet_overlaps = flatten([
    for i, a in local.subnet_ranges : [
      for j, b in local.subnet_ranges : "${a.cidr} and ${b.cidr}"
      if i < j && a.first <= b.last && b.first <= a.last
    ]
  ])

  # Names derived from var.name when not given.
  log_group_name           = coalesce(var.log_group_name, "/${var.name}/containers")
  cloud_map_namespace_name = coalesce(var.cloud_map_namespace_name, "${var.name}.local")
  ecr_repository_name      = coalesce(var.ecr_repository_name, var.name)
}

resource "terraform_data" "input_checks" {
  lifecycle {
    precondition {
      condition     = !local.az_count_ok || length(var.availability_zones) == 0 || length(var.availability_zones) == var.az_count
      error_message = "availability_zones lists ${length(var.availability_zones)} zones but az_count is ${var.az_count}: list exactly az_count zones, or leave availability_zones empty to use the region's first az_count zones."
    }

    precondition {
      condition     = !local.az_count_ok || !local.nat_gateway_count_ok || var.nat_gateway_count <= var.az_count
      error_message = "nat_gateway_count is ${var.nat_gateway_count} but only ${var.az_count} availability zones are used (az_count): use 1 for one shared NAT gateway, or up to az_count for one per zone."
    }

    precondition {
      condition     = !local.az_count_ok || length(var.public_subnet_cidrs) == 0 || length(var.public_subnet_cidrs) == var.az_count
      error_message = "public_subnet_cidrs lists ${length(var.public_subnet_cidrs)} CIDR blocks but az_count is ${var.az_count}: give exactly one public subnet per availability zone, or leave the list empty to derive them from vpc_cidr."
    }

    precondition {
      condition     = !local.az_count_ok || length(var.private_subnet_cidrs) == 0 || length(var.private_subnet_cidrs) == var.az_count
      error_message = "private_subnet_cidrs lists ${length(var.private_subnet_cidrs)} CIDR blocks but az_count is ${var.az_count}: give exactly one private subnet per availability zone, or leave the list empty to derive them from vpc_cidr."
    }

    precondition {
      condition     = !local.vpc_cidr_ok || ((length(var.public_subnet_cidrs) > 0 || local.vpc_prefix <= 20) && (length(var.private_subnet_cidrs) > 0 || local.vpc_prefix <= 24))
      error_message = "vpc_cidr ${var.vpc_cidr} is too small to derive subnets from: derived public subnets are 8 bits longer than the VPC prefix (a /20 or larger VPC is needed) and derived private subnets 4 bits longer (a /24 or larger VPC). Give public_subnet_cidrs and private_subnet_cidrs explicitly, or use a larger vpc_cidr."
    }

    precondition {
      condition     = !local.vpc_cidr_ok || !local.subnet_cidrs_ok || length(local.subnets_outside_vpc) == 0
      error_message = "Subnet CIDR blocks must lie inside vpc_cidr ${var.vpc_cidr}; outside it: ${join(", ", local.subnets_outside_vpc)}."
    }

    precondition {
      condition     = !local.vpc_cidr_ok || !local.subnet_cidrs_ok || length(local.subnet_overlaps) == 0
      error_message = "Subnet CIDR blocks must not overlap (public and private subnets, explicit or derived from vpc_cidr); overlapping: ${join("; ", local.subnet_overlaps)}."
    }

    precondition {
      condition     = !local.efs_modes_ok || var.efs_throughput_mode != "provisioned" || var.efs_provisioned_throughput_mibps != null
      error_message = "efs_throughput_mode is \"provisioned\", so efs_provisioned_throughput_mibps must be set (1 to 3414 MiB/s)."
    }

    precondition {
      condition     = !local.efs_modes_ok || var.efs_throughput_mode == "provisioned" || var.efs_provisioned_throughput_mibps == null
      error_message = "efs_provisioned_throughput_mibps is set but efs_throughput_mode is \"${var.efs_throughput_mode}\": set efs_throughput_mode to \"provisioned\", or leave efs_provisioned_throughput_mibps null."
    }

    precondition {
      condition     = !local.efs_modes_ok || var.efs_throughput_mode != "elastic" || var.efs_performance_mode == "generalPurpose"
      error_message = "efs_throughput_mode \"elastic\" requires efs_performance_mode \"generalPurpose\" (AWS does not offer elastic throughput with maxIO)."
    }

    precondition {
      condition     = !var.vpc_flow_logs_enabled || local.log_group_name != "/${var.name}/vpc-flow-logs"
      error_message = "log_group_name \"${local.log_group_name}\" is the name of the VPC flow log group the module creates: choose another log_group_name, or set vpc_flow_logs_enabled = false."
    }

    precondition {
      condition     = !local.fargate_weights_ok || var.fargate_weight + var.fargate_spot_weight > 0
      error_message = "fargate_weight and fargate_spot_weight are both 0: give at least one capacity provider of the default strategy a weight above 0."
    }

    precondition {
      condition     = !local.vpc_id_ok || var.vpc_id == null || length(var.private_subnet_ids) > 0
      error_message = "vpc_id is set, so the module creates no subnets: list the existing private subnets of ${coalesce(var.vpc_id, "the VPC")} where tasks run in private_subnet_ids."
    }

    precondition {
      condition     = var.vpc_id != null || (length(var.private_subnet_ids) == 0 && length(var.public_subnet_ids) == 0)
      error_message = "private_subnet_ids and public_subnet_ids name subnets of an existing VPC and are used only with vpc_id: set vpc_id to that VPC, or leave both lists empty to let the module create the network."
    }

    precondition {
      condition     = var.vpc_id == null || (length(var.public_subnet_cidrs) == 0 && length(var.private_subnet_cidrs) == 0 && length(var.availability_zones) == 0)
      error_message = "public_subnet_cidrs, private_subnet_cidrs and availability_zones describe subnets the module creates, but with vpc_id it creates none: leave them empty and list the existing subnets in private_subnet_ids and public_subnet_ids."
    }

    precondition {
      condition     = !local.subnet_ids_ok || length(setintersection(var.private_subnet_ids, var.public_subnet_ids)) == 0
      error_message = "A subnet cannot be both private and public; in both private_subnet_ids and public_subnet_ids: ${join(", ", sort(setintersection(var.private_subnet_ids, var.public_subnet_ids)))}."
    }

    precondition {
      condition     = !var.create_backend_role || length(var.backend_role_principals) > 0
      error_message = "create_backend_role is true but backend_role_principals is empty: list the ARNs of the principals that run the sockerless backend, or they cannot assume the role."
    }

    precondition {
      condition     = var.create_backend_role || length(var.backend_role_principals) == 0
      error_message = "backend_role_principals is set but create_backend_role is false: set create_backend_role = true to create the role they may assume, or leave backend_role_principals empty."
    }
  }
}
