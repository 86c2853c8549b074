private_subnet_cidrs = ["10.0.0.0/29", "10.0.16.0/20"]
