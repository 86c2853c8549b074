# Service discovery: a Cloud Map private DNS namespace in the VPC, in which the
# ECS backend registers containers under their Docker network aliases.

resource "aws_service_discovery_private_dns_namespace" "this" {
  description = "sockerless ${var.name}: service discovery for containers"
  name        = local.cloud_map_namespace_name
  tags        = local.tags
  vpc         = local.vpc_id
}
