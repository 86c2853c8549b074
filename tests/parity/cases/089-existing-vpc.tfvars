vpc_id             = "vpc-0fedcba9876543210"
private_subnet_ids = ["subnet-0aaaaaaaaaaaaaaa1", "subnet-0aaaaaaaaaaaaaaa2"]
public_subnet_ids  = ["subnet-0bbbbbbbbbbbbbbb1"]
