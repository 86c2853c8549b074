vpc_cidr             = "10.0.0.0/24"
az_count             = 2
public_subnet_cidrs  = ["10.0.0.0/27", "10.0.0.32/27"]
private_subnet_cidrs = ["10.0.0.64/26", "10.0.0.128/26"]
