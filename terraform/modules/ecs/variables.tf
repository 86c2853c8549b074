# Inputs of the ECS module, grouped by area. The banner titles are read by the
# web form (fields are grouped under the banner above them): keep these eight,
# in this order.
#
# Every rule on a single input is a `validation` block that references only that
# input (Terraform 1.5 compatible). Rules that involve two or more inputs live in
# input_checks.tf as preconditions. Both are evaluated by the Rust core too, so
# only the functions listed in input_checks.tf may appear in conditions.

################################################################################
# Network
################################################################################

variable "vpc_cidr" {
  description = "IPv4 CIDR block of the VPC, e.g. 10.0.0.0/16. Must be a network address (10.0.0.0/16, not 10.0.0.1/16) with a prefix from /16 to /28."
  type        = string
  default     = "10.0.0.0/16"
  nullable    = false

  validation {
    condition     = can(regex("^[0-9.]+/([0-9]|[12][0-9]|3[0-2])$", var.vpc_cidr)) && try(cidrhost(var.vpc_cidr, 0) == split("/", var.vpc_cidr)[0], false)
    error_message = "vpc_cidr \"${var.vpc_cidr}\" is not a canonical IPv4 CIDR block: write it as the network address and prefix length, e.g. 10.0.0.0/16 (not 10.0.0.1/16)."
  }

  validation {
    condition     = !can(regex("^[0-9.]+/[0-9]+$", var.vpc_cidr)) || try(tonumber(split("/", var.vpc_cidr)[1]) >= 16 && tonumber(split("/", var.vpc_cidr)[1]) <= 28, false)
    error_message = "vpc_cidr \"${var.vpc_cidr}\" has a prefix AWS does not allow for a VPC: use a prefix from /16 (65,536 addresses) to /28 (16 addresses)."
  }
}

variable "az_count" {
  description = "Number of availability zones to spread the subnets over (1 to 6). One public and one private subnet are created in each."
  type        = number
  default     = 2
  nullable    = false

  validation {
    condition     = floor(var.az_count) == var.az_count && var.az_count >= 1 && var.az_count <= 6
    error_message = "az_count is ${var.az_count}: use a whole number from 1 to 6."
  }
}

variable "availability_zones" {
  description = "Availability zone names to use, e.g. [\"us-east-1a\", \"us-east-1b\"]. Empty: the region's first az_count available zones. When given, list exactly az_count distinct zones."
  type        = list(string)
  default     = []
  nullable    = false

  validation {
    condition     = alltrue([for z in var.availability_zones : can(regex("^[a-z]{2}(-[a-z]+)+-[0-9]+[a-z]$", z))])
    error_message = "availability_zones must hold availability zone names such as us-east-1a; not valid: ${join(", ", [for z in var.availability_zones : "\"${z}\"" if !can(regex("^[a-z]{2}(-[a-z]+)+-[0-9]+[a-z]$", z))])}."
  }

  validation {
    condition     = length(distinct(var.availability_zones)) == length(var.availability_zones)
    error_message = "availability_zones lists a zone more than once: give each zone once (one public and one private subnet are created per zone)."
  }
}

variable "public_subnet_cidrs" {
  description = "IPv4 CIDR blocks of the public subnets, one per availability zone, inside vpc_cidr. Empty: derived from vpc_cidr (a /24 each in a /16 VPC, taken from the top of the range)."
  type        = list(string)
  default     = []
  nullable    = false

  validation {
    condition     = alltrue([for c in var.public_subnet_cidrs : can(regex("^[0-9.]+/([0-9]|[12][0-9]|3[0-2])$", c)) && try(cidrhost(c, 0) == split("/", c)[0], false)])
    error_message = "public_subnet_cidrs must hold canonical IPv4 CIDR blocks such as 10.0.240.0/24 (the network address, not a host address); not valid: ${join(", ", [for c in var.public_subnet_cidrs : "\"${c}\"" if !(can(regex("^[0-9.]+/([0-9]|[12][0-9]|3[0-2])$", c)) && try(cidrhost(c, 0) == split("/", c)[0], false))])}."
  }

  validation {
    condition     = alltrue([for c in var.public_subnet_cidrs : !can(regex("^[0-9.]+/[0-9]+$", c)) || try(tonumber(split("/", c)[1]) >= 16 && tonumber(split("/", c)[1]) <= 28, false)])
    error_message = "public_subnet_cidrs must use prefixes from /16 to /28, the subnet sizes AWS allows; not allowed: ${join(", ", [for c in var.public_subnet_cidrs : "\"${c}\"" if !(!can(regex("^[0-9.]+/[0-9]+$", c)) || try(tonumber(split("/", c)[1]) >= 16 && tonumber(split("/", c)[1]) <= 28, false))])}."
  }
}

