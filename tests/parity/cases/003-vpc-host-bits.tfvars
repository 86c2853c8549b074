vpc_cidr = "10.0.0.1/16"
