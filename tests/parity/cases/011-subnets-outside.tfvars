public_subnet_cidrs  = ["10.1.0.0/24", "10.0.241.0/24"]
private_subnet_cidrs = ["10.0.0.0/20", "10.0.16.0/20"]