variable "private_subnet_cidrs" {
  description = "IPv4 CIDR blocks of the private subnets where Fargate tasks run, one per availability zone, inside vpc_cidr. Empty: derived from vpc_cidr (a /20 each in a /16 VPC)."
  type        = list(string)
  default     = []
  nullable    = false

  validation {
    condition     = alltrue([for c in var.private_subnet_cidrs : can(regex("^[0-9.]+/([0-9]|[12][0-9]|3[0-2])$", c)) && try(cidrhost(c, 0) == split("/", c)[0], false)])
    error_message = "private_subnet_cidrs must hold canonical IPv4 CIDR blocks such as 10.0.0.0/20 (the network address, not a host address); not valid: ${join(", ", [for c in var.private_subnet_cidrs : "\"${c}\"" if !(can(regex("^[0-9.]+/([0-9]|[12][0-9]|3[0-2])$", c)) && try(cidrhost(c, 0) == split("/", c)[0], false))])}."
  }

  validation {
    condition     = alltrue([for c in var.private_subnet_cidrs : !can(regex("^[0-9.]+/[0-9]+$", c)) || try(tonumber(split("/", c)[1]) >= 16 && tonumber(split("/", c)[1]) <= 28, false)])
    error_message = "private_subnet_cidrs must use prefixes from /16 to /28, the subnet sizes AWS allows; not allowed: ${join(", ", [for c in var.private_subnet_cidrs : "\"${c}\"" if !(!can(regex("^[0-9.]+/[0-9]+$", c)) || try(tonumber(split("/", c)[1]) >= 16 && tonumber(split("/", c)[1]) <= 28, false))])}."
  }
}

variable "nat_gateway_count" {
  description = "Number of NAT gateways: 1 shares one gateway between all private subnets (cheapest), az_count gives one per zone (highly available). Each costs about 32 USD a month plus data processing."
  type        = number
  default     = 1
  nullable    = false

  validation {
    condition     = floor(var.nat_gateway_count) == var.nat_gateway_count && var.nat_gateway_count >= 1 && var.nat_gateway_count <= 6
    error_message = "nat_gateway_count is ${var.nat_gateway_count}: use a whole number from 1 to the number of availability zones (at most 6)."
  }
}

variable "vpc_id" {
  description = "ID of an existing VPC to use instead of creating one. With it, give private_subnet_ids (and optionally public_subnet_ids): the module then creates no VPC, subnets, NAT or internet gateway, route tables or flow logs, and vpc_cidr, az_count, availability_zones, the subnet CIDRs and nat_gateway_count are not used. null: the module creates the network."
  type        = string
  default     = null

  validation {
    condition     = var.vpc_id == null || can(regex("^vpc-([0-9a-f]{8}|[0-9a-f]{17})$", var.vpc_id))
    error_message = "vpc_id \"${coalesce(var.vpc_id, "null")}\" is not a VPC ID: \"vpc-\" followed by 8 or 17 lowercase hex digits."
  }
}

variable "private_subnet_ids" {
  description = "IDs of existing private subnets of vpc_id where Fargate tasks run and EFS mount targets are placed, each in a different availability zone (EFS allows one mount target per zone). Only with vpc_id."
  type        = list(string)
  default     = []
  nullable    = false

  validation {
    condition     = alltrue([for s in var.private_subnet_ids : can(regex("^subnet-([0-9a-f]{8}|[0-9a-f]{17})$", s))])
    error_message = "private_subnet_ids must hold subnet IDs: \"subnet-\" followed by 8 or 17 lowercase hex digits; not valid: ${join(", ", [for s in var.private_subnet_ids : "\"${s}\"" if !can(regex("^subnet-([0-9a-f]{8}|[0-9a-f]{17})$", s))])}."
  }

  validation {
    condition     = length(distinct(var.private_subnet_ids)) == length(var.private_subnet_ids)
    error_message = "private_subnet_ids lists a subnet more than once: give each subnet once (each gets an EFS mount target)."
  }
}

