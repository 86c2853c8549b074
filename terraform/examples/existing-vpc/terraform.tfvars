# The module in a VPC you already have: it creates no VPC, subnets, NAT or
# internet gateway, and places its tasks, mount targets and namespace in the
# private subnets given here (each in its own availability zone). Replace the
# IDs with your own; the moto suite applies this example into a VPC it creates
# first, with its IDs.

name        = "sockerless-byo"
project     = "sockerless"
environment = "test"

vpc_id             = "vpc-0a1b2c3d4e5f67890"
private_subnet_ids = ["subnet-0a1b2c3d4e5f67891", "subnet-0a1b2c3d4e5f67892"]
public_subnet_ids  = ["subnet-0a1b2c3d4e5f67893"]

# Image pulls, logs and ECS Exec stay inside the VPC: the S3 gateway endpoint is
# on by default; the interface endpoints cost about 7.30 USD a month per zone each.
vpc_interface_endpoints = ["ecr.api", "ecr.dkr"]

# The process that runs the sockerless backend assumes this role.
create_backend_role     = true
backend_role_principals = ["arn:aws:iam::123456789012:root"]

tags = {
  owner = "platform"
}
