# The default ECS environment: two availability zones sharing one NAT gateway,
# the cheapest layout that runs the sockerless ECS backend. Every other input
# keeps the module's default (see terraform/modules/ecs/README.md).

name        = "sockerless"
project     = "sockerless"
environment = "test"

vpc_cidr          = "10.0.0.0/16"
az_count          = 2
nat_gateway_count = 1

tags = {
  owner = "platform"
}