variable "public_subnet_ids" {
  description = "IDs of existing public subnets of vpc_id, reported in the public_subnet_ids output; the module places nothing in them. Only with vpc_id."
  type        = list(string)
  default     = []
  nullable    = false

  validation {
    condition     = alltrue([for s in var.public_subnet_ids : can(regex("^subnet-([0-9a-f]{8}|[0-9a-f]{17})$", s))])
    error_message = "public_subnet_ids must hold subnet IDs: \"subnet-\" followed by 8 or 17 lowercase hex digits; not valid: ${join(", ", [for s in var.public_subnet_ids : "\"${s}\"" if !can(regex("^subnet-([0-9a-f]{8}|[0-9a-f]{17})$", s))])}."
  }
}

variable "s3_gateway_endpoint_enabled" {
  description = "Add an S3 gateway VPC endpoint to the private subnets' route tables, so image layers (which ECR serves from S3) are not pulled through the NAT gateway. Gateway endpoints cost nothing. With vpc_id, every private subnet must have its own route table association; set false when the VPC already has an S3 gateway endpoint on them."
  type        = bool
  default     = true
  nullable    = false
}

variable "vpc_interface_endpoints" {
  description = "Interface VPC endpoints to create in the private subnets, any of ecr.api, ecr.dkr, logs, ssmmessages: image pulls, container logs and ECS Exec then stay off the NAT gateway. Each costs about 7.30 USD a month per availability zone plus 0.01 USD per GB. Empty: none."
  type        = list(string)
  default     = []
  nullable    = false

  validation {
    condition     = alltrue([for e in var.vpc_interface_endpoints : contains(["ecr.api", "ecr.dkr", "logs", "ssmmessages"], e)])
    error_message = "vpc_interface_endpoints may hold only ecr.api, ecr.dkr, logs and ssmmessages; not allowed: ${join(", ", [for e in var.vpc_interface_endpoints : "\"${e}\"" if !contains(["ecr.api", "ecr.dkr", "logs", "ssmmessages"], e)])}."
  }

  validation {
    condition     = length(distinct(var.vpc_interface_endpoints)) == length(var.vpc_interface_endpoints)
    error_message = "vpc_interface_endpoints lists an endpoint more than once: give each service once."
  }
}

################################################################################
# Cluster
################################################################################

variable "name" {
  description = "Name of the ECS cluster and prefix of every other named resource (IAM roles, security groups, log group, Cloud Map namespace, ECR repository). 2 to 54 lowercase letters, digits and single hyphens, starting with a letter."
  type        = string
  default     = "sockerless"
  nullable    = false

  validation {
    condition     = length(var.name) >= 2 && length(var.name) <= 54
    error_message = "name \"${var.name}\" has the wrong length (${length(var.name)}): use 2 to 54 characters, so that the IAM role \"<name>-execution\" stays within AWS's 64-character limit and the ECR repository name has its 2-character minimum."
  }

  validation {
    condition     = can(regex("^[a-z]([a-z0-9]|-[a-z0-9])*$", var.name))
    error_message = "name \"${var.name}\" may contain only lowercase letters, digits and single hyphens, must start with a letter and must not end with a hyphen: it names the ECS cluster, the ECR repository (lowercase only) and the Cloud Map namespace label (a DNS label)."
  }

  validation {
    condition     = !startswith(var.name, "sg-")
    error_message = "name \"${var.name}\" starts with \"sg-\", which AWS reserves for security group IDs: security group names derived from it would be rejected. Choose another name."
  }
}

variable "container_insights_enabled" {
  description = "Enable CloudWatch Container Insights on the ECS cluster."
  type        = bool
  default     = true
  nullable    = false
}

variable "fargate_base" {
  description = "Default capacity provider strategy: number of tasks that always run on FARGATE (on-demand) before weights apply (0 to 100000)."
  type        = number
  default     = 0
  nullable    = false

  validation {
    condition     = floor(var.fargate_base) == var.fargate_base && var.fargate_base >= 0 && var.fargate_base <= 100000
    error_message = "fargate_base is ${var.fargate_base}: use a whole number from 0 to 100000."
  }
}

