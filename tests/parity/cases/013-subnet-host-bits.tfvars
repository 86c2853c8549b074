private_subnet_cidrs = ["10.0.0.1/20", "10.0.16.0/20"]
