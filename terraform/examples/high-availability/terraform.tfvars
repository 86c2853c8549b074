# A highly available ECS environment: three availability zones, each with its
# own NAT gateway, so losing a zone never cuts the others off the internet.
# Three NAT gateways cost about three times one (see the module README).

name        = "sockerless-ha"
project     = "sockerless"
environment = "production"

vpc_cidr          = "10.1.0.0/16"
az_count          = 3
nat_gateway_count = 3

log_retention_days = 90

tags = {
  owner = "platform"
}