variable "fargate_weight" {
  description = "Default capacity provider strategy: relative weight of FARGATE (on-demand), 0 to 1000."
  type        = number
  default     = 1
  nullable    = false

  validation {
    condition     = floor(var.fargate_weight) == var.fargate_weight && var.fargate_weight >= 0 && var.fargate_weight <= 1000
    error_message = "fargate_weight is ${var.fargate_weight}: use a whole number from 0 to 1000."
  }
}

variable "fargate_spot_weight" {
  description = "Default capacity provider strategy: relative weight of FARGATE_SPOT, 0 to 1000. Spot is cheaper but tasks can be interrupted; 0 keeps it available for explicit use only."
  type        = number
  default     = 0
  nullable    = false

  validation {
    condition     = floor(var.fargate_spot_weight) == var.fargate_spot_weight && var.fargate_spot_weight >= 0 && var.fargate_spot_weight <= 1000
    error_message = "fargate_spot_weight is ${var.fargate_spot_weight}: use a whole number from 0 to 1000."
  }
}

variable "cpu_architecture" {
  description = "CPU architecture of the Fargate tasks the backend starts: X86_64 or ARM64 (Graviton). The backend reads it only from the environment variable SOCKERLESS_ECS_CPU_ARCHITECTURE (backend_environment output) and refuses to start without it."
  type        = string
  default     = "X86_64"
  nullable    = false

  validation {
    condition     = contains(["X86_64", "ARM64"], var.cpu_architecture)
    error_message = "cpu_architecture \"${var.cpu_architecture}\" is not a Fargate CPU architecture: use \"X86_64\" or \"ARM64\"."
  }
}

################################################################################
# Storage
################################################################################

variable "efs_performance_mode" {
  description = "EFS performance mode: generalPurpose or maxIO."
  type        = string
  default     = "generalPurpose"
  nullable    = false

  validation {
    condition     = contains(["generalPurpose", "maxIO"], var.efs_performance_mode)
    error_message = "efs_performance_mode \"${var.efs_performance_mode}\" is not an EFS performance mode: use \"generalPurpose\" or \"maxIO\"."
  }
}

variable "efs_throughput_mode" {
  description = "EFS throughput mode: bursting, provisioned (set efs_provisioned_throughput_mibps) or elastic (generalPurpose only)."
  type        = string
  default     = "bursting"
  nullable    = false

  validation {
    condition     = contains(["bursting", "provisioned", "elastic"], var.efs_throughput_mode)
    error_message = "efs_throughput_mode \"${var.efs_throughput_mode}\" is not an EFS throughput mode: use \"bursting\", \"provisioned\" or \"elastic\"."
  }
}

variable "efs_provisioned_throughput_mibps" {
  description = "Provisioned EFS throughput in MiB/s (1 to 3414). Required when efs_throughput_mode is provisioned, and only then."
  type        = number
  default     = null

  validation {
    condition     = var.efs_provisioned_throughput_mibps == null || try(var.efs_provisioned_throughput_mibps >= 1 && var.efs_provisioned_throughput_mibps <= 3414, false)
    error_message = "efs_provisioned_throughput_mibps is ${coalesce(var.efs_provisioned_throughput_mibps, 0)}: use 1 to 3414 MiB/s, or null when the throughput mode is not provisioned."
  }
}

variable "efs_encrypted" {
  description = "Encrypt the EFS file system at rest (with the module's KMS key, or kms_key_arn). Transit encryption is always enforced by the file system policy."
  type        = bool
  default     = true
  nullable    = false
}

################################################################################
# Logs
################################################################################

variable "log_group_name" {
  description = "Name of the CloudWatch Logs log group for container output. null: \"/<name>/containers\"."
  type        = string
  default     = null

  validation {
    condition     = var.log_group_name == null || try(length(var.log_group_name) >= 1 && length(var.log_group_name) <= 512, false)
    error_message = "log_group_name must be 1 to 512 characters long, or null for \"/<name>/containers\"."
  }

  validation {
    condition     = var.log_group_name == null || can(regex("^[0-9A-Za-z_./#-]*$", var.log_group_name))
    error_message = "log_group_name \"${coalesce(var.log_group_name, "null")}\" may contain only letters, digits and the characters _ . / # -, e.g. /sockerless/containers."
  }

  validation {
    condition     = var.log_group_name == null || !startswith(coalesce(var.log_group_name, "-"), "aws/")
    error_message = "log_group_name must not start with \"aws/\", a prefix AWS reserves for its own log groups."
  }
}

