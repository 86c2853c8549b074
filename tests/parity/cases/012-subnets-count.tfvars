az_count            = 3
public_subnet_cidrs = ["10.0.240.0/24", "10.0.241.0/24"]
