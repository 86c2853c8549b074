vpc_cidr = "fd00::/56"
