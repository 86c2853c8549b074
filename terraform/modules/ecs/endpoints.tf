# VPC endpoints that keep image pulls, logs and ECS Exec off the NAT gateway.
# ECR serves image layers from S3, so the (free) S3 gateway endpoint on the
# private route tables carries most of a pull's bytes; the optional interface
# endpoints carry the rest (ECR API and registry, CloudWatch Logs, ECS Exec).

resource "aws_vpc_endpoint" "s3" {
  count = var.s3_gateway_endpoint_enabled ? 1 : 0

  route_table_ids   = local.private_route_table_ids
  service_name      = "com.amazonaws.${local.region}.s3"
  tags              = merge(local.tags, { Name = "${var.name}-s3" })
  vpc_endpoint_type = "Gateway"
  vpc_id            = local.vpc_id
}

resource "aws_security_group" "endpoints" {
  count = length(var.vpc_interface_endpoints) > 0 ? 1 : 0

  description = "sockerless ${var.name}: interface VPC endpoints (HTTPS from the task security group only)"
  name        = "${var.name}-endpoints"
  tags        = merge(local.tags, { Name = "${var.name}-endpoints" })
  vpc_id      = local.vpc_id
}

resource "aws_vpc_security_group_ingress_rule" "endpoints_https_from_tasks" {
  count = length(var.vpc_interface_endpoints) > 0 ? 1 : 0

  description                  = "HTTPS (TCP 443) from the task security group"
  from_port                    = 443
  ip_protocol                  = "tcp"
  referenced_security_group_id = aws_security_group.tasks.id
  security_group_id            = aws_security_group.endpoints[0].id
  tags                         = merge(local.tags, { Name = "${var.name}-endpoints-https" })
  to_port                      = 443
}

resource "aws_vpc_endpoint" "interface" {
  for_each = toset(var.vpc_interface_endpoints)

  private_dns_enabled = true
  security_group_ids  = [aws_security_group.endpoints[0].id]
  service_name        = "com.amazonaws.${local.region}.${each.value}"
  subnet_ids          = local.private_subnet_ids
  tags                = merge(local.tags, { Name = "${var.name}-${each.value}" })
  vpc_endpoint_type   = "Interface"
  vpc_id              = local.vpc_id
}
