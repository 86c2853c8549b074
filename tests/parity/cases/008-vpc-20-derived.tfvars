vpc_cidr = "10.0.0.0/20"