variable "log_retention_days" {
  description = "Days to keep container logs: one of 0 (never expire), 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653."
  type        = number
  default     = 30
  nullable    = false

  validation {
    condition     = contains([0, 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)
    error_message = "log_retention_days is ${var.log_retention_days}, which CloudWatch Logs does not offer: use one of 0 (never expire), 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653."
  }
}

variable "vpc_flow_logs_enabled" {
  description = "Send VPC flow logs (all traffic) to the CloudWatch log group \"/<name>/vpc-flow-logs\", kept for log_retention_days. Only for a VPC the module creates: with vpc_id, the VPC's owner decides."
  type        = bool
  default     = true
  nullable    = false
}

################################################################################
# Discovery
################################################################################

variable "cloud_map_namespace_name" {
  description = "DNS name of the Cloud Map private namespace used for service discovery, e.g. sockerless.local. null: \"<name>.local\"."
  type        = string
  default     = null

  validation {
    condition     = var.cloud_map_namespace_name == null || try(length(var.cloud_map_namespace_name) <= 253 && can(regex("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$", var.cloud_map_namespace_name)), false)
    error_message = "cloud_map_namespace_name \"${coalesce(var.cloud_map_namespace_name, "null")}\" is not a DNS name: use dot-separated labels of 1 to 63 letters, digits and hyphens that neither start nor end with a hyphen, at most 253 characters, without a trailing dot (e.g. sockerless.local)."
  }
}

################################################################################
# Security
################################################################################

variable "agent_port" {
  description = "TCP port the sockerless agent listens on inside each task; the task security group admits it from agent_ingress_cidr_blocks and agent_ingress_security_group_ids."
  type        = number
  default     = 9111
  nullable    = false

  validation {
    condition     = floor(var.agent_port) == var.agent_port && var.agent_port >= 1 && var.agent_port <= 65535
    error_message = "agent_port is ${var.agent_port}: use a whole number from 1 to 65535."
  }
}

variable "agent_ingress_cidr_blocks" {
  description = "IPv4 CIDR blocks allowed to reach agent_port on the tasks (where the sockerless frontend runs). When both this and agent_ingress_security_group_ids are empty, the VPC CIDR is allowed."
  type        = list(string)
  default     = []
  nullable    = false

  validation {
    condition     = alltrue([for c in var.agent_ingress_cidr_blocks : can(regex("^[0-9.]+/([0-9]|[12][0-9]|3[0-2])$", c)) && try(cidrhost(c, 0) == split("/", c)[0], false)])
    error_message = "agent_ingress_cidr_blocks must hold canonical IPv4 CIDR blocks such as 10.1.0.0/16 or 203.0.113.7/32; not valid: ${join(", ", [for c in var.agent_ingress_cidr_blocks : "\"${c}\"" if !(can(regex("^[0-9.]+/([0-9]|[12][0-9]|3[0-2])$", c)) && try(cidrhost(c, 0) == split("/", c)[0], false))])}."
  }
}

variable "agent_ingress_security_group_ids" {
  description = "Security group IDs (e.g. the frontend's) allowed to reach agent_port on the tasks. When both this and agent_ingress_cidr_blocks are empty, the VPC CIDR is allowed."
  type        = list(string)
  default     = []
  nullable    = false

  validation {
    condition     = alltrue([for s in var.agent_ingress_security_group_ids : can(regex("^sg-([0-9a-f]{8}|[0-9a-f]{17})$", s))])
    error_message = "agent_ingress_security_group_ids must hold security group IDs: \"sg-\" followed by 8 or 17 lowercase hex digits; not valid: ${join(", ", [for s in var.agent_ingress_security_group_ids : "\"${s}\"" if !can(regex("^sg-([0-9a-f]{8}|[0-9a-f]{17})$", s))])}."
  }
}

variable "create_kms_key" {
  description = "Create a customer-managed KMS key (with yearly rotation) for the EFS file system, the log groups and the ECR repository when kms_key_arn is null. false with kms_key_arn null: AWS-managed encryption."
  type        = bool
  default     = true
  nullable    = false
}

