vpc_interface_endpoints     = ["ecr.api", "ecr.dkr"]
cpu_architecture            = "ARM64"
s3_gateway_endpoint_enabled = false
