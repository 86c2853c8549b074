# The task security group (containers on the same "network" reach each other on
# any port, the frontend reaches the agent port) and the EFS security group
# (NFS from the tasks only). Rules are separate resources, each described.

resource "aws_security_group" "tasks" {
  #checkov:skip=CKV2_AWS_5:The ECS backend attaches this group to every task it starts (backend_config.security_groups); no task exists when the module is applied.
  description = "sockerless ${var.name}: Fargate tasks (inter-container traffic, agent port ${var.agent_port}, outbound)"
  name        = local.task_security_group_name
  tags        = merge(local.tags, { Name = local.task_security_group_name })
  vpc_id      = local.vpc_id
}

resource "aws_vpc_security_group_ingress_rule" "tasks_self" {
  description                  = "All traffic between tasks in this group, like containers on one Docker network"
  ip_protocol                  = "-1"
  referenced_security_group_id = aws_security_group.tasks.id
  security_group_id            = aws_security_group.tasks.id
  tags                         = merge(local.tags, { Name = "${var.name}-tasks-self" })
}

resource "aws_vpc_security_group_ingress_rule" "tasks_agent_cidr" {
  for_each = toset(local.agent_ingress_cidr_blocks)

  cidr_ipv4         = each.value
  description       = "sockerless agent port from ${each.value}"
  from_port         = var.agent_port
  ip_protocol       = "tcp"
  security_group_id = aws_security_group.tasks.id
  tags              = merge(local.tags, { Name = "${var.name}-agent-${each.value}" })
  to_port           = var.agent_port
}

resource "aws_vpc_security_group_ingress_rule" "tasks_agent_security_group" {
  for_each = toset(var.agent_ingress_security_group_ids)

  description                  = "sockerless agent port from ${each.value}"
  from_port                    = var.agent_port
  ip_protocol                  = "tcp"
  referenced_security_group_id = each.value
  security_group_id            = aws_security_group.tasks.id
  tags                         = merge(local.tags, { Name = "${var.name}-agent-${each.value}" })
  to_port                      = var.agent_port
}

#trivy:ignore:AVD-AWS-0104 Spec TF-002 AC 19c: tasks need all outbound traffic (image pulls and registry auth through the NAT gateway).
resource "aws_vpc_security_group_egress_rule" "tasks_all" {
  #checkov:skip=CKV_AWS_382:Spec TF-002 AC 19c: tasks need all outbound traffic (image pulls from any registry and registry auth through the NAT gateway).
  cidr_ipv4         = "0.0.0.0/0"
  description       = "All outbound traffic (image pulls, registry auth, AWS APIs) through the NAT gateway"
  ip_protocol       = "-1"
  security_group_id = aws_security_group.tasks.id
  tags              = merge(local.tags, { Name = "${var.name}-tasks-egress" })
}

resource "aws_security_group" "efs" {
  description = "sockerless ${var.name}: EFS mount targets (NFS from the task security group only)"
  name        = local.efs_security_group_name
  tags        = merge(local.tags, { Name = local.efs_security_group_name })
  vpc_id      = local.vpc_id
}

resource "aws_vpc_security_group_ingress_rule" "efs_nfs_from_tasks" {
  description                  = "NFS (TCP 2049) from the task security group"
  from_port                    = 2049
  ip_protocol                  = "tcp"
  referenced_security_group_id = aws_security_group.tasks.id
  security_group_id            = aws_security_group.efs.id
  tags                         = merge(local.tags, { Name = "${var.name}-efs-nfs" })
  to_port                      = 2049
}