variable "kms_key_arn" {
  description = "ARN of an existing customer-managed KMS key for EFS, CloudWatch Logs and ECR encryption. Its key policy must let CloudWatch Logs use it. null: see create_kms_key."
  type        = string
  default     = null

  validation {
    condition     = var.kms_key_arn == null || can(regex("^arn:aws(-[a-z]+)*:kms:[a-z]{2}(-[a-z]+)+-[0-9]+:[0-9]{12}:key/[A-Za-z0-9-]+$", var.kms_key_arn))
    error_message = "kms_key_arn \"${coalesce(var.kms_key_arn, "null")}\" is not a KMS key ARN: use the form arn:aws:kms:<region>:<12-digit account>:key/<key id>."
  }
}

variable "iam_permissions_boundary_arn" {
  description = "ARN of an IAM policy to set as permissions boundary on every IAM role the module creates. null: no boundary."
  type        = string
  default     = null

  validation {
    condition     = var.iam_permissions_boundary_arn == null || can(regex("^arn:aws(-[a-z]+)*:iam::([0-9]{12}|aws):policy/[A-Za-z0-9+=,.@_/-]+$", var.iam_permissions_boundary_arn))
    error_message = "iam_permissions_boundary_arn \"${coalesce(var.iam_permissions_boundary_arn, "null")}\" is not an IAM policy ARN: use the form arn:aws:iam::<12-digit account>:policy/<name>."
  }
}

variable "execution_role_attach_managed_policy" {
  description = "Attach the AWS-managed AmazonECSTaskExecutionRolePolicy to the execution role (pull from any ECR repository, write any log group) in addition to the module's scoped policy. false: only the scoped policy (this module's repository and log group)."
  type        = bool
  default     = true
  nullable    = false
}

variable "create_backend_role" {
  description = "Create an IAM role for the process that runs the sockerless backend, with the backend_policy_json policy, assumable by backend_role_principals."
  type        = bool
  default     = false
  nullable    = false
}

variable "backend_role_principals" {
  description = "ARNs of the IAM principals (roles, users or account roots) allowed to assume the backend role. Required when create_backend_role is true."
  type        = list(string)
  default     = []
  nullable    = false

  validation {
    condition     = alltrue([for p in var.backend_role_principals : can(regex("^arn:aws(-[a-z]+)*:iam::[0-9]{12}:(root|(role|user)/[A-Za-z0-9+=,.@_/-]+)$", p))])
    error_message = "backend_role_principals must hold IAM role, user or account root ARNs such as arn:aws:iam::123456789012:role/ci; not valid: ${join(", ", [for p in var.backend_role_principals : "\"${p}\"" if !can(regex("^arn:aws(-[a-z]+)*:iam::[0-9]{12}:(root|(role|user)/[A-Za-z0-9+=,.@_/-]+)$", p))])}."
  }
}

variable "backend_leftovers_cleanup_enabled" {
  description = "On terraform destroy, delete what the sockerless backend created at run time inside this module's network and file system (skls-* security groups in the VPC, access points on the file system, skls-*.local Cloud Map namespaces of the VPC) before the module's own resources. Needs bash and the AWS CLI on the machine that runs destroy."
  type        = bool
  default     = true
  nullable    = false
}

################################################################################
# Registry
################################################################################

variable "create_ecr_repository" {
  description = "Create an ECR repository for the sockerless agent image and loaded images."
  type        = bool
  default     = true
  nullable    = false
}

variable "ecr_repository_name" {
  description = "Name of the ECR repository. null: the value of name."
  type        = string
  default     = null

  validation {
    condition     = var.ecr_repository_name == null || try(length(var.ecr_repository_name) >= 2 && length(var.ecr_repository_name) <= 256 && can(regex("^([a-z0-9]+([._-][a-z0-9]+)*/)*[a-z0-9]+([._-][a-z0-9]+)*$", var.ecr_repository_name)), false)
    error_message = "ecr_repository_name \"${coalesce(var.ecr_repository_name, "null")}\" is not an ECR repository name: use 2 to 256 lowercase letters and digits, separated by single '.', '_' or '-' characters, optionally in '/'-separated namespaces (e.g. sockerless/agent)."
  }
}

