################################################################################
# Network
################################################################################

output "vpc_id" {
  description = "ID of the VPC: the one the module created, or vpc_id."
  value       = local.vpc_id
}

output "vpc_cidr_block" {
  description = "IPv4 CIDR block of the VPC."
  value       = local.vpc_cidr_block
}

output "availability_zones" {
  description = "Availability zones of the subnets, in subnet order."
  value       = local.azs
}

output "public_subnet_ids" {
  description = "IDs of the public subnets (NAT gateways), one per availability zone; with vpc_id, public_subnet_ids."
  value       = local.public_subnet_ids
}

output "private_subnet_ids" {
  description = "IDs of the private subnets where Fargate tasks run, one per availability zone; with vpc_id, private_subnet_ids."
  value       = local.private_subnet_ids
}

output "nat_gateway_public_ips" {
  description = "Public IPv4 addresses of the NAT gateways (the tasks' source address on the internet); empty with vpc_id."
  value       = aws_eip.nat[*].public_ip
}

################################################################################
# Cluster
################################################################################

output "ecs_cluster_arn" {
  description = "ARN of the ECS Fargate cluster."
  value       = aws_ecs_cluster.this.arn
}

output "ecs_cluster_name" {
  description = "Name of the ECS Fargate cluster."
  value       = aws_ecs_cluster.this.name
}

################################################################################
# Storage
################################################################################

output "efs_filesystem_id" {
  description = "ID of the EFS file system for shared volumes."
  value       = aws_efs_file_system.this.id
}

output "efs_filesystem_arn" {
  description = "ARN of the EFS file system."
  value       = aws_efs_file_system.this.arn
}

################################################################################
# Logs
################################################################################

output "log_group_name" {
  description = "Name of the CloudWatch Logs log group for container output."
  value       = aws_cloudwatch_log_group.containers.name
}

output "log_group_arn" {
  description = "ARN of the CloudWatch Logs log group for container output."
  value       = aws_cloudwatch_log_group.containers.arn
}

################################################################################
# Discovery
################################################################################

output "cloud_map_namespace_id" {
  description = "ID of the Cloud Map private DNS namespace."
  value       = aws_service_discovery_private_dns_namespace.this.id
}

output "cloud_map_namespace_arn" {
  description = "ARN of the Cloud Map private DNS namespace."
  value       = aws_service_discovery_private_dns_namespace.this.arn
}

output "cloud_map_namespace_name" {
  description = "DNS name of the Cloud Map private namespace."
  value       = aws_service_discovery_private_dns_namespace.this.name
}

################################################################################
# Security
################################################################################

output "execution_role_arn" {
  description = "ARN of the ECS task execution role (image pulls, container logs)."
  value       = aws_iam_role.execution.arn
}

output "execution_role_name" {
  description = "Name of the ECS task execution role."
  value       = aws_iam_role.execution.name
}

output "task_role_arn" {
  description = "ARN of the ECS task role assumed by running containers."
  value       = aws_iam_role.task.arn
}

output "task_role_name" {
  description = "Name of the ECS task role."
  value       = aws_iam_role.task.name
}

output "task_security_group_id" {
  description = "ID of the task security group (self-referencing, agent port, all outbound)."
  value       = aws_security_group.tasks.id
}

output "efs_security_group_id" {
  description = "ID of the EFS mount target security group (NFS from the task security group)."
  value       = aws_security_group.efs.id
}

output "kms_key_arn" {
  description = "ARN of the KMS key encrypting EFS, the log groups and ECR: kms_key_arn, the key the module created, or null."
  value       = local.kms_key_arn
}

################################################################################
# Registry
################################################################################

output "ecr_repository_url" {
  description = "URL of the ECR repository (null when create_ecr_repository is false)."
  value       = one(aws_ecr_repository.this[*].repository_url)
}

output "ecr_repository_name" {
  description = "Name of the ECR repository (null when create_ecr_repository is false)."
  value       = one(aws_ecr_repository.this[*].name)
}

output "ecr_repository_arn" {
  description = "ARN of the ECR repository (null when create_ecr_repository is false)."
  value       = one(aws_ecr_repository.this[*].arn)
}

################################################################################
# Backend configuration
################################################################################

output "backend_config" {
  description = "One environment of the sockerless backend's configuration file: { backend = \"ecs\", aws = { region, ecs = { cluster, subnets, security_groups, task_role_arn, execution_role_arn, log_group, assign_public_ip, agent_efs_id } } }. `sockerless-tfcheck backend-config` writes the whole file from it."
  value       = local.backend_config
}

output "backend_environment" {
  description = "The same configuration as the environment variables the backend reads (AWS_REGION, SOCKERLESS_ECS_*, SOCKERLESS_AGENT_EFS_ID), including SOCKERLESS_ECS_CPU_ARCHITECTURE, which the configuration file has no key for."
  value       = local.backend_environment
}

output "backend_policy_json" {
  description = "IAM policy (JSON) for the process that runs the sockerless backend: least privilege, scoped to this module's cluster, roles, VPC, file system, log group and repository."
  value       = data.aws_iam_policy_document.backend.json
}

output "backend_role_arn" {
  description = "ARN of the backend role (null unless create_backend_role is true)."
  value       = one(aws_iam_role.backend[*].arn)
}

output "s3_gateway_endpoint_id" {
  description = "ID of the S3 gateway VPC endpoint on the private route tables (null when s3_gateway_endpoint_enabled is false)."
  value       = one(aws_vpc_endpoint.s3[*].id)
}

output "vpc_interface_endpoint_ids" {
  description = "IDs of the interface VPC endpoints, by service (ecr.api, ecr.dkr, logs, ssmmessages); empty when vpc_interface_endpoints is empty."
  value       = { for k, e in aws_vpc_endpoint.interface : k => e.id }
}
