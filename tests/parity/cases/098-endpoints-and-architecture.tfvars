vpc_interface_endpoints = ["ecr.api", "ecr.dkr", "logs", "ssmmessages", "s3", "logs"]
cpu_architecture        = "arm64"