variable "ecr_image_tag_mutability" {
  description = "ECR image tag mutability: MUTABLE (docker push may move a tag, as the Docker API expects) or IMMUTABLE."
  type        = string
  default     = "MUTABLE"
  nullable    = false

  validation {
    condition     = contains(["MUTABLE", "IMMUTABLE"], var.ecr_image_tag_mutability)
    error_message = "ecr_image_tag_mutability \"${var.ecr_image_tag_mutability}\" is not allowed: use \"MUTABLE\" or \"IMMUTABLE\"."
  }
}

variable "ecr_scan_on_push" {
  description = "Scan images for vulnerabilities when they are pushed to the ECR repository."
  type        = bool
  default     = true
  nullable    = false
}

variable "ecr_force_delete" {
  description = "Let terraform destroy delete the ECR repository even when it still holds images."
  type        = bool
  default     = false
  nullable    = false
}

variable "ecr_untagged_image_expiry_days" {
  description = "Days after which untagged images are expired from the ECR repository by its lifecycle policy (a whole number, at least 1)."
  type        = number
  default     = 7
  nullable    = false

  validation {
    condition     = floor(var.ecr_untagged_image_expiry_days) == var.ecr_untagged_image_expiry_days && var.ecr_untagged_image_expiry_days >= 1
    error_message = "ecr_untagged_image_expiry_days is ${var.ecr_untagged_image_expiry_days}: use a whole number of days, at least 1."
  }
}

################################################################################
# Tags
################################################################################

variable "project" {
  description = "Value of the standard \"project\" tag on every resource."
  type        = string
  default     = "sockerless"
  nullable    = false

  validation {
    condition     = length(var.project) >= 1 && length(var.project) <= 256 && can(regex("^[\\p{L}\\p{Z}\\p{N}_.:/=+@-]*$", var.project))
    error_message = "project \"${var.project}\" is not a valid tag value: use 1 to 256 letters, digits, spaces and the characters _ . : / = + - @."
  }
}

variable "environment" {
  description = "Value of the standard \"environment\" tag on every resource, e.g. test or production."
  type        = string
  default     = "test"
  nullable    = false

  validation {
    condition     = length(var.environment) >= 1 && length(var.environment) <= 256 && can(regex("^[\\p{L}\\p{Z}\\p{N}_.:/=+@-]*$", var.environment))
    error_message = "environment \"${var.environment}\" is not a valid tag value: use 1 to 256 letters, digits, spaces and the characters _ . : / = + - @."
  }
}

variable "tags" {
  description = "Extra tags for every resource, merged under the standard tags (project, environment, component, managed-by, which win on a clash)."
  type        = map(string)
  default     = {}
  nullable    = false

  validation {
    condition     = length(setunion(keys(var.tags), ["Name", "project", "environment", "component", "managed-by"])) <= 50
    error_message = "tags has ${length(var.tags)} entries: AWS allows 50 tags per resource and the module adds Name, project, environment, component and managed-by, so give at most 45 other keys."
  }

  validation {
    condition     = alltrue([for k in keys(var.tags) : length(k) >= 1 && length(k) <= 128 && can(regex("^[\\p{L}\\p{Z}\\p{N}_.:/=+@-]*$", k))])
    error_message = "tags keys must be 1 to 128 letters, digits, spaces and the characters _ . : / = + - @; not valid: ${join(", ", [for k in keys(var.tags) : "\"${k}\"" if !(length(k) >= 1 && length(k) <= 128 && can(regex("^[\\p{L}\\p{Z}\\p{N}_.:/=+@-]*$", k)))])}."
  }

  validation {
    condition     = alltrue([for k in keys(var.tags) : !startswith(lower(k), "aws:")])
    error_message = "tags keys must not start with \"aws:\", a prefix AWS reserves for its own tags; not allowed: ${join(", ", [for k in keys(var.tags) : "\"${k}\"" if startswith(lower(k), "aws:")])}."
  }

  validation {
    condition     = alltrue([for v in values(var.tags) : length(v) <= 256 && can(regex("^[\\p{L}\\p{Z}\\p{N}_.:/=+@-]*$", v))])
    error_message = "tags values must be at most 256 letters, digits, spaces and the characters _ . : / = + - @; not valid: the values of ${join(", ", [for k, v in var.tags : "\"${k}\"" if !(length(v) <= 256 && can(regex("^[\\p{L}\\p{Z}\\p{N}_.:/=+@-]*$", v)))])}."
  }
}
